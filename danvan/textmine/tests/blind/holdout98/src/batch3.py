from lib import *
PAGES = []

PAGES.append(page("b2321-quangtri-huonghoa-mttq-tongket-2020", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Trang chủ >> Hoạt động Mặt trận cấp huyện
Cập nhật: 09:42, 23/12/2020 (GMT+7)
Ảnh: Toàn cảnh hội nghị.
Mặt trận Hướng Hóa chung sức cùng nhân dân vượt qua thiên tai
Ngày 21/12, Ủy ban MTTQ Việt Nam huyện Hướng Hóa, tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác Mặt trận năm 2020 và triển khai chương trình phối hợp thống nhất hành động năm 2021. Dự hội nghị có đồng chí Hồ Văn Hiền, TUV, Bí thư Huyện ủy Hướng Hóa; đồng chí Côn Thị Dinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Chủ trì hội nghị có đồng chí Kê Văn Thuận, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Năm 2020 là năm đặc biệt khó khăn khi huyện vừa phải phòng, chống dịch Covid-19, vừa chịu ảnh hưởng nặng nề của mưa lũ, sạt lở đất lịch sử trong tháng 10. Mặt trận các cấp đã tiếp nhận tiền, hàng hóa ủng hộ trị giá trên 21,5 tỷ đồng, phân bổ kịp thời cho 4.600 hộ bị thiệt hại; phối hợp vận động 1.240 lượt đoàn viên, hội viên giúp dân dọn dẹp nhà cửa, khôi phục sản xuất. Quỹ "Vì người nghèo" các cấp vận động được gần 1,8 tỷ đồng, hỗ trợ xây mới 63 nhà Đại đoàn kết cho hộ nghèo người Vân Kiều, Pa Kô.
Mặt trận huyện đã thực hiện Thông tri số 08-TT/HU của Ban Thường vụ Huyện ủy về lãnh đạo đại hội Mặt trận các cấp; tổ chức thành công Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XIV, nhiệm kỳ 2019 - 2024. Mặt trận chủ trì giám sát 18 cuộc theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và tổ chức 4 hội nghị phản biện xã hội; tiếp nhận 57 ý kiến, kiến nghị của cử tri gửi đến kỳ họp HĐND huyện.
Tại hội nghị, ông Hồ A Nun, Chủ tịch Ủy ban MTTQ xã Hướng Phùng, chia sẻ cách vận động 34 hộ ở vùng nguy cơ sạt lở di dời đến nơi an toàn; bà Pả Xi, người có uy tín bản Xa Rường, xã Hướng Lập, kiến nghị sớm khôi phục tuyến đường vào bản bị sạt lở. Ông Phạm Văn Đông, Trưởng Ban công tác Mặt trận khu phố 4, thị trấn Lao Bảo, cho biết khu phố đã vận động 126 triệu đồng làm đường điện chiếu sáng.
Phát biểu chỉ đạo, đồng chí Hồ Văn Hiền ghi nhận những nỗ lực của Mặt trận huyện và đề nghị năm 2021 tập trung tuyên truyền, vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026; thực hiện hiệu quả Nghị quyết liên tịch số 01/2016/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN; phát huy vai trò của 212 người có uy tín trong cộng đồng các dân tộc.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 3 tập thể; Ủy ban MTTQ huyện tặng giấy khen cho 15 tập thể và 28 cá nhân. Hội nghị cũng thông qua chương trình phối hợp năm 2021 giữa Ủy ban MTTQ huyện và các tổ chức thành viên; các ông, bà Hồ Thị Lê, Nguyễn Văn Nam - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện trình bày dự thảo chương trình.
Nguyễn Hữu Hoàng
Lượt xem: 1.016
Tin liên quan
- Đakrông: trao 50 nhà Đại đoàn kết cho hộ nghèo (15/12/2020)
- Hướng Hóa tiếp nhận hàng cứu trợ từ các tỉnh phía Bắc (01/12/2020)
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (20/11/2020)
- Ngày hội Đại đoàn kết ở khu dân cư Ka Tăng (17/11/2020)
""", "2020-12-23", "Mặt trận Hướng Hóa chung sức cùng nhân dân vượt qua thiên tai",
E("tong_ket", "2020", "2020-12-21"),
[P("Hồ Văn Hiền", "TUV", "Bí thư Huyện ủy Hướng Hóa"),
 P("Côn Thị Dinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kê Văn Thuận", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Hồ A Nun", "Chủ tịch Ủy ban MTTQ xã Hướng Phùng"),
 P("Pả Xi", "người có uy tín bản Xa Rường"),
 P("Phạm Văn Đông", "Trưởng Ban công tác Mặt trận khu phố 4"),
 P("Hồ Thị Lê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Văn Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("trên 21,5 tỷ đồng", 21500000000, "đồng", "over"), Q("4.600 hộ", 4600, "hộ"),
 Q("1.240 lượt đoàn viên, hội viên", 1240, "lượt đoàn viên, hội viên"), Q("gần 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("63 nhà Đại đoàn kết", 63, "nhà Đại đoàn kết"), Q("18 cuộc", 18, "cuộc"), Q("4 hội nghị phản biện xã hội", 4, "hội nghị phản biện xã hội"),
 Q("57 ý kiến, kiến nghị", 57, "ý kiến, kiến nghị"), Q("34 hộ", 34, "hộ"), Q("126 triệu đồng", 126000000, "đồng"),
 Q("212 người có uy tín", 212, "người có uy tín"), Q("3 tập thể", 3, "tập thể"), Q("15 tập thể", 15, "tập thể"),
 Q("28 cá nhân", 28, "cá nhân")],
[D("Thông tri", "08", "TT/HU", None, "Ban Thường vụ Huyện ủy", "Thông tri số 08-TT/HU"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết liên tịch", "01", "2016/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 01/2016/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Hướng Lập"), com("Lao Bảo")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Trang chủ >> Hoạt động Mặt trận cấp huyện", "Ảnh: Toàn cảnh hội nghị.",
 "Vì người nghèo", "Lượt xem: 1.016"],
["Cập nhật: 09:42, 23/12/2020 (GMT+7)", "năm 2020", "năm 2021", "tháng 10", "lần thứ XIV", "nhiệm kỳ 2019 - 2024",
 "khóa XV", "nhiệm kỳ 2021 - 2026", "khu phố 4", "Lượt xem: 1.016"]))

PAGES.append(page("b2322-bacgiang-sondong-bdvhu-soket-2021", """
Cổng Thông tin điện tử huyện Sơn Động - tỉnh Bắc Giang
Tin tức | Xây dựng Đảng | Dân vận
Thứ Hai, 12/07/2021 - 15:30
Sơn Động: Khối dân vận góp phần thực hiện "mục tiêu kép"
Ngày 9/7, Ban Dân vận Huyện ủy Sơn Động tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021 tới 15 điểm cầu các xã, thị trấn. Đồng chí Hoàng Văn Lợi, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Đồng chí Hoàng Văn Lợi phát biểu tại điểm cầu huyện.
Báo cáo cho biết, 6 tháng đầu năm khối dân vận đã tập trung tuyên truyền, vận động nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, với tỷ lệ cử tri đi bầu đạt 99,8%. Ban Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 112-KH/HU ngày 8/6/2021 thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW; ban hành Hướng dẫn số 03-HD/BDVHU về xây dựng tổ dân vận thôn, bản. Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, các tổ Covid cộng đồng ở 148 thôn, bản đã duy trì hoạt động, kịp thời phát hiện 27 trường hợp từ vùng dịch về không khai báo.
Trong phòng, chống dịch, Mặt trận và các đoàn thể đã vận động được hơn 2,1 tỷ đồng ủng hộ Quỹ vắc-xin phòng Covid-19; hỗ trợ 1.350 hộ dân tiêu thụ trên 3.200 tấn vải thiều. Nhân dân hiến 6.800 m2 đất làm đường; 93,5% số xã đạt tiêu chí về dân chủ ở cơ sở.
Tại hội nghị, ông Lý Văn Vàng, ĐUV, Chủ tịch Ủy ban MTTQ xã Vân Sơn, báo cáo việc vận động 42 hộ đồng bào Dao ở thôn Tân Sơn bỏ tục lệ tổ chức đám cưới kéo dài; bà Nông Thị Ngát, Bí thư Đoàn xã Dương Hưu, cho biết Đoàn xã thành lập 6 đội thanh niên tình nguyện hỗ trợ chốt kiểm soát dịch. Đồng chí Chu Văn Thắng, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện đánh giá cao vai trò của lực lượng dân vận, nhất là các tổ dân vận thôn.
Phát biểu kết luận, đồng chí Hoàng Văn Lợi yêu cầu 6 tháng cuối năm tiếp tục thực hiện nghiêm Quy chế công tác dân vận của hệ thống chính trị; tăng cường nắm tình hình nhân dân trong thời điểm thu hoạch vải thiều; phấn đấu có thêm 12 mô hình "Dân vận khéo" cấp huyện. Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Đặng Thị Hoa, Trần Đức Minh được giao theo dõi các cụm xã phía Bắc và phía Nam của huyện.
Ngọc Ánh - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Lượt xem: 655
Tin liên quan
- Sơn Động: Hội Nông dân huyện hỗ trợ nông dân tiêu thụ vải thiều (02/07/2021)
- Giao ban công tác dân vận quý II/2021 (25/06/2021)
- Huyện ủy Sơn Động quán triệt Nghị quyết Đại hội XIII của Đảng (11/06/2021)
- Ra mắt tổ Covid cộng đồng thôn Nà Hin (28/05/2021)
""", "2021-07-12", "Sơn Động: Khối dân vận góp phần thực hiện \"mục tiêu kép\"",
E("so_ket", "2021-H1", "2021-07-09"),
[P("Hoàng Văn Lợi", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Văn Vàng", "ĐUV", "Chủ tịch Ủy ban MTTQ xã Vân Sơn"),
 P("Nông Thị Ngát", "Bí thư Đoàn xã Dương Hưu"),
 P("Chu Văn Thắng", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Đặng Thị Hoa", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Đức Minh", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("15 điểm cầu", 15, "điểm cầu"), Q("99,8%", 99.8, "%"), Q("148 thôn, bản", 148, "thôn, bản"), Q("27 trường hợp", 27, "trường hợp"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("1.350 hộ dân", 1350, "hộ dân"), Q("trên 3.200 tấn", 3200, "tấn", "over"),
 Q("6.800 m2", 6800, "m2"), Q("93,5%", 93.5, "%"), Q("42 hộ đồng bào Dao", 42, "hộ đồng bào Dao"),
 Q("6 đội thanh niên tình nguyện", 6, "đội thanh niên tình nguyện"), Q("12 mô hình", 12, "mô hình")],
[D("Kế hoạch", "112", "KH/HU", "2021-06-08", "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU ngày 8/6/2021"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị số 05-CT/TW"),
 D("Hướng dẫn", "03", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 03-HD/BDVHU"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg")],
[prov("Bắc Giang"), com("Vân Sơn"), com("Dương Hưu")],
["Cổng Thông tin điện tử huyện Sơn Động - tỉnh Bắc Giang", "Tin tức | Xây dựng Đảng | Dân vận",
 "Đồng chí Hoàng Văn Lợi phát biểu tại điểm cầu huyện.", "mục tiêu kép", "Dân vận khéo",
 "Quy chế công tác dân vận của hệ thống chính trị", "Lượt xem: 655"],
["Thứ Hai, 12/07/2021 - 15:30", "6 tháng đầu năm", "6 tháng cuối năm 2021", "khóa XV", "nhiệm kỳ 2021 - 2026",
 "Covid-19", "Lượt xem: 655"]))

PAGES.append(page("b2323-travinh-cauke-hlhpn-daihoi-2021", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH TRÀ VINH
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Đại hội phụ nữ các cấp
Ngày đăng 04/06/2021 | 16:20
Quang cảnh đại hội. Ảnh: Minh Khoa
Đại hội đại biểu Phụ nữ huyện Cầu Kè lần thứ XI, nhiệm kỳ 2021 - 2026
Ngày 3/6, Hội Liên hiệp Phụ nữ huyện Cầu Kè, tỉnh Trà Vinh tổ chức Đại hội đại biểu Phụ nữ huyện lần thứ XI, nhiệm kỳ 2021 - 2026. Do diễn biến phức tạp của dịch Covid-19, đại hội được tổ chức gọn, với 120 đại biểu chính thức đại diện cho hơn 17.800 hội viên phụ nữ trong huyện.
Dự và chỉ đạo đại hội có đồng chí Kim Thị Ngọc Hân, Ủy viên Ban Thường vụ - Trưởng ban Tổ chức - Kiểm tra Hội LHPN tỉnh; đồng chí Nguyễn Văn Lực, TUV, Bí thư Huyện ủy Cầu Kè; đồng chí Thạch Sô Phol, HUV, Trưởng Ban Dân vận Huyện ủy.
Nhiệm kỳ 2016 - 2021, các cấp Hội đã tổ chức thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Chỉ thị số 21-CT/TW của Ban Bí thư; phát triển mới 2.460 hội viên; vận động xây dựng 58 "Mái ấm tình thương" trị giá hơn 2,9 tỷ đồng; giúp 1.126 hộ phụ nữ nghèo vay vốn với tổng dư nợ 96,4 tỷ đồng. Đã có 734 hộ do phụ nữ làm chủ thoát nghèo; 100% cơ sở Hội đạt tiêu chí "Xây dựng gia đình 5 không, 3 sạch". Hội phụ nữ các xã đã duy trì 41 câu lạc bộ "Phụ nữ với pháp luật" và 9 tổ phụ nữ người Khmer dệt chiếu.
Tham luận tại đại hội, bà Sơn Thị Chanh Đa, Chủ tịch Hội LHPN xã Hòa Ân, chia sẻ cách vận động hội viên người Khmer tham gia tổ hợp tác trồng dừa sáp; bà Lâm Thị Sô Phia, Chi hội trưởng phụ nữ ấp Ô Tưng, xã Châu Điền, nêu kinh nghiệm phòng, chống bạo lực gia đình.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Lực đề nghị nhiệm kỳ mới Hội tiếp tục thực hiện Chương trình hành động số 08-CTr/HU của Huyện ủy thực hiện Nghị quyết Đại hội Đảng bộ huyện; đẩy mạnh cuộc vận động "Xây dựng gia đình 5 không, 3 sạch"; phấn đấu mỗi năm giúp 150 hộ phụ nữ thoát nghèo.
Đại hội đã bầu 27 đồng chí vào Ban Chấp hành Hội LHPN huyện khóa XI và 12 đại biểu dự Đại hội đại biểu Phụ nữ tỉnh. Tại hội nghị lần thứ nhất, bà Thạch Thị Sa Phươl, HUV, được bầu giữ chức Chủ tịch Hội LHPN huyện khóa XI; các bà Trần Thị Bích Hạnh, Kim Thị Ra Ny được bầu giữ chức Phó Chủ tịch Hội LHPN huyện.
Tin, ảnh: Minh Khoa
Lượt truy cập: 203.647
Tin khác
- Tiểu Cần: đại hội đại biểu phụ nữ huyện nhiệm kỳ 2021 - 2026 (28/05/2021)
- Hội LHPN tỉnh trao 20 "Mái ấm tình thương" (20/05/2021)
- Đại hội điểm phụ nữ xã Tam Ngãi (10/05/2021)
- Phụ nữ Khmer Cầu Kè giữ nghề dệt chiếu truyền thống (30/04/2021)
- Hội LHPN tỉnh tập huấn kỹ năng tổ chức đại hội (16/04/2021)
Trang thông tin điện tử Hội LHPN tỉnh Trà Vinh. Chịu trách nhiệm: Ban Thường vụ Hội LHPN tỉnh.
""", "2021-06-04", "Đại hội đại biểu Phụ nữ huyện Cầu Kè lần thứ XI, nhiệm kỳ 2021 - 2026",
E("dai_hoi", None, "2021-06-03"),
[P("Kim Thị Ngọc Hân", "Ủy viên Ban Thường vụ - Trưởng ban Tổ chức - Kiểm tra Hội LHPN tỉnh"),
 P("Nguyễn Văn Lực", "TUV", "Bí thư Huyện ủy Cầu Kè"),
 P("Thạch Sô Phol", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Sơn Thị Chanh Đa", "Chủ tịch Hội LHPN xã Hòa Ân"),
 P("Lâm Thị Sô Phia", "Chi hội trưởng phụ nữ ấp Ô Tưng"),
 P("Thạch Thị Sa Phươl", "HUV", "Chủ tịch Hội LHPN huyện khóa XI"),
 P("Trần Thị Bích Hạnh", "Phó Chủ tịch Hội LHPN huyện"),
 P("Kim Thị Ra Ny", "Phó Chủ tịch Hội LHPN huyện")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("hơn 17.800 hội viên phụ nữ", 17800, "hội viên phụ nữ", "over"),
 Q("2.460 hội viên", 2460, "hội viên"), Q("58 \"Mái ấm tình thương\"", 58, "Mái ấm tình thương"),
 Q("hơn 2,9 tỷ đồng", 2900000000, "đồng", "over"), Q("1.126 hộ phụ nữ nghèo", 1126, "hộ phụ nữ nghèo"),
 Q("96,4 tỷ đồng", 96400000000, "đồng"), Q("734 hộ", 734, "hộ"), Q("100%", 100, "%"),
 Q("41 câu lạc bộ", 41, "câu lạc bộ"), Q("9 tổ phụ nữ người Khmer", 9, "tổ phụ nữ người Khmer"),
 Q("150 hộ phụ nữ", 150, "hộ phụ nữ"), Q("27 đồng chí", 27, "đồng chí"), Q("12 đại biểu", 12, "đại biểu")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 21-CT/TW"),
 D("Chương trình hành động", "08", "CTr/HU", None, "Huyện ủy", "Chương trình hành động số 08-CTr/HU")],
[prov("Trà Vinh"), com("Hòa Ân"), com("Châu Điền")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH TRÀ VINH", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Đại hội phụ nữ các cấp",
 "Quang cảnh đại hội. Ảnh: Minh Khoa", "Xây dựng gia đình 5 không, 3 sạch", "Phụ nữ với pháp luật", "Lượt truy cập: 203.647"],
["Ngày đăng 04/06/2021 | 16:20", "lần thứ XI", "nhiệm kỳ 2021 - 2026", "Nhiệm kỳ 2016 - 2021", "5 không, 3 sạch",
 "khóa XI", "lần thứ nhất", "27 đồng chí", "Lượt truy cập: 203.647"]))

PAGES.append(page("b2324-lamdong-lacduong-bdvhu-giaoban-2022", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ › Tin tức › Dân vận cơ sở
2022-04-08 10:30
Lạc Dương: Giao ban công tác dân vận quý I năm 2022
Chiều 7/4, Ban Dân vận Huyện ủy Lạc Dương (Lâm Đồng) tổ chức giao ban công tác dân vận quý I, triển khai nhiệm vụ quý II năm 2022. Chủ trì hội nghị có đồng chí Liêng Jrang K'Hiên, HUV, Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ Việt Nam huyện; dự có đồng chí Cil K'Huân, Phó Bí thư Thường trực Huyện ủy - Chủ tịch HĐND huyện.
Đồng chí Cil K'Huân phát biểu chỉ đạo hội nghị.
Quý I, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị 08, 09-CT/HU về tăng cường công tác dân vận trong quản lý, bảo vệ rừng và trong vận động đồng bào K'Ho, Chil hiến đất làm đường; tổ chức học tập Quy chế công tác dân vận của hệ thống chính trị ban hành theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương cho 412 cán bộ chủ chốt. Các xã, thị trấn đã tổ chức 23 cuộc tiếp xúc, đối thoại với nhân dân; tiếp nhận 16 đơn thư, giải quyết xong 13 đơn. Trên địa bàn xảy ra 2 vụ phá rừng trái phép ở xã Đạ Chais, các tổ dân vận đã vận động 5 hộ tự nguyện trả lại 3,2 ha đất lấn chiếm.
Đồng chí Kră Jăn Ha Lan, ĐUV, Chủ tịch Hội LHPN xã Đạ Sar, cho biết xã đã vận động 86 hộ tham gia trồng cà phê chất lượng cao theo hướng hữu cơ; đồng chí Đa Cát K'Lim, người có uy tín thôn Đa Tro, xã Đạ Nhim, đề nghị huyện hỗ trợ kinh phí tu sửa nhà rông văn hóa. Bà Păng Ting Ha Phương, Phó Trưởng Ban Dân vận Huyện ủy, báo cáo kết quả xây dựng 7 mô hình "Dân vận khéo" cấp xã và đề nghị nhân rộng mô hình "Thôn không có người vi phạm pháp luật về rừng".
Quý I, khối dân vận đã phối hợp vận động nhân dân góp 780 triệu đồng và 1.450 ngày công làm 3,6 km đường bê tông; thăm, tặng 650 suất quà Tết cho hộ nghèo với tổng trị giá 325 triệu đồng. Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số còn 2,9%.
Kết luận giao ban, đồng chí Liêng Jrang K'Hiên yêu cầu quý II khối dân vận tập trung tuyên truyền Nghị quyết Đại hội XIII của Đảng; triển khai Kế hoạch số 45-KH/BDVTU của Ban Dân vận Tỉnh ủy về công tác dân vận chính quyền năm 2022; làm tốt công tác nắm tình hình trước mùa khô, không để xảy ra cháy rừng.
Ban Dân vận Huyện ủy Lạc Dương
Lượt xem: 318
Tin cùng chuyên mục
- Đam Rông: tổ chức đối thoại với người dân xã Đạ Tông (01/04/2022)
- Lâm Hà sơ kết mô hình "Dân vận khéo" quý I (29/03/2022)
- Gặp mặt người có uy tín nhân dịp Tết Nguyên đán Nhâm Dần (20/01/2022)
- Đức Trọng ra mắt tổ dân vận ở khu dân cư đồng bào Chu Ru (14/01/2022)
- Tổng kết công tác dân vận năm 2021 (30/12/2021)
Ban Dân vận Tỉnh ủy Lâm Đồng - Địa chỉ: số 36 Trần Phú, thành phố Đà Lạt.
""", "2022-04-08", "Lạc Dương: Giao ban công tác dân vận quý I năm 2022",
E("giao_ban", "2022-Q1", "2022-04-07"),
[P("Liêng Jrang K'Hiên", "HUV", "Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Cil K'Huân", "Phó Bí thư Thường trực Huyện ủy - Chủ tịch HĐND huyện"),
 P("Kră Jăn Ha Lan", "ĐUV", "Chủ tịch Hội LHPN xã Đạ Sar"),
 P("Đa Cát K'Lim", "người có uy tín thôn Đa Tro"),
 P("Păng Ting Ha Phương", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("412 cán bộ chủ chốt", 412, "cán bộ chủ chốt"), Q("23 cuộc tiếp xúc, đối thoại", 23, "cuộc tiếp xúc, đối thoại"),
 Q("16 đơn thư", 16, "đơn thư"), Q("13 đơn", 13, "đơn"), Q("2 vụ phá rừng trái phép", 2, "vụ phá rừng trái phép"),
 Q("5 hộ", 5, "hộ"), Q("3,2 ha", 3.2, "ha"), Q("86 hộ", 86, "hộ"), Q("7 mô hình", 7, "mô hình"),
 Q("780 triệu đồng", 780000000, "đồng"), Q("1.450 ngày công", 1450, "ngày công"), Q("3,6 km", 3.6, "km"),
 Q("650 suất quà", 650, "suất quà"), Q("325 triệu đồng", 325000000, "đồng"), Q("2,9%", 2.9, "%")],
[D("Chỉ thị", "08", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 08, 09-CT/HU"),
 D("Chỉ thị", "09", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 08, 09-CT/HU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "45", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 45-KH/BDVTU")],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Đạ Sar"), com("Đạ Nhim")],
["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ › Tin tức › Dân vận cơ sở", "Đồng chí Cil K'Huân phát biểu chỉ đạo hội nghị.",
 "Dân vận khéo", "Thôn không có người vi phạm pháp luật về rừng", "Quy chế công tác dân vận của hệ thống chính trị",
 "Nghị quyết Đại hội XIII của Đảng", "Lượt xem: 318"],
["2022-04-08 10:30", "quý I", "quý II năm 2022", "năm 2022", "Đại hội XIII", "Lượt xem: 318"]))

PAGES.append(page("b2325-hoabinh-maichau-mttq-giamsat-2022", """
Hôm nay: Thứ Hai, 19/09/2022
BÁO HÒA BÌNH ĐIỆN TỬ
Chính trị - Xã hội | Mặt trận - Đoàn thể
Thứ Sáu, 16/09/2022 - 07:50
Mai Châu: Giám sát thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số
(BHB) - Từ ngày 12 đến 14/9, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Mai Châu, tỉnh Hòa Bình do đồng chí Hà Công Chuyên, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện làm trưởng đoàn đã giám sát việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi tại 3 xã Hang Kia, Pà Cò, Vạn Mai.
Đoàn giám sát làm việc tại UBND xã Hang Kia.
Cùng tham gia đoàn có bà Bùi Thị Nga, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ huyện; ông Xa Văn Hùng, Phó Trưởng phòng Dân tộc huyện. Cuộc giám sát được thực hiện theo Kế hoạch số 15/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ huyện và Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư.
Theo báo cáo, năm 2022 ba xã được phân bổ 9,76 tỷ đồng thực hiện Chương trình theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, đến hết tháng 8 mới giải ngân được 3,1 tỷ đồng, đạt 31,8%. Các xã đã hỗ trợ 74 hộ người Mông làm nhà ở, 126 hộ chuyển đổi nghề, khởi công 5 công trình nước sinh hoạt tập trung. Còn 11 hộ chưa có đất sản xuất do quỹ đất ở xã Pà Cò hạn hẹp.
Tại buổi làm việc, ông Lò Văn Thím, ĐUV, Chủ tịch Ủy ban MTTQ xã Vạn Mai, phản ánh việc hướng dẫn thủ tục thanh quyết toán còn chậm. Bà Vì Thị Hằng, Bí thư Chi bộ xóm Xà Lĩnh, xã Hang Kia, đề nghị hỗ trợ thêm 2 máy bơm nước cho xóm. Đại diện UBND xã Pà Cò tiếp thu 9 ý kiến của đoàn giám sát.
Qua giám sát cho thấy, cấp ủy, chính quyền các xã đã quan tâm lãnh đạo, chỉ đạo, thành lập ban quản lý chương trình và công khai các nội dung hỗ trợ; tuy nhiên việc phân bổ vốn còn chậm, một số nội dung hướng dẫn chưa cụ thể, cán bộ cấp xã còn lúng túng khi lập hồ sơ, thủ tục.
Kết luận giám sát, đồng chí Hà Công Chuyên đề nghị UBND các xã đẩy nhanh tiến độ giải ngân, công khai danh sách hộ được hỗ trợ tại nhà văn hóa xóm; phát huy vai trò Ban Giám sát đầu tư của cộng đồng và Ban Thanh tra nhân dân. Đoàn sẽ tổng hợp kiến nghị gửi UBND huyện trước ngày 30/9.
Cũng trong đợt giám sát, đoàn đã tặng 50 suất quà cho học sinh nghèo người Mông ở xã Hang Kia, mỗi suất trị giá 300.000 đồng.
Lê Chung
Lượt đọc: 2.114
Tin liên quan
- Mặt trận huyện Tân Lạc phản biện dự thảo nghị quyết của HĐND huyện (09/09/2022)
- Mai Châu: Ngày hội Đại đoàn kết ở bản Lác (31/08/2022)
- Kỳ Sơn giám sát việc thực hiện chính sách bảo hiểm y tế (24/08/2022)
- Cao Phong: tuyên dương người có uy tín (15/08/2022)
- Đà Bắc tổ chức hội nghị đối thoại với nhân dân (05/08/2022)
""", "2022-09-16", "Mai Châu: Giám sát thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số",
E("giam_sat", None, "2022-09-12"),
[P("Hà Công Chuyên", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Bùi Thị Nga", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ huyện"),
 P("Xa Văn Hùng", "Phó Trưởng phòng Dân tộc huyện"),
 P("Lò Văn Thím", "ĐUV", "Chủ tịch Ủy ban MTTQ xã Vạn Mai"),
 P("Vì Thị Hằng", "Bí thư Chi bộ xóm Xà Lĩnh")],
[Q("3 xã", 3, "xã"), Q("9,76 tỷ đồng", 9760000000, "đồng"), Q("3,1 tỷ đồng", 3100000000, "đồng"), Q("31,8%", 31.8, "%"),
 Q("74 hộ người Mông", 74, "hộ người Mông"), Q("126 hộ", 126, "hộ"), Q("5 công trình nước sinh hoạt tập trung", 5, "công trình nước sinh hoạt tập trung"),
 Q("11 hộ", 11, "hộ"), Q("2 máy bơm nước", 2, "máy bơm nước"), Q("9 ý kiến", 9, "ý kiến"),
 Q("50 suất quà", 50, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "15", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch số 15/KH-MTTQ-BTT"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Hòa Bình"), com("Hang Kia"), com("Pà Cò"), com("Vạn Mai")],
["Hôm nay: Thứ Hai, 19/09/2022", "BÁO HÒA BÌNH ĐIỆN TỬ", "Chính trị - Xã hội | Mặt trận - Đoàn thể",
 "Đoàn giám sát làm việc tại UBND xã Hang Kia.", "(BHB)",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt đọc: 2.114"],
["Thứ Sáu, 16/09/2022 - 07:50", "năm 2022", "tháng 8", "30/9", "Lượt đọc: 2.114"]))

PAGES.append(page("b2326-angiang-triton-bdvhu-traoqua-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRI TÔN
Trang chủ :: Tin hoạt động :: Dân tộc - Tôn giáo
Thứ Năm, 13/04/2023 - 14:00
Ảnh: Đại đức Chau Sóc Thy cảm ơn đoàn.
Tri Tôn thăm, chúc Tết Chôl Chnăm Thmây các chùa Khmer
Ngày 11/4, đoàn công tác của Huyện ủy, UBND, Ủy ban MTTQ Việt Nam huyện Tri Tôn (An Giang) do đồng chí Chau Ty, TUV, Bí thư Huyện ủy làm trưởng đoàn đã đến thăm, chúc Tết cổ truyền Chôl Chnăm Thmây năm 2023 và trao 800 phần quà cho đồng bào Khmer nghèo tại các xã Lương Phi, Châu Lăng, Ô Lâm. Cùng đi có đồng chí Néang Kim Thươl, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy.
Đoàn đã đến thăm 12 chùa Phật giáo Nam tông Khmer, trong đó có chùa Ta Pạ ở xã Lương Phi, chùa Soài Chếk ở xã Châu Lăng. Tại chùa Ta Pạ, Đại đức Chau Sóc Thy, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện, trụ trì chùa Ta Pạ, bày tỏ cảm ơn sự quan tâm của cấp ủy, chính quyền; cho biết nhà chùa đã duy trì 6 lớp dạy chữ Khmer cho 180 em học sinh.
Mỗi phần quà trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm, với tổng kinh phí 400 triệu đồng do Ban Dân vận Huyện ủy vận động từ các doanh nghiệp và nhà hảo tâm. Ngoài ra, đoàn trao tặng mỗi chùa 3 triệu đồng để tổ chức lễ.
Thăm hỏi tại xã Ô Lâm, đồng chí Chau Ty ghi nhận đóng góp của đồng bào Khmer và các vị sư sãi, Achar trong phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Theo báo cáo của Ban Dân vận Huyện ủy, thực hiện Chương trình hành động số 14-CTr/HU của Huyện ủy về công tác dân tộc, năm 2022 huyện đã hỗ trợ 215 hộ Khmer nghèo xây nhà, 1.320 hộ được vay vốn ưu đãi; Đề án 06 của Ban Thường vụ Huyện ủy về dạy nghề cho lao động người Khmer đã giúp 460 lao động có việc làm. Tỷ lệ hộ nghèo người Khmer giảm còn 6,35%.
Ông Chau Sóc Ni, Achar chùa Soài Chếk, bà Néang Sa Rết, người có uy tín phum Sóc Tức, xã Ô Lâm, và ông Chau Phi, Trưởng ban quản trị chùa Soài Chếk, đề nghị huyện tiếp tục quan tâm đường vào các phum, sóc.
Đồng chí Néang Kim Thươl cho biết, thực hiện Kết luận số 02-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong đồng bào dân tộc Khmer, Ban Dân vận Huyện ủy sẽ phối hợp với Hội Đoàn kết sư sãi yêu nước huyện tổ chức họp mặt 65 chức sắc, Achar tiêu biểu vào tháng 5.
Chau Khon (Trung tâm Văn hóa - Thể thao và Truyền thanh huyện)
Lượt xem: 1.462
Các tin khác
- Tri Tôn: trao 30 căn nhà Đại đoàn kết cho đồng bào Khmer (05/04/2023)
- Tịnh Biên thăm, chúc Tết các chùa Khmer (04/04/2023)
- Ra mắt tổ dân vận ở phum Ta Lọt (22/03/2023)
- Họp mặt sư sãi, Achar tiêu biểu năm 2022 (15/12/2022)
Cổng thông tin điện tử huyện Tri Tôn, tỉnh An Giang. Cơ quan chủ quản: UBND huyện Tri Tôn.
""", "2023-04-13", "Tri Tôn thăm, chúc Tết Chôl Chnăm Thmây các chùa Khmer",
E("trao_qua", None, "2023-04-11"),
[P("Chau Ty", "TUV", "Bí thư Huyện ủy"),
 P("Néang Kim Thươl", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Chau Sóc Thy", "Đại đức", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện", "trụ trì chùa Ta Pạ"),
 P("Chau Sóc Ni", "Achar chùa Soài Chếk"),
 P("Néang Sa Rết", "người có uy tín phum Sóc Tức"),
 P("Chau Phi", "Trưởng ban quản trị chùa Soài Chếk")],
[Q("800 phần quà", 800, "phần quà"), Q("12 chùa Phật giáo Nam tông Khmer", 12, "chùa Phật giáo Nam tông Khmer"),
 Q("6 lớp dạy chữ Khmer", 6, "lớp dạy chữ Khmer"), Q("180 em học sinh", 180, "em học sinh"), Q("500.000 đồng", 500000, "đồng"),
 Q("400 triệu đồng", 400000000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"), Q("215 hộ Khmer nghèo", 215, "hộ Khmer nghèo"),
 Q("1.320 hộ", 1320, "hộ"), Q("460 lao động", 460, "lao động"), Q("6,35%", 6.35, "%"),
 Q("65 chức sắc, Achar", 65, "chức sắc, Achar")],
[D("Chương trình hành động", "14", "CTr/HU", None, "Huyện ủy", "Chương trình hành động số 14-CTr/HU"),
 D("Đề án", "06", None, None, "Ban Thường vụ Huyện ủy", "Đề án 06"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 02-KL/TU")],
[prov("An Giang"), com("Lương Phi"), com("Châu Lăng"), com("Ô Lâm")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRI TÔN", "Trang chủ :: Tin hoạt động :: Dân tộc - Tôn giáo",
 "Ảnh: Đại đức Chau Sóc Thy cảm ơn đoàn.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Hội Đoàn kết sư sãi yêu nước huyện", "chùa Ta Pạ", "chùa Soài Chếk", "Lượt xem: 1.462"],
["Thứ Năm, 13/04/2023 - 14:00", "năm 2023", "năm 2022", "tháng 5", "Lượt xem: 1.462"]))
