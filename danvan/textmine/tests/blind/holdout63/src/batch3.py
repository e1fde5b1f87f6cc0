from lib import *
PAGES = []

PAGES.append(page("b1481-hanam-mttq-soket-covid-2020", """
MTTQ VIỆT NAM TỈNH HÀ NAM - CỔNG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ / Tin tức / Hoạt động Mặt trận tỉnh
10/07/2020 - 16:45
Hà Nam: Mặt trận các cấp tiếp nhận hơn 27 tỷ đồng ủng hộ phòng, chống dịch Covid-19
Ngày 8/7, Ủy ban MTTQ Việt Nam tỉnh Hà Nam tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020. Đồng chí Trần Văn Thuần, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đồng chí Trần Văn Thuần phát biểu kết luận hội nghị. Ảnh: Đức Anh
Theo báo cáo, hưởng ứng Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, từ tháng 3 đến tháng 6/2020, Mặt trận các cấp trong tỉnh đã tiếp nhận hơn 27 tỷ đồng tiền mặt và hàng hóa ủng hộ phòng, chống dịch Covid-19; đã phân bổ 19,6 tỷ đồng cho lực lượng tuyến đầu và hộ khó khăn. Cùng với gói hỗ trợ theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ, Mặt trận và các tổ chức thành viên đã trao 22.140 suất quà cho hộ nghèo, hộ cận nghèo, lao động tự do mất việc; 46 điểm ATM gạo ở các xã, phường đã phát hơn 120 tấn gạo.
Quỹ "Vì người nghèo" các cấp 6 tháng đầu năm tiếp nhận 5,82 tỷ đồng; Mặt trận đã hỗ trợ xây mới 64 nhà Đại đoàn kết, sửa chữa 21 nhà. Thực hiện Kế hoạch số 1682/KH-UBND ngày 30/6/2020 của UBND tỉnh, Mặt trận các cấp phối hợp rà soát, phấn đấu đến hết năm 2020 không còn hộ nghèo phải ở nhà tạm, dột nát; dự kiến cần hỗ trợ thêm 137 căn.
Về công tác giám sát, Mặt trận tỉnh đã chủ trì 3 cuộc giám sát việc chi trả tiền hỗ trợ người dân gặp khó khăn do dịch tại thành phố Phủ Lý và các huyện Lý Nhân, Thanh Liêm, phát hiện 12 trường hợp không đúng đối tượng và đề nghị thu hồi 18 triệu đồng.
Tại hội nghị, ông Vũ Đức Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam huyện Lý Nhân, đề nghị tỉnh có cơ chế đặc thù hỗ trợ hộ nghèo là người cao tuổi, không còn khả năng lao động. Bà Trần Thị Thu Hằng, Chủ tịch Ủy ban MTTQ phường Lam Hạ, chia sẻ cách vận động các tổ dân phố lập "Tủ đồ nghĩa tình" trong thời gian giãn cách xã hội.
Kết luận hội nghị, đồng chí Trần Văn Thuần yêu cầu 6 tháng cuối năm, Mặt trận các cấp làm tốt công tác chuẩn bị Đại hội đại biểu Đảng bộ các cấp, tổ chức lấy ý kiến góp ý văn kiện; thực hiện hiệu quả Quy chế phối hợp số 02/QCPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh; triển khai sớm Tháng cao điểm "Vì người nghèo" năm 2020, phấn đấu vận động Quỹ đạt 12 tỷ đồng.
Cũng tại hội nghị, đồng chí Nguyễn Thị Vân Anh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đã quán triệt Hướng dẫn số 45/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2020.
Đức Anh
Lượt xem: 980
Tin liên quan
- Kim Bảng: trao 15 nhà Đại đoàn kết cho hộ nghèo (02/07/2020)
- Mặt trận tỉnh giám sát việc hỗ trợ người dân gặp khó khăn do Covid-19 (25/06/2020)
- Duy Tiên tặng 500 suất quà cho lao động tự do (15/05/2020)
""", "2020-07-10", "Hà Nam: Mặt trận các cấp tiếp nhận hơn 27 tỷ đồng ủng hộ phòng, chống dịch Covid-19",
E("so_ket", "2020-H1", "2020-07-08"),
[P("Trần Văn Thuần", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Đức Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Lý Nhân"),
 P("Trần Thị Thu Hằng", "Chủ tịch Ủy ban MTTQ phường Lam Hạ"),
 P("Nguyễn Thị Vân Anh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 27 tỷ đồng", 27000000000, "đồng", "over"), Q("19,6 tỷ đồng", 19600000000, "đồng"), Q("22.140 suất quà", 22140, "suất quà"),
 Q("46 điểm ATM gạo", 46, "điểm ATM gạo"), Q("hơn 120 tấn", 120, "tấn", "over"), Q("5,82 tỷ đồng", 5820000000, "đồng"),
 Q("64 nhà Đại đoàn kết", 64, "nhà Đại đoàn kết"), Q("21 nhà", 21, "nhà"), Q("137 căn", 137, "căn"),
 Q("3 cuộc giám sát", 3, "cuộc giám sát"), Q("12 trường hợp", 12, "trường hợp"), Q("18 triệu đồng", 18000000, "đồng"),
 Q("12 tỷ đồng", 12000000000, "đồng")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Kế hoạch", "1682", "KH-UBND", "2020-06-30", "UBND tỉnh", "Kế hoạch số 1682/KH-UBND ngày 30/6/2020"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, "Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh", "Quy chế phối hợp số 02/QCPH-MTTQ-UBND"),
 D("Hướng dẫn", "45", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 45/HD-MTTW-BTT")],
[prov("Hà Nam"), com("Lam Hạ")],
["MTTQ VIỆT NAM TỈNH HÀ NAM - CỔNG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Tin tức / Hoạt động Mặt trận tỉnh",
 "Đồng chí Trần Văn Thuần phát biểu kết luận hội nghị. Ảnh: Đức Anh", "Lời kêu gọi", "ATM gạo", "Tủ đồ nghĩa tình",
 "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 980"],
["10/07/2020 - 16:45", "Covid-19", "6 tháng cuối năm,", "6 tháng đầu năm", "6 tháng cuối năm 2020", "tháng 3 đến tháng 6/2020", "hết năm 2020", "năm 2020", "Lượt xem: 980"]))

PAGES.append(page("b1482-baclieu-mttq-hotro-covid-2021", """
Báo Bạc Liêu
Xã hội > Chính sách - An sinh
Thứ Tư, 25/08/2021 - 14:10
Không để người dân nào thiếu ăn trong mùa dịch
(BL) - Những ngày giãn cách xã hội theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, từ thành phố Bạc Liêu đến các xã ven biển Đông Hải, Hòa Bình, những chuyến xe chở gạo, rau củ, nhu yếu phẩm của Mặt trận và các tổ chức thành viên vẫn đều đặn đến với bà con nghèo, lao động mất việc.
Cán bộ Mặt trận xã Vĩnh Hậu A trao quà cho hộ khó khăn. Ảnh: Hữu Thọ
Theo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ ngày 19/7 đến nay, Ủy ban MTTQ tỉnh và Ban Vận động Quỹ phòng, chống dịch Covid-19 tỉnh đã tiếp nhận trên 31,5 tỷ đồng và nhiều hàng hóa thiết yếu; đã phân bổ 23 tỷ đồng cho các huyện, thị xã, thành phố. Mặt trận các cấp đã trao hơn 96.000 phần quà cho hộ nghèo, hộ cận nghèo và người bán vé số, lao động tự do; mỗi phần quà trị giá từ 300.000 đồng trở lên. Ngoài ra, 168 điểm "Siêu thị 0 đồng", "Bếp ăn yêu thương" đã phục vụ hơn 45.000 lượt người.
Bà Lâm Thị Phương Thảo, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, cho biết: Ban Thường trực đã chỉ đạo Mặt trận cơ sở rà soát danh sách đến từng hộ, phối hợp với trưởng ấp, khóm công khai danh sách trên loa truyền thanh, không để sót đối tượng. Đến nay, 100% hộ nghèo, hộ cận nghèo trên địa bàn tỉnh đã được nhận hỗ trợ ít nhất một lần.
Ở xã Vĩnh Hậu A, huyện Hòa Bình, ông Trần Văn Khởi, Chủ tịch Ủy ban MTTQ xã, kể: "Trong ấp có nhiều người đi làm ăn xa ở Bình Dương, TP Hồ Chí Minh trở về, không có thu nhập. Mặt trận xã vận động các mạnh thường quân góp được 180 triệu đồng, 12 tấn gạo, chia đều cho 640 hộ". Còn bà Danh Thị Sa Rươl, người dân tộc Khmer ở ấp Huy Điền, xã Vĩnh Lộc, nghẹn ngào: "Chồng bệnh, tui bán vé số không được, may có Mặt trận cho gạo, cho tiền để sống qua ngày".
Cùng với hỗ trợ trực tiếp, Mặt trận các cấp đã phối hợp với ngành chức năng giám sát việc chi hỗ trợ người lao động không có giao kết hợp đồng lao động theo Nghị quyết số 68/NQ-CP của Chính phủ và Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ, bảo đảm đúng đối tượng, đúng mức 1,5 triệu đồng/người.
Ông Hồ Thanh Tuấn, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Bạc Liêu, cho biết Mặt trận thành phố còn đang lập danh sách 2.380 lao động tự do ở 7 phường, 3 xã để đề nghị hỗ trợ đợt 2. "Mặt trận sẽ cố gắng để không người dân nào bị thiếu ăn, thiếu mặc vì dịch bệnh", ông Tuấn nói.
Hữu Thọ
Lượt xem: 2.045
Tin khác
- Giá Rai: 500 phần quà đến với lao động tự do (22/08/2021)
- Phước Long vận động hơn 1 tỷ đồng ủng hộ phòng, chống dịch (18/08/2021)
- Hồng Dân: trao 20 căn nhà Đại đoàn kết cho hộ nghèo (10/08/2021)
""", "2021-08-25", "Không để người dân nào thiếu ăn trong mùa dịch",
E("khac", None, None),
[P("Lâm Thị Phương Thảo", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Khởi", "Chủ tịch Ủy ban MTTQ xã"),
 P("Danh Thị Sa Rươl"),
 P("Hồ Thanh Tuấn", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Bạc Liêu")],
[Q("trên 31,5 tỷ đồng", 31500000000, "đồng", "over"), Q("23 tỷ đồng", 23000000000, "đồng"), Q("hơn 96.000 phần quà", 96000, "phần quà", "over"),
 Q("300.000 đồng", 300000, "đồng", "over"), Q("168 điểm", 168, "điểm"), Q("hơn 45.000 lượt người", 45000, "lượt người", "over"),
 Q("100%", 100, "%"), Q("180 triệu đồng", 180000000, "đồng"), Q("12 tấn", 12, "tấn"), Q("640 hộ", 640, "hộ"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("2.380 lao động tự do", 2380, "lao động tự do"), Q("7 phường", 7, "phường"), Q("3 xã", 3, "xã")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết số 68/NQ-CP"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg")],
[prov("Bạc Liêu"), com("Vĩnh Hậu A"), com("Vĩnh Lộc"), prov("Bình Dương"), prov("Hồ Chí Minh")],
["Báo Bạc Liêu", "Xã hội > Chính sách - An sinh", "(BL)", "Cán bộ Mặt trận xã Vĩnh Hậu A trao quà cho hộ khó khăn. Ảnh: Hữu Thọ",
 "Siêu thị 0 đồng", "Bếp ăn yêu thương", "Lượt xem: 2.045"],
["Thứ Tư, 25/08/2021 - 14:10", "Covid-19", "Siêu thị 0 đồng", "một lần", "đợt 2", "Lượt xem: 2.045"]))

PAGES.append(page("b1483-kontum-mttq-giamsat-giamngheo-2021", """
BÁO KON TUM ĐIỆN TỬ
Chính trị - Xã hội :: Mặt trận - Đoàn thể
Ngày đăng 19/11/2021 | 09:30
Giám sát thực hiện chính sách hỗ trợ hộ nghèo tại huyện Tu Mơ Rông
Từ ngày 15 đến 17/11, Đoàn giám sát Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum do đồng chí A Pớt, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn giám sát việc thực hiện chính sách hỗ trợ hộ nghèo, hộ cận nghèo năm 2021 tại huyện Tu Mơ Rông và các xã Đăk Hà, Tê Xăng, Măng Ri.
Đoàn giám sát làm việc với UBND xã Tê Xăng. Ảnh: Y Phương
Cuộc giám sát được thực hiện theo Kế hoạch số 52/KH-MTTQ-BTT ngày 20/10/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quyết định số 35/2021/QĐ-UBND ngày 10/9/2021 của UBND tỉnh về mức hỗ trợ nhà ở cho hộ nghèo giai đoạn 2021 - 2025. Tham gia đoàn có đại diện Ban Dân tộc HĐND tỉnh, Sở Lao động - Thương binh và Xã hội, Hội Nông dân tỉnh.
Theo báo cáo của UBND huyện Tu Mơ Rông, đầu năm 2021 huyện có 2.648 hộ nghèo, chiếm 46,15% tổng số hộ, phần lớn là đồng bào Xơ Đăng. Trong năm, huyện đã hỗ trợ 1.120 con bò giống, 236 con dê cho 940 hộ nghèo; cấp 14.280 thẻ bảo hiểm y tế; Mặt trận huyện vận động xây mới 57 nhà Đại đoàn kết, mỗi căn 50 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 40 triệu đồng. Dự kiến đến cuối năm, tỷ lệ hộ nghèo còn 38,6%.
Qua giám sát tại thôn Kon Hia, xã Đăk Hà, đoàn ghi nhận 11 con bò được cấp năm 2020 đã chết hoặc bị bán, một số hộ chưa được hướng dẫn kỹ thuật chăn nuôi. Ông A Hiền, Bí thư Chi bộ, Trưởng thôn Kon Hia, cho biết có hộ vì thiếu ăn nên bán bò để mua gạo. Bà Y Nhung, Chủ tịch Ủy ban MTTQ xã Tê Xăng, phản ánh 8 căn nhà Đại đoàn kết đang thi công dở dang do mưa lũ làm sạt đường vận chuyển vật liệu.
Ông A Đrong, Phó Chủ tịch UBND huyện Tu Mơ Rông, tiếp thu ý kiến của đoàn, cho biết huyện sẽ chỉ đạo Phòng Nông nghiệp và Phát triển nông thôn phối hợp với xã rà soát toàn bộ số bò giống đã cấp từ năm 2019 đến nay.
Kết luận đợt giám sát, đồng chí A Pớt đề nghị UBND huyện công khai danh sách hộ được hỗ trợ tại nhà rông các thôn; gắn hỗ trợ con giống với tập huấn kỹ thuật, có cam kết của hộ nhận; Mặt trận các xã tăng cường vai trò giám sát của 27 Ban Giám sát đầu tư của cộng đồng. Đoàn thống nhất 9 kiến nghị và sẽ có văn bản gửi UBND tỉnh, Sở Lao động - Thương binh và Xã hội.
Y Phương
Tin liên quan
- Đăk Glei: trao 25 nhà Đại đoàn kết cho hộ nghèo (12/11/2021)
- Mặt trận tỉnh phát động Tháng cao điểm "Vì người nghèo" năm 2021 (18/10/2021)
- Ngọc Hồi: vận động 600 triệu đồng xây nhà cho hộ nghèo (06/10/2021)
- Sa Thầy đối thoại với người có uy tín về giảm nghèo (28/09/2021)
""", "2021-11-19", "Giám sát thực hiện chính sách hỗ trợ hộ nghèo tại huyện Tu Mơ Rông",
E("giam_sat", "2021", "2021-11-15"),
[P("A Pớt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Hiền", "Bí thư Chi bộ", "Trưởng thôn Kon Hia"),
 P("Y Nhung", "Chủ tịch Ủy ban MTTQ xã Tê Xăng"),
 P("A Đrong", "Phó Chủ tịch UBND huyện Tu Mơ Rông")],
[Q("2.648 hộ nghèo", 2648, "hộ nghèo"), Q("46,15%", 46.15, "%"), Q("1.120 con bò giống", 1120, "con bò giống"), Q("236 con dê", 236, "con dê"),
 Q("940 hộ nghèo", 940, "hộ nghèo"), Q("14.280 thẻ bảo hiểm y tế", 14280, "thẻ bảo hiểm y tế"),
 Q("57 nhà Đại đoàn kết", 57, "nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("38,6%", 38.6, "%"), Q("11 con bò", 11, "con bò"), Q("8 căn nhà Đại đoàn kết", 8, "căn nhà Đại đoàn kết"),
 Q("27 Ban Giám sát đầu tư của cộng đồng", 27, "Ban Giám sát đầu tư của cộng đồng"), Q("9 kiến nghị", 9, "kiến nghị")],
[D("Kế hoạch", "52", "KH-MTTQ-BTT", "2021-10-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 52/KH-MTTQ-BTT ngày 20/10/2021"),
 D("Quyết định", "35", "2021/QĐ-UBND", "2021-09-10", "UBND tỉnh", "Quyết định số 35/2021/QĐ-UBND ngày 10/9/2021")],
[prov("Kon Tum"), com("Đăk Hà"), com("Tê Xăng"), com("Măng Ri")],
["BÁO KON TUM ĐIỆN TỬ", "Chính trị - Xã hội :: Mặt trận - Đoàn thể", "Đoàn giám sát làm việc với UBND xã Tê Xăng. Ảnh: Y Phương",
 "Vì người nghèo", "thôn Kon Hia"],
["Ngày đăng 19/11/2021 | 09:30", "năm 2021", "giai đoạn 2021 - 2025", "đầu năm 2021", "năm 2020", "năm 2019"]))

PAGES.append(page("b1484-thanhhoa-mttq-tongket-2022", """
Báo Thanh Hóa
Thời sự › Chính trị
21 tháng 12, 2022 | 18:00
Ủy ban MTTQ tỉnh tổng kết công tác Mặt trận năm 2022
Toàn cảnh hội nghị.
Chiều 20/12, Ủy ban MTTQ tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác Mặt trận năm 2022, triển khai chương trình phối hợp và thống nhất hành động năm 2023. Đồng chí Phạm Thị Thu Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Trịnh Văn Khang, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Năm 2022, thực hiện Chỉ thị số 19-CT/TU ngày 15/3/2022 của Ban Thường vụ Tỉnh ủy về đẩy mạnh cuộc vận động ủng hộ Quỹ "Vì người nghèo" và làm nhà Đại đoàn kết cho hộ nghèo, Mặt trận các cấp đã vận động được 98,6 tỷ đồng; hỗ trợ xây mới, sửa chữa 2.015 nhà Đại đoàn kết với tổng kinh phí 105 tỷ đồng, vượt 34% kế hoạch. Trong đó, 11 huyện miền núi có 1.362 nhà, chiếm 67,6%. Dịp Tết Nhâm Dần, Mặt trận và các tổ chức thành viên trao 92.540 suất quà, trị giá trên 56 tỷ đồng.
Các cấp Mặt trận đã thực hiện 1.294 cuộc giám sát, trong đó Mặt trận tỉnh chủ trì 4 cuộc giám sát chuyên đề về thực hiện chính sách hỗ trợ người có công, hộ nghèo về nhà ở và Chương trình mục tiêu quốc gia giảm nghèo bền vững theo Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ. Tỷ lệ hộ nghèo đa chiều toàn tỉnh giảm còn 3,73%.
Tham luận tại hội nghị, ông Hà Văn Tiến, Phó Chủ tịch Thường trực Ủy ban MTTQ huyện Bá Thước, nêu kinh nghiệm vận động các dòng họ người Thái, Mường góp tiền, góp công làm nhà cho hộ nghèo với 26 căn hoàn thành trong năm. Ông Lê Văn Dũng, Bí thư Đảng ủy, Chủ tịch HĐND xã Hoằng Thắng, chia sẻ về việc thành lập Quỹ "Đồng hành cùng người nghèo" do các doanh nhân quê hương đóng góp hơn 2,4 tỷ đồng.
Phát biểu chỉ đạo, đồng chí Trịnh Văn Khang đề nghị năm 2023 Mặt trận tiếp tục thực hiện Kết luận số 12-KL/TU ngày 10/11/2022 của Ban Chấp hành Đảng bộ tỉnh; phấn đấu vận động hỗ trợ xây dựng 1.500 nhà Đại đoàn kết, xóa cơ bản nhà tạm, nhà dột nát cho hộ nghèo ở các huyện miền núi. Đồng chí đề nghị Mặt trận các cấp chủ động nắm tình hình nhân dân, kịp thời phản ánh kiến nghị của cử tri về chính sách giảm nghèo.
Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Văn Hoan, Lê Thị Hạnh đã trao Bằng khen của Ủy ban MTTQ tỉnh cho 28 tập thể và 35 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2022.
Lê Hợi
Tin liên quan
- Quan Hóa bàn giao 45 nhà Đại đoàn kết cho hộ nghèo (15/12/2022)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5 khóa XVI (08/12/2022)
- Mường Lát: Mặt trận chung tay xóa nhà tạm cho hộ nghèo (30/11/2022)
""", "2022-12-21", "Ủy ban MTTQ tỉnh tổng kết công tác Mặt trận năm 2022",
E("tong_ket", "2022", "2022-12-20"),
[P("Phạm Thị Thu Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trịnh Văn Khang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Hà Văn Tiến", "Phó Chủ tịch Thường trực Ủy ban MTTQ huyện Bá Thước"),
 P("Lê Văn Dũng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Hoằng Thắng"),
 P("Nguyễn Văn Hoan", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("98,6 tỷ đồng", 98600000000, "đồng"), Q("2.015 nhà Đại đoàn kết", 2015, "nhà Đại đoàn kết"),
 Q("105 tỷ đồng", 105000000000, "đồng"), Q("34%", 34, "%"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("1.362 nhà", 1362, "nhà"),
 Q("67,6%", 67.6, "%"), Q("92.540 suất quà", 92540, "suất quà"), Q("trên 56 tỷ đồng", 56000000000, "đồng", "over"),
 Q("1.294 cuộc giám sát", 1294, "cuộc giám sát"), Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("3,73%", 3.73, "%"),
 Q("26 căn", 26, "căn"), Q("hơn 2,4 tỷ đồng", 2400000000, "đồng", "over"), Q("1.500 nhà Đại đoàn kết", 1500, "nhà Đại đoàn kết"),
 Q("28 tập thể", 28, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Chỉ thị", "19", "CT/TU", "2022-03-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU ngày 15/3/2022"),
 D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/1/2022"),
 D("Kết luận", "12", "KL/TU", "2022-11-10", "Ban Chấp hành Đảng bộ tỉnh", "Kết luận số 12-KL/TU ngày 10/11/2022")],
[prov("Thanh Hóa"), com("Hoằng Thắng")],
["Báo Thanh Hóa", "Thời sự › Chính trị", "Toàn cảnh hội nghị.",
 "Vì người nghèo", "Đồng hành cùng người nghèo", "Chương trình mục tiêu quốc gia giảm nghèo bền vững"],
["21 tháng 12, 2022 | 18:00", "năm 2022", "năm 2023", "Tết Nhâm Dần", "lần thứ 5", "khóa XVI"]))

PAGES.append(page("b1485-ninhthuan-mttq-giaoban-thang9-2022", """
ỦY BAN MTTQ VIỆT NAM TỈNH NINH THUẬN
Trang chủ - Hoạt động - Tin Mặt trận tỉnh
05-10-2022 08:15
Giao ban Thường trực Ủy ban MTTQ tỉnh tháng 9
Sáng 4/10, Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận tổ chức giao ban đánh giá kết quả công tác Mặt trận tháng 9/2022, triển khai nhiệm vụ tháng 10 với Ủy ban MTTQ các huyện, thành phố. Đồng chí Phan Thị Nguyệt, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Ảnh: Các đại biểu dự giao ban trực tuyến tại điểm cầu huyện Bác Ái.
Trong tháng, Mặt trận các cấp tập trung triển khai Kế hoạch số 101/KH-MTTQ-BTT ngày 12/9/2022 của Ban Thường trực Ủy ban MTTQ tỉnh về Tháng cao điểm "Vì người nghèo" năm 2022 và chuẩn bị tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 364 khu dân cư. Quỹ "Vì người nghèo" các cấp tiếp nhận 1,26 tỷ đồng; hỗ trợ xây mới 17 nhà Đại đoàn kết cho hộ nghèo đồng bào Raglai, Chăm ở các xã Phước Bình, Phước Hòa, Phước Hà; trao 412 suất học bổng "Tiếp sức đến trường" trị giá 1 triệu đồng/suất cho học sinh nghèo nhân dịp năm học mới.
Thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, Mặt trận tỉnh phối hợp giám sát việc bình xét 186 hộ được hỗ trợ đất ở, nhà ở tại huyện Bác Ái và Thuận Bắc.
Tại giao ban, bà Pinăng Thị Lành, Chủ tịch Ủy ban MTTQ Việt Nam huyện Bác Ái, cho biết do mưa lớn kéo dài, 23 hộ ở thôn Chà Panh bị ngập, sạt lở, Mặt trận huyện đã kịp thời trao 23 suất quà, mỗi suất 1 triệu đồng và 20 kg gạo. Ông Đàng Văn Tấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Ninh Phước, đề nghị tỉnh sớm phân bổ kinh phí hỗ trợ làm nhà Đại đoàn kết cho 12 hộ đã được duyệt từ đầu năm.
Đồng chí Nguyễn Thị Thu Vân, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, thông báo Ban Thường trực đã phân bổ 840 triệu đồng từ Quỹ "Vì người nghèo" cấp tỉnh cho 7 huyện, thành phố để hỗ trợ hộ nghèo khắc phục hậu quả mưa lũ.
Kết luận buổi giao ban, đồng chí Phan Thị Nguyệt đề nghị tháng 10, Mặt trận các cấp tổ chức lễ phát động Tháng cao điểm "Vì người nghèo" trước ngày 17/10; hoàn thành khảo sát hộ nghèo ở nhà tạm, dột nát; phối hợp tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với người có uy tín trong đồng bào dân tộc thiểu số. Đồng chí lưu ý các huyện gửi báo cáo định kỳ đúng thời gian quy định trước ngày 25 hằng tháng.
Minh Tâm
Số lượt truy cập: 412
Tin khác
- Thuận Nam: trao 5 nhà Đại đoàn kết cho hộ nghèo (28/09/2022)
- Mặt trận tỉnh tập huấn nghiệp vụ giám sát, phản biện xã hội (20/09/2022)
- Giao ban Thường trực Ủy ban MTTQ tỉnh tháng 8 (06/09/2022)
- Ninh Hải: vận động Quỹ "Vì người nghèo" được 300 triệu đồng (29/08/2022)
""", "2022-10-05", "Giao ban Thường trực Ủy ban MTTQ tỉnh tháng 9",
E("giao_ban", "2022-09", "2022-10-04"),
[P("Phan Thị Nguyệt", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Pinăng Thị Lành", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Bác Ái"),
 P("Đàng Văn Tấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Ninh Phước"),
 P("Nguyễn Thị Thu Vân", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("364 khu dân cư", 364, "khu dân cư"), Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("17 nhà Đại đoàn kết", 17, "nhà Đại đoàn kết"),
 Q("412 suất học bổng", 412, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"), Q("186 hộ", 186, "hộ"),
 Q("23 hộ", 23, "hộ"), Q("23 suất quà", 23, "suất quà"), Q("20 kg", 20, "kg"), Q("12 hộ", 12, "hộ"),
 Q("840 triệu đồng", 840000000, "đồng"), Q("7 huyện, thành phố", 7, "huyện, thành phố")],
[D("Kế hoạch", "101", "KH-MTTQ-BTT", "2022-09-12", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 101/KH-MTTQ-BTT ngày 12/9/2022"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Ninh Thuận"), com("Phước Bình"), com("Phước Hòa"), com("Phước Hà")],
["ỦY BAN MTTQ VIỆT NAM TỈNH NINH THUẬN", "Trang chủ - Hoạt động - Tin Mặt trận tỉnh",
 "Ảnh: Các đại biểu dự giao ban trực tuyến tại điểm cầu huyện Bác Ái.", "Vì người nghèo", "Tiếp sức đến trường",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Số lượt truy cập: 412"],
["05-10-2022 08:15", "tháng 9/2022", "tháng 10", "năm 2022", "năm học mới", "ngày 17/10", "ngày 25 hằng tháng", "Số lượt truy cập: 412"]))

PAGES.append(page("b1486-bacgiang-mttq-traoqua-tet-2023", """
Báo Bắc Giang điện tử
Xã hội / An sinh xã hội
Thứ Sáu, 13/01/2023
Mặt trận tỉnh trao 2.000 suất quà Tết cho hộ nghèo, hộ cận nghèo
BBG - Ngày 12/1, Ủy ban MTTQ tỉnh Bắc Giang tổ chức trao 2.000 suất quà Tết Nguyên đán Quý Mão 2023 cho hộ nghèo, hộ cận nghèo, gia đình chính sách ở các huyện Sơn Động, Lục Ngạn, Lục Nam và Yên Thế. Mỗi suất quà trị giá 500.000 đồng, gồm tiền mặt và nhu yếu phẩm, tổng trị giá 1 tỷ đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và sự ủng hộ của các doanh nghiệp.
Đồng chí Ngô Thị Minh Huệ (thứ hai từ trái sang) trao quà cho hộ nghèo xã An Lạc.
Tại xã An Lạc và xã Vân Sơn (Sơn Động), đồng chí Ngô Thị Minh Huệ, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh đã thăm, trao 300 suất quà cho bà con người Dao, Tày, Nùng. Cùng đi có ông Hoàng Văn Quyết, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Sơn Động, và ông La Văn Sình, Chủ tịch Ủy ban MTTQ Việt Nam huyện Sơn Động.
Đồng chí Ngô Thị Minh Huệ cho biết: năm 2022, Quỹ "Vì người nghèo" ba cấp trong tỉnh tiếp nhận 43,5 tỷ đồng, hỗ trợ xây mới, sửa chữa 715 nhà Đại đoàn kết; toàn tỉnh giảm 2.863 hộ nghèo, tỷ lệ hộ nghèo còn 2,21%. Dịp Tết năm nay, Mặt trận các cấp phấn đấu để 100% hộ nghèo, hộ cận nghèo đều được thăm hỏi, tặng quà; dự kiến trao khoảng 48.000 suất quà với tổng trị giá trên 25 tỷ đồng.
Bà Triệu Thị Lìu, 71 tuổi, ở thôn Khe Ráy, xã Vân Sơn, vui mừng nói: "Năm nào Tết đến Mặt trận cũng về thăm, năm nay còn được thêm cái chăn mới". Gia đình bà có 5 người, con trai bị tai nạn lao động, mới được Mặt trận hỗ trợ 60 triệu đồng xây nhà Đại đoàn kết năm 2022.
Cùng ngày, các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Thị Lan, Dương Văn Trí dẫn đầu đoàn công tác thăm, tặng 120 suất quà cho công nhân có hoàn cảnh khó khăn tại các khu công nghiệp Quang Châu, Vân Trung và 80 suất quà cho hộ nghèo ở xã Phì Điền (Lục Ngạn).
Theo Kế hoạch số 188/KH-MTTQ-BTT ngày 15/12/2022 của Ban Thường trực Ủy ban MTTQ tỉnh về vận động chăm lo Tết cho người nghèo, việc trao quà phải hoàn thành trước ngày 19/1/2023 (tức 28 tháng Chạp), bảo đảm đúng đối tượng, không trùng lặp, không để hộ nghèo nào không có Tết. Quà Tết được trao tận tay, không tổ chức tập trung đông người ở những nơi xa trung tâm.
Trước đó, ngày 10/1, Ủy ban MTTQ tỉnh đã tiếp nhận 2,3 tỷ đồng của 14 doanh nghiệp ủng hộ Quỹ "Vì người nghèo" để chăm lo Tết cho người nghèo, người lao động khó khăn.
Thu Hà
Tin liên quan
- Lục Ngạn: 3.600 suất quà đến với người nghèo dịp Tết (11/01/2023)
- Hội Chữ thập đỏ tỉnh tổ chức Chương trình "Tết nhân ái" (09/01/2023)
- Yên Dũng bàn giao 12 nhà Đại đoàn kết (05/01/2023)
""", "2023-01-13", "Mặt trận tỉnh trao 2.000 suất quà Tết cho hộ nghèo, hộ cận nghèo",
E("trao_qua", None, "2023-01-12"),
[P("Ngô Thị Minh Huệ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Quyết", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Sơn Động"),
 P("La Văn Sình", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Sơn Động"),
 P("Triệu Thị Lìu"),
 P("Nguyễn Thị Lan", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Dương Văn Trí", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("2.000 suất quà", 2000, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("1 tỷ đồng", 1000000000, "đồng"),
 Q("300 suất quà", 300, "suất quà"), Q("43,5 tỷ đồng", 43500000000, "đồng"), Q("715 nhà Đại đoàn kết", 715, "nhà Đại đoàn kết"),
 Q("2.863 hộ nghèo", 2863, "hộ nghèo"), Q("2,21%", 2.21, "%"), Q("100%", 100, "%"), Q("khoảng 48.000 suất quà", 48000, "suất quà", "approx"),
 Q("trên 25 tỷ đồng", 25000000000, "đồng", "over"), Q("5 người", 5, "người"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("120 suất quà", 120, "suất quà"), Q("80 suất quà", 80, "suất quà"), Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("14 doanh nghiệp", 14, "doanh nghiệp")],
[D("Kế hoạch", "188", "KH-MTTQ-BTT", "2022-12-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 188/KH-MTTQ-BTT ngày 15/12/2022")],
[prov("Bắc Giang"), com("An Lạc"), com("Vân Sơn"), com("Phì Điền")],
["Báo Bắc Giang điện tử", "Xã hội / An sinh xã hội", "BBG - ",
 "Đồng chí Ngô Thị Minh Huệ (thứ hai từ trái sang) trao quà cho hộ nghèo xã An Lạc.", "Vì người nghèo", "Tết nhân ái"],
["Thứ Sáu, 13/01/2023", "Tết Nguyên đán Quý Mão 2023", "năm 2022", "71 tuổi", "ngày 19/1/2023", "28 tháng Chạp", "ngày 10/1"]))
