from lib import *
PAGES = []

PAGES.append(page("b6467-ninhthuan-huyen-doithoai-2017", """
BÁO NINH THUẬN ĐIỆN TỬ
Chính trị - Xã hội / Dân vận
Cập nhật: 14:05, 30/08/2017 (GMT+7)
Ninh Phước: Đối thoại với Nhân dân về giá nước sạch và chất lượng nước
NTO - Chiều 28-8, UBND huyện Ninh Phước tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2017, chủ đề "Cấp nước sạch nông thôn - giá nước và chất lượng dịch vụ". Đồng chí Đàng Văn Thọ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì buổi đối thoại; hơn 150 đại biểu là bà con các thôn Chăm, chức sắc tôn giáo và đại diện Xí nghiệp cấp nước tham dự.
Quang cảnh buổi đối thoại tại hội trường xã Phước Hậu.
Mở đầu, ông Nguyễn Hữu Tài, Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh báo cáo: toàn huyện có 9 nhà máy, trạm cấp nước tập trung, cung cấp nước cho khoảng 14.600 hộ; từ ngày 1/7/2017, giá nước sinh hoạt nông thôn điều chỉnh lên 6.200 đồng/m3 theo Quyết định số 1745/QĐ-UBND ngày 19/6/2017 của UBND tỉnh Ninh Thuận.
Nhiều ý kiến thẳng thắn được nêu ra. Ông Thập Văn Sang, thôn Hiếu Thiện, xã Phước Hậu hỏi vì sao giá tăng mà nước vẫn có mùi phèn, có tháng mất nước 3 - 4 ngày. Bà Phú Thị Mỹ Liên, Chi hội trưởng Chi hội Phụ nữ thôn Phước Đồng 2 đề nghị giảm giá cho hộ nghèo, hộ cận nghèo. Cả sư Lưu Văn Thông, Phó Trưởng ban Thường trực Hội đồng Chức sắc Bà-la-môn tỉnh đề nghị lắp thêm đường ống đến các đền tháp, nơi bà con tụ họp đông vào dịp lễ Katê.
Trả lời các ý kiến, ông Nguyễn Hữu Tài cho biết đơn vị đã đầu tư 2,15 tỷ đồng thay 3,5 km đường ống cũ, lắp bổ sung hệ thống lọc tại trạm Phước Thái; đến cuối năm, tỷ lệ thất thoát sẽ giảm còn khoảng 18%. Đối với hộ nghèo, Trung tâm đang đề xuất hỗ trợ 50% chi phí đấu nối, tối đa 1,2 triệu đồng/hộ.
Kết luận buổi đối thoại, đồng chí Đàng Văn Thọ ghi nhận 23 ý kiến của Nhân dân, giao Phòng Nông nghiệp và PTNT phối hợp với Ủy ban MTTQ huyện giám sát chất lượng nước hằng quý, công khai kết quả tại nhà văn hóa các thôn. Buổi đối thoại được tổ chức theo Quyết định số 1205/QĐ-UBND của UBND huyện về tổ chức đối thoại năm 2017 và Chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy về tăng cường công tác dân vận chính quyền.
Bà Chamaléa Thị Nga, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà cho biết, sau đối thoại, Mặt trận xã sẽ tổ chức 4 buổi họp thôn để thông tin lại cho bà con.
Được biết, năm 2017 huyện Ninh Phước đã tổ chức 3 cuộc đối thoại chuyên đề; sau mỗi cuộc, các kiến nghị của người dân đều được phân công giải quyết và trả lời công khai trên Đài Truyền thanh huyện.
Văn Nỡ
Tin cùng chuyên mục
- Thuận Bắc: vận động đồng bào Raglai làm nhà tiêu hợp vệ sinh (22/08/2017)
- Hội nghị người có uy tín trong đồng bào Chăm năm 2017 (10/08/2017)
- Ninh Sơn đối thoại về thu hồi đất làm hồ chứa nước (25/07/2017)
""", "2017-08-30", "Ninh Phước: Đối thoại với Nhân dân về giá nước sạch và chất lượng nước",
E("doi_thoai", "2017", "2017-08-28"),
[P("Đàng Văn Thọ", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Nguyễn Hữu Tài", "Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh"),
 P("Thập Văn Sang"),
 P("Phú Thị Mỹ Liên", "Chi hội trưởng Chi hội Phụ nữ thôn Phước Đồng 2"),
 P("Lưu Văn Thông", "Cả sư", "Phó Trưởng ban Thường trực Hội đồng Chức sắc Bà-la-môn tỉnh"),
 P("Chamaléa Thị Nga", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà")],
[Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("9 nhà máy, trạm cấp nước tập trung", 9, "nhà máy, trạm cấp nước tập trung"),
 Q("khoảng 14.600 hộ", 14600, "hộ", "approx"), Q("6.200 đồng/m3", 6200, "đồng"),
 Q("2,15 tỷ đồng", 2150000000, "đồng"), Q("3,5 km", 3.5, "km"), Q("khoảng 18%", 18, "%", "approx"), Q("50%", 50, "%"),
 Q("tối đa 1,2 triệu đồng/hộ", 1200000, "đồng"), Q("23 ý kiến", 23, "ý kiến"), Q("4 buổi họp thôn", 4, "buổi họp thôn"),
 Q("3 cuộc đối thoại chuyên đề", 3, "cuộc đối thoại chuyên đề")],
[D("Quyết định", "1745", "QĐ-UBND", "2017-06-19", "UBND tỉnh Ninh Thuận", "Quyết định số 1745/QĐ-UBND ngày 19/6/2017"),
 D("Quyết định", "1205", "QĐ-UBND", None, "UBND huyện", "Quyết định số 1205/QĐ-UBND"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 05-CT/HU")],
[prov("Ninh Thuận"), com("Phước Hậu"), com("Phước Hà")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Chính trị - Xã hội / Dân vận", "NTO", "Quang cảnh buổi đối thoại tại hội trường xã Phước Hậu.",
 "Cấp nước sạch nông thôn - giá nước và chất lượng dịch vụ", "Katê"],
["Cập nhật: 14:05, 30/08/2017 (GMT+7)", "năm 2017", "3 - 4 ngày", "từ ngày 1/7/2017"]))

PAGES.append(page("b6468-hoabinh-bdv-giaoban-2018", """
BAN DÂN VẬN TỈNH ỦY HÒA BÌNH
Bạn đang ở: Trang chủ > Hoạt động của Ban
Thứ Sáu, 5/10/2018, 09:12
Khối dân vận tập trung vận động nhân dân giữ gìn vệ sinh môi trường nông thôn
Ngày 3/10, Ban Dân vận Tỉnh ủy Hòa Bình tổ chức giao ban công tác dân vận quý III năm 2018 với các ban dân vận huyện ủy, thành ủy và khối Mặt trận, đoàn thể tỉnh. Đồng chí Bùi Thị Lìn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Quách Văn Ngọ, Xa Thị Nhung - Phó Trưởng Ban Dân vận Tỉnh ủy.
Trong quý, khối dân vận các cấp đã tập trung tham mưu cấp ủy triển khai Kế hoạch số 76-KH/BDVTU của Ban Dân vận Tỉnh ủy về vận động nhân dân thực hiện tiêu chí số 17 về môi trường và an toàn thực phẩm trong xây dựng nông thôn mới. Nhân dân đã góp trên 4.680 ngày công, hơn 1,3 tỷ đồng để nạo vét 27 công trình nước sinh hoạt tự chảy, làm mới 1.845 nhà tiêu hợp vệ sinh, di dời 960 chuồng trại gia súc ra xa nhà ở. Tỷ lệ hộ dân nông thôn được dùng nước hợp vệ sinh đạt 86,3%.
Phong trào thi đua "Dân vận khéo" có thêm 52 mô hình về vệ sinh môi trường, tiêu biểu như mô hình "Nhà sạch, vườn đẹp" của Hội LHPN huyện Tân Lạc, "Đoạn đường tự quản" của Đoàn Thanh niên huyện Kim Bôi. Tuy nhiên, ở một số xóm vùng cao, tập quán thả rông gia súc, dùng nước suối chưa qua xử lý vẫn phổ biến; kinh phí duy tu công trình nước chủ yếu trông vào ngân sách.
Tại giao ban, đồng chí Đinh Thị Lới, HUV, Trưởng Ban Dân vận Huyện ủy Đà Bắc cho biết huyện đã chọn xã Tiền Phong làm điểm, vận động 100% hộ ký cam kết không xả rác xuống lòng hồ. Đồng chí Hà Văn Khởi, Chủ tịch Hội Nông dân xã Phúc Sạn, huyện Mai Châu đề nghị tỉnh có cơ chế hỗ trợ xi măng cho hộ nghèo làm nhà tiêu, mỗi hộ khoảng 10 bao.
Kết luận giao ban, đồng chí Bùi Thị Lìn yêu cầu quý IV/2018 các cấp tiếp tục thực hiện Nghị quyết số 03-NQ/TU ngày 22/11/2016 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới, gắn với Bộ tiêu chí theo Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ; mỗi xã đăng ký ít nhất 1 mô hình "Dân vận khéo" về nước sạch, vệ sinh; tổ chức sơ kết, nhân rộng các điển hình vào dịp tổng kết năm.
Ban cũng thống nhất nội dung giao ban quý IV sẽ kết hợp khảo sát tại 3 huyện Lạc Sơn, Yên Thủy, Lương Sơn.
Theo đánh giá tại giao ban, tình hình tư tưởng của cán bộ, đảng viên và nhân dân trong tỉnh cơ bản ổn định; nhân dân phấn khởi khi nhiều công trình nước sạch, đường giao thông nông thôn được đầu tư. Một số vụ việc khiếu nại liên quan đến giải phóng mặt bằng đã được các cấp đối thoại, giải quyết kịp thời, không để phát sinh điểm nóng.
Bùi Minh
Tin khác
- Đà Bắc ra mắt mô hình "Xóm sạch, hồ xanh" (20/09/2018)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (11/09/2018)
- Hội nghị Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh (30/08/2018)
""", "2018-10-05", "Khối dân vận tập trung vận động nhân dân giữ gìn vệ sinh môi trường nông thôn",
E("giao_ban", "2018-Q3", "2018-10-03"),
[P("Bùi Thị Lìn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quách Văn Ngọ", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Xa Thị Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Lới", "HUV", "Trưởng Ban Dân vận Huyện ủy Đà Bắc"),
 P("Hà Văn Khởi", "Chủ tịch Hội Nông dân xã Phúc Sạn")],
[Q("trên 4.680 ngày công", 4680, "ngày công", "over"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("27 công trình nước sinh hoạt tự chảy", 27, "công trình nước sinh hoạt tự chảy"),
 Q("1.845 nhà tiêu hợp vệ sinh", 1845, "nhà tiêu hợp vệ sinh"), Q("960 chuồng trại gia súc", 960, "chuồng trại gia súc"),
 Q("86,3%", 86.3, "%"), Q("52 mô hình", 52, "mô hình"), Q("100% hộ", 100, "%"), Q("khoảng 10 bao", 10, "bao", "approx"),
 Q("3 huyện", 3, "huyện")],
[D("Kế hoạch", "76", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 76-KH/BDVTU"),
 D("Nghị quyết", "03", "NQ/TU", "2016-11-22", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 03-NQ/TU ngày 22/11/2016"),
 D("Quyết định", "1980", "QĐ-TTg", "2016-10-17", "Thủ tướng Chính phủ", "Quyết định số 1980/QĐ-TTg ngày 17/10/2016")],
[prov("Hòa Bình"), com("Tiền Phong"), com("Phúc Sạn")],
["BAN DÂN VẬN TỈNH ỦY HÒA BÌNH", "Bạn đang ở: Trang chủ > Hoạt động của Ban", "Dân vận khéo", "Nhà sạch, vườn đẹp",
 "Đoạn đường tự quản"],
["Thứ Sáu, 5/10/2018, 09:12", "quý III năm 2018", "tiêu chí số 17", "quý IV/2018", "ít nhất 1 mô hình", "quý IV"]))

PAGES.append(page("b6469-dienbien-ubndxa-baocao-2019", """
Cổng thông tin điện tử xã Thanh Xương - huyện Điện Biên - tỉnh Điện Biên
Trang chủ | Giới thiệu | Tin tức | Văn bản chỉ đạo điều hành | Thủ tục hành chính
Ngày đăng: 27/12/2019   Lượt xem: 214
Báo cáo kết quả thực hiện công tác nước sạch và vệ sinh môi trường nông thôn năm 2019
UBND xã Thanh Xương đăng tải toàn văn Báo cáo số 215/BC-UBND, ngày ban hành: 25/12/2019.
ỦY BAN NHÂN DÂN XÃ THANH XƯƠNG
Số: 215/BC-UBND    Thanh Xương, ngày 25 tháng 12 năm 2019
BÁO CÁO
Kết quả thực hiện công tác nước sạch và vệ sinh môi trường nông thôn năm 2019
Thực hiện Kế hoạch số 1562/KH-UBND ngày 18/3/2019 của UBND huyện Điện Biên về thực hiện tiêu chí môi trường trong xây dựng nông thôn mới năm 2019, UBND xã báo cáo kết quả như sau:
I. Công tác chỉ đạo, tuyên truyền
Xã đã kiện toàn Ban Chỉ đạo nước sạch và vệ sinh môi trường do đồng chí Lò Văn Pánh, Chủ tịch UBND xã làm Trưởng ban, đồng chí Quàng Văn Hặc, Phó Chủ tịch UBND xã làm Phó Trưởng ban. Ủy ban MTTQ và các đoàn thể tổ chức 34 buổi tuyên truyền tại 22 thôn, đội với khoảng 2.300 lượt người tham gia; Đài truyền thanh xã phát 96 tin, bài.
II. Kết quả thực hiện
1. Toàn xã có 2.847 hộ, trong đó 2.761 hộ được sử dụng nước hợp vệ sinh, đạt 97%; 1.902 hộ sử dụng nước sạch từ công trình tập trung, đạt 66,8%.
2. Số hộ có nhà tiêu hợp vệ sinh: 2.105 hộ, đạt 73,9%, tăng 6,2% so với năm 2018. Trong năm có 176 nhà tiêu được làm mới, chủ yếu là nhà tiêu tự hoại.
3. Nhân dân đóng góp 412 triệu đồng và 1.150 ngày công để làm rãnh thoát nước, thu gom rác thải; xã duy trì 5 tổ thu gom rác tại các thôn trung tâm.
III. Tồn tại, hạn chế
Công tác kiểm tra, hướng dẫn được duy trì thường xuyên; Ban Chỉ đạo xã đã phối hợp với Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh tập huấn cho tổ quản lý vận hành công trình cấp nước bản Co Rộm, bản Pa Lếch. Các thôn đã đưa nội dung giữ gìn vệ sinh, bảo vệ nguồn nước vào hương ước, quy ước.
Còn 86 hộ, chủ yếu đồng bào Thái ở các bản Noong Ứng, Pa Lếch, sử dụng nước giếng đào chưa qua xử lý; việc thu phí rác thải còn khó khăn.
IV. Phương hướng năm 2020
Phấn đấu tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt trên 78%; vận động các hộ thực hiện Chỉ thị số 34/CT-TTg ngày 26/8/2016 của Thủ tướng Chính phủ về tăng cường quản lý công trình cấp nước sạch nông thôn; phối hợp với Trạm Y tế xã giám sát chất lượng nước 2 lần/năm.
Nơi nhận: UBND huyện; Thường trực Đảng ủy xã; Lưu VP.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Quàng Văn Hặc
Các tin khác
- Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2019 (05/11/2019)
- Thông báo lịch tiếp công dân tháng 12/2019 (02/12/2019)
- Xã Thanh Xương ra quân tổng vệ sinh môi trường (15/10/2019)
""", "2019-12-27", "Báo cáo kết quả thực hiện công tác nước sạch và vệ sinh môi trường nông thôn năm 2019",
E("bao_cao", "2019", "2019-12-25"),
[P("Lò Văn Pánh", "Chủ tịch UBND xã", "Trưởng ban"),
 P("Quàng Văn Hặc", "Phó Chủ tịch UBND xã", "Phó Trưởng ban", "PHÓ CHỦ TỊCH")],
[Q("34 buổi tuyên truyền", 34, "buổi tuyên truyền"), Q("22 thôn, đội", 22, "thôn, đội"),
 Q("khoảng 2.300 lượt người", 2300, "lượt người", "approx"), Q("96 tin, bài", 96, "tin, bài"),
 Q("2.847 hộ", 2847, "hộ"), Q("2.761 hộ", 2761, "hộ"), Q("97%", 97, "%"), Q("1.902 hộ", 1902, "hộ"), Q("66,8%", 66.8, "%"),
 Q("2.105 hộ", 2105, "hộ"), Q("73,9%", 73.9, "%"), Q("6,2%", 6.2, "%"), Q("176 nhà tiêu", 176, "nhà tiêu"),
 Q("412 triệu đồng", 412000000, "đồng"), Q("1.150 ngày công", 1150, "ngày công"), Q("5 tổ thu gom rác", 5, "tổ thu gom rác"),
 Q("86 hộ", 86, "hộ"), Q("trên 78%", 78, "%", "over")],
[D("Báo cáo", "215", "BC-UBND", "2019-12-25", "UBND xã Thanh Xương", "Báo cáo số 215/BC-UBND, ngày ban hành: 25/12/2019"),
 D("Kế hoạch", "1562", "KH-UBND", "2019-03-18", "UBND huyện Điện Biên", "Kế hoạch số 1562/KH-UBND ngày 18/3/2019"),
 D("Chỉ thị", "34", "CT-TTg", "2016-08-26", "Thủ tướng Chính phủ", "Chỉ thị số 34/CT-TTg ngày 26/8/2016")],
[prov("Điện Biên"), com("Thanh Xương")],
["Cổng thông tin điện tử xã Thanh Xương - huyện Điện Biên - tỉnh Điện Biên",
 "Trang chủ | Giới thiệu | Tin tức | Văn bản chỉ đạo điều hành | Thủ tục hành chính", "Lượt xem: 214",
 "Nơi nhận: UBND huyện; Thường trực Đảng ủy xã; Lưu VP."],
["Ngày đăng: 27/12/2019", "Lượt xem: 214", "năm 2019", "năm 2018", "năm 2020", "2 lần/năm", "tiêu chí môi trường"]))

PAGES.append(page("b6470-quangnam-baoqn-khac-2019", """
Báo Quảng Nam
Xã hội > Dân tộc - Miền núi
14.06.2019 | 06:30
Zơrâm Thị Lan trao hoa cho đoàn công tác - Ảnh: A.N
Người "giữ nước" của làng Cơ Tu
Ở thôn Ariêu, xã A Ting, ai cũng gọi bà Bhríu Thị Pố là "mế nước". Hơn 10 năm qua, người phụ nữ Cơ Tu nhỏ nhắn này lặn lội từng nóc nhà, vận động bà con làm nhà tiêu, giữ sạch khe nước đầu nguồn.
Năm 2008, khi còn là Chi hội trưởng phụ nữ thôn Ariêu, bà Pố chứng kiến nhiều trẻ nhỏ trong làng bị tiêu chảy vào mùa mưa. "Nước khe chảy qua chỗ người ta đi vệ sinh, qua chuồng heo, rồi mình lại lấy về nấu cơm", bà kể. Từ đó, bà cùng chồng tự đào hố, dựng nhà tiêu bằng tre, lợp tôn, rồi mời chị em đến xem.
Ban đầu chẳng ai nghe. Bà đến từng nhà, nói bằng tiếng Cơ Tu, nhờ già làng Clâu Nhím đứng ra nói trong buổi họp làng. Già Nhím kể: "Pố nói mãi, tôi thấy đúng thì tôi làm trước, con cháu làm theo". Đến nay, 68 trong số 74 hộ của thôn đã có nhà tiêu, trong đó 51 nhà tiêu hợp vệ sinh; khe A Rui được làng đặt luật tục cấm thả trâu bò, cấm xả rác trong phạm vi khoảng 500 m.
Năm 2016, thôn được Dự án hỗ trợ nước sạch đầu tư hệ thống cấp nước tự chảy với kinh phí gần 1,6 tỷ đồng. Bà Pố được bà con bầu làm tổ trưởng tổ quản lý công trình, mỗi tháng thu tiền nước 5.000 đồng/hộ để sửa ống, thay van. Sau 3 năm, quỹ của tổ còn hơn 9 triệu đồng, đủ mua ống dự phòng khi lũ về.
Ông A Rất Ka, Bí thư Đảng ủy xã A Ting cho biết, từ cách làm ở Ariêu, xã đã nhân rộng ra 6 thôn; tỷ lệ hộ có nhà tiêu hợp vệ sinh toàn xã tăng từ 22% năm 2014 lên 61% hiện nay. "Cán bộ nói mười câu không bằng bà con thấy một người làng mình làm được", ông nói.
Bà Zơrâm Thị Lan, Phó Chủ tịch Hội LHPN huyện Đông Giang, đánh giá bà Pố là hạt nhân của phong trào "Xây dựng gia đình 5 không, 3 sạch" ở vùng cao. Năm 2018, bà Pố được UBND tỉnh tặng bằng khen vì có thành tích trong phong trào toàn dân đoàn kết xây dựng đời sống văn hóa.
Giờ đây, ở tuổi 58, bà vẫn đều đặn mỗi sáng đi dọc đường ống, kiểm tra bể lọc. "Còn sức thì còn đi. Nước sạch thì làng mới khỏe", bà cười.
Trên đường rời Ariêu, chúng tôi gặp những đứa trẻ đang rửa tay bên vòi nước đặt giữa sân nhà Gươl. Nhiều năm trước, cảnh ấy ở làng vùng cao này là điều hiếm thấy. Còn bây giờ, mỗi khi có đoàn khách đến thăm, người Ariêu lại tự hào dẫn họ ra xem khe nước trong vắt đầu làng.
ALĂNG NGƯỚC
Bài viết liên quan
- Đông Giang: hơn 300 hộ được hỗ trợ bồn chứa nước (02/05/2019)
- Tây Giang giữ rừng đầu nguồn bằng luật tục (18/03/2019)
- Nam Giang đưa nước sạch về các làng biên giới (25/01/2019)
- Khi già làng vận động con cháu bỏ hủ tục (10/12/2018)
""", "2019-06-14", "Người \"giữ nước\" của làng Cơ Tu",
E("khac", None, None),
[P("Bhríu Thị Pố", "Chi hội trưởng phụ nữ thôn Ariêu", "tổ trưởng tổ quản lý công trình"),
 P("Clâu Nhím", "già làng"),
 P("A Rất Ka", "Bí thư Đảng ủy xã A Ting"),
 P("Zơrâm Thị Lan", "Phó Chủ tịch Hội LHPN huyện Đông Giang")],
[Q("68", 68, "hộ"), Q("74 hộ", 74, "hộ"), Q("51 nhà tiêu hợp vệ sinh", 51, "nhà tiêu hợp vệ sinh"),
 Q("khoảng 500 m", 500, "m", "approx"), Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("5.000 đồng/hộ", 5000, "đồng"), Q("hơn 9 triệu đồng", 9000000, "đồng", "over"), Q("6 thôn", 6, "thôn"),
 Q("22%", 22, "%"), Q("61%", 61, "%")],
[],
[prov("Quảng Nam"), com("A Ting")],
["Báo Quảng Nam", "Xã hội > Dân tộc - Miền núi", "Zơrâm Thị Lan trao hoa cho đoàn công tác - Ảnh: A.N", "mế nước",
 "Dự án hỗ trợ nước sạch", "Xây dựng gia đình 5 không, 3 sạch", "toàn dân đoàn kết xây dựng đời sống văn hóa", "Gươl"],
["14.06.2019 | 06:30", "Hơn 10 năm", "Năm 2008", "Năm 2016", "Sau 3 năm", "5 không, 3 sạch", "tuổi 58", "mười câu", "một người"]))

PAGES.append(page("b6471-bentre-mttq-traoqua-2020", """
ĐỒNG KHỞI ONLINE - BÁO CỦA ĐẢNG BỘ TỈNH BẾN TRE
Thời sự | Chính trị | Kinh tế | Xã hội | Hạn mặn
Thứ Tư, 08/04/2020 16:20
Ủy ban MTTQ tỉnh trao 500 bình lọc nước, 300 bồn chứa cho dân vùng hạn mặn
(ĐK) - Ngày 7-4-2020, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Quỹ Tấm lòng Vàng và Công ty Cổ phần Kim Long trao tặng 500 bình lọc nước và 300 bồn chứa nước cho người dân hai xã Thạnh Phước (huyện Bình Đại) và An Thủy (huyện Ba Tri), những địa bàn chịu ảnh hưởng nặng của đợt hạn hán, xâm nhập mặn lịch sử mùa khô 2019 - 2020.
Mỗi bình lọc nước trị giá 1,8 triệu đồng, mỗi bồn chứa dung tích 1.500 lít trị giá 2,5 triệu đồng; tổng giá trị quà tặng hơn 1,65 tỷ đồng. Đến dự có bà Lê Thị Thu Hồng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Trương Văn Quới, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn.
Người dân xã An Thủy nhận bồn chứa nước. Ảnh: Hữu Hiệp
Theo Ban Chỉ đạo phòng, chống thiên tai tỉnh, đợt hạn mặn năm nay làm khoảng 110.000 hộ dân thiếu nước sinh hoạt. Thực hiện Quyết định số 271/QĐ-UBND ngày 10/2/2020 của UBND tỉnh Bến Tre về việc công bố tình huống khẩn cấp thiên tai hạn hán, xâm nhập mặn, các ngành đã chở nước ngọt miễn phí về các xã ven biển, lắp 45 trạm cấp nước công cộng tạm thời.
Ông Nguyễn Văn Bé Sáu, ấp Thạnh Thới, xã Thạnh Phước nói: "Hơn một tháng nay nhà tôi phải mua nước 120.000 đồng/m3. Có bồn chứa này, bà con trữ được nước mưa đầu mùa để dùng dần".
Bà Lê Thị Thu Hồng cho biết, từ đầu mùa khô đến nay, Ban Vận động Quỹ "Vì người nghèo" các cấp đã tiếp nhận hơn 14 tỷ đồng ủng hộ người dân vùng hạn mặn, trong đó hơn 6.000 lu, bồn chứa nước đã được trao tận tay các hộ nghèo, hộ cận nghèo. Việc tiếp nhận, phân phối được thực hiện công khai theo Kế hoạch số 19/KH-MTTQ-BTT ngày 20/2/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, có sự giám sát của Ban Thanh tra nhân dân các xã.
Ông Huỳnh Văn Nhẫn, Chủ tịch UBND xã An Thủy cho biết, xã có 1.240 hộ thiếu nước ngọt; số bồn nhận đợt này được ưu tiên cho 150 hộ nghèo, hộ có người già neo đơn. Xã cũng vận động các hộ khá giả chia sẻ nước giếng khoan cho hàng xóm.
Dịp này, ông Trương Văn Quới thông tin tỉnh đang triển khai dự án đường ống cấp nước liên huyện từ nhà máy nước Sơn Đông với tổng vốn khoảng 200 tỷ đồng, dự kiến đến năm 2021 cung cấp thêm 30.000 m3 nước/ngày cho các huyện biển.
Phương Nam
Tin liên quan
- Tiếp nhận 1.000 bồn chứa nước hỗ trợ người dân Thạnh Phú (03/04/2020)
- Giồng Trôm: chở nước ngọt miễn phí cho dân (28/03/2020)
- Bến Tre công bố tình huống khẩn cấp thiên tai hạn mặn (11/02/2020)
""", "2020-04-08", "Ủy ban MTTQ tỉnh trao 500 bình lọc nước, 300 bồn chứa cho dân vùng hạn mặn",
E("trao_qua", None, "2020-04-07"),
[P("Lê Thị Thu Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Quới", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Nguyễn Văn Bé Sáu"),
 P("Huỳnh Văn Nhẫn", "Chủ tịch UBND xã An Thủy")],
[Q("500 bình lọc nước", 500, "bình lọc nước"), Q("hai xã", 2, "xã"), Q("300 bồn chứa nước", 300, "bồn chứa nước"),
 Q("1,8 triệu đồng", 1800000, "đồng"), Q("1.500 lít", 1500, "lít"), Q("2,5 triệu đồng", 2500000, "đồng"),
 Q("hơn 1,65 tỷ đồng", 1650000000, "đồng", "over"), Q("khoảng 110.000 hộ dân", 110000, "hộ dân", "approx"),
 Q("45 trạm cấp nước công cộng tạm thời", 45, "trạm cấp nước công cộng tạm thời"),
 Q("120.000 đồng/m3", 120000, "đồng"), Q("hơn 14 tỷ đồng", 14000000000, "đồng", "over"),
 Q("hơn 6.000 lu, bồn chứa nước", 6000, "lu, bồn chứa nước", "over"), Q("1.240 hộ", 1240, "hộ"),
 Q("150 hộ nghèo, hộ có người già neo đơn", 150, "hộ nghèo, hộ có người già neo đơn"),
 Q("khoảng 200 tỷ đồng", 200000000000, "đồng", "approx"), Q("30.000 m3", 30000, "m3")],
[D("Quyết định", "271", "QĐ-UBND", "2020-02-10", "UBND tỉnh Bến Tre", "Quyết định số 271/QĐ-UBND ngày 10/2/2020"),
 D("Kế hoạch", "19", "KH-MTTQ-BTT", "2020-02-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 19/KH-MTTQ-BTT ngày 20/2/2020")],
[prov("Bến Tre"), com("Thạnh Phước"), com("An Thủy")],
["ĐỒNG KHỞI ONLINE - BÁO CỦA ĐẢNG BỘ TỈNH BẾN TRE", "Thời sự | Chính trị | Kinh tế | Xã hội | Hạn mặn", "(ĐK)",
 "Người dân xã An Thủy nhận bồn chứa nước. Ảnh: Hữu Hiệp", "Quỹ Tấm lòng Vàng", "Công ty Cổ phần Kim Long", "Vì người nghèo"],
["Thứ Tư, 08/04/2020 16:20", "mùa khô 2019 - 2020", "Hơn một tháng", "năm 2021"]))

PAGES.append(page("b6472-thainguyen-hnd-giaoban-2020", """
HỘI NÔNG DÂN TỈNH THÁI NGUYÊN
Trang chủ › Hoạt động Hội › Tin từ cơ sở
02/10/2020 - 10:45 | Lượt đọc: 389
Hội Nông dân tỉnh giao ban tháng 9: đẩy mạnh phong trào nông dân bảo vệ nguồn nước
Chiều 30/9, Hội Nông dân tỉnh Thái Nguyên tổ chức giao ban công tác Hội tháng 9/2020 với Thường trực Hội Nông dân các huyện, thành phố, thị xã. Đồng chí Hoàng Văn Thưởng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì.
Trong tháng, các cấp Hội tập trung tuyên truyền, vận động hội viên thực hiện Chương trình phối hợp số 03/CTPH-HND-SYT giữa Hội Nông dân tỉnh và Sở Y tế về nâng cao nhận thức vệ sinh môi trường, sử dụng nước sạch nông thôn. Toàn tỉnh tổ chức 128 buổi tuyên truyền lồng ghép trong sinh hoạt chi hội với khoảng 6.400 lượt hội viên tham gia; ra mắt 11 mô hình "Chi hội nông dân bảo vệ môi trường", nâng tổng số mô hình lên 97.
Hội viên nông dân đã đóng góp hơn 3.100 ngày công, thu gom khoảng 42 tấn rác thải, vỏ bao bì thuốc bảo vệ thực vật trên đồng ruộng; xây mới 214 bể chứa vỏ bao bì thuốc bảo vệ thực vật. Quỹ Hỗ trợ nông dân các cấp giải ngân 2,6 tỷ đồng cho 64 hộ vay làm chuồng trại hợp vệ sinh, hầm biogas.
Tuy vậy, theo đồng chí Ma Thị Hà, Phó Chủ tịch Hội Nông dân tỉnh, việc vận động hội viên ở các xã vùng cao Võ Nhai, Định Hóa đấu nối nước sạch còn chậm; nhiều hộ quen dùng nước giếng, nước khe, chưa coi trọng việc xét nghiệm nước. Ở một số công trình cấp nước tập trung, hội viên phản ánh giá nước 7.000 đồng/m3 là cao.
Tại giao ban, đồng chí Dương Văn Luyện, Chủ tịch Hội Nông dân huyện Phú Lương báo cáo kết quả mô hình tổ tự quản nước sạch ở xã Yên Ninh, nơi 100% hộ hội viên cam kết không xả nước thải chăn nuôi ra suối. Đồng chí Lưu Thị Thoa, Chủ tịch Hội Nông dân xã Tân Thành, huyện Phú Bình đề xuất Hội tỉnh phối hợp ngân hàng chính sách dành vốn vay nước sạch cho hộ hội viên, mức vay tối đa 20 triệu đồng/hộ.
Kết luận giao ban, đồng chí Hoàng Văn Thưởng đề nghị tháng 10/2020 các cấp Hội tiếp tục quán triệt Chỉ thị số 34/CT-TTg ngày 26/8/2016 của Thủ tướng Chính phủ và Kế hoạch số 142/KH-UBND của UBND tỉnh về nâng cao hiệu quả công trình cấp nước sạch nông thôn; tổ chức tốt các hoạt động chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XX; phấn đấu đến cuối năm mỗi huyện có ít nhất 2 mô hình mới.
Tháng 9, các cấp Hội cũng kết nạp thêm 356 hội viên mới và thành lập 4 chi hội nghề nghiệp.
Đức Thọ
Tin cùng chuyên mục
- Hội Nông dân Đại Từ ra quân thu gom bao bì thuốc bảo vệ thực vật (24/09/2020)
- Tập huấn kỹ năng tuyên truyền bảo vệ môi trường cho cán bộ Hội cơ sở (15/09/2020)
- Giao ban công tác Hội tháng 8/2020 (04/09/2020)
""", "2020-10-02", "Hội Nông dân tỉnh giao ban tháng 9: đẩy mạnh phong trào nông dân bảo vệ nguồn nước",
E("giao_ban", "2020-09", "2020-09-30"),
[P("Hoàng Văn Thưởng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Ma Thị Hà", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Dương Văn Luyện", "Chủ tịch Hội Nông dân huyện Phú Lương"),
 P("Lưu Thị Thoa", "Chủ tịch Hội Nông dân xã Tân Thành")],
[Q("128 buổi tuyên truyền", 128, "buổi tuyên truyền"), Q("khoảng 6.400 lượt hội viên", 6400, "lượt hội viên", "approx"),
 Q("11 mô hình", 11, "mô hình"), Q("97", 97, "mô hình"), Q("hơn 3.100 ngày công", 3100, "ngày công", "over"),
 Q("khoảng 42 tấn", 42, "tấn", "approx"),
 Q("214 bể chứa vỏ bao bì thuốc bảo vệ thực vật", 214, "bể chứa vỏ bao bì thuốc bảo vệ thực vật"),
 Q("2,6 tỷ đồng", 2600000000, "đồng"), Q("64 hộ", 64, "hộ"), Q("7.000 đồng/m3", 7000, "đồng"), Q("100% hộ hội viên", 100, "%"),
 Q("tối đa 20 triệu đồng/hộ", 20000000, "đồng"), Q("ít nhất 2 mô hình mới", 2, "mô hình mới", "over"),
 Q("356 hội viên mới", 356, "hội viên mới"), Q("4 chi hội nghề nghiệp", 4, "chi hội nghề nghiệp")],
[D("Chương trình phối hợp", "03", "CTPH-HND-SYT", None, "Hội Nông dân tỉnh và Sở Y tế", "Chương trình phối hợp số 03/CTPH-HND-SYT"),
 D("Chỉ thị", "34", "CT-TTg", "2016-08-26", "Thủ tướng Chính phủ", "Chỉ thị số 34/CT-TTg ngày 26/8/2016"),
 D("Kế hoạch", "142", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 142/KH-UBND")],
[prov("Thái Nguyên"), com("Yên Ninh"), com("Tân Thành")],
["HỘI NÔNG DÂN TỈNH THÁI NGUYÊN", "Trang chủ › Hoạt động Hội › Tin từ cơ sở", "Lượt đọc: 389",
 "Chi hội nông dân bảo vệ môi trường", "Quỹ Hỗ trợ nông dân"],
["02/10/2020 - 10:45 | Lượt đọc: 389", "tháng 9/2020", "tháng 10/2020", "lần thứ XX", "Tháng 9"]))
