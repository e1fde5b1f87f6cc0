from lib import *
PAGES = []

PAGES.append(page("b4643-gialai-mttq-traoqua-2015", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai
Trang chủ | Tin tức | Hoạt động Mặt trận
08:15 | 30/01/2015
Trao 600 suất quà Tết cho hộ nghèo, người có uy tín ở các xã biên giới
Ngày 28/1/2015, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Rah Lan Blưm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã đến thăm, chúc Tết và trao 600 suất quà cho hộ nghèo, người có uy tín, gia đình chính sách tại 4 xã biên giới của huyện Đức Cơ và Chư Prông nhân dịp Tết Nguyên đán Ất Mùi 2015.
Đồng chí Rah Lan Blưm trao quà cho già làng Rơ Mah Blik. Ảnh: Đinh Yến
Mỗi suất quà gồm 10 kg gạo, dầu ăn, bánh kẹo và 200.000 đồng tiền mặt, tổng trị giá khoảng 360 triệu đồng, trích từ Quỹ "Vì người nghèo" tỉnh và sự ủng hộ của Công ty Cổ phần Cao su Chư Sê, Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Gia Lai. Riêng 48 người có uy tín được tặng thêm 1 chiếc chăn ấm và lịch treo tường.
Cùng đi với đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Bích Thủy, Ksor H'Bơ Khăp; đồng chí Rơ Châm Ghết, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Đức Cơ.
Tại xã Ia Dom, đoàn đã thăm hỏi gia đình già làng Rơ Mah Blik, làng Mook Trê, người đã nhiều năm vận động bà con không nghe theo "Tin lành Đê Ga", giao nộp 3 đối tượng trốn truy nã về làng. Ông Blik cho biết, năm 2014 làng có 18 hộ trước đây theo Đê Ga nay đã quay về sinh hoạt tại Chi hội Tin lành Ia Dom; nhờ có đường bê tông, điện lưới, bà con yên tâm trồng 210 ha cà phê, hồ tiêu.
Tại xã Ia Púch, huyện Chư Prông, đoàn trao 150 suất quà và 5 chiếc xe đạp cho học sinh nghèo vượt khó. Bà Siu H'Pheo, Chủ tịch Ủy ban MTTQ xã Ia Púch, cho biết năm qua xã đã giải quyết ổn thỏa 11 vụ tranh chấp đất giữa người dân với Công ty 74 (Binh đoàn 15); tỷ lệ hộ nghèo còn 19,6%.
Đồng chí Rah Lan Blưm ghi nhận sự đóng góp của các già làng, người có uy tín trong giữ gìn an ninh biên giới, thực hiện Chỉ thị 06, 07-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng vùng biên giới và công tác đối với người có uy tín; đề nghị bà con đón Tết vui tươi, tiết kiệm, không để kẻ xấu lợi dụng tụ tập, kích động vượt biên.
Dịp này, Ủy ban MTTQ tỉnh cũng phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh thăm và tặng 20 suất quà cho cán bộ, chiến sĩ Đồn Biên phòng Ia Nan.
Đinh Yến
Lượt đọc: 1.906
Tin liên quan
- Ủy ban MTTQ tỉnh thăm, chúc mừng Giáng sinh các giáo xứ (24/12/2014)
- Chư Păh: trao 100 suất quà "Tết vì người nghèo" (20/01/2015)
- Đak Pơ: ra mắt 3 khu dân cư "Sống tốt đời, đẹp đạo" (12/01/2015)
""", "2015-01-30", "Trao 600 suất quà Tết cho hộ nghèo, người có uy tín ở các xã biên giới",
E("trao_qua", None, "2015-01-28"),
[P("Rah Lan Blưm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Mah Blik", "già làng"),
 P("Nguyễn Thị Bích Thủy", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor H'Bơ Khăp", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Châm Ghết", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Đức Cơ"),
 P("Siu H'Pheo", "Chủ tịch Ủy ban MTTQ xã Ia Púch")],
[Q("600 suất quà", 600, "suất quà"), Q("4 xã biên giới", 4, "xã biên giới"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 360 triệu đồng", 360000000, "đồng", "approx"), Q("48 người có uy tín", 48, "người có uy tín"),
 Q("3 đối tượng", 3, "đối tượng"), Q("18 hộ", 18, "hộ"), Q("210 ha", 210, "ha"), Q("150 suất quà", 150, "suất quà"),
 Q("5 chiếc xe đạp", 5, "chiếc xe đạp"), Q("11 vụ tranh chấp đất", 11, "vụ tranh chấp đất"), Q("19,6%", 19.6, "%"),
 Q("20 suất quà", 20, "suất quà")],
[D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia Púch")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai", "Trang chủ | Tin tức | Hoạt động Mặt trận",
 "Đồng chí Rah Lan Blưm trao quà cho già làng Rơ Mah Blik. Ảnh: Đinh Yến", "Vì người nghèo", "Tin lành Đê Ga",
 "Công ty Cổ phần Cao su Chư Sê", "Công ty 74 (Binh đoàn 15)", "Đồn Biên phòng Ia Nan", "Lượt đọc: 1.906"],
["08:15 | 30/01/2015", "Ất Mùi 2015", "1 chiếc chăn", "năm 2014", "Binh đoàn 15", "Công ty 74", "Lượt đọc: 1.906"]))

PAGES.append(page("b4644-daklak-bdv-taphuan-2015", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Thời sự - Chính trị › Xây dựng Đảng
19/06/2015 - 10:05
Tập huấn công tác tôn giáo cho 180 cán bộ dân vận cơ sở
Từ ngày 16 - 18/6, Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo (Sở Nội vụ) tổ chức lớp tập huấn nghiệp vụ công tác dân vận và công tác tôn giáo năm 2015 cho 180 học viên là cán bộ dân vận, Mặt trận, công an xã ở 15 huyện, thị xã, thành phố.
Các học viên tham dự lớp tập huấn. Ảnh: H.Gia
Khai mạc lớp tập huấn, đồng chí Y Khăm Êban, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: Đắk Lắk hiện có 6 tôn giáo với trên 640.000 tín đồ, chiếm khoảng 34,5% dân số, trong đó đạo Tin lành có hơn 195.000 tín đồ, phần lớn là đồng bào Êđê, M'nông, Jrai. Các thế lực thù địch vẫn tìm cách lợi dụng vấn đề dân tộc, tôn giáo, móc nối số đối tượng FULRO cũ phục hồi "Tin lành Đê Ga", tuyên truyền thành lập "Nhà nước Đêga" độc lập.
Trong 3 ngày, các học viên được nghe đồng chí H'Zuê Kđoh, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Y Wem Byă, Phó Trưởng Ban Tôn giáo tỉnh, và Thượng tá Nguyễn Đình Cường, Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh, truyền đạt các chuyên đề: Nghị quyết số 25-NQ/TW ngày 12/3/2003 của BCH Trung ương (khóa IX) về công tác tôn giáo; Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ; Nghị định số 92/2012/NĐ-CP của Chính phủ và kỹ năng vận động đồng bào có đạo ở các buôn còn điểm nhóm chưa đăng ký.
Các đại biểu cũng trao đổi về những tồn tại: năm 2014 toàn tỉnh còn 27 vụ tranh chấp đất đai kéo dài giữa đồng bào Êđê với các công ty cà phê, lâm nghiệp; 142 điểm nhóm Tin lành chưa được công nhận; một số cán bộ xã ngại đến nhà tín đồ. Ông Y Khu Niê, Bí thư Đảng ủy xã Ea Tóh, huyện Krông Năng, chia sẻ kinh nghiệm phối hợp với Ban chấp sự chi hội giải quyết dứt điểm 6 vụ tranh chấp đất rẫy. Bà H'Loan Mlô, Chủ tịch Ủy ban MTTQ xã Cư Pơng, đề nghị in tài liệu song ngữ Việt - Êđê.
Theo Kế hoạch số 94-KH/BDVTU ngày 05/5/2015 của Ban Dân vận Tỉnh ủy, sau lớp tập huấn cấp tỉnh, các huyện sẽ mở 15 lớp cho cán bộ thôn, buôn, dự kiến khoảng 2.100 người tham gia; kinh phí tổ chức 285 triệu đồng từ nguồn Chương trình 135.
Bế mạc lớp học, đồng chí H'Zuê Kđoh yêu cầu mỗi học viên về cơ sở phải nắm chắc số hộ, số khẩu theo đạo ở thôn, buôn mình; 100% xã có đạo Tin lành thành lập tổ công tác dân vận đến hết năm 2015.
H.Gia
Lượt xem: 2.741
Tin cùng chuyên mục
- Krông Bông: đối thoại với người dân về tranh chấp đất với Công ty Lâm nghiệp (12/06/2015)
- Mặt trận tỉnh gặp mặt chức sắc Hội Thánh Tin lành (05/06/2015)
- Ea H'leo: 215 hộ đồng bào Jrai thoát nghèo nhờ mô hình "Dân vận khéo" (29/05/2015)
""", "2015-06-19", "Tập huấn công tác tôn giáo cho 180 cán bộ dân vận cơ sở",
E("tap_huan", "2015", "2015-06-16"),
[P("Y Khăm Êban", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Zuê Kđoh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Wem Byă", "Phó Trưởng Ban Tôn giáo tỉnh"),
 P("Nguyễn Đình Cường", "Thượng tá", "Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh"),
 P("Y Khu Niê", "Bí thư Đảng ủy xã Ea Tóh"),
 P("H'Loan Mlô", "Chủ tịch Ủy ban MTTQ xã Cư Pơng")],
[Q("180 cán bộ dân vận cơ sở", 180, "cán bộ dân vận cơ sở"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("6 tôn giáo", 6, "tôn giáo"),
 Q("trên 640.000 tín đồ", 640000, "tín đồ", "over"), Q("khoảng 34,5%", 34.5, "%", "approx"),
 Q("hơn 195.000 tín đồ", 195000, "tín đồ", "over"), Q("27 vụ tranh chấp đất đai kéo dài", 27, "vụ tranh chấp đất đai kéo dài"),
 Q("142 điểm nhóm Tin lành", 142, "điểm nhóm Tin lành"), Q("6 vụ tranh chấp đất rẫy", 6, "vụ tranh chấp đất rẫy"),
 Q("15 lớp", 15, "lớp"), Q("khoảng 2.100 người", 2100, "người", "approx"), Q("285 triệu đồng", 285000000, "đồng"), Q("100%", 100, "%")],
[D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg"),
 D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP"),
 D("Kế hoạch", "94", "KH/BDVTU", "2015-05-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 94-KH/BDVTU ngày 05/5/2015")],
[prov("Đắk Lắk"), com("Ea Tóh"), com("Cư Pơng")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Thời sự - Chính trị › Xây dựng Đảng", "Các học viên tham dự lớp tập huấn. Ảnh: H.Gia",
 "Tin lành Đê Ga", "Nhà nước Đêga", "FULRO", "Chương trình 135", "Lượt xem: 2.741"],
["19/06/2015 - 10:05", "năm 2015", "3 ngày", "khóa IX", "Chương trình 135", "năm 2014", "Lượt xem: 2.741"]))

PAGES.append(page("b4645-daknong-hlhpn-daihoi-2016", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐẮK NÔNG
Trang chủ - Tin tức - Phụ nữ cơ sở
27-05-2016 09:40
Đại hội Phụ nữ xã Đắk Búk So lần thứ IV, nhiệm kỳ 2016 - 2021
Ngày 25/5, Hội LHPN xã Đắk Búk So, huyện Tuy Đức, tỉnh Đắk Nông tổ chức Đại hội đại biểu Phụ nữ xã lần thứ IV, nhiệm kỳ 2016 - 2021. Đây là đại hội điểm cấp cơ sở của huyện Tuy Đức. Về dự có đồng chí Thị Hồng Thảo, Phó Chủ tịch Hội LHPN tỉnh; đồng chí Điểu Thị Bình, HUV, Chủ tịch Hội LHPN huyện; đồng chí Lê Văn Thanh, Bí thư Đảng ủy xã cùng 98 đại biểu đại diện cho hơn 1.450 hội viên của 14 chi hội.
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Báo cáo của Ban Chấp hành nhiệm kỳ 2011 - 2016 cho thấy, Hội đã phát triển được 312 hội viên mới, nâng tỷ lệ tập hợp lên 89,5%; vận động hội viên giúp nhau 620 ngày công, cho mượn 46 con bò giống, hỗ trợ 73 hộ thoát nghèo. Hội đã tín chấp cho 284 lượt hội viên vay vốn với tổng dư nợ trên 7,8 tỷ đồng. Các chi hội ở bon Bu Boong, Bu N'Drung đã vận động 35 chị em dân tộc M'nông từ bỏ "Tin lành Đê Ga", không nghe theo kẻ xấu xúi giục chiếm đất của Công ty Lâm nghiệp Quảng Tín.
Thực hiện Nghị quyết số 11-NQ/TW của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và bước đầu triển khai Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Hội đã xây dựng 9 mô hình "Phụ nữ M'nông giữ rừng", 2 tổ hợp tác dệt thổ cẩm với 36 thành viên.
Thảo luận tại đại hội, chị Thị Bé, Chi hội trưởng Chi hội Phụ nữ bon Bu Boong, cho biết chi hội duy trì tổ tiết kiệm gồm 22 chị em, mỗi tháng góp 50.000 đồng để xoay vòng mua heo giống; chị H'Ngơi, người có uy tín bon Bu N'Drung, kiến nghị mở lớp xóa mù chữ cho khoảng 40 phụ nữ lớn tuổi chưa biết đọc, biết viết.
Phát biểu chỉ đạo, đồng chí Thị Hồng Thảo đề nghị nhiệm kỳ tới Hội tập trung vận động chị em giữ gìn an ninh biên giới, phòng chống mua bán người qua biên giới với Campuchia; phấn đấu đến năm 2021 có trên 95% phụ nữ được tập hợp vào Hội.
Đại hội đã bầu Ban Chấp hành khóa IV gồm 15 đồng chí. Đồng chí H'Bliêng, tái cử Chủ tịch Hội LHPN xã nhiệm kỳ 2016 - 2021; các đồng chí Thị Mai Lan, Nguyễn Thị Hà được bầu giữ chức Phó Chủ tịch Hội LHPN xã. Đại hội bầu 7 đại biểu đi dự Đại hội Phụ nữ huyện lần thứ IV.
Tại đại hội, đồng chí Lê Văn Thanh ghi nhận vai trò của các chi hội trưởng là người có uy tín ở bon; Đảng ủy xã tặng giấy khen cho 4 tập thể và 11 cá nhân có thành tích xuất sắc.
Thị Nhung (Hội LHPN huyện Tuy Đức)
Tin khác
- Krông Nô: Đại hội điểm Phụ nữ xã Nâm Nung (20/05/2016)
- Đắk Mil ra mắt câu lạc bộ "Phụ nữ với pháp luật" (12/05/2016)
- Hội LHPN tỉnh tập huấn kỹ năng cho chi hội trưởng (06/05/2016)
""", "2016-05-27", "Đại hội Phụ nữ xã Đắk Búk So lần thứ IV, nhiệm kỳ 2016 - 2021",
E("dai_hoi", None, "2016-05-25"),
[P("Thị Hồng Thảo", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Điểu Thị Bình", "HUV", "Chủ tịch Hội LHPN huyện"),
 P("Lê Văn Thanh", "Bí thư Đảng ủy xã"),
 P("Thị Bé", "Chi hội trưởng Chi hội Phụ nữ bon Bu Boong"),
 P("H'Ngơi", "người có uy tín bon Bu N'Drung"),
 P("H'Bliêng", "Chủ tịch Hội LHPN xã nhiệm kỳ 2016 - 2021"),
 P("Thị Mai Lan", "Phó Chủ tịch Hội LHPN xã"),
 P("Nguyễn Thị Hà", "Phó Chủ tịch Hội LHPN xã")],
[Q("98 đại biểu", 98, "đại biểu"), Q("hơn 1.450 hội viên", 1450, "hội viên", "over"), Q("14 chi hội", 14, "chi hội"),
 Q("312 hội viên mới", 312, "hội viên mới"), Q("89,5%", 89.5, "%"), Q("620 ngày công", 620, "ngày công"),
 Q("46 con bò giống", 46, "con bò giống"), Q("73 hộ", 73, "hộ"), Q("284 lượt hội viên", 284, "lượt hội viên"),
 Q("trên 7,8 tỷ đồng", 7800000000, "đồng", "over"), Q("35 chị em dân tộc M'nông", 35, "chị em dân tộc M'nông"),
 Q("9 mô hình", 9, "mô hình"), Q("2 tổ hợp tác dệt thổ cẩm", 2, "tổ hợp tác dệt thổ cẩm"), Q("36 thành viên", 36, "thành viên"),
 Q("22 chị em", 22, "chị em"), Q("50.000 đồng", 50000, "đồng"), Q("khoảng 40 phụ nữ lớn tuổi", 40, "phụ nữ lớn tuổi", "approx"),
 Q("trên 95%", 95, "%", "over"), Q("15 đồng chí", 15, "đồng chí"), Q("7 đại biểu", 7, "đại biểu"),
 Q("4 tập thể", 4, "tập thể"), Q("11 cá nhân có thành tích xuất sắc", 11, "cá nhân")],
[D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016"),
 D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 11-NQ/TW")],
[prov("Đắk Nông"), com("Đắk Búk So")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐẮK NÔNG", "Trang chủ - Tin tức - Phụ nữ cơ sở", "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "Tin lành Đê Ga", "Công ty Lâm nghiệp Quảng Tín", "Phụ nữ M'nông giữ rừng", "Nghị quyết Đại hội"],
["27-05-2016 09:40", "lần thứ IV", "nhiệm kỳ 2016 - 2021", "nhiệm kỳ 2011 - 2016", "15 đồng chí", "khóa IV", "năm 2021"]))

PAGES.append(page("b4646-lamdong-bdv-baocao-2017", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ :: Văn bản - Báo cáo :: Báo cáo chuyên đề
Cập nhật lúc 16:30 ngày 29/12/2017
Báo cáo kết quả công tác vận động đồng bào dân tộc thiểu số và đồng bào có đạo năm 2017
Ngày 27/12/2017, Ban Dân vận Tỉnh ủy Lâm Đồng ban hành báo cáo kết quả công tác vận động đồng bào dân tộc thiểu số và đồng bào có đạo năm 2017. Trang thông tin trích đăng một số nội dung chính.
I. TÌNH HÌNH CHUNG
Toàn tỉnh hiện có 43 dân tộc với 289.506 người dân tộc thiểu số, chiếm 23,6% dân số; trong đó đồng bào K'Ho, Mạ, Chu Ru, M'nông là dân tộc gốc Tây Nguyên với khoảng 196.000 người. Số người theo tôn giáo khoảng 685.000 người, chiếm trên 52% dân số; đạo Công giáo có 9 giáo hạt thuộc Giáo phận Đà Lạt, đạo Tin lành có 318 chi hội và điểm nhóm.
Trong năm, tình hình an ninh vùng đồng bào cơ bản ổn định; tuy nhiên vẫn còn 11 nhóm Tin lành Đê Ga hoạt động lén lút tại các huyện Đam Rông, Lâm Hà, Di Linh; phát sinh 19 vụ tranh chấp đất giữa người dân với các công ty thuê đất, dự án lâm nghiệp, có 3 vụ tụ tập đông người tại xã Lộc Bắc, huyện Bảo Lâm.
II. KẾT QUẢ THỰC HIỆN
1. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 23-CT/TU ngày 17/3/2017 về tăng cường công tác dân vận trong tình hình mới và Kết luận số 314-KL/TU về xây dựng đội ngũ người có uy tín; ban hành Kế hoạch số 86-KH/BDVTU ngày 10/4/2017 về kiểm tra công tác dân vận ở các giáo xứ, chi hội Tin lành vùng đồng bào.
2. Các cấp đã tổ chức 1.142 buổi tuyên truyền với trên 76.000 lượt người nghe; cấp phát 28.500 tờ rơi bằng song ngữ Việt - K'Ho; gặp mặt 1.080 người có uy tín, 260 chức sắc, chức việc các tôn giáo. Vận động 65 hộ với 287 khẩu từ bỏ hoạt động "Tin lành Đê Ga".
3. Phong trào thi đua "Dân vận khéo" có 512 mô hình, trong đó 74 mô hình tiêu biểu cấp tỉnh; nhân dân vùng đồng bào hiến 47.300 m2 đất, đóng góp gần 9,2 tỷ đồng xây dựng nông thôn mới. Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm còn 9,83%.
III. ĐÁNH GIÁ, KIẾN NGHỊ
Công tác nắm tình hình ở một số nơi chưa kịp thời; việc giải quyết tranh chấp đất giữa đồng bào với doanh nghiệp còn chậm, có vụ kéo dài trên 10 năm. Ban Dân vận Tỉnh ủy kiến nghị UBND tỉnh chỉ đạo thu hồi khoảng 3.500 ha đất của 14 dự án chậm triển khai để giao lại cho hộ đồng bào thiếu đất sản xuất.
Báo cáo do đồng chí K'Brăk, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy ký; đồng gửi đồng chí Ya Tuấn Hoàng, Phó Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo công tác tôn giáo tỉnh, và các đồng chí Trưởng Ban Dân vận huyện ủy: Ka Sơn Điềm, Bon Jô Ha Duy, Nguyễn Văn Tân.
Phòng Dân tộc - Tôn giáo
Lượt xem: 398
Tin liên quan
- Lâm Hà: 40 hộ người Mông từ bỏ "Tin lành Đê Ga" (14/12/2017)
- Gặp mặt chức sắc Công giáo nhân dịp Giáng sinh 2017 (20/12/2017)
- Đam Rông đối thoại về tranh chấp đất với Công ty Hoàng Gia (30/11/2017)
""", "2017-12-29", "Báo cáo kết quả công tác vận động đồng bào dân tộc thiểu số và đồng bào có đạo năm 2017",
E("bao_cao", "2017", "2017-12-27"),
[P("K'Brăk", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ya Tuấn Hoàng", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo công tác tôn giáo tỉnh"),
 P("Ka Sơn Điềm", "Trưởng Ban Dân vận huyện ủy"),
 P("Bon Jô Ha Duy", "Trưởng Ban Dân vận huyện ủy"),
 P("Nguyễn Văn Tân", "Trưởng Ban Dân vận huyện ủy")],
[Q("43 dân tộc", 43, "dân tộc"), Q("289.506 người dân tộc thiểu số", 289506, "người dân tộc thiểu số"), Q("23,6%", 23.6, "%"),
 Q("khoảng 196.000 người", 196000, "người", "approx"), Q("khoảng 685.000 người", 685000, "người", "approx"),
 Q("trên 52%", 52, "%", "over"), Q("9 giáo hạt", 9, "giáo hạt"), Q("318 chi hội và điểm nhóm", 318, "chi hội và điểm nhóm"),
 Q("11 nhóm Tin lành Đê Ga", 11, "nhóm Tin lành Đê Ga"), Q("19 vụ tranh chấp đất", 19, "vụ tranh chấp đất"), Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"),
 Q("1.142 buổi tuyên truyền", 1142, "buổi tuyên truyền"), Q("trên 76.000 lượt người", 76000, "lượt người", "over"),
 Q("28.500 tờ rơi", 28500, "tờ rơi"), Q("1.080 người có uy tín", 1080, "người có uy tín"),
 Q("260 chức sắc, chức việc", 260, "chức sắc, chức việc"), Q("65 hộ", 65, "hộ"), Q("287 khẩu", 287, "khẩu"),
 Q("512 mô hình", 512, "mô hình"), Q("74 mô hình tiêu biểu cấp tỉnh", 74, "mô hình tiêu biểu cấp tỉnh"), Q("47.300 m2", 47300, "m2"),
 Q("gần 9,2 tỷ đồng", 9200000000, "đồng", "approx"), Q("9,83%", 9.83, "%"), Q("khoảng 3.500 ha", 3500, "ha", "approx"),
 Q("14 dự án", 14, "dự án")],
[D("Chỉ thị", "23", "CT/TU", "2017-03-17", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 23-CT/TU ngày 17/3/2017"),
 D("Kết luận", "314", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 314-KL/TU"),
 D("Kế hoạch", "86", "KH/BDVTU", "2017-04-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 86-KH/BDVTU ngày 10/4/2017")],
[prov("Lâm Đồng"), com("Lộc Bắc")],
["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ :: Văn bản - Báo cáo :: Báo cáo chuyên đề", "Tin lành Đê Ga", "Giáo phận Đà Lạt",
 "Dân vận khéo", "Phòng Dân tộc - Tôn giáo", "Lượt xem: 398"],
["Cập nhật lúc 16:30 ngày 29/12/2017", "năm 2017", "trên 10 năm", "Lượt xem: 398"]))

PAGES.append(page("b4647-gialai-bdv-giaoban-2018", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban
06.04.2018 | 15:10
Đồng chí Rơ Chăm Lăn chủ trì giao ban.
Kiên quyết không để hình thành "điểm nóng" về đất đai ở vùng đồng bào
Chiều 4/4, Ban Dân vận Tỉnh ủy Gia Lai tổ chức giao ban khối dân vận quý I năm 2018. Đồng chí Rơ Chăm Lăn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; tham dự có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội, Ban Dân vận các huyện, thị xã, thành phố ủy.
Báo cáo tại giao ban cho biết, quý I tình hình an ninh chính trị vùng đồng bào dân tộc thiểu số cơ bản ổn định; số đối tượng FULRO lưu vong tiếp tục lợi dụng mạng xã hội kích động, lôi kéo người dân theo "Tin lành Đê Ga", có 4 trường hợp trốn sang Thái Lan. Lực lượng chức năng đã vận động 37 hộ với 165 khẩu ở các huyện Chư Sê, Ia Grai từ bỏ, ra trình diện.
Đáng chú ý, trong quý phát sinh 6 vụ tranh chấp đất giữa người dân với Công ty TNHH MTV Cao su Mang Yang và Công ty Lâm nghiệp Kông Chiêng, trong đó 2 vụ tụ tập đông người ở xã Đak Ta Ley và xã Kon Chiêng. Khối dân vận đã phối hợp tổ chức 9 buổi đối thoại với khoảng 420 người dân, giải quyết dứt điểm 4 vụ.
Thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa XI và Quyết định số 23-QĐ/TW ngày 30/7/2016 của Ban Chấp hành Trung ương, khối dân vận triển khai đợt vận động "Tết vì người nghèo", trao 6.500 suất quà trị giá gần 3,3 tỷ đồng; phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh thực hiện mô hình "Đồn Biên phòng - Điểm tựa của dân" tại các xã Ia Mơ, Ia Púch. Ban Dân vận Tỉnh ủy đã ban hành công văn số 318, 319-CV/BDVTU hướng dẫn các huyện tiếp xúc người có uy tín trong quý tới.
Tại giao ban, đồng chí Siu Thu, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, đề nghị các huyện ủy chỉ đạo rà soát 100% hộ thiếu đất sản xuất; đồng chí Ksor H'Bơ Khăp, Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, thông báo kế hoạch gặp mặt 1.650 người có uy tín; đồng chí Đinh Kon, HUV, Trưởng Ban Dân vận Huyện ủy Kông Chro, kiến nghị tỉnh sớm có kết luận về 320 ha đất công ty trả về địa phương.
Kết luận giao ban, đồng chí Rơ Chăm Lăn yêu cầu quý II tập trung nắm chắc tình hình trước các ngày lễ lớn, không để kẻ xấu lợi dụng tranh chấp đất kích động biểu tình; nhân rộng mô hình "Làng văn hóa không có người theo Tin lành Đê Ga" đã triển khai ở 35 làng.
Ngọc Minh
Lượt xem: 734
Tin khác
- Chư Pưh: 12 hộ đồng bào Jrai từ bỏ "Tin lành Đê Ga" (30/03/2018)
- Gặp mặt đại biểu người có uy tín huyện Đak Pơ năm 2018 (22/03/2018)
- Ia Pa: đối thoại về tranh chấp đất với Công ty Cao su Chư Prông (15/03/2018)
""", "2018-04-06", "Kiên quyết không để hình thành \"điểm nóng\" về đất đai ở vùng đồng bào",
E("giao_ban", "2018-Q1", "2018-04-04"),
[P("Rơ Chăm Lăn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Thu", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Ksor H'Bơ Khăp", "Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Kon", "HUV", "Trưởng Ban Dân vận Huyện ủy Kông Chro")],
[Q("4 trường hợp", 4, "trường hợp"),
 Q("37 hộ", 37, "hộ"), Q("165 khẩu", 165, "khẩu"), Q("6 vụ tranh chấp đất", 6, "vụ tranh chấp đất"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("9 buổi đối thoại", 9, "buổi đối thoại"),
 Q("khoảng 420 người dân", 420, "người dân", "approx"), Q("4 vụ", 4, "vụ"), Q("6.500 suất quà", 6500, "suất quà"),
 Q("gần 3,3 tỷ đồng", 3300000000, "đồng", "approx"), Q("100%", 100, "%"), Q("1.650 người có uy tín", 1650, "người có uy tín"),
 Q("320 ha", 320, "ha"), Q("35 làng", 35, "làng")],
[D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW"),
 D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2016"),
 D("Công văn", "318", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "công văn số 318, 319-CV/BDVTU"),
 D("Công văn", "319", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "công văn số 318, 319-CV/BDVTU")],
[prov("Gia Lai"), com("Đak Ta Ley"), com("Kon Chiêng"), com("Ia Mơ"), com("Ia Púch")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban", "Đồng chí Rơ Chăm Lăn chủ trì giao ban.",
 "FULRO", "Tin lành Đê Ga", "Công ty TNHH MTV Cao su Mang Yang", "Tết vì người nghèo", "Đồn Biên phòng - Điểm tựa của dân",
 "Làng văn hóa không có người theo Tin lành Đê Ga", "Lượt xem: 734"],
["06.04.2018 | 15:10", "quý I năm 2018", "khóa XI", "quý II", "Lượt xem: 734"]))

PAGES.append(page("b4648-kontum-bao-chandung-2018", """
BÁO KON TUM ĐIỆN TỬ
Xã hội › Gương sáng
Thứ Sáu, 17/08/2018, 07:05
Già làng A Hlưm phát biểu trong buổi sinh hoạt cộng đồng. Ảnh: Thanh Như
Già làng A Hlưm - "cây cao bóng cả" của làng Kon Jri
Hơn 30 năm làm già làng, ông A Hlưm (72 tuổi, người Ba Na, làng Kon Jri, xã Đăk Rơ Wa, thành phố Kon Tum) luôn là chỗ dựa của bà con trong giữ gìn an ninh, phát triển sản xuất và đoàn kết lương - giáo.
Là đảng viên có 41 năm tuổi Đảng, già A Hlưm từng tham gia vận động nhiều thanh niên trong làng không nghe theo FULRO vào rừng những năm sau giải phóng. Những năm 2001 - 2004, khi số đối tượng "Tin lành Đê Ga" xúi giục người dân kéo về thành phố gây rối, già đã đến từng nhà, giữ được 115 hộ trong làng không ai tham gia.
Làng Kon Jri hiện có 238 hộ với 1.062 khẩu, trên 90% theo đạo Công giáo. Theo ông A Phiên, Bí thư Chi bộ kiêm Trưởng làng Kon Jri, nhờ già A Hlưm và Linh mục Phêrô Nguyễn Văn Lâm, Quản xứ giáo xứ Tân Hương, cùng vận động mà bà con đã hiến gần 4.000 m2 đất làm đường, xây nhà rông văn hóa; 26 hộ đã thoát nghèo trong 3 năm qua, tỷ lệ hộ nghèo còn 7,5%.
Vụ tranh chấp khoảng 12 ha đất rẫy giữa người dân làng Kon Jri với một doanh nghiệp trồng cao su năm 2015 cũng được già làng cùng chính quyền giải quyết êm thấm. "Đất của làng thì làng giữ, nhưng phải nói chuyện bằng lý, bằng luật, không được nghe kẻ xấu kéo nhau đi khiếu kiện đông người", già A Hlưm nói.
Bà Y Thương, Chủ tịch Ủy ban MTTQ xã Đăk Rơ Wa, cho biết xã có 8 già làng, người có uy tín thì già A Hlưm là người được bà con tin nhất. Theo Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín, già tiếp tục được bình chọn năm nay. Ông cũng được Chủ tịch UBND tỉnh Kon Tum tặng bằng khen 3 lần, Ủy ban MTTQ Việt Nam tỉnh tặng 2 bằng khen.
Đồng chí Nguyễn Văn Hòa, Trưởng Ban Dân vận Thành ủy Kon Tum, nhận xét: Những người như già A Hlưm là "cánh tay nối dài" của Đảng ở cơ sở. Hiện thành phố có 137 người có uy tín, mỗi người được hỗ trợ 500.000 đồng/quý và cấp một số loại báo.
Anh A Tuấn, Bí thư Chi đoàn làng Kon Jri, kể: năm ngoái già vận động 14 thanh niên trong làng bỏ rượu, tham gia tổ thanh niên tự quản, cùng giúp 5 hộ neo đơn làm lại nhà.
Đến nay, dù tuổi đã cao, già vẫn đều đặn sinh hoạt ở nhà rông vào tối thứ Bảy, kể cho lớp trẻ nghe về truyền thống của làng, dạy các cháu đánh chiêng và giữ luật tục tốt đẹp của người Ba Na.
Thanh Như
Lượt xem: 3.118
Tin liên quan
- Gặp mặt người có uy tín tỉnh Kon Tum năm 2018 (09/08/2018)
- Đăk Hà: ra mắt mô hình "Làng không có người theo Tin lành Đê Ga" (02/08/2018)
- Già làng Y Khiêm vận động bà con trồng sâm Ngọc Linh (26/07/2018)
""", "2018-08-17", "Già làng A Hlưm - \"cây cao bóng cả\" của làng Kon Jri",
E("khac", None, None),
[P("A Hlưm", "Già làng"),
 P("A Phiên", "Bí thư Chi bộ kiêm Trưởng làng Kon Jri"),
 P("Phêrô Nguyễn Văn Lâm", "Linh mục", "Quản xứ giáo xứ Tân Hương"),
 P("Y Thương", "Chủ tịch Ủy ban MTTQ xã Đăk Rơ Wa"),
 P("A Tuấn", "Bí thư Chi đoàn làng Kon Jri"),
 P("Nguyễn Văn Hòa", "Trưởng Ban Dân vận Thành ủy Kon Tum")],
[Q("115 hộ", 115, "hộ"), Q("238 hộ", 238, "hộ"), Q("1.062 khẩu", 1062, "khẩu"), Q("trên 90%", 90, "%", "over"),
 Q("gần 4.000 m2", 4000, "m2", "approx"), Q("26 hộ", 26, "hộ"), Q("7,5%", 7.5, "%"), Q("khoảng 12 ha", 12, "ha", "approx"),
 Q("8 già làng, người có uy tín", 8, "già làng, người có uy tín"), Q("2 bằng khen", 2, "bằng khen"),
 Q("137 người có uy tín", 137, "người có uy tín"), Q("500.000 đồng", 500000, "đồng"),
 Q("14 thanh niên", 14, "thanh niên"), Q("5 hộ neo đơn", 5, "hộ neo đơn")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018")],
[prov("Kon Tum"), com("Đăk Rơ Wa")],
["BÁO KON TUM ĐIỆN TỬ", "Xã hội › Gương sáng", "Già làng A Hlưm phát biểu trong buổi sinh hoạt cộng đồng. Ảnh: Thanh Như",
 "FULRO", "Tin lành Đê Ga", "cây cao bóng cả", "cánh tay nối dài", "Lượt xem: 3.118"],
["Thứ Sáu, 17/08/2018, 07:05", "Hơn 30 năm", "72 tuổi", "41 năm tuổi Đảng", "2001 - 2004", "3 năm qua", "3 lần", "năm 2015", "Lượt xem: 3.118"]))
