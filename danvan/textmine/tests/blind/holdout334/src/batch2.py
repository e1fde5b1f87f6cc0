from lib import *
PAGES = []

PAGES.append(page("b7979-laocai-denbaoha-hoinghi-2017", """
BÁO LÀO CAI ĐIỆN TỬ
Xã hội » Văn hóa » Lễ hội
Cập nhật lúc 17:20 ngày 10/02/2017
Hội nghị triển khai tổ chức lễ hội đền Bảo Hà, đền Thượng, đền Mẫu năm 2017
Các đại biểu dự hội nghị.
Sáng 9/2, UBND tỉnh Lào Cai tổ chức hội nghị triển khai công tác tổ chức, quản lý các lễ hội truyền thống năm 2017, trong đó trọng tâm là lễ hội đền Bảo Hà (huyện Bảo Yên), lễ hội đền Thượng, đền Mẫu (thành phố Lào Cai) và lễ hội Roóng Poọc của người Giáy ở xã Tả Van. Đồng chí Đặng Xuân Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự và chỉ đạo; cùng dự có đồng chí Lừu Văn Pao, HUV, Chủ tịch UBND huyện Bảo Yên.
Theo Sở Văn hóa và Thể thao, năm 2016 toàn tỉnh tổ chức 27 lễ hội truyền thống, thu hút trên 1,7 triệu lượt khách, trong đó riêng đền Bảo Hà đón khoảng 900.000 lượt. Tiền công đức tại 3 đền đạt 38,4 tỷ đồng, đã trích 20% cho trùng tu di tích và hỗ trợ xây 16 nhà văn hóa thôn bản.
Năm 2017, tỉnh thực hiện Chỉ thị số 41/CT-TTg ngày 25/11/2016 của Thủ tướng Chính phủ về tăng cường công tác quản lý, tổ chức lễ hội và Kế hoạch số 19, 20/KH-UBND của UBND tỉnh về tổ chức lễ hội xuân và kiểm tra liên ngành. Các ban tổ chức lễ hội không được phát hành, bán các loại ấn, bùa, không để thầy cúng, "thanh đồng" lợi dụng hầu đồng để trục lợi. Mỗi lễ hội lớn phải bố trí tối thiểu 2 tổ kiểm tra liên ngành và 1 điểm sơ cứu y tế.
Tại hội nghị, ông Hoàng Văn Thắng, Trưởng Ban Quản lý đền Bảo Hà, báo cáo đã có 58 hộ kinh doanh hương hoa, lễ vật ký cam kết không bày bán vàng mã cỡ lớn; bà Lồ Thị Hiên, Chủ tịch UBND xã Tả Van, cho biết xã vận động 240 hộ người Giáy, Mông tham gia phần hội với các trò chơi dân gian ném còn, kéo co, đánh yến.
Ông Tráng A Dìn, người có uy tín thôn Hầu Thào, đề nghị giữ nguyên các nghi lễ cúng thần rừng, thần ruộng của đồng bào, hạn chế sân khấu hóa.
Đại diện Công an tỉnh, Thượng tá Vàng Seo Chứ, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội, cho biết trong mùa lễ hội 2016 lực lượng công an đã phát hiện 4 vụ đánh bạc trá hình, thu giữ 7,5 triệu đồng; đề nghị ban tổ chức các đền không cho thuê mặt bằng làm trò chơi có thưởng.
Đồng chí Đặng Xuân Khánh yêu cầu Sở Văn hóa và Thể thao phối hợp Công an tỉnh xây dựng phương án bảo vệ cho khoảng 35 lễ hội dự kiến tổ chức trong năm; các địa phương công khai tiền công đức trước ngày 30/6. Tỉnh dành khoảng 1,2 tỷ đồng hỗ trợ phục dựng 5 lễ hội của đồng bào dân tộc thiểu số có nguy cơ mai một.
Lê Hà
Tin liên quan
- Sa Pa: khai hội Roóng Poọc năm 2017 (31/01/2017)
- Bảo Yên chuẩn bị lễ hội đền Bảo Hà (04/02/2017)
- Bắc Hà: phục dựng lễ cấp sắc của người Dao đỏ (20/01/2017)
- Khách Trung Quốc qua cửa khẩu đến đền Mẫu tăng mạnh (05/02/2017)
""", "2017-02-10", "Hội nghị triển khai tổ chức lễ hội đền Bảo Hà, đền Thượng, đền Mẫu năm 2017",
E("hoi_nghi", "2017", "2017-02-09"),
[P("Đặng Xuân Khánh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lừu Văn Pao", "HUV", "Chủ tịch UBND huyện Bảo Yên"),
 P("Hoàng Văn Thắng", "Trưởng Ban Quản lý đền Bảo Hà"),
 P("Lồ Thị Hiên", "Chủ tịch UBND xã Tả Van"),
 P("Tráng A Dìn", "người có uy tín thôn Hầu Thào"),
 P("Vàng Seo Chứ", "Thượng tá", "Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội")],
[Q("27 lễ hội truyền thống", 27, "lễ hội truyền thống"), Q("trên 1,7 triệu lượt khách", 1700000, "lượt khách", "over"),
 Q("khoảng 900.000 lượt", 900000, "lượt", "approx"), Q("3 đền", 3, "đền"), Q("38,4 tỷ đồng", 38400000000, "đồng"), Q("20%", 20, "%"),
 Q("16 nhà văn hóa thôn bản", 16, "nhà văn hóa thôn bản"), Q("tối thiểu 2 tổ kiểm tra liên ngành", 2, "tổ kiểm tra liên ngành"),
 Q("58 hộ kinh doanh hương hoa, lễ vật", 58, "hộ kinh doanh hương hoa, lễ vật"), Q("240 hộ người Giáy, Mông", 240, "hộ người Giáy, Mông"),
 Q("4 vụ đánh bạc trá hình", 4, "vụ đánh bạc trá hình"), Q("7,5 triệu đồng", 7500000, "đồng"), Q("khoảng 35 lễ hội", 35, "lễ hội", "approx"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("5 lễ hội", 5, "lễ hội")],
[D("Chỉ thị", "41", "CT-TTg", "2016-11-25", "Thủ tướng Chính phủ", "Chỉ thị số 41/CT-TTg ngày 25/11/2016"),
 D("Kế hoạch", "19", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 19, 20/KH-UBND"),
 D("Kế hoạch", "20", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 19, 20/KH-UBND")],
[prov("Lào Cai"), com("Tả Van")],
["BÁO LÀO CAI ĐIỆN TỬ", "Xã hội » Văn hóa » Lễ hội", "Các đại biểu dự hội nghị.", "Roóng Poọc", "thanh đồng"],
["Cập nhật lúc 17:20 ngày 10/02/2017", "năm 2016", "1 điểm sơ cứu y tế", "ngày 30/6"]))

PAGES.append(page("b7980-tayninh-badennhoixuan-tongket-2017", """
Báo Tây Ninh Online
Trang chủ - Văn hóa - Du lịch
20.03.2017 | 15:05
Tổng kết Hội Xuân núi Bà Đen năm 2017
Hội Xuân núi Bà năm nay đón khoảng 1,9 triệu lượt khách. Ảnh minh họa
(BTN) - Chiều 18.3, Ban Tổ chức Hội Xuân núi Bà Đen tổ chức họp tổng kết công tác tổ chức Hội Xuân Đinh Dậu 2017. Ông Trần Văn Thạnh, Phó Chủ tịch UBND tỉnh Tây Ninh, Trưởng ban Tổ chức; ông Nguyễn Văn Tám, Giám đốc Ban Quản lý Khu du lịch quốc gia núi Bà Đen đồng chủ trì.
Hội Xuân kéo dài từ mùng 4 Tết đến hết ngày 15.3.2017 (18 tháng 2 âm lịch). Khu du lịch đón khoảng 1,9 triệu lượt khách hành hương, tham quan, tăng 12,5% so với Hội Xuân 2016; cao điểm đêm rằm tháng Giêng có trên 300.000 lượt khách. Doanh thu từ vé, dịch vụ cáp treo, máng trượt ước đạt 72 tỷ đồng, tăng 11%.
Ban Tổ chức đã thực hiện Quyết định số 1128/QĐ-UBND ngày 16/12/2016 của UBND tỉnh ban hành kế hoạch tổ chức Hội Xuân và Quy chế phối hợp số 03/QC-BQL giữa Ban Quản lý với chùa Bà, chùa Hang, chùa Hang Pháp Ấn trong quản lý khách hành hương. Trên 1.100 lượt cán bộ, chiến sĩ công an, 240 đoàn viên thanh niên tình nguyện được huy động. Hòa thượng Thích Thiện Hữu, trụ trì chùa Bà, cho biết nhà chùa đã phục vụ miễn phí khoảng 45.000 suất cơm chay cho khách hành hương.
Công an xã Ninh Sơn và lực lượng chức năng bắt giữ 13 đối tượng trộm cắp, móc túi; lập biên bản 28 trường hợp bán hàng rong, chèo kéo khách. Đội y tế trực 24/24 giờ đã cấp cứu, chuyển viện 9 trường hợp. Không xảy ra cháy rừng, đuối nước.
Ông Lê Thanh Hoài, Chủ tịch UBND thị xã Tây Ninh, đề nghị đầu tư mở rộng bãi giữ xe phía đông với khoảng 2 ha. Ông Nguyễn Thanh Nhàn, Trưởng Công an thị xã, kiến nghị lắp thêm camera trên đường Cáp treo - chùa Bà.
Tại buổi họp, bà Võ Thị Bạch Tuyết, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, thông tin năm 2017 tỉnh đã chi gần 5 tỷ đồng chỉnh trang 3 tuyến đường bộ hành lên núi, lắp đặt 120 biển chỉ dẫn song ngữ Việt - Anh. Ban Quản lý cũng thu gom khoảng 210 tấn rác thải trong mùa lễ hội.
Kết luận, ông Trần Văn Thạnh đề nghị Ban Quản lý tiếp tục thực hiện Quyết định số 1128/QĐ-UBND, niêm yết công khai giá dịch vụ; phối hợp Ban Trị sự Giáo hội Phật giáo tỉnh giữ gìn không gian thanh tịnh của chốn thiền môn. Dịp này, Ban Tổ chức tặng giấy khen 18 tập thể, 41 cá nhân.
Đức Thịnh
Bài viết liên quan
- Hơn 300.000 lượt khách lên núi Bà Đen đêm rằm tháng Giêng (12.02.2017)
- Khai mạc Hội Xuân núi Bà Đen năm 2017 (31.01.2017)
- Kiểm tra an toàn hệ thống cáp treo núi Bà (25.01.2017)
- Tòa Thánh Tây Ninh: Lễ Đức Chí Tôn năm Đinh Dậu (06.02.2017)
""", "2017-03-20", "Tổng kết Hội Xuân núi Bà Đen năm 2017",
E("tong_ket", "2017", "2017-03-18"),
[P("Trần Văn Thạnh", "Phó Chủ tịch UBND tỉnh Tây Ninh", "Trưởng ban Tổ chức"),
 P("Nguyễn Văn Tám", "Giám đốc Ban Quản lý Khu du lịch quốc gia núi Bà Đen"),
 P("Thích Thiện Hữu", "Hòa thượng", "trụ trì chùa Bà"),
 P("Lê Thanh Hoài", "Chủ tịch UBND thị xã Tây Ninh"),
 P("Nguyễn Thanh Nhàn", "Trưởng Công an thị xã"),
 P("Võ Thị Bạch Tuyết", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch")],
[Q("khoảng 1,9 triệu lượt khách hành hương, tham quan", 1900000, "lượt khách hành hương, tham quan", "approx"),
 Q("12,5%", 12.5, "%"), Q("trên 300.000 lượt khách", 300000, "lượt khách", "over"),
 Q("72 tỷ đồng", 72000000000, "đồng", "approx"), Q("11%", 11, "%"),
 Q("Trên 1.100 lượt cán bộ, chiến sĩ", 1100, "lượt cán bộ, chiến sĩ", "over"), Q("240 đoàn viên thanh niên tình nguyện", 240, "đoàn viên thanh niên tình nguyện"),
 Q("khoảng 45.000 suất cơm chay", 45000, "suất cơm chay", "approx"), Q("13 đối tượng", 13, "đối tượng"),
 Q("28 trường hợp", 28, "trường hợp"), Q("9 trường hợp", 9, "trường hợp"), Q("khoảng 2 ha", 2, "ha", "approx"), Q("gần 5 tỷ đồng", 5000000000, "đồng", "approx"), Q("3 tuyến đường bộ hành", 3, "tuyến đường bộ hành"),
 Q("120 biển chỉ dẫn song ngữ Việt - Anh", 120, "biển chỉ dẫn song ngữ Việt - Anh"), Q("khoảng 210 tấn rác thải", 210, "tấn", "approx"),
 Q("18 tập thể", 18, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Quyết định", "1128", "QĐ-UBND", "2016-12-16", "UBND tỉnh", "Quyết định số 1128/QĐ-UBND ngày 16/12/2016"),
 D("Quy chế phối hợp", "03", "QC-BQL", None, None, "Quy chế phối hợp số 03/QC-BQL")],
[prov("Tây Ninh"), com("Ninh Sơn")],
["Báo Tây Ninh Online", "Trang chủ - Văn hóa - Du lịch", "Hội Xuân núi Bà năm nay đón khoảng 1,9 triệu lượt khách. Ảnh minh họa", "(BTN)",
 "chùa Hang", "chùa Hang Pháp Ấn", "Hội Xuân núi Bà Đen"],
["20.03.2017 | 15:05", "mùng 4 Tết", "15.3.2017", "18 tháng 2 âm lịch", "Đinh Dậu 2017", "24/24 giờ", "Hội Xuân 2016"]))

PAGES.append(page("b7981-thanhhoa-lamkinh-taphuan-2018", """
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Quản lý văn hóa
Thứ Hai, 22/10/2018 - 09:10
Tập huấn nghiệp vụ quản lý, tổ chức lễ hội truyền thống năm 2018
Quang cảnh lớp tập huấn.
Trong 2 ngày 19 và 20/10/2018, tại Khu di tích lịch sử quốc gia đặc biệt Lam Kinh, Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa tổ chức lớp tập huấn nghiệp vụ quản lý, tổ chức lễ hội truyền thống năm 2018 cho 186 học viên là cán bộ văn hóa - xã hội các xã, phường, thị trấn, thành viên ban quản lý di tích và ban tổ chức lễ hội ở 27 huyện, thị xã, thành phố.
Tới dự khai mạc có ông Phạm Văn Tuấn, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch; ông Lê Văn Thi, Trưởng phòng Quản lý văn hóa và gia đình của Sở.
Các học viên được giới thiệu Nghị định số 110/2018/NĐ-CP ngày 29/8/2018 của Chính phủ quy định về quản lý và tổ chức lễ hội, thay thế Thông tư 15/2015/TT-BVHTTDL; Nghị định số 158/2013/NĐ-CP của Chính phủ về xử phạt vi phạm hành chính trong lĩnh vực văn hóa, thể thao, du lịch. Theo quy định mới, lễ hội truyền thống tổ chức lần đầu, lễ hội được khôi phục sau thời gian gián đoạn phải đăng ký; lễ hội tổ chức định kỳ phải thông báo trước 20 ngày làm việc.
Giảng viên Tiến sĩ Lê Thị Hoài Phương, Phó Trưởng khoa Văn hóa Trường Đại học Văn hóa, Thể thao và Du lịch Thanh Hóa, hướng dẫn cách lập kịch bản phần lễ, phần hội; ông Hà Văn Thiều, Trưởng Ban Quản lý Khu di tích Lam Kinh, chia sẻ kinh nghiệm quản lý tiền công đức. Năm 2018, lễ hội Lam Kinh đón khoảng 400.000 lượt khách, tiền công đức đạt 3,2 tỷ đồng, được kiểm đếm mỗi ngày với sự chứng kiến của đại diện xã Xuân Lam.
Học viên đến từ huyện miền núi như bà Hà Thị Khuyên, công chức văn hóa - xã hội xã Lũng Cao, và ông Lò Văn Pằn, công chức văn hóa - xã hội xã Trung Lý, trao đổi về việc phục dựng lễ hội Pôồn Pôông của người Mường, lễ Xíp xí của người Thái.
Bà Trịnh Thị Thúy Nga, Trưởng Ban Quản lý di tích đền Sòng, và ông Lê Minh Hải, Chủ tịch UBND phường Bắc Sơn, cùng nêu khó khăn khi xử lý tình trạng hầu đồng tự phát, đặt tiền lẻ tràn lan trong ngày vía Mẫu; đề nghị Sở sớm ban hành mẫu quy chế quản lý tiền công đức áp dụng thống nhất cho 41 di tích có tổ chức lễ hội.
Theo Sở, toàn tỉnh hiện có 1.535 di tích được xếp hạng, trong đó 142 di tích cấp quốc gia; mỗi năm có khoảng 100 lễ hội truyền thống được tổ chức. Năm 2018, các đoàn kiểm tra liên ngành đã kiểm tra 36 lễ hội, xử phạt 11 cơ sở với số tiền 47 triệu đồng.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài kiểm tra cuối khóa.
Ngọc Huấn
Tin liên quan
- Khai mạc Lễ hội Lam Kinh năm 2018 (25/09/2018)
- Lễ hội Pôồn Pôông huyện Ngọc Lặc (02/03/2018)
- Kiểm tra công tác quản lý di tích tại huyện Hoằng Hóa (15/08/2018)
""", "2018-10-22", "Tập huấn nghiệp vụ quản lý, tổ chức lễ hội truyền thống năm 2018",
E("tap_huan", "2018", "2018-10-19"),
[P("Phạm Văn Tuấn", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Lê Văn Thi", "Trưởng phòng Quản lý văn hóa và gia đình của Sở"),
 P("Lê Thị Hoài Phương", "Giảng viên", "Tiến sĩ", "Phó Trưởng khoa Văn hóa Trường Đại học Văn hóa, Thể thao và Du lịch Thanh Hóa"),
 P("Hà Văn Thiều", "Trưởng Ban Quản lý Khu di tích Lam Kinh"),
 P("Hà Thị Khuyên", "công chức văn hóa - xã hội xã Lũng Cao"),
 P("Lò Văn Pằn", "công chức văn hóa - xã hội xã Trung Lý"),
 P("Trịnh Thị Thúy Nga", "Trưởng Ban Quản lý di tích đền Sòng"),
 P("Lê Minh Hải", "Chủ tịch UBND phường Bắc Sơn")],
[Q("186 học viên", 186, "học viên"), Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"),
 Q("khoảng 400.000 lượt khách", 400000, "lượt khách", "approx"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("41 di tích", 41, "di tích"), Q("1.535 di tích", 1535, "di tích"), Q("142 di tích cấp quốc gia", 142, "di tích cấp quốc gia"),
 Q("khoảng 100 lễ hội truyền thống", 100, "lễ hội truyền thống", "approx"), Q("36 lễ hội", 36, "lễ hội"),
 Q("11 cơ sở", 11, "cơ sở"), Q("47 triệu đồng", 47000000, "đồng"), Q("100%", 100, "%")],
[D("Nghị định", "110", "2018/NĐ-CP", "2018-08-29", "Chính phủ", "Nghị định số 110/2018/NĐ-CP ngày 29/8/2018"),
 D("Thông tư", "15", "2015/TT-BVHTTDL", None, None, "Thông tư 15/2015/TT-BVHTTDL"),
 D("Nghị định", "158", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 158/2013/NĐ-CP")],
[prov("Thanh Hóa"), com("Xuân Lam"), com("Lũng Cao"), com("Trung Lý"), com("Bắc Sơn")],
["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THANH HÓA", "Trang chủ > Tin tức - Sự kiện > Quản lý văn hóa", "Quang cảnh lớp tập huấn.",
 "Khu di tích lịch sử quốc gia đặc biệt Lam Kinh", "Pôồn Pôông", "Xíp xí"],
["Thứ Hai, 22/10/2018 - 09:10", "2 ngày", "20 ngày làm việc", "lần đầu"]))

PAGES.append(page("b7982-soctrang-senedolta-traoqua-2018", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ | Tin tức | Công tác dân tộc - tôn giáo
2018-10-05 16:40
Đồng chí Lâm Văn Sến trao quà cho chùa Som Rông.
Lãnh đạo tỉnh thăm, chúc mừng Lễ Sene Dolta năm 2018
Nhân dịp Lễ Sene Dolta truyền thống của đồng bào Khmer năm 2018, ngày 04/10, đoàn công tác của tỉnh do đồng chí Lâm Văn Sến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc mừng và tặng quà các chùa Phật giáo Nam tông Khmer, sư sãi, người có uy tín và gia đình chính sách tại thành phố Sóc Trăng, thị xã Vĩnh Châu và huyện Trần Đề.
Cùng đi có các đồng chí Thạch Thị Sa Quênh, Sơn Thị Kim Phương - Phó Trưởng Ban Dân tộc tỉnh; đồng chí Triệu Văn Hùng, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy.
Tại chùa Som Rông (phường 5), Hòa thượng Thạch Sô Phal, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa, bày tỏ phấn khởi trước sự quan tâm của cấp ủy, chính quyền. Hòa thượng cho biết mùa Sene Dolta năm nay nhà chùa đã vận động Phật tử đóng góp khoảng 150 triệu đồng nấu cơm, tặng 200 phần quà cho bà con nghèo trong phum sóc.
Đoàn đã tặng 22 chùa Phật giáo Nam tông Khmer, mỗi chùa 5 triệu đồng; trao 300 phần quà cho hộ nghèo người Khmer, mỗi phần quà trị giá 400.000 đồng gồm gạo, dầu ăn, nước mắm và tiền mặt. Tổng trị giá quà tặng dịp này hơn 230 triệu đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và các nhà hảo tâm.
Tại phường Vĩnh Phước, thị xã Vĩnh Châu, đoàn thăm gia đình ông Lý Sên, người có uy tín khóm Trà Teo, và Đại đức Lý Sà Rây, trụ trì chùa Sà Lôn Mới. Ông Lý Sên cho biết khóm có 412 hộ người Khmer, trong đó 38 hộ nghèo; nhờ được hỗ trợ vốn, nhiều hộ đã chuyển sang trồng hành tím, nuôi bò vỗ béo.
Đồng chí Lâm Văn Sến chúc đồng bào Khmer đón Lễ Sene Dolta vui tươi, an toàn, tiết kiệm; đề nghị các vị sư sãi, Achar tiếp tục phát huy vai trò vận động bà con thực hiện tốt Nghị quyết số 03-NQ/TU ngày 12/5/2016 của Tỉnh ủy về phát triển vùng đồng bào dân tộc Khmer và Chỉ thị số 19-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer; cảnh giác trước các luận điệu xuyên tạc của tổ chức "Khmer Krom".
Dịp này, các cấp ủy, chính quyền, Mặt trận trong tỉnh đã tổ chức 128 đoàn thăm, chúc mừng với tổng kinh phí trên 1,1 tỷ đồng. Theo Ban Dân tộc tỉnh, toàn tỉnh có 92 chùa Phật giáo Nam tông Khmer với hơn 1.600 sư sãi.
Kim Ngân
Tin liên quan
- Trao học bổng cho sinh viên dân tộc Khmer (28/09/2018)
- Vĩnh Châu: Hội thi văn nghệ chào mừng Sene Dolta (02/10/2018)
- Hội nghị người có uy tín trong đồng bào Khmer năm 2018 (20/08/2018)
""", "2018-10-05", "Lãnh đạo tỉnh thăm, chúc mừng Lễ Sene Dolta năm 2018",
E("trao_qua", None, "2018-10-04"),
[P("Lâm Văn Sến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Thạch Thị Sa Quênh", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Sơn Thị Kim Phương", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Triệu Văn Hùng", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Phal", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa"),
 P("Lý Sên", "người có uy tín khóm Trà Teo"),
 P("Lý Sà Rây", "Đại đức", "trụ trì chùa Sà Lôn Mới")],
[Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"), Q("200 phần quà", 200, "phần quà"),
 Q("22 chùa Phật giáo Nam tông Khmer", 22, "chùa Phật giáo Nam tông Khmer"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("300 phần quà", 300, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("hơn 230 triệu đồng", 230000000, "đồng", "over"),
 Q("412 hộ người Khmer", 412, "hộ người Khmer"), Q("38 hộ nghèo", 38, "hộ nghèo"), Q("128 đoàn", 128, "đoàn"),
 Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("hơn 1.600 sư sãi", 1600, "sư sãi", "over")],
[D("Nghị quyết", "03", "NQ/TU", "2016-05-12", "Tỉnh ủy", "Nghị quyết số 03-NQ/TU ngày 12/5/2016"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW")],
[prov("Sóc Trăng"), com("phường 5"), com("Vĩnh Phước")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ | Tin tức | Công tác dân tộc - tôn giáo", "Đồng chí Lâm Văn Sến trao quà cho chùa Som Rông.",
 "Vì người nghèo", "Khmer Krom", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Sene Dolta"],
["2018-10-05 16:40"]))

PAGES.append(page("b7983-hanoi-chuahuong-baocao-2019", """
CỔNG GIAO TIẾP ĐIỆN TỬ HUYỆN MỸ ĐỨC - THÀNH PHỐ HÀ NỘI
Bạn đang ở: Trang chủ › Tin tức › Lễ hội chùa Hương
Ngày 02/04/2019 | 09:15
Lễ hội chùa Hương 2019: Văn minh, an toàn hơn
Du khách đi đò trên suối Yến. Ảnh: Hoàng Long
UBND huyện Mỹ Đức vừa có Báo cáo số 112/BC-UBND ngày 29/3/2019 gửi UBND thành phố Hà Nội về kết quả tổ chức Lễ hội chùa Hương năm 2019. Theo báo cáo, sau 2 tháng diễn ra (từ ngày 10/2 đến 29/3), lễ hội đã đón khoảng 1,45 triệu lượt khách, trong đó khoảng 12.000 lượt khách quốc tế; tổng thu từ vé thắng cảnh đạt 71,6 tỷ đồng.
Năm 2019, Ban Tổ chức lễ hội do ông Bùi Văn Sáng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện làm Trưởng ban đã triển khai Kế hoạch số 245/KH-UBND của UBND thành phố và Quyết định số 7350/QĐ-UBND của UBND huyện về phân công nhiệm vụ. Điểm mới là bán vé điện tử tại 6 điểm, lắp đặt 44 camera an ninh trên các tuyến Thiên Trù, Hương Tích, Tuyết Sơn; 4.300 chiếc đò được đánh số, niêm yết giá 50.000 đồng/người/lượt, người chèo đò mặc đồng phục.
Công an huyện phối hợp Công an xã Hương Sơn lập biên bản 124 trường hợp vi phạm; xử lý 17 đò chở quá số người quy định; tịch thu 2.600 khẩu trang in hình ảnh phản cảm. Tình trạng cướp giật, móc túi giảm rõ rệt, chỉ xảy ra 3 vụ so với 11 vụ năm 2018.
Cũng theo báo cáo, Trung tâm Y tế huyện bố trí 5 trạm y tế lưu động, khám và cấp thuốc cho 1.870 lượt người; đội kiểm tra liên ngành về vệ sinh an toàn thực phẩm kiểm tra 215 cơ sở, tiêu hủy khoảng 90 kg thực phẩm không bảo đảm, trong đó có thịt thú rừng bày bán trái phép.
Thượng tọa Thích Minh Hiền, trụ trì chùa Hương, Trưởng Ban Trị sự Phật giáo huyện Mỹ Đức, cho biết nhà chùa đã vận động du khách thắp hương đúng nơi quy định, không đặt tiền lẻ lên tượng Phật; số tiền công đức được kiểm đếm công khai hàng tuần, tạm tính khoảng 18,5 tỷ đồng.
Về tồn tại, báo cáo nêu vẫn còn một số hộ kinh doanh tự ý dựng lều quán trên núi; ông Nguyễn Văn Ninh, Trưởng Ban Quản lý Khu di tích, thắng cảnh Hương Sơn, đề xuất xây dựng thêm 2 bãi đỗ xe tập trung với diện tích khoảng 3,5 ha. Ông Đỗ Văn Luân, Chủ tịch UBND xã Hương Sơn, kiến nghị thành phố bố trí kinh phí khoảng 40 tỷ đồng để nạo vét suối Yến và kè bến đò Trò.
Báo cáo cũng đề nghị UBND thành phố khen thưởng 10 tập thể, 25 cá nhân có thành tích xuất sắc.
Thu Trang
Tin khác
- Mỹ Đức: tổng vệ sinh môi trường sau lễ hội chùa Hương (01/04/2019)
- Kiểm tra công tác an toàn đường thủy suối Yến (15/03/2019)
- Khai hội chùa Hương năm Kỷ Hợi (10/02/2019)
- Giữ hồn cho lễ hội truyền thống ở Mỹ Đức (02/02/2019)
""", "2019-04-02", "Lễ hội chùa Hương 2019: Văn minh, an toàn hơn",
E("bao_cao", "2019", "2019-03-29"),
[P("Bùi Văn Sáng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Trưởng ban"),
 P("Thích Minh Hiền", "Thượng tọa", "trụ trì chùa Hương", "Trưởng Ban Trị sự Phật giáo huyện Mỹ Đức"),
 P("Nguyễn Văn Ninh", "Trưởng Ban Quản lý Khu di tích, thắng cảnh Hương Sơn"),
 P("Đỗ Văn Luân", "Chủ tịch UBND xã Hương Sơn")],
[Q("khoảng 1,45 triệu lượt khách", 1450000, "lượt khách", "approx"), Q("khoảng 12.000 lượt khách quốc tế", 12000, "lượt khách quốc tế", "approx"),
 Q("71,6 tỷ đồng", 71600000000, "đồng"), Q("6 điểm", 6, "điểm"), Q("44 camera an ninh", 44, "camera an ninh"),
 Q("4.300 chiếc đò", 4300, "chiếc đò"), Q("50.000 đồng", 50000, "đồng"), Q("124 trường hợp", 124, "trường hợp"),
 Q("17 đò", 17, "đò"), Q("2.600 khẩu trang", 2600, "khẩu trang"), Q("3 vụ", 3, "vụ"), Q("11 vụ", 11, "vụ"), Q("5 trạm y tế lưu động", 5, "trạm y tế lưu động"),
 Q("1.870 lượt người", 1870, "lượt người"), Q("215 cơ sở", 215, "cơ sở"), Q("khoảng 90 kg", 90, "kg", "approx"),
 Q("khoảng 18,5 tỷ đồng", 18500000000, "đồng", "approx"), Q("2 bãi đỗ xe tập trung", 2, "bãi đỗ xe tập trung"),
 Q("khoảng 3,5 ha", 3.5, "ha", "approx"), Q("khoảng 40 tỷ đồng", 40000000000, "đồng", "approx"),
 Q("10 tập thể", 10, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Báo cáo", "112", "BC-UBND", "2019-03-29", "UBND huyện Mỹ Đức", "Báo cáo số 112/BC-UBND ngày 29/3/2019"),
 D("Kế hoạch", "245", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 245/KH-UBND"),
 D("Quyết định", "7350", "QĐ-UBND", None, "UBND huyện", "Quyết định số 7350/QĐ-UBND")],
[prov("Hà Nội"), com("Hương Sơn")],
["CỔNG GIAO TIẾP ĐIỆN TỬ HUYỆN MỸ ĐỨC - THÀNH PHỐ HÀ NỘI", "Bạn đang ở: Trang chủ › Tin tức › Lễ hội chùa Hương",
 "Du khách đi đò trên suối Yến. Ảnh: Hoàng Long", "Thiên Trù", "Hương Tích", "Tuyết Sơn", "bến đò Trò"],
["Ngày 02/04/2019 | 09:15", "2 tháng", "từ ngày 10/2 đến 29/3", "năm 2018"]))

PAGES.append(page("b7984-hue-dunglehoi-covid-2020", """
THỪA THIÊN HUẾ ONLINE
Văn hóa » Di sản » Tin tức
14 tháng 2, 2020 | 17:45
Ảnh: Điện Hòn Chén vắng khách những ngày đầu xuân.
Thừa Thiên Huế tạm dừng nhiều lễ hội đầu năm để phòng dịch
Trước diễn biến phức tạp của dịch bệnh viêm đường hô hấp cấp do chủng mới của virus Corona (nCoV), UBND tỉnh Thừa Thiên Huế vừa ban hành Công văn số 1062/UBND-VH ngày 13/02/2020 yêu cầu tạm dừng tổ chức các lễ hội truyền thống có đông người tham gia trên địa bàn tỉnh, trong đó có Lễ hội điện Hòn Chén mùa xuân, lễ tế Nam Giao và các lễ hội cầu ngư ở vùng ven biển.
Theo Sở Văn hóa và Thể thao, đầu năm 2020 toàn tỉnh dự kiến có khoảng 60 lễ hội làng, lễ tế đình, lễ hội cầu ngư được tổ chức. Đến nay đã có 47 lễ hội được các địa phương thông báo dừng hoặc chỉ tổ chức phần lễ với quy mô dưới 30 người, không tổ chức phần hội. Lễ hội cầu ngư ở xã Phú Thuận, xã Hải Dương và thị trấn Thuận An, vốn thu hút hàng nghìn ngư dân mỗi năm, được điều chỉnh thành lễ cúng tại đình làng.
Ông Phan Thanh Tịnh, Giám đốc Sở Văn hóa và Thể thao, cho biết việc tạm dừng thực hiện theo Công văn số 480/BVHTTDL-VHCS ngày 07/02/2020 của Bộ Văn hóa, Thể thao và Du lịch. Sở đã thành lập 3 đoàn kiểm tra, phối hợp với UBND các huyện, thị xã, thành phố Huế hướng dẫn ban tổ chức lễ hội, ban quản lý di tích thực hiện phòng dịch: bố trí dung dịch sát khuẩn, khuyến cáo người dân đeo khẩu trang.
Tại điện Hòn Chén (phường Hương Hồ), ông Lê Văn Kiệt, Trưởng ban Quản lý điện Hòn Chén, cho biết hằng năm vào tháng Giêng điện đón khoảng 30.000 lượt tín đồ, du khách về hành hương; năm nay ban quản lý chỉ tổ chức lễ dâng hương nội bộ, tạm ngừng các canh hầu đồng.
Bà Hoàng Thị Tuyết, Trưởng thôn Ngọc Hồ, nói người dân đều đồng tình, "sức khỏe là trên hết". Nhiều gia đình chuyển sang thắp hương tại nhà; một số dòng họ hoãn lễ tế tộc.
Trong khi đó, Giáo hội Phật giáo Việt Nam tỉnh cũng đề nghị 280 tự viện, niệm Phật đường tạm ngưng các khóa lễ cầu an tập trung đông người. Hòa thượng Thích Đức Thanh, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, khuyến khích Phật tử tụng kinh tại gia.
Theo Trung tâm Bảo tồn Di tích Cố đô Huế, lượng khách tham quan các di tích trong tháng 1 và đầu tháng 2/2020 giảm khoảng 40% so với cùng kỳ, nhiều đoàn khách nước ngoài đã hủy tour.
Hữu Phúc
TIN CÙNG CHUYÊN MỤC
- Đại Nội Huế tăng cường phòng dịch nCoV (07/02/2020)
- Phố đi bộ Nguyễn Đình Chiểu tạm dừng hoạt động (05/02/2020)
- Lễ tế Xã Tắc năm Canh Tý được tổ chức giản lược (20/01/2020)
- Festival Huế 2020 có thể lùi thời gian tổ chức (10/02/2020)
""", "2020-02-14", "Thừa Thiên Huế tạm dừng nhiều lễ hội đầu năm để phòng dịch",
E("khac", None, None),
[P("Phan Thanh Tịnh", "Giám đốc Sở Văn hóa và Thể thao"),
 P("Lê Văn Kiệt", "Trưởng ban Quản lý điện Hòn Chén"),
 P("Hoàng Thị Tuyết", "Trưởng thôn Ngọc Hồ"),
 P("Thích Đức Thanh", "Hòa thượng", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("khoảng 60 lễ hội làng, lễ tế đình, lễ hội cầu ngư", 60, "lễ hội làng, lễ tế đình, lễ hội cầu ngư", "approx"),
 Q("47 lễ hội", 47, "lễ hội"), Q("dưới 30 người", 30, "người"), Q("3 đoàn kiểm tra", 3, "đoàn kiểm tra"),
 Q("khoảng 30.000 lượt tín đồ, du khách", 30000, "lượt tín đồ, du khách", "approx"),
 Q("280 tự viện, niệm Phật đường", 280, "tự viện, niệm Phật đường"), Q("khoảng 40%", 40, "%", "approx")],
[D("Công văn", "1062", "UBND-VH", "2020-02-13", "UBND tỉnh Thừa Thiên Huế", "Công văn số 1062/UBND-VH ngày 13/02/2020"),
 D("Công văn", "480", "BVHTTDL-VHCS", "2020-02-07", "Bộ Văn hóa, Thể thao và Du lịch", "Công văn số 480/BVHTTDL-VHCS ngày 07/02/2020")],
[prov("Thừa Thiên Huế"), com("Phú Thuận"), com("Hải Dương"), com("Thuận An"), com("Hương Hồ")],
["THỪA THIÊN HUẾ ONLINE", "Văn hóa » Di sản » Tin tức", "Ảnh: Điện Hòn Chén vắng khách những ngày đầu xuân.", "điện Hòn Chén",
 "Lễ hội điện Hòn Chén", "Trung tâm Bảo tồn Di tích Cố đô Huế", "sức khỏe là trên hết"],
["14 tháng 2, 2020 | 17:45", "đầu năm 2020", "tháng 1 và đầu tháng 2/2020"]))
