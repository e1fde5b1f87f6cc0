from lib import *
PAGES = []

PAGES.append(page("b8555-hatinh-bdvhu-giaoban-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯƠNG KHÊ - TỈNH HÀ TĨNH
You are here: Trang chủ > Tin tức sự kiện > Chính trị
2017-10-06 09:12
Quang cảnh hội nghị giao ban.
Khối dân vận huyện giao ban quý III: tập trung vận động giải phóng hành lang tuyến đường dây 220kV
Chiều 5/10, Ban Dân vận Huyện ủy Hương Khê tổ chức giao ban khối dân vận quý III/2017, triển khai nhiệm vụ quý IV. Đồng chí Nguyễn Thị Minh Hà, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì. Tham dự có 38 đồng chí là lãnh đạo Ủy ban MTTQ, các đoàn thể huyện và trưởng khối dân vận các xã, thị trấn.
Theo báo cáo, trong quý III, khối dân vận đã phối hợp với Ban Quản lý dự án tổ chức 47 cuộc họp dân ở 9 xã có tuyến đường dây 220kV đi qua, với 126 vị trí móng cột. Tổng số hộ bị ảnh hưởng là 341 hộ; đến ngày 30/9 đã có 298 hộ nhận tiền và bàn giao mặt bằng, đạt 87,4%, số tiền đã chi trả 11,6 tỷ đồng. Còn 43 hộ chưa bàn giao, trong đó 3 hộ có nhà ở phải di dời khỏi hành lang.
Ban Dân vận Huyện ủy đã ban hành Công văn số 215-CV/BDVHU ngày 14/8/2017 hướng dẫn các chi bộ thôn đưa nội dung giải phóng mặt bằng vào sinh hoạt thường kỳ; tham mưu Ban Thường vụ Huyện ủy ban hành Kết luận 12, 13-KL/HU về lãnh đạo giải phóng mặt bằng công trình điện và về phát huy vai trò người đứng đầu trong tiếp dân, đối thoại.
Tại giao ban, các đồng chí Bí thư Đảng ủy xã: Phan Văn Thạch (Hương Trà), Lê Đình Cường (Phúc Đồng), Đinh Văn Quý (Hương Liên) nêu cách làm: cán bộ, đảng viên nhận "đỡ đầu" từng hộ khó vận động, đảng viên có đất trong tuyến gương mẫu bàn giao trước. Xã Hương Liên là xã miền núi có đồng bào Chứt sinh sống, 100% số hộ đã bàn giao mặt bằng sớm hơn kế hoạch.
Đồng chí Trần Quốc Tuấn, Phó Chủ tịch UBND huyện, thông tin thêm: UBND huyện đã tổ chức 2 cuộc đối thoại với các hộ chưa đồng thuận tại xã Hương Vĩnh; các kiến nghị về đơn giá cây cao su, cây keo đã được tổng hợp gửi UBND tỉnh Hà Tĩnh. Huyện thực hiện theo Kế hoạch số 58-KH/HU ngày 02/3/2017 của Huyện ủy, phấn đấu bàn giao toàn bộ mặt bằng trong tháng 11/2017.
Bà Hồ Thị Xuân, Chủ tịch Hội LHPN huyện kiến nghị có hình thức động viên, khen thưởng kịp thời những hộ hiến đất, đồng thời phân công hội viên phụ nữ theo dõi 12 hộ có hoàn cảnh khó khăn để giúp đỡ sau khi di dời.
Kết luận giao ban, đồng chí Nguyễn Thị Minh Hà yêu cầu quý IV các tổ chức trong khối tập trung vận động 43 hộ còn lại; mỗi đoàn thể huyện phụ trách 1 xã; kịp thời nắm và báo cáo tình hình tư tưởng, không để xảy ra khiếu kiện đông người.
Thu Hằng
Tin khác
- Hương Khê tổng kết 5 năm thực hiện Quy chế dân chủ ở cơ sở (28/09/2017)
- Ra mắt mô hình "Dân vận khéo" ở xã Hương Thủy (15/09/2017)
- Huyện ủy Hương Khê kiểm tra công tác dân vận tại xã Hương Long (05/09/2017)
""", "2017-10-06", "Khối dân vận huyện giao ban quý III: tập trung vận động giải phóng hành lang tuyến đường dây 220kV",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Nguyễn Thị Minh Hà", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Phan Văn Thạch", "Bí thư Đảng ủy xã"),
 P("Lê Đình Cường", "Bí thư Đảng ủy xã"),
 P("Đinh Văn Quý", "Bí thư Đảng ủy xã"),
 P("Trần Quốc Tuấn", "Phó Chủ tịch UBND huyện"),
 P("Hồ Thị Xuân", "Chủ tịch Hội LHPN huyện")],
[Q("38 đồng chí", 38, "đồng chí"), Q("47 cuộc họp dân", 47, "cuộc họp dân"), Q("9 xã", 9, "xã"),
 Q("126 vị trí móng cột", 126, "vị trí móng cột"), Q("341 hộ", 341, "hộ"), Q("298 hộ", 298, "hộ"), Q("87,4%", 87.4, "%"),
 Q("11,6 tỷ đồng", 11600000000, "đồng"), Q("43 hộ", 43, "hộ"), Q("3 hộ", 3, "hộ"), Q("100%", 100, "%"),
 Q("2 cuộc đối thoại", 2, "cuộc đối thoại"), Q("12 hộ", 12, "hộ")],
[D("Công văn", "215", "CV/BDVHU", "2017-08-14", "Ban Dân vận Huyện ủy", "Công văn số 215-CV/BDVHU ngày 14/8/2017"),
 D("Kết luận", "12", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 12, 13-KL/HU"),
 D("Kết luận", "13", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 12, 13-KL/HU"),
 D("Kế hoạch", "58", "KH/HU", "2017-03-02", "Huyện ủy", "Kế hoạch số 58-KH/HU ngày 02/3/2017")],
[prov("Hà Tĩnh"), com("Hương Trà"), com("Phúc Đồng"), com("Hương Liên"), com("Hương Vĩnh")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯƠNG KHÊ - TỈNH HÀ TĨNH", "You are here: Trang chủ > Tin tức sự kiện > Chính trị",
 "Quang cảnh hội nghị giao ban.", "Ban Quản lý dự án"],
["2017-10-06 09:12", "38 đồng chí", "quý III/2017", "quý IV", "220kV", "30/9", "tháng 11/2017", "1 xã"]))

PAGES.append(page("b8556-laichau-baolaichau-uytin-2018", """
Báo Lai Châu điện tử
Trang chủ | Dân tộc - Miền núi
21.03.2018 | 16:05
Người có uy tín ở Sìn Hồ vận động bà con nhường đất cho đường điện
Ở các bản vùng cao huyện Sìn Hồ, nơi đường điện đang được kéo về, những già làng, trưởng bản, người có uy tín là "cầu nối" để bà con người Mông, người Dao, người Thái đồng thuận nhường đất, chặt cây cho công trình.
Ông Giàng A Chứ (thứ hai từ trái sang) trao đổi với cán bộ điện lực.
Công trình cấp điện cho các bản chưa có điện huyện Sìn Hồ được phê duyệt tại Quyết định số 1420/QĐ-UBND ngày 20/11/2017 của UBND tỉnh Lai Châu, với tổng vốn khoảng 62 tỷ đồng, đưa điện đến 19 bản của 6 xã. Theo tính toán, tuyến đường dây có 318 vị trí cột phải đặt trên đất nương, đất vườn của người dân.
Ông Giàng A Chứ, Bí thư Chi bộ bản Phìn Hồ, xã Sà Dề Phìn, kể: những ngày đầu, nhiều hộ lo mất đất canh tác. Ông cùng trưởng bản đến từng nhà, giải thích mỗi móng cột chỉ chiếm vài chục mét vuông, còn lợi ích thì cả bản được hưởng. Nhà ông hiến trước 240 m2 đất nương, chặt 60 cây thảo quả. Đến nay bản Phìn Hồ có 68 hộ thì 68 hộ đã ký cam kết bàn giao mặt bằng.
Tại xã Nậm Cuổi, ông Tẩn Láo San, Trưởng bản Nậm Cuổi, người Dao, vận động được 41 hộ góp 520 ngày công đào móng, vận chuyển vật tư. Ông San nói: "Người Dao mình ở xa, đường đi khó, nếu không góp công thì thợ điện làm đến bao giờ mới xong".
Ông Lò Văn Ún, Chủ tịch UBND xã Pa Tần cho biết, xã có 5 bản nằm trong dự án, bà con người Thái và người Mông đã hiến khoảng 4.600 m2 đất; Đảng ủy xã ban hành Nghị quyết số 07-NQ/ĐU về lãnh đạo thực hiện dự án và giao mỗi đảng viên phụ trách từ 3 đến 5 hộ. Bà Vàng Thị Sua, một hộ ở bản Nậm Ngà, tự chặt 35 cây sa mu trong hành lang tuyến mà không nhận hỗ trợ.
Theo đồng chí Lù Văn Thanh, Phó Trưởng Ban Dân vận Huyện ủy Sìn Hồ, toàn huyện có 176 người có uy tín; Ban Dân vận Huyện ủy đã phối hợp Phòng Dân tộc huyện tổ chức 3 hội nghị cung cấp thông tin về dự án cho người có uy tín, đồng thời vận động ký "Cam kết bảo vệ hành lang an toàn lưới điện" ở tất cả 19 bản.
Năm 2017, Ủy ban MTTQ huyện đã trích 45 triệu đồng từ Quỹ "Vì người nghèo" hỗ trợ 15 hộ nghèo di dời nhà bếp, chuồng trại ra khỏi hành lang tuyến, mỗi hộ 3 triệu đồng. Ông Lò Văn Ún cho biết thêm, xã còn phối hợp với đơn vị thi công thuê 84 lao động tại chỗ, tạo thu nhập cho bà con lúc nông nhàn.
Dự kiến đến tháng 6/2018, các bản sẽ được đóng điện. "Mong nhất là có điện để các cháu học bài, bà con mua máy xay ngô, máy thái chuối cho lợn", ông Giàng A Chứ chia sẻ.
Ngọc Mai
Tin liên quan
- Phong Thổ: đối thoại với người dân vùng dự án thủy điện (14/03/2018)
- Tặng quà người có uy tín nhân dịp Tết Mậu Tuất (08/02/2018)
- Tam Đường: vận động nhân dân hiến đất làm đường giao thông nông thôn (25/01/2018)
""", "2018-03-21", "Người có uy tín ở Sìn Hồ vận động bà con nhường đất cho đường điện",
E("khac", None, None),
[P("Giàng A Chứ", "Bí thư Chi bộ bản Phìn Hồ"),
 P("Tẩn Láo San", "Trưởng bản Nậm Cuổi"),
 P("Lò Văn Ún", "Chủ tịch UBND xã Pa Tần"),
 P("Vàng Thị Sua"),
 P("Lù Văn Thanh", "Phó Trưởng Ban Dân vận Huyện ủy Sìn Hồ")],
[Q("khoảng 62 tỷ đồng", 62000000000, "đồng", "approx"), Q("19 bản", 19, "bản"), Q("6 xã", 6, "xã"),
 Q("318 vị trí cột", 318, "vị trí cột"), Q("240 m2", 240, "m2"), Q("60 cây thảo quả", 60, "cây thảo quả"),
 Q("68 hộ thì", 68, "hộ"), Q("68 hộ đã", 68, "hộ"), Q("41 hộ", 41, "hộ"), Q("520 ngày công", 520, "ngày công"),
 Q("5 bản", 5, "bản"), Q("khoảng 4.600 m2", 4600, "m2", "approx"), Q("35 cây sa mu", 35, "cây sa mu"),
 Q("176 người có uy tín", 176, "người có uy tín"), Q("3 hội nghị", 3, "hội nghị"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("15 hộ nghèo", 15, "hộ nghèo"), Q("3 triệu đồng", 3000000, "đồng"), Q("84 lao động", 84, "lao động")],
[D("Quyết định", "1420", "QĐ-UBND", "2017-11-20", "UBND tỉnh Lai Châu", "Quyết định số 1420/QĐ-UBND ngày 20/11/2017"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 07-NQ/ĐU")],
[prov("Lai Châu"), com("Sà Dề Phìn"), com("Nậm Cuổi"), com("Pa Tần")],
["Báo Lai Châu điện tử", "Trang chủ | Dân tộc - Miền núi", "Ông Giàng A Chứ (thứ hai từ trái sang) trao đổi với cán bộ điện lực.",
 "Cam kết bảo vệ hành lang an toàn lưới điện", "Phòng Dân tộc huyện", "Vì người nghèo"],
["21.03.2018 | 16:05", "Năm 2017", "từ 3 đến 5 hộ", "tháng 6/2018", "vài chục mét vuông"]))

PAGES.append(page("b8557-kontum-bdv-taphuan-2019", """
BÁO KON TUM ĐIỆN TỬ
Thời sự > Chính trị - Xã hội
Cập nhật lúc 17:20 ngày 12/06/2019
Ảnh: Các học viên tại lớp tập huấn.
Tập huấn kỹ năng vận động nhân dân bảo vệ hành lang an toàn lưới điện cho 120 cán bộ thôn, làng
Trong 2 ngày (11 - 12/6/2019), Ban Dân vận Tỉnh ủy phối hợp với Công ty Điện lực Kon Tum tổ chức lớp tập huấn năm 2019 về kỹ năng vận động nhân dân bảo vệ hành lang an toàn lưới điện cho 120 cán bộ thôn, làng, người có uy tín của các xã thuộc thành phố Kon Tum và các huyện Đăk Hà, Sa Thầy.
Phát biểu khai mạc, đồng chí Nguyễn Thị Thanh Hương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: toàn tỉnh hiện có trên 4.250 km đường dây trung, hạ áp, phần lớn đi qua vùng đồi rẫy trồng cao su, keo, mì. Năm 2018 trên địa bàn tỉnh xảy ra 23 vụ sự cố lưới điện do cây đổ, đốt rẫy, làm 2 người bị thương và thiệt hại gần 1,8 tỷ đồng.
Học viên được nghe TS. Phạm Văn Nam, giảng viên Trường Chính trị tỉnh, truyền đạt 5 chuyên đề: kỹ năng tuyên truyền, vận động đồng bào dân tộc thiểu số; quy định về hành lang an toàn theo Nghị định số 14/2014/NĐ-CP của Chính phủ và Thông tư số 31/2014/TT-BCT ngày 02/10/2014 của Bộ Công Thương; kỹ năng nắm tình hình, hòa giải ở cơ sở. Kỹ sư Trần Minh Sang, Trưởng phòng Kỹ thuật an toàn Công ty Điện lực Kon Tum, hướng dẫn cách nhận biết khoảng cách an toàn và xử lý khi phát hiện vi phạm.
Tại lớp học, nhiều học viên chia sẻ kinh nghiệm thực tế. Ông A Dũng, Trưởng thôn Kon Rơ Wang, xã Đăk Rơ Wa kể, năm 2018 thôn vận động 16 hộ người Ba Na tự chặt 430 cây keo cao sát đường dây. Già làng A Pháo, làng Kon Tu Răm, xã Ngọc Réo, đề nghị ngành điện có tờ rơi bằng tiếng Xơ Đăng, tiếng Ba Na để bà con dễ hiểu. Bà Y Nhí, Chi hội trưởng Chi hội Phụ nữ thôn Đăk Wơk, xã Sa Nhơn, cho biết chi hội đã đưa nội dung "không đốt rẫy gần đường dây điện" vào hương ước thôn.
Lớp tập huấn được tổ chức theo Kế hoạch số 95-KH/BDVTU ngày 20/5/2019 của Ban Dân vận Tỉnh ủy. Kết thúc lớp học, 100% học viên làm bài thu hoạch đạt yêu cầu; mỗi học viên được hỗ trợ 150.000 đồng/ngày và một bộ tài liệu song ngữ.
Đồng chí Nguyễn Thị Thanh Hương đề nghị học viên sau tập huấn trở thành tuyên truyền viên tại thôn, làng. Hiện toàn tỉnh đã có 86 tổ tự quản bảo vệ hành lang lưới điện với 640 thành viên; theo ngành điện, 5 tháng đầu năm 2019 số vụ vi phạm hành lang đã giảm 35% so với cùng kỳ nhờ sự vào cuộc của các thôn, làng.
Dự kiến trong năm 2019, Ban Dân vận Tỉnh ủy sẽ tổ chức thêm 3 lớp tại các huyện Đăk Glei, Kon Plông, Ia H'Drai.
Y Liên
Tin liên quan
- Ban Dân vận Tỉnh ủy sơ kết công tác dân vận quý I năm 2019 (05/04/2019)
- Đăk Tô: phát huy vai trò người có uy tín trong xây dựng nông thôn mới (22/03/2019)
- Ngọc Hồi: đưa điện về làng Đăk Răng (10/03/2019)
""", "2019-06-12", "Tập huấn kỹ năng vận động nhân dân bảo vệ hành lang an toàn lưới điện cho 120 cán bộ thôn, làng",
E("tap_huan", "2019", "2019-06-11"),
[P("Nguyễn Thị Thanh Hương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Nam", "TS.", "giảng viên Trường Chính trị tỉnh"),
 P("Trần Minh Sang", "Kỹ sư", "Trưởng phòng Kỹ thuật an toàn Công ty Điện lực Kon Tum"),
 P("A Dũng", "Trưởng thôn Kon Rơ Wang"),
 P("A Pháo", "Già làng"),
 P("Y Nhí", "Chi hội trưởng Chi hội Phụ nữ thôn Đăk Wơk")],
[Q("120 cán bộ thôn, làng", 120, "cán bộ thôn, làng"), Q("trên 4.250 km", 4250, "km", "over"),
 Q("23 vụ sự cố lưới điện", 23, "vụ sự cố lưới điện"), Q("2 người", 2, "người"), Q("gần 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("5 chuyên đề", 5, "chuyên đề"), Q("16 hộ người Ba Na", 16, "hộ người Ba Na"), Q("430 cây keo", 430, "cây keo"),
 Q("100%", 100, "%"), Q("150.000 đồng", 150000, "đồng"), Q("3 lớp", 3, "lớp"),
 Q("86 tổ tự quản", 86, "tổ tự quản"), Q("640 thành viên", 640, "thành viên"), Q("35%", 35, "%")],
[D("Nghị định", "14", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 14/2014/NĐ-CP"),
 D("Thông tư", "31", "2014/TT-BCT", "2014-10-02", "Bộ Công Thương", "Thông tư số 31/2014/TT-BCT ngày 02/10/2014"),
 D("Kế hoạch", "95", "KH/BDVTU", "2019-05-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 95-KH/BDVTU ngày 20/5/2019")],
[prov("Kon Tum"), com("Đăk Rơ Wa"), com("Ngọc Réo"), com("Sa Nhơn")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự > Chính trị - Xã hội", "Ảnh: Các học viên tại lớp tập huấn.", "Trường Chính trị tỉnh",
 "không đốt rẫy gần đường dây điện", "Công ty Điện lực Kon Tum"],
["Cập nhật lúc 17:20 ngày 12/06/2019", "2 ngày", "năm 2019", "Năm 2018", "một bộ tài liệu", "5 tháng đầu năm 2019"]))

PAGES.append(page("b8558-camau-huyenuy-hoinghi-2019", """
Báo Cà Mau điện tử
Trang chủ >> Chính trị >> Xây dựng Đảng
Thứ Năm, 14/03/2019 - 09:00
U Minh: Triển khai vận động nhân dân giải tỏa cây trong hành lang lưới điện năm 2019
(CMO) Sáng 13/3, Huyện ủy U Minh tổ chức hội nghị triển khai kế hoạch vận động nhân dân giải tỏa hành lang an toàn lưới điện năm 2019. Đồng chí Tô Minh Hiếu, Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị; dự có ông Trần Hoàng Vũ, Giám đốc Điện lực U Minh và lãnh đạo 7 xã, thị trấn.
U Minh là huyện có diện tích rừng tràm lớn, hệ thống lưới điện nông thôn dài khoảng 1.580 km, phần lớn đi dọc kênh rạch, bờ vườn. Năm 2018, qua kiểm tra phát hiện 4.700 cây tràm, bạch đàn vi phạm hành lang an toàn; xảy ra 37 vụ sự cố mất điện do cây ngã vào đường dây, ước thiệt hại khoảng 650 triệu đồng. Mới đây, tại xã Khánh Thuận có 1 trường hợp bị điện giật khi chặt cây gần đường dây.
Theo Kế hoạch số 36-KH/HU ngày 20/02/2019 của Ban Thường vụ Huyện ủy, năm 2019 phấn đấu giải tỏa 100% số cây vi phạm, hoàn thành trước mùa mưa bão; mỗi ấp thành lập 1 tổ vận động gồm trưởng ấp, chi hội trưởng các đoàn thể, công an viên. Việc giải tỏa thực hiện theo Quyết định số 09/2017/QĐ-UBND của UBND tỉnh Cà Mau về đơn giá hỗ trợ cây trồng; mức hỗ trợ chặt hạ cây tràm từ 3 năm tuổi trở lên là 12.000 đồng/cây.
Đồng chí Nguyễn Thị Hồng Thắm, Trưởng Ban Dân vận Huyện ủy thông tin, năm 2018 khối dân vận đã phối hợp với ngành điện tổ chức 52 cuộc tuyên truyền tại các ấp, phát 3.500 tờ rơi về an toàn điện; 4 xã đã đưa nội dung bảo vệ hành lang lưới điện vào hương ước, quy ước ấp.
Tại hội nghị, ông Danh Sơn, Chủ tịch Hội Nông dân xã Khánh Hòa, cho biết từ đầu năm hội đã vận động 215 hội viên ký cam kết không trồng cây cao dưới đường dây. Bà Lâm Thị Út, Chủ tịch Ủy ban MTTQ Việt Nam xã Nguyễn Phích đề nghị Điện lực hỗ trợ phương tiện, nhân lực chặt hạ cho các hộ neo đơn, hộ nghèo vì nhiều cây cao trên 15 m.
Ông Trần Hoàng Vũ cam kết Điện lực sẽ cắt điện theo lịch, phối hợp với xã hỗ trợ chặt hạ miễn phí cho khoảng 180 hộ nghèo, hộ gia đình chính sách. Đến nay toàn huyện đã có 1.240 hộ ký cam kết.
Kết luận hội nghị, đồng chí Tô Minh Hiếu yêu cầu cấp ủy, chính quyền các xã đưa chỉ tiêu giải tỏa hành lang vào Nghị quyết lãnh đạo năm 2019 của Đảng ủy; gắn với phong trào "Dân vận khéo" và xây dựng nông thôn mới. Những nơi để xảy ra vi phạm kéo dài, người đứng đầu phải chịu trách nhiệm.
Trần Nguyên
Tin liên quan
- Trần Văn Thời: Phát huy dân chủ ở cơ sở gắn với xây dựng nông thôn mới (07/03/2019)
- Điện lực Cà Mau ra quân giải tỏa hành lang lưới điện (01/03/2019)
- Hội nghị giao ban công tác dân vận năm 2019 (22/02/2019)
""", "2019-03-14", "U Minh: Triển khai vận động nhân dân giải tỏa cây trong hành lang lưới điện năm 2019",
E("hoi_nghi", "2019", "2019-03-13"),
[P("Tô Minh Hiếu", "Phó Bí thư Thường trực Huyện ủy"),
 P("Trần Hoàng Vũ", "Giám đốc Điện lực U Minh"),
 P("Nguyễn Thị Hồng Thắm", "Trưởng Ban Dân vận Huyện ủy"),
 P("Danh Sơn", "Chủ tịch Hội Nông dân xã Khánh Hòa"),
 P("Lâm Thị Út", "Chủ tịch Ủy ban MTTQ Việt Nam xã Nguyễn Phích")],
[Q("7 xã, thị trấn", 7, "xã, thị trấn"), Q("khoảng 1.580 km", 1580, "km", "approx"),
 Q("4.700 cây tràm, bạch đàn", 4700, "cây tràm, bạch đàn"), Q("37 vụ sự cố mất điện", 37, "vụ sự cố mất điện"),
 Q("khoảng 650 triệu đồng", 650000000, "đồng", "approx"), Q("1 trường hợp", 1, "trường hợp"), Q("100%", 100, "%"),
 Q("12.000 đồng", 12000, "đồng"), Q("52 cuộc tuyên truyền", 52, "cuộc tuyên truyền"), Q("3.500 tờ rơi", 3500, "tờ rơi"), Q("4 xã", 4, "xã"), Q("215 hội viên", 215, "hội viên"), Q("khoảng 180 hộ nghèo, hộ gia đình chính sách", 180, "hộ nghèo, hộ gia đình chính sách", "approx"),
 Q("1.240 hộ", 1240, "hộ")],
[D("Kế hoạch", "36", "KH/HU", "2019-02-20", "Ban Thường vụ Huyện ủy", "Kế hoạch số 36-KH/HU ngày 20/02/2019"),
 D("Quyết định", "09", "2017/QĐ-UBND", None, "UBND tỉnh Cà Mau", "Quyết định số 09/2017/QĐ-UBND")],
[prov("Cà Mau"), com("Khánh Thuận"), com("Khánh Hòa"), com("Nguyễn Phích")],
["Báo Cà Mau điện tử", "Trang chủ >> Chính trị >> Xây dựng Đảng", "(CMO)", "Dân vận khéo", "Điện lực U Minh"],
["Thứ Năm, 14/03/2019 - 09:00", "năm 2019", "Năm 2018", "3 năm tuổi", "15 m", "1 tổ vận động"]))

PAGES.append(page("b8559-quangnam-bdvhu-baocao-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM GIANG - TỈNH QUẢNG NAM
Trang chủ / Hoạt động các ban Đảng / Dân vận
Ngày 08/07/2020 | 09:15
Báo cáo kết quả công tác vận động nhân dân tham gia Dự án cấp điện nông thôn 6 tháng đầu năm 2020
Ngày 03/7/2020, Ban Dân vận Huyện ủy Nam Giang (tỉnh Quảng Nam) ban hành Báo cáo số 42-BC/BDVHU về kết quả công tác vận động nhân dân tham gia Dự án cấp điện nông thôn 6 tháng đầu năm 2020 và nhiệm vụ 6 tháng cuối năm. Chúng tôi xin giới thiệu những nội dung chính của báo cáo.
1. Công tác lãnh đạo, chỉ đạo. Thực hiện Quyết định số 2081/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 128-KH/HU ngày 15/01/2020 của Ban Thường vụ Huyện ủy, Ban Dân vận Huyện ủy đã hướng dẫn Ủy ban MTTQ và các đoàn thể huyện xây dựng kế hoạch vận động; phân công 28 cán bộ khối dân vận bám địa bàn 6 xã có dự án là Chà Vàl, Zuôih, La Dêê, Đắc Tôi, Tà Bhing, Chơ Chun.
2. Kết quả vận động. Trong 6 tháng, các cơ quan dân vận tổ chức 64 buổi tuyên truyền tại nhà gươl với trên 3.100 lượt người tham dự. Về mặt bằng: dự án cần 214 vị trí móng cột, tổng diện tích đất thu hồi 2,6 ha; nhân dân đã hiến 1,9 ha, đạt 73%, còn lại được bồi thường 410 triệu đồng. Số cây phải chặt hạ trong hành lang: 5.820 cây keo, 1.130 cây ăn quả; 17 hộ phải di dời chuồng trại. Đến 30/6/2020, đã hoàn thành 31,4 km đường dây trung thế và 12 trạm biến áp, đóng điện cho 8 thôn với 617 hộ đồng bào Cơ Tu, Ve, Tà Riềng.
3. Gương điển hình. Ông Bríu Quân, già làng thôn Pà Dấu 1, xã Chà Vàl, hiến 1.500 m2 đất rẫy; ông Zơ Râm Ngào, Bí thư Chi bộ thôn Đắc Ốc, xã Zuôih vận động 22 hộ chặt cây trước thời hạn; bà A Lăng Thị Hoa, Chủ tịch Hội LHPN xã La Dêê, đưa việc hiến đất vào nội dung sinh hoạt chi hội. Ban Thường vụ Huyện ủy đã tặng giấy khen cho 6 tập thể và 11 cá nhân.
4. Hạn chế. Còn 9 hộ chưa thống nhất giá bồi thường cây keo; một số thôn xa, chưa có sóng điện thoại nên việc nắm tình hình chậm.
5. Nhiệm vụ 6 tháng cuối năm. Phấn đấu đóng điện 100% số thôn thuộc dự án trước ngày 31/12/2020; tiếp tục thực hiện Chỉ thị 05, 06-CT/HU của Ban Thường vụ Huyện ủy về phát huy vai trò người có uy tín và về thực hiện dân chủ ở cơ sở; phối hợp Điện lực Nam Giang tuyên truyền an toàn điện tại các nhà gươl.
Báo cáo do đồng chí Pơ Loong Plênh, HUV, Trưởng Ban Dân vận Huyện ủy ký; đồng chí Alăng Văn Bốc, Phó Trưởng Ban Dân vận Huyện ủy, chủ trì xây dựng.
BDV
Tin liên quan
- Nam Giang tổ chức hội nghị người có uy tín năm 2020 (20/06/2020)
- Ra mắt mô hình "Dân vận khéo" tại xã Tà Pơơ (02/06/2020)
- Huyện ủy Nam Giang sơ kết công tác dân vận quý I (10/04/2020)
""", "2020-07-08", "Báo cáo kết quả công tác vận động nhân dân tham gia Dự án cấp điện nông thôn 6 tháng đầu năm 2020",
E("bao_cao", "2020-H1", "2020-07-03"),
[P("Bríu Quân", "già làng thôn Pà Dấu 1"),
 P("Zơ Râm Ngào", "Bí thư Chi bộ thôn Đắc Ốc"),
 P("A Lăng Thị Hoa", "Chủ tịch Hội LHPN xã La Dêê"),
 P("Pơ Loong Plênh", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Alăng Văn Bốc", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("28 cán bộ khối dân vận", 28, "cán bộ khối dân vận"), Q("6 xã", 6, "xã"), Q("64 buổi tuyên truyền", 64, "buổi tuyên truyền"),
 Q("trên 3.100 lượt người", 3100, "lượt người", "over"), Q("214 vị trí móng cột", 214, "vị trí móng cột"), Q("2,6 ha", 2.6, "ha"),
 Q("1,9 ha", 1.9, "ha"), Q("73%", 73, "%"), Q("410 triệu đồng", 410000000, "đồng"), Q("5.820 cây keo", 5820, "cây keo"),
 Q("1.130 cây ăn quả", 1130, "cây ăn quả"), Q("17 hộ", 17, "hộ"), Q("31,4 km", 31.4, "km"), Q("12 trạm biến áp", 12, "trạm biến áp"),
 Q("8 thôn", 8, "thôn"), Q("617 hộ đồng bào Cơ Tu, Ve, Tà Riềng", 617, "hộ đồng bào Cơ Tu, Ve, Tà Riềng"), Q("1.500 m2", 1500, "m2"),
 Q("22 hộ", 22, "hộ"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("9 hộ", 9, "hộ"), Q("100%", 100, "%")],
[D("Báo cáo", "42", "BC/BDVHU", "2020-07-03", "Ban Dân vận Huyện ủy Nam Giang", "Báo cáo số 42-BC/BDVHU"),
 D("Quyết định", "2081", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2081/QĐ-TTg"),
 D("Kế hoạch", "128", "KH/HU", "2020-01-15", "Ban Thường vụ Huyện ủy", "Kế hoạch số 128-KH/HU ngày 15/01/2020"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU")],
[prov("Quảng Nam"), com("Chà Vàl"), com("Zuôih"), com("La Dêê"), com("Đắc Tôi"), com("Tà Bhing"), com("Chơ Chun")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM GIANG - TỈNH QUẢNG NAM", "Trang chủ / Hoạt động các ban Đảng / Dân vận", "Dự án cấp điện nông thôn", "Điện lực Nam Giang"],
["Ngày 08/07/2020 | 09:15", "6 tháng đầu năm 2020", "6 tháng cuối năm", "Trong 6 tháng", "30/6/2020", "31/12/2020", "1. Công tác", "Pà Dấu 1"]))

PAGES.append(page("b8560-longan-daihoi-xa-2020", """
Báo Long An Online
Chính trị | Xây dựng Đảng | Đại hội Đảng các cấp
30 tháng 6, 2020 | 17:45
Đại hội Đảng bộ xã Lương Hòa nhiệm kỳ 2020 - 2025: Dấu ấn từ phong trào hiến đất kéo điện
(LA) - Ngày 29/6, Đảng bộ xã Lương Hòa, huyện Bến Lức, tỉnh Long An tổ chức Đại hội đại biểu lần thứ XIII, nhiệm kỳ 2020 - 2025. Dự đại hội có đồng chí Trương Văn Nọ, Phó Bí thư Thường trực Huyện ủy Bến Lức cùng 127 đại biểu đại diện cho 265 đảng viên trong toàn Đảng bộ.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Báo cáo chính trị nêu rõ, nhiệm kỳ 2015 - 2020, nổi bật là phong trào vận động nhân dân hiến đất, góp tiền kéo điện về các ấp vùng sâu. Nhân dân đã hiến 4.800 m2 đất, đóng góp 1,35 tỷ đồng cùng với vốn ngành điện kéo 18,5 km đường điện hạ thế; đến nay 100% hộ dân trong xã sử dụng điện lưới an toàn, tăng 11% so với đầu nhiệm kỳ. Xã về đích nông thôn mới năm 2019; thu nhập bình quân đạt 56 triệu đồng/người/năm; hộ nghèo giảm còn 0,8%.
Ông Nguyễn Văn Bảy, Bí thư Chi bộ ấp 3, kể lại: "Hồi trước ấp 3 chỉ có điện câu nhờ, dây dợ chằng chịt, mùa mưa là chập cháy. Chi bộ họp bàn, đảng viên góp trước, bà con góp theo, ai có đất thì hiến đất trồng trụ". Ấp 3 đã có 96 hộ góp 320 triệu đồng và 62 hộ hiến đất. Bà Võ Thị Lệ, hộ ở ấp 5, hiến 150 m2 đất mặt tiền để làm trạm biến áp.
Nhiệm kỳ qua, Đảng bộ kết nạp 38 đảng viên mới; Ủy ban MTTQ và các đoàn thể xã vận động xây dựng 12 căn nhà tình nghĩa, nhà đại đoàn kết với tổng trị giá 780 triệu đồng; Hội Nông dân xã phối hợp Điện lực Bến Lức lắp 250 bóng đèn dọc các tuyến đường ấp theo mô hình "Thắp sáng đường quê".
Đại hội thảo luận, quán triệt Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp và Nghị quyết số 05-NQ/ĐU ngày 10/3/2016 của Đảng ủy xã về phát triển hạ tầng điện, giao thông nông thôn; đề ra 14 chỉ tiêu cho nhiệm kỳ mới, trong đó có chỉ tiêu 100% tuyến điện hạ thế được cải tạo đạt chuẩn.
Đại hội bầu Ban Chấp hành Đảng bộ xã khóa XIII gồm 15 đồng chí; bầu 9 đại biểu đi dự Đại hội Đảng bộ huyện. Đồng chí Lê Hoàng Phúc được tín nhiệm giữ chức Bí thư Đảng ủy xã nhiệm kỳ 2020 - 2025; các đồng chí Trần Thị Mỹ Linh, Huỳnh Văn Sáu được bầu làm Phó Bí thư Đảng ủy xã.
Phát biểu chỉ đạo, đồng chí Trương Văn Nọ đề nghị Đảng ủy tiếp tục phát huy sức dân theo phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", quan tâm công tác dân vận chính quyền, giải quyết kịp thời kiến nghị của nhân dân.
Hữu Nghĩa
Tin liên quan
- Đại hội Đảng bộ xã Thạnh Lợi nhiệm kỳ 2020 - 2025 (26/06/2020)
- Bến Lức: hoàn thành đại hội chi bộ trực thuộc (10/05/2020)
- Người dân Đức Hòa góp đất làm đường giao thông (02/05/2020)
""", "2020-06-30", "Đại hội Đảng bộ xã Lương Hòa nhiệm kỳ 2020 - 2025: Dấu ấn từ phong trào hiến đất kéo điện",
E("dai_hoi", None, "2020-06-29"),
[P("Trương Văn Nọ", "Phó Bí thư Thường trực Huyện ủy Bến Lức"),
 P("Nguyễn Văn Bảy", "Bí thư Chi bộ ấp 3"),
 P("Võ Thị Lệ"),
 P("Lê Hoàng Phúc", "Bí thư Đảng ủy xã nhiệm kỳ 2020 - 2025"),
 P("Trần Thị Mỹ Linh", "Phó Bí thư Đảng ủy xã"),
 P("Huỳnh Văn Sáu", "Phó Bí thư Đảng ủy xã")],
[Q("127 đại biểu", 127, "đại biểu"), Q("265 đảng viên", 265, "đảng viên"), Q("4.800 m2", 4800, "m2"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("18,5 km", 18.5, "km"), Q("100% hộ dân", 100, "%"), Q("11%", 11, "%"),
 Q("56 triệu đồng", 56000000, "đồng"), Q("0,8%", 0.8, "%"), Q("96 hộ", 96, "hộ"), Q("320 triệu đồng", 320000000, "đồng"),
 Q("62 hộ", 62, "hộ"), Q("150 m2", 150, "m2"), Q("38 đảng viên mới", 38, "đảng viên mới"),
 Q("12 căn nhà tình nghĩa, nhà đại đoàn kết", 12, "căn nhà tình nghĩa, nhà đại đoàn kết"), Q("780 triệu đồng", 780000000, "đồng"), Q("250 bóng đèn", 250, "bóng đèn"), Q("14 chỉ tiêu", 14, "chỉ tiêu"), Q("100% tuyến", 100, "%"),
 Q("15 đồng chí", 15, "đồng chí"), Q("9 đại biểu", 9, "đại biểu")],
[D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019"),
 D("Nghị quyết", "05", "NQ/ĐU", "2016-03-10", "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU ngày 10/3/2016")],
[prov("Long An"), com("Lương Hòa")],
["Báo Long An Online", "Chính trị | Xây dựng Đảng | Đại hội Đảng các cấp", "(LA)", "Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Thắp sáng đường quê", "Điện lực Bến Lức"],
["30 tháng 6, 2020 | 17:45", "lần thứ XIII", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2015 - 2020", "15 đồng chí", "ấp 3", "ấp 5", "khóa XIII", "năm 2019"]))
