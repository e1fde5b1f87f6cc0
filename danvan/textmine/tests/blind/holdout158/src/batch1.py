from lib import *
PAGES = []

PAGES.append(page("b3749-phutho-hnd-tongket-2011", """
HỘI NÔNG DÂN TỈNH PHÚ THỌ - Cổng thông tin điện tử
Trang chủ » Tin tức » Hoạt động Hội
Thứ Sáu, 16/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị.
Hội Nông dân tỉnh Phú Thọ tổng kết công tác Hội năm 2011
Ngày 14/12/2011, Ban Thường vụ Hội Nông dân tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2011, triển khai nhiệm vụ năm 2012. Dự và chỉ đạo hội nghị có đồng chí Nguyễn Hữu Khang, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy. Đồng chí Hà Văn Quyết, Chủ tịch Hội Nông dân tỉnh chủ trì.
Năm 2011, các cấp Hội đã tuyên truyền, vận động hội viên thực hiện Nghị quyết 26-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn và Chỉ thị 59-CT/TW của Ban Bí thư về nâng cao vai trò Hội Nông dân. Tỉnh Hội đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 112-KH/TU ngày 18/4/2011 về thực hiện Kết luận 61-KL/TW.
Toàn tỉnh kết nạp mới 4.215 hội viên, nâng tổng số lên hơn 187.000 hội viên. Phong trào nông dân thi đua sản xuất, kinh doanh giỏi có 52.870 hộ đạt danh hiệu các cấp, trong đó 312 hộ đạt cấp tỉnh. Quỹ Hỗ trợ nông dân các cấp đạt 14,6 tỷ đồng, cho 1.830 hộ vay phát triển chăn nuôi, trồng chè, trồng rừng. Nông dân đóng góp khoảng 21 tỷ đồng, hiến trên 38.000 m2 đất làm đường giao thông nông thôn.
Nhiều mô hình kinh tế hiệu quả được nhân rộng như mô hình trồng bưởi Đoan Hùng, chè xanh ở Thanh Ba, nuôi cá lồng trên sông Đà. Anh Đinh Công Sáu, người Mường ở xã Xuân Sơn, huyện Tân Sơn, phát biểu tham luận về nuôi lợn đen bản địa cho thu nhập 180 triệu đồng mỗi năm. Ông Nguyễn Văn Thịnh, Chủ tịch Hội Nông dân xã Hy Cương, chia sẻ kinh nghiệm xây dựng chi hội nghề nghiệp.
Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: hoạt động của một số chi hội còn đơn điệu, chưa thu hút hội viên trẻ; việc tiêu thụ nông sản cho nông dân còn phụ thuộc thương lái; nguồn vốn của Quỹ chưa đáp ứng nhu cầu vay của hội viên. Việc tư vấn, hỗ trợ nông dân liên kết sản xuất theo chuỗi giá trị còn lúng túng, nhất là ở các huyện miền núi phía Tây của tỉnh.
Phát biểu chỉ đạo, đồng chí Nguyễn Hữu Khang ghi nhận kết quả các cấp Hội đạt được, đồng thời yêu cầu năm 2012 tập trung xây dựng mô hình kinh tế tập thể, thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và chương trình xây dựng nông thôn mới.
Dịp này, Ban Chấp hành Hội Nông dân tỉnh tặng bằng khen cho 25 tập thể và 41 cá nhân. Bà Hoàng Thị Lan, Phó Chủ tịch Hội Nông dân tỉnh, đọc quyết định khen thưởng.
Việt Hà
Số lượt xem: 1.204
Tin liên quan
- Hội Nông dân huyện Thanh Sơn sơ kết Quỹ Hỗ trợ nông dân (02/12/2011)
- Đoan Hùng: hội nghị nông dân sản xuất giỏi (25/11/2011)
- Tập huấn kỹ thuật trồng chè cho 120 hội viên (10/11/2011)
- Hội Nông dân tỉnh làm việc với huyện Yên Lập (28/10/2011)
""", "2011-12-16", "Hội Nông dân tỉnh Phú Thọ tổng kết công tác Hội năm 2011",
E("tong_ket", "2011", "2011-12-14"),
[P("Nguyễn Hữu Khang", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Quyết", "Chủ tịch Hội Nông dân tỉnh"),
 P("Đinh Công Sáu"),
 P("Nguyễn Văn Thịnh", "Chủ tịch Hội Nông dân xã Hy Cương"),
 P("Hoàng Thị Lan", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("4.215 hội viên", 4215, "hội viên"), Q("hơn 187.000 hội viên", 187000, "hội viên", "over"),
 Q("52.870 hộ", 52870, "hộ"), Q("312 hộ", 312, "hộ"), Q("14,6 tỷ đồng", 14600000000, "đồng"),
 Q("1.830 hộ", 1830, "hộ"), Q("khoảng 21 tỷ đồng", 21000000000, "đồng", "approx"),
 Q("trên 38.000 m2", 38000, "m2", "over"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("25 tập thể", 25, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 26-NQ/TW"),
 D("Chỉ thị", "59", "CT/TW", None, "Ban Bí thư", "Chỉ thị 59-CT/TW"),
 D("Kế hoạch", "112", "KH/TU", "2011-04-18", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 18/4/2011"),
 D("Kết luận", "61", "KL/TW", None, None, "Kết luận 61-KL/TW")],
[prov("Phú Thọ"), com("Xuân Sơn"), com("Hy Cương")],
["HỘI NÔNG DÂN TỈNH PHÚ THỌ - Cổng thông tin điện tử", "Trang chủ » Tin tức » Hoạt động Hội", "Ảnh: Quang cảnh hội nghị.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Quỹ Hỗ trợ nông dân", "Số lượt xem: 1.204"],
["Thứ Sáu, 16/12/2011 - 09:30", "năm 2011", "năm 2012", "Số lượt xem: 1.204"]))

PAGES.append(page("b3750-vinhphuc-lhpn-soket-2012", """
Hội Liên hiệp Phụ nữ tỉnh Vĩnh Phúc
Trang chủ > Hoạt động > Phụ nữ cơ sở
Cập nhật: 15:05, 11/07/2012 (GMT+7)
Tam Dương: 6 tháng, phụ nữ tiết kiệm được hơn 2 tỷ đồng
(PNVP) - Sáng 10/7, Hội LHPN huyện Tam Dương tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2012, bàn giải pháp thực hiện nhiệm vụ 6 tháng cuối năm. Bà Lê Thị Thu Hồng, Phó Chủ tịch Hội LHPN tỉnh dự và phát biểu chỉ đạo.
Chị em hội viên chi hội thôn Đồng Bông tham gia tổ tiết kiệm. Ảnh: PV
Theo báo cáo, 6 tháng qua các cơ sở Hội đã tổ chức 96 buổi tuyên truyền với 5.400 lượt hội viên tham dự về Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình. Toàn huyện kết nạp 347 hội viên mới.
Nổi bật là phong trào tiết kiệm trong hội viên. Hiện toàn huyện có 184 tổ phụ nữ tiết kiệm, vay vốn với 4.620 thành viên; số tiền tiết kiệm đạt hơn 2 tỷ đồng, giúp 615 lượt chị em vay quay vòng không lãi để mua giống, phân bón. Hội phối hợp Ngân hàng Chính sách xã hội huyện quản lý 41 tổ tiết kiệm và vay vốn với dư nợ 62,5 tỷ đồng, tỷ lệ nợ quá hạn chỉ 0,3%.
Chi hội phụ nữ thôn Đồng Bông, xã Hợp Hòa là điểm sáng với tổ tiết kiệm "Nuôi lợn đất" duy trì đều đặn 20.000 đồng mỗi tháng một hội viên. Chị Trần Thị Mến, Tổ trưởng tổ tiết kiệm thôn Đồng Bông, cho biết từ tiền tiết kiệm, 12 hộ đã thoát nghèo.
Tại hội nghị, bà Nguyễn Thị Hiền, Chủ tịch Hội LHPN xã Kim Long, đề nghị Hội cấp trên hỗ trợ mở lớp dạy nghề cho phụ nữ nông thôn theo Quyết định 1956/QĐ-TTg của Thủ tướng Chính phủ. Bà Phùng Thị Dung, Chủ tịch Hội LHPN xã Đạo Tú, nêu khó khăn khi nhiều chị em đi làm công nhân ở khu công nghiệp.
Hội nghị cũng thẳng thắn chỉ ra một số tồn tại: việc ghi chép sổ sách của một số tổ tiết kiệm chưa đầy đủ, công khai; có tổ sinh hoạt không đều, chưa gắn hoạt động tiết kiệm với tuyên truyền chính sách, pháp luật; cán bộ chi hội phần lớn kiêm nhiệm, tuổi cao, ngại ứng dụng công nghệ thông tin trong quản lý hội viên.
Phát biểu chỉ đạo, bà Lê Thị Thu Hồng đề nghị Hội LHPN huyện tiếp tục thực hiện Chỉ thị 37-CT/TU của Ban Thường vụ Tỉnh ủy về công tác phụ nữ, cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" và phấn đấu cuối năm thành lập thêm ít nhất 15 tổ tiết kiệm.
Bà Đỗ Thị Minh Hạnh, Chủ tịch Hội LHPN huyện Tam Dương, tiếp thu ý kiến và cho biết Hội sẽ ban hành hướng dẫn số 08-HD/HPN về củng cố tổ tiết kiệm ngay trong tháng 7.
Minh Thư
Tin cùng chuyên mục
- Phụ nữ Vĩnh Yên ra quân vệ sinh môi trường (05/07/2012)
- Bình Xuyên: trao 30 con bò giống cho hội viên nghèo (28/06/2012)
- Tập huấn kỹ năng tuyên truyền cho cán bộ Hội cơ sở (20/06/2012)
""", "2012-07-11", "Tam Dương: 6 tháng, phụ nữ tiết kiệm được hơn 2 tỷ đồng",
E("so_ket", "2012-H1", "2012-07-10"),
[P("Lê Thị Thu Hồng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Mến", "Tổ trưởng tổ tiết kiệm thôn Đồng Bông"),
 P("Nguyễn Thị Hiền", "Chủ tịch Hội LHPN xã Kim Long"),
 P("Phùng Thị Dung", "Chủ tịch Hội LHPN xã Đạo Tú"),
 P("Đỗ Thị Minh Hạnh", "Chủ tịch Hội LHPN huyện Tam Dương")],
[Q("hơn 2 tỷ đồng", 2000000000, "đồng", "over"), Q("96 buổi tuyên truyền", 96, "buổi tuyên truyền"),
 Q("5.400 lượt hội viên", 5400, "lượt hội viên"), Q("347 hội viên mới", 347, "hội viên mới"),
 Q("184 tổ phụ nữ tiết kiệm, vay vốn", 184, "tổ phụ nữ tiết kiệm, vay vốn"), Q("4.620 thành viên", 4620, "thành viên"),
 Q("615 lượt chị em", 615, "lượt chị em"), Q("41 tổ tiết kiệm và vay vốn", 41, "tổ tiết kiệm và vay vốn"),
 Q("62,5 tỷ đồng", 62500000000, "đồng"), Q("0,3%", 0.3, "%"), Q("20.000 đồng", 20000, "đồng"),
 Q("12 hộ", 12, "hộ"), Q("ít nhất 15 tổ tiết kiệm", 15, "tổ tiết kiệm", "over")],
[D("Quyết định", "1956", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1956/QĐ-TTg"),
 D("Chỉ thị", "37", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 37-CT/TU"),
 D("Hướng dẫn", "08", "HD/HPN", None, "Hội LHPN huyện Tam Dương", "hướng dẫn số 08-HD/HPN")],
[prov("Vĩnh Phúc"), com("Hợp Hòa"), com("Kim Long"), com("Đạo Tú")],
["Hội Liên hiệp Phụ nữ tỉnh Vĩnh Phúc", "Trang chủ > Hoạt động > Phụ nữ cơ sở",
 "Chị em hội viên chi hội thôn Đồng Bông tham gia tổ tiết kiệm. Ảnh: PV", "(PNVP)", "Nuôi lợn đất",
 "Xây dựng gia đình 5 không, 3 sạch", "Luật Bình đẳng giới"],
["Cập nhật: 15:05, 11/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "5 không, 3 sạch", "trong tháng 7"]))

PAGES.append(page("b3751-phutho-mttq-ngayhoi-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÂM THAO - TỈNH PHÚ THỌ
Tin tức - Sự kiện / Mặt trận và các đoàn thể
Ngày đăng 18/11/2013 | 16:40
Bí thư Huyện ủy Lâm Thao Trần Quang Vinh trao tặng quà cho khu dân cư.
Rộn ràng Ngày hội Đại đoàn kết ở khu 9, xã Sơn Vi
Sáng 16/11, khu dân cư số 9, xã Sơn Vi long trọng tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2013, kỷ niệm 83 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2013). Về dự có đồng chí Trần Quang Vinh, HUV, Bí thư Huyện ủy Lâm Thao; bà Cao Thị Ngọc Bích, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Khu 9 có 312 hộ với 1.187 nhân khẩu, trong đó trên 60% hộ sống bằng nghề trồng lúa, rau màu và làm nghề ở khu công nghiệp Thụy Vân. Năm qua, nhân dân trong khu đã hiến 1.450 m2 đất, đóng góp 420 triệu đồng và 1.600 ngày công để bê tông hóa 1,2 km đường ngõ xóm. Khu dân cư có 95% hộ đạt danh hiệu "Gia đình văn hóa", 4 hộ nghèo được hỗ trợ vay vốn phát triển chăn nuôi.
Ông Nguyễn Văn Hòa, Trưởng Ban công tác Mặt trận khu 9, cho biết khu đã duy trì mô hình "Tổ tự quản an ninh trật tự" và "Dòng họ khuyến học". Bà Lê Thị Hạnh, Chi hội trưởng Phụ nữ khu 9, nói tổ phụ nữ tiết kiệm của khu có 36 thành viên, mỗi người góp 50.000 đồng/tháng.
Thay mặt lãnh đạo huyện, đồng chí Trần Quang Vinh biểu dương tinh thần đoàn kết của nhân dân khu 9, đề nghị tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với Chỉ thị số 17-CT/TU ngày 02/5/2013 của Ban Thường vụ Tỉnh ủy về xây dựng khu dân cư văn hóa. Đồng chí trao tặng khu dân cư 1 bộ âm thanh trị giá 15 triệu đồng.
Dịp này, Ủy ban MTTQ xã Sơn Vi tặng 10 suất quà cho hộ nghèo, mỗi suất 300.000 đồng. Sau phần lễ là các trò chơi dân gian, hát xoan, thi nấu cơm và gói bánh chưng, bánh giầy - nét văn hóa của vùng đất Tổ Hùng Vương.
Theo Ủy ban MTTQ huyện, năm nay toàn huyện Lâm Thao có tất cả các khu dân cư tổ chức Ngày hội, với nhiều hoạt động văn hóa, thể thao thiết thực, tiết kiệm; đây là dịp để nhân dân ôn lại truyền thống đoàn kết, đánh giá kết quả cuộc vận động ở từng khu, biểu dương gương người tốt, việc tốt. Tại Ngày hội, các đoàn thể tỉnh Phú Thọ cũng phát động quyên góp ủng hộ đồng bào miền Trung bị thiệt hại do bão lũ.
Cùng ngày, đồng chí Hà Văn Khởi, Phó Bí thư Thường trực Huyện ủy, dự Ngày hội tại khu 3, xã Tiên Kiên.
Trung Kiên - Đài TT huyện
Lượt truy cập: 52.318
Các tin khác
- Lâm Thao: hội nghị biểu dương điển hình tiên tiến (12/11/2013)
- Khai mạc Hội diễn văn nghệ quần chúng (05/11/2013)
- Xã Xuân Lũng đón bằng công nhận nông thôn mới (28/10/2013)
""", "2013-11-18", "Rộn ràng Ngày hội Đại đoàn kết ở khu 9, xã Sơn Vi",
E("khac", None, "2013-11-16"),
[P("Trần Quang Vinh", "HUV", "Bí thư Huyện ủy Lâm Thao"),
 P("Cao Thị Ngọc Bích", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Văn Hòa", "Trưởng Ban công tác Mặt trận khu 9"),
 P("Lê Thị Hạnh", "Chi hội trưởng Phụ nữ khu 9"),
 P("Hà Văn Khởi", "Phó Bí thư Thường trực Huyện ủy")],
[Q("312 hộ", 312, "hộ"), Q("1.187 nhân khẩu", 1187, "nhân khẩu"), Q("trên 60%", 60, "%", "over"),
 Q("1.450 m2", 1450, "m2"), Q("420 triệu đồng", 420000000, "đồng"), Q("1.600 ngày công", 1600, "ngày công"),
 Q("1,2 km", 1.2, "km"), Q("95%", 95, "%"), Q("4 hộ nghèo", 4, "hộ nghèo"), Q("36 thành viên", 36, "thành viên"),
 Q("50.000 đồng/tháng", 50000, "đồng"), Q("15 triệu đồng", 15000000, "đồng"), Q("10 suất quà", 10, "suất quà"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Chỉ thị", "17", "CT/TU", "2013-05-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 02/5/2013")],
[prov("Phú Thọ"), com("Sơn Vi"), com("Tiên Kiên")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÂM THAO - TỈNH PHÚ THỌ", "Tin tức - Sự kiện / Mặt trận và các đoàn thể",
 "Bí thư Huyện ủy Lâm Thao Trần Quang Vinh trao tặng quà cho khu dân cư.", "Gia đình văn hóa", "Tổ tự quản an ninh trật tự",
 "Dòng họ khuyến học", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt truy cập: 52.318"],
["Ngày đăng 18/11/2013 | 16:40", "83 năm", "18/11/1930 - 18/11/2013", "1 bộ âm thanh", "khu 9", "khu 3", "Lượt truy cập: 52.318"]))

PAGES.append(page("b3752-vinhphuc-bdv-giaoban-2014", """
BAN DÂN VẬN TỈNH ỦY VĨNH PHÚC
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động khối dân vận
08:15 | 08/10/2014
Khối dân vận tỉnh bàn giải pháp vận động nhân dân giải phóng mặt bằng
Chiều 7/10, Ban Dân vận Tỉnh ủy Vĩnh Phúc tổ chức giao ban công tác dân vận quý III năm 2014 với Ban Dân vận các huyện, thành, thị ủy và Đảng ủy khối. Đồng chí Lưu Thị Kim Dung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Lan Anh, Trần Văn Hùng.
Quang cảnh buổi giao ban.
Quý III, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Kết luận 72, 73-KL/TU về công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm và về vận động đồng bào Sán Dìu tham gia xây dựng nông thôn mới; tiếp tục triển khai Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận.
Các cấp đã vận động 1.326 hộ dân bàn giao khoảng 118 ha đất cho các dự án đường giao thông và khu công nghiệp Bá Thiện, Tam Dương II; tiếp nhận 64 lượt công dân, 39 đơn thư, phối hợp giải quyết 31 đơn. Phong trào "Dân vận khéo" có 87 mô hình cấp huyện và 12 mô hình cấp tỉnh được công nhận.
Tại giao ban, đồng chí Lưu Văn Thắng, HUV, Trưởng Ban Dân vận Huyện ủy Bình Xuyên, phản ánh việc áp giá đền bù theo Quyết định 2045/QĐ-UBND của UBND tỉnh còn gây thắc mắc ở xã Thiện Kế, xã Bá Hiến. Đồng chí Trần Thị Bích, Phó Trưởng Ban Dân vận Huyện ủy Tam Đảo, cho biết đã tổ chức 6 buổi đối thoại với bà con người Sán Dìu ở xã Đạo Trù về chuyển đổi cây trồng.
Một số ý kiến cho rằng việc nắm tình hình tư tưởng nhân dân ở các xã có dự án còn chậm; một số cán bộ chính quyền chưa gần dân, chưa kiên trì giải thích khi người dân thắc mắc; việc phối hợp giữa Ban Dân vận với Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở chưa chặt chẽ, thông tin hai chiều chưa kịp thời.
Kết luận giao ban, đồng chí Lưu Thị Kim Dung yêu cầu quý IV tập trung nắm chắc tình hình nhân dân ở các địa bàn có dự án, không để phát sinh điểm nóng; chuẩn bị tổng kết 15 năm thực hiện Chỉ thị 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở; hướng dẫn các huyện triển khai kế hoạch số 58-KH/BDVTU về kiểm tra, giám sát công tác dân vận chính quyền năm 2014.
Đồng chí cũng đề nghị Văn phòng Ban tổng hợp đầy đủ kiến nghị của cơ sở để báo cáo Thường trực Tỉnh ủy trước ngày 20/10, đồng thời phối hợp Ủy ban MTTQ tỉnh chuẩn bị tốt Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư.
Ngọc Lan
Lượt xem: 642
Tin khác
- Vĩnh Yên: hội nghị đối thoại với người dân về giải phóng mặt bằng (30/09/2014)
- Tập huấn nghiệp vụ công tác dân vận năm 2014 (19/09/2014)
- Sơ kết mô hình "Dân vận khéo" ở huyện Lập Thạch (05/09/2014)
""", "2014-10-08", "Khối dân vận tỉnh bàn giải pháp vận động nhân dân giải phóng mặt bằng",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Lưu Thị Kim Dung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Lan Anh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lưu Văn Thắng", "HUV", "Trưởng Ban Dân vận Huyện ủy Bình Xuyên"),
 P("Trần Thị Bích", "Phó Trưởng Ban Dân vận Huyện ủy Tam Đảo")],
[Q("1.326 hộ dân", 1326, "hộ dân"), Q("khoảng 118 ha", 118, "ha", "approx"), Q("64 lượt công dân", 64, "lượt công dân"),
 Q("39 đơn thư", 39, "đơn thư"), Q("31 đơn", 31, "đơn"), Q("87 mô hình cấp huyện", 87, "mô hình cấp huyện"),
 Q("12 mô hình cấp tỉnh", 12, "mô hình cấp tỉnh"), Q("6 buổi đối thoại", 6, "buổi đối thoại")],
[D("Kết luận", "72", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 72, 73-KL/TU"),
 D("Kết luận", "73", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 72, 73-KL/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Quyết định", "2045", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 2045/QĐ-UBND"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 30-CT/TW"),
 D("Kế hoạch", "58", "KH/BDVTU", None, None, "kế hoạch số 58-KH/BDVTU")],
[prov("Vĩnh Phúc"), com("Thiện Kế"), com("Bá Hiến"), com("Đạo Trù")],
["BAN DÂN VẬN TỈNH ỦY VĨNH PHÚC", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động khối dân vận", "Quang cảnh buổi giao ban.",
 "Dân vận khéo", "Quy chế dân chủ ở cơ sở", "Lượt xem: 642"],
["08:15 | 08/10/2014", "quý III năm 2014", "Quý III", "quý IV", "15 năm", "năm 2014", "Lượt xem: 642"]))

PAGES.append(page("b3753-phutho-hunglo-tongket-2015", """
UBND XÃ HÙNG LÔ - THÀNH PHỐ VIỆT TRÌ - TỈNH PHÚ THỌ
Trang chủ >> Tin tức >> Tin hoạt động của xã
Thứ Ba, ngày 29/12/2015
Toàn cảnh hội nghị tại hội trường UBND xã.
Hùng Lô tổng kết công tác năm 2015: giữ vững danh hiệu xã văn hóa vùng đất Tổ
Ngày 28/12/2015, Đảng ủy, HĐND, UBND xã Hùng Lô tổ chức hội nghị tổng kết công tác năm 2015, triển khai nhiệm vụ năm 2016. Dự hội nghị có đồng chí Nguyễn Thị Thanh Huyền, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Việt Trì. Đồng chí Đỗ Văn Tiến, Bí thư Đảng ủy xã chủ trì.
Năm 2015, xã Hùng Lô (thành phố Việt Trì, tỉnh Phú Thọ) thực hiện Nghị quyết số 12-NQ/ĐU ngày 15/01/2015 của Đảng ủy xã về phát triển kinh tế gắn với bảo tồn di sản hát Xoan và tín ngưỡng thờ cúng Hùng Vương. Tổng giá trị sản xuất đạt 168,4 tỷ đồng, tăng 9,2% so với năm 2014; thu nhập bình quân đầu người đạt 26,5 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 2,7%.
Nông dân trong xã duy trì 14 mô hình kinh tế trang trại, gia trại, trong đó mô hình trồng rau an toàn của tổ hợp tác khu 5 rộng khoảng 6 ha cho thu nhập hơn 400 triệu đồng/ha/năm. Hội Phụ nữ xã có 9 tổ phụ nữ tiết kiệm với 210 thành viên, số dư tiết kiệm gần 380 triệu đồng.
Xã tiếp tục đạt 16/19 tiêu chí nông thôn mới theo Quyết định 491/QĐ-TTg của Thủ tướng Chính phủ; nhân dân đóng góp 2,1 tỷ đồng làm đường bê tông, nhà văn hóa khu. Lễ hội rước kiệu về Đình Hùng Lô mùa xuân năm nay thu hút trên 12.000 lượt khách.
Tại hội nghị, bà Nguyễn Thị Nhàn, Chủ tịch Ủy ban MTTQ xã, báo cáo kết quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" với 96% hộ gia đình đạt danh hiệu gia đình văn hóa. Ông Đào Văn Luận, Phó Bí thư Đảng ủy - Chủ tịch UBND xã, trình bày phương hướng năm 2016 với mục tiêu hoàn thành 19/19 tiêu chí.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Thanh Huyền đề nghị Đảng ủy xã chú trọng công tác dân vận chính quyền, công khai các khoản đóng góp của nhân dân, phát huy vai trò các nghệ nhân hát Xoan và người cao tuổi trong giữ gìn thuần phong mỹ tục.
Dịp này, UBND xã khen thưởng 8 tập thể và 23 cá nhân tiêu biểu. Ông Phạm Ngọc Thạch, Trưởng khu 3, nhận giấy khen khu dân cư tiêu biểu năm 2015.
Hội nghị cũng thống nhất đề nghị UBND thành phố đầu tư mở rộng tuyến đường từ trung tâm xã về khu di tích, hỗ trợ khu dân cư làm đẹp cảnh quan phục vụ Giỗ Tổ Hùng Vương năm 2016.
Ban Văn hóa xã
Số lượt truy cập: 33.071
Bài viết liên quan
- Hùng Lô: hội nghị sơ kết 6 tháng đầu năm 2015 (10/07/2015)
- Câu lạc bộ hát Xoan xã Hùng Lô ra mắt thành viên mới (15/05/2015)
- Đoàn công tác thành phố kiểm tra tiêu chí nông thôn mới (20/03/2015)
""", "2015-12-29", "Hùng Lô tổng kết công tác năm 2015: giữ vững danh hiệu xã văn hóa vùng đất Tổ",
E("tong_ket", "2015", "2015-12-28"),
[P("Nguyễn Thị Thanh Huyền", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Việt Trì"),
 P("Đỗ Văn Tiến", "Bí thư Đảng ủy xã"),
 P("Nguyễn Thị Nhàn", "Chủ tịch Ủy ban MTTQ xã"),
 P("Đào Văn Luận", "Phó Bí thư Đảng ủy - Chủ tịch UBND xã"),
 P("Phạm Ngọc Thạch", "Trưởng khu 3")],
[Q("168,4 tỷ đồng", 168400000000, "đồng"), Q("9,2%", 9.2, "%"), Q("26,5 triệu đồng/năm", 26500000, "đồng"),
 Q("2,7%", 2.7, "%"), Q("14 mô hình kinh tế trang trại, gia trại", 14, "mô hình kinh tế trang trại, gia trại"),
 Q("khoảng 6 ha", 6, "ha", "approx"), Q("hơn 400 triệu đồng", 400000000, "đồng", "over"),
 Q("9 tổ phụ nữ tiết kiệm", 9, "tổ phụ nữ tiết kiệm"), Q("210 thành viên", 210, "thành viên"),
 Q("gần 380 triệu đồng", 380000000, "đồng", "approx"), Q("16/19 tiêu chí", 16, "tiêu chí"), Q("19/19 tiêu chí", 19, "tiêu chí"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("trên 12.000 lượt khách", 12000, "lượt khách", "over"), Q("96%", 96, "%"),
 Q("8 tập thể", 8, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Nghị quyết", "12", "NQ/ĐU", "2015-01-15", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 15/01/2015"),
 D("Quyết định", "491", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 491/QĐ-TTg")],
[prov("Phú Thọ"), com("Hùng Lô")],
["UBND XÃ HÙNG LÔ - THÀNH PHỐ VIỆT TRÌ - TỈNH PHÚ THỌ", "Trang chủ >> Tin tức >> Tin hoạt động của xã",
 "Toàn cảnh hội nghị tại hội trường UBND xã.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Đình Hùng Lô", "Số lượt truy cập: 33.071", "Ban Văn hóa xã"],
["Thứ Ba, ngày 29/12/2015", "năm 2015", "năm 2016", "năm 2014", "khu 5", "khu 3", "Số lượt truy cập: 33.071"]))

PAGES.append(page("b3754-vinhphuc-mttq-giamsat-2016", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Vĩnh Phúc
Trang chủ :: Giám sát và phản biện xã hội
22.09.2016 | 14:30
Đồng chí Nguyễn Văn Chiến phát biểu tại buổi giám sát.
Giám sát thực hiện Quy chế dân chủ ở cơ sở tại xã Tam Hồng
Ngày 21/9, Đoàn giám sát của Ủy ban MTTQ tỉnh do đồng chí Nguyễn Văn Chiến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại xã Tam Hồng, huyện Yên Lạc, theo Chương trình giám sát năm 2016 của Ủy ban MTTQ tỉnh. Cùng dự có bà Đặng Thị Hòa, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh.
Việc giám sát thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Kế hoạch số 36/KH-MTTQ-BTT ngày 14/3/2016 của Ban Thường trực Ủy ban MTTQ tỉnh. Nội dung tập trung vào việc công khai thu chi các khoản đóng góp, quản lý đất công và giải quyết đơn thư.
Báo cáo của UBND xã cho biết, xã Tam Hồng có 4.385 hộ với khoảng 17.500 nhân khẩu. Từ đầu năm, xã đã tổ chức 24 hội nghị nhân dân ở các thôn, công khai dự toán ngân sách 9,8 tỷ đồng; nhân dân bàn và quyết định mức đóng góp làm 3,5 km đường giao thông nội đồng. Ban Thanh tra nhân dân xã có 11 thành viên, đã giám sát 6 công trình; Ban Giám sát đầu tư của cộng đồng giám sát 4 công trình.
Trong 9 tháng, xã tiếp nhận 27 đơn thư, đã giải quyết 25 đơn, đạt 92,6%. Tổ hòa giải ở các thôn hòa giải thành 14 vụ việc mâu thuẫn trong nhân dân. Hội Phụ nữ xã duy trì 17 tổ tiết kiệm với hơn 300 hội viên tham gia.
Qua giám sát, đoàn đánh giá xã đã thực hiện nghiêm Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn. Tuy nhiên, việc công khai ở một số thôn còn chậm, niêm yết chưa đủ thời gian; hồ sơ quản lý đất công ích chưa đầy đủ; sổ sách của Ban Thanh tra nhân dân ghi chép sơ sài.
Ông Trần Văn Mạnh, Bí thư Đảng ủy, Chủ tịch HĐND xã Tam Hồng tiếp thu ý kiến, cho biết xã sẽ rà soát lại toàn bộ hợp đồng giao thầu đất công ích trước ngày 30/11. Ông Nguyễn Hữu Tuấn, Trưởng Ban Thanh tra nhân dân xã, đề nghị được tập huấn nghiệp vụ.
Kết luận buổi giám sát, đồng chí Nguyễn Văn Chiến đề nghị UBND xã khắc phục các hạn chế đã chỉ ra, báo cáo kết quả bằng văn bản về Ủy ban MTTQ tỉnh trong tháng 12/2016; đề nghị Ủy ban MTTQ xã tiếp tục phát huy vai trò giám sát của nhân dân, nhất là giám sát việc sử dụng các khoản đóng góp tự nguyện.
Hồng Nhung
Lượt xem: 418
Tin cùng chuyên mục
- Phản biện dự thảo Nghị quyết HĐND tỉnh về phí, lệ phí (12/09/2016)
- Giám sát việc thực hiện chính sách bảo hiểm y tế tại Tam Đảo (25/08/2016)
- Hội nghị Ban Thường trực mở rộng tháng 8 (10/08/2016)
""", "2016-09-22", "Giám sát thực hiện Quy chế dân chủ ở cơ sở tại xã Tam Hồng",
E("giam_sat", "2016", "2016-09-21"),
[P("Nguyễn Văn Chiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Thị Hòa", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Trần Văn Mạnh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tam Hồng"),
 P("Nguyễn Hữu Tuấn", "Trưởng Ban Thanh tra nhân dân xã")],
[Q("4.385 hộ", 4385, "hộ"), Q("khoảng 17.500 nhân khẩu", 17500, "nhân khẩu", "approx"),
 Q("24 hội nghị nhân dân", 24, "hội nghị nhân dân"), Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("3,5 km", 3.5, "km"),
 Q("11 thành viên", 11, "thành viên"), Q("6 công trình", 6, "công trình"), Q("4 công trình", 4, "công trình"),
 Q("27 đơn thư", 27, "đơn thư"), Q("25 đơn", 25, "đơn"), Q("92,6%", 92.6, "%"),
 Q("14 vụ việc mâu thuẫn", 14, "vụ việc mâu thuẫn"), Q("17 tổ tiết kiệm", 17, "tổ tiết kiệm"),
 Q("hơn 300 hội viên", 300, "hội viên", "over")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "36", "KH-MTTQ-BTT", "2016-03-14", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 36/KH-MTTQ-BTT ngày 14/3/2016"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11")],
[prov("Vĩnh Phúc"), com("Tam Hồng")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Vĩnh Phúc", "Trang chủ :: Giám sát và phản biện xã hội",
 "Đồng chí Nguyễn Văn Chiến phát biểu tại buổi giám sát.", "Quy chế dân chủ ở cơ sở", "Chương trình giám sát năm 2016",
 "Lượt xem: 418"],
["22.09.2016 | 14:30", "Trong 9 tháng", "năm 2016", "tháng 12/2016", "Lượt xem: 418"]))
