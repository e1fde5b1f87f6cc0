"""holdout37 batch 1: b845-b850 (Lào Cai 2011, Nghệ An 2012, Cao Bằng 2013, Quảng Nam 2014, Sơn La 2015, Thừa Thiên Huế 2016)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b845
PAGES.append(page("b845-laocai-bdv-tongket-2011", """
BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN CÁC DÂN TỘC TỈNH LÀO CAI
Trang chủ > Chính trị > Xây dựng Đảng
Thứ Tư, 28/12/2011 - 16:35
Toàn cảnh hội nghị tổng kết. Ảnh: Hoàng Thu
Khối dân vận tỉnh tổng kết công tác năm 2011
(BLC) - Ngày 27/12, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai phương hướng, nhiệm vụ năm 2012. Dự hội nghị có đồng chí Sùng A Chứ, Phó Bí thư Tỉnh ủy; đồng chí Lương Thị Kim Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo Ủy ban MTTQ tỉnh, các đoàn thể chính trị - xã hội và trưởng ban dân vận 9 huyện, thành phố.
Năm 2011, khối dân vận các cấp tập trung tuyên truyền, vận động nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011 - 2016; tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,6%. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU ngày 12/4/2011 về tăng cường công tác dân vận ở vùng tái định cư các công trình thủy điện và Kế hoạch số 48-KH/TU về tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2008 của Ban Chấp hành Trung ương (khóa X) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.
Phong trào thi đua "Dân vận khéo" được triển khai rộng khắp, toàn tỉnh xây dựng được 126 mô hình, điển hình. Nhân dân các dân tộc đã hiến hơn 42.000 m2 đất, đóng góp trên 11,5 tỷ đồng và 31.500 ngày công làm đường giao thông nông thôn, kênh mương nội đồng. Các cấp đã vận động 37 hộ di cư tự do trở về quê cũ ổn định cuộc sống; hòa giải thành 64/71 vụ việc mâu thuẫn trong nhân dân ngay tại cơ sở.
Tại hội nghị, đồng chí Vàng Seo Lử, HUV, Trưởng Ban Dân vận Huyện ủy Si Ma Cai chia sẻ cách làm "đi từng ngõ, gõ từng nhà" trong vận động đồng bào Mông bỏ tục lệ lạc hậu. Bà Lò Thị Vân, Chủ tịch Hội LHPN xã Bản Xèo, cho biết chị em trong xã đã giúp nhau thành lập 5 tổ tiết kiệm - vay vốn với 112 thành viên. Ông Thào A Sử, trưởng thôn Séo Phìn Chư, xã Pha Long, kiến nghị quan tâm hơn nữa việc bồi dưỡng cho cán bộ thôn, bản vùng cao biên giới.
Hội nghị cũng chỉ ra những hạn chế: một số cấp ủy chưa thực sự quan tâm lãnh đạo công tác dân vận; việc thực hiện Quy chế dân chủ ở cơ sở có nơi còn hình thức; tình trạng truyền đạo trái pháp luật ở một số xã vùng cao chưa được ngăn chặn triệt để.
Phát biểu chỉ đạo, đồng chí Sùng A Chứ đề nghị năm 2012 khối dân vận tập trung đẩy mạnh cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", gắn với chương trình xây dựng nông thôn mới; nắm chắc tình hình tư tưởng nhân dân vùng biên giới, vùng tái định cư.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011.
Hoàng Thu
Tin liên quan
- Bảo Thắng: Sơ kết 3 năm thực hiện phong trào "Dân vận khéo" (20/12/2011)
- Bát Xát tổ chức hội nghị đối thoại với người có uy tín (14/12/2011)
- 150 phần quà tặng hộ nghèo xã Y Tý (08/12/2011)
- Mường Khương: Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở (29/11/2011)
""",
    "2011-12-28",
    "Khối dân vận tỉnh tổng kết công tác năm 2011",
    E("tong_ket", "2011", "2011-12-27"),
    [
        P("Sùng A Chứ", "Phó Bí thư Tỉnh ủy"),
        P("Lương Thị Kim Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Vàng Seo Lử", "HUV", "Trưởng Ban Dân vận Huyện ủy Si Ma Cai"),
        P("Lò Thị Vân", "Chủ tịch Hội LHPN xã Bản Xèo"),
        P("Thào A Sử", "trưởng thôn Séo Phìn Chư"),
    ],
    [
        Q("9 huyện, thành phố", 9, "huyện, thành phố"),
        Q("99,6%", 99.6, "%"),
        Q("126 mô hình", 126, "mô hình"),
        Q("hơn 42.000 m2", 42000, "m2", "over"),
        Q("trên 11,5 tỷ đồng", 11500000000, "đồng", "over"),
        Q("31.500 ngày công", 31500, "ngày công"),
        Q("37 hộ di cư tự do", 37, "hộ di cư tự do"),
        Q("64/71 vụ việc", 64, "vụ việc"),
        Q("5 tổ tiết kiệm", 5, "tổ tiết kiệm - vay vốn"),
        Q("112 thành viên", 112, "thành viên"),
        Q("18 tập thể", 18, "tập thể"),
        Q("25 cá nhân", 25, "cá nhân"),
    ],
    [
        D("Chỉ thị", "21", "CT/TU", "2011-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 12/4/2011"),
        D("Kế hoạch", "48", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 48-KH/TU"),
        D("Nghị quyết", "25", "NQ/TW", "2008-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2008"),
    ],
    [prov("Lào Cai"), com("Bản Xèo"), com("Pha Long")],
    ["BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN CÁC DÂN TỘC TỈNH LÀO CAI",
     "Trang chủ > Chính trị > Xây dựng Đảng", "Toàn cảnh hội nghị tổng kết. Ảnh: Hoàng Thu", "(BLC)",
     "Dân vận khéo", "đi từng ngõ, gõ từng nhà", "Quy chế dân chủ ở cơ sở",
     "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Séo Phìn Chư"],
    ["Thứ Tư, 28/12/2011 - 16:35", "khóa XIII", "nhiệm kỳ 2011 - 2016", "khóa X", "năm 2012"],
))

# ---------------------------------------------------------------- b846
PAGES.append(page("b846-nghean-mttq-giamsat-bhyt-2012", """
Báo Nghệ An điện tử
Thời sự | Chính trị | Mặt trận - Đoàn thể
18/10/2012 08:47 GMT+7
Công bố kết quả giám sát chính sách bảo hiểm y tế cho người nghèo
(Baonghean) - Chiều 17/10, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị thông báo kết quả giám sát việc thực hiện chính sách bảo hiểm y tế cho người nghèo, người dân tộc thiểu số năm 2012 tại 6 huyện miền Tây Nghệ An. Bà Hồ Thị Lệ Thu, Phó Chủ tịch Ủy ban MTTQ tỉnh, Trưởng đoàn giám sát chủ trì hội nghị.
Thực hiện Kế hoạch số 112/KH-MTTQ ngày 6/8/2012 của Ban Thường trực Ủy ban MTTQ tỉnh, từ tháng 8 đến tháng 9, 3 đoàn giám sát đã làm việc tại 28 xã, 6 bệnh viện đa khoa huyện và Bảo hiểm xã hội các huyện Quế Phong, Kỳ Sơn, Tương Dương, Con Cuông, Quỳ Châu, Quỳ Hợp. Nội dung giám sát tập trung vào việc lập danh sách, cấp phát thẻ và khám, chữa bệnh theo Quyết định số 139/2002/QĐ-TTg của Thủ tướng Chính phủ và Nghị định số 62/2009/NĐ-CP của Chính phủ.
Kết quả cho thấy, năm 2012, các huyện đã cấp 412.600 thẻ bảo hiểm y tế cho người nghèo, người dân tộc thiểu số, tỷ lệ thẻ đến tay người dân đạt 97,2%; kinh phí ngân sách mua thẻ hơn 260 tỷ đồng. Tuy nhiên, vẫn còn 1.847 thẻ sai thông tin về họ tên, năm sinh; một số xã phát thẻ chậm từ 2 đến 3 tháng; gần 3.200 người dân ở các bản vùng sâu chưa biết quyền lợi khi đi khám bệnh. Trạm y tế ở nhiều xã thiếu thuốc, thiếu bác sĩ.
Trao đổi tại hội nghị, ông Lô Văn Thạnh, Phó Chủ tịch UBND huyện Quế Phong, tiếp thu các kiến nghị và cho biết huyện đã chỉ đạo rà soát, cấp đổi toàn bộ số thẻ sai sót trước ngày 30/11. Ông Moong Văn Pằn, Chủ tịch Ủy ban MTTQ xã Mường Lống đề nghị bố trí thêm cán bộ y tế người địa phương biết tiếng Mông. Ông Nguyễn Đình Tuấn, Phó Giám đốc Bảo hiểm xã hội tỉnh, giải trình các vướng mắc trong thanh toán chi phí khám, chữa bệnh tuyến xã.
Kết luận hội nghị, bà Hồ Thị Lệ Thu đề nghị UBND các huyện chỉ đạo cơ quan chuyên môn khắc phục ngay những tồn tại đoàn giám sát đã chỉ ra; Ủy ban MTTQ các xã phát huy vai trò của Ban Thanh tra nhân dân và các tổ hòa giải trong việc theo dõi, phản ánh việc thực hiện chính sách ở cơ sở. Ủy ban MTTQ tỉnh sẽ tổng hợp báo cáo, kiến nghị UBND tỉnh và tiến hành tái giám sát vào quý II năm 2013.
Theo đánh giá của Ban Thường trực Ủy ban MTTQ tỉnh, đây là lần đầu tiên hoạt động giám sát của Mặt trận được tổ chức theo chuyên đề, có sự tham gia của đại diện các đoàn thể và người có uy tín trong đồng bào các dân tộc. Qua giám sát, nhiều ý kiến của nhân dân được phản ánh kịp thời tới cơ quan có thẩm quyền, góp phần để chính sách của Đảng, Nhà nước đến đúng đối tượng.
Thanh Lê
Tin khác
- Hội LHPN tỉnh ra mắt 12 câu lạc bộ "Phụ nữ với pháp luật" (15/10/2012)
- Ủy ban MTTQ huyện Nghi Lộc trao 40 nhà Đại đoàn kết (11/10/2012)
- Cựu chiến binh Thanh Chương giúp nhau thoát nghèo (08/10/2012)
- Hội nghị cử tri phường Hưng Bình góp ý sửa đổi Hiến pháp năm 1992 (04/10/2012)
""",
    "2012-10-18",
    "Công bố kết quả giám sát chính sách bảo hiểm y tế cho người nghèo",
    E("giam_sat", "2012", "2012-10-17"),
    [
        P("Hồ Thị Lệ Thu", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Trưởng đoàn giám sát"),
        P("Lô Văn Thạnh", "Phó Chủ tịch UBND huyện Quế Phong"),
        P("Moong Văn Pằn", "Chủ tịch Ủy ban MTTQ xã Mường Lống"),
        P("Nguyễn Đình Tuấn", "Phó Giám đốc Bảo hiểm xã hội tỉnh"),
    ],
    [
        Q("6 huyện", 6, "huyện"),
        Q("28 xã", 28, "xã"),
        Q("3 đoàn giám sát", 3, "đoàn giám sát"),
        Q("6 bệnh viện", 6, "bệnh viện đa khoa huyện"),
        Q("412.600 thẻ", 412600, "thẻ bảo hiểm y tế"),
        Q("97,2%", 97.2, "%"),
        Q("hơn 260 tỷ đồng", 260000000000, "đồng", "over"),
        Q("1.847 thẻ", 1847, "thẻ"),
        Q("gần 3.200 người", 3200, "người dân", "approx"),
    ],
    [
        D("Kế hoạch", "112", "KH-MTTQ", "2012-08-06", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 112/KH-MTTQ ngày 6/8/2012"),
        D("Quyết định", "139", "2002/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 139/2002/QĐ-TTg"),
        D("Nghị định", "62", "2009/NĐ-CP", None, "Chính phủ", "Nghị định số 62/2009/NĐ-CP"),
    ],
    [prov("Nghệ An"), com("Mường Lống")],
    ["Báo Nghệ An điện tử", "Thời sự | Chính trị | Mặt trận - Đoàn thể", "(Baonghean)",
     "Ban Thanh tra nhân dân"],
    ["18/10/2012 08:47 GMT+7", "từ 2 đến 3 tháng", "quý II năm 2013", "ngày 30/11"],
))

# ---------------------------------------------------------------- b847
PAGES.append(page("b847-caobang-mttq-nhadaidoanket-2013", """
BÁO CAO BẰNG ĐIỆN TỬ
Trang chủ / Xã hội / Mặt trận - Đoàn thể
Cập nhật ngày: 26/08/2013
Bàn giao 35 nhà Đại đoàn kết cho hộ nghèo huyện Bảo Lâm
Ngày 24/8, Ủy ban MTTQ tỉnh phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh và UBND huyện Bảo Lâm tổ chức lễ bàn giao 35 nhà Đại đoàn kết cho hộ nghèo tỉnh Cao Bằng tại các xã Lý Bôn, Vĩnh Quang, Nam Quang. Đến dự có đồng chí Hoàng Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Đại tá Nông Văn Tường, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
Đồng chí Hoàng Thị Nguyệt trao quyết định hỗ trợ nhà ở cho các hộ nghèo xã Lý Bôn. Ảnh: Bế Hà
Các ngôi nhà được xây dựng theo tiêu chí "3 cứng" (nền cứng, khung cứng, mái cứng), diện tích từ 40 đến 60 m2. Mỗi căn nhà trị giá khoảng 40 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 25 triệu đồng, phần còn lại do gia đình, dòng họ và cộng đồng đóng góp. Cán bộ, chiến sĩ Bộ đội Biên phòng tỉnh đã giúp 420 ngày công vận chuyển vật liệu, san nền, dựng khung nhà. Tổng kinh phí xây dựng 35 căn nhà 1,4 tỷ đồng.
Phát biểu tại buổi lễ, đồng chí Hoàng Thị Nguyệt cho biết, từ năm 2009 đến nay, cùng với chương trình hỗ trợ nhà ở theo Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ, Ủy ban MTTQ các cấp đã vận động xây dựng, sửa chữa 1.268 nhà Đại đoàn kết cho hộ nghèo trong tỉnh. Năm 2013, thực hiện Kế hoạch số 21/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, toàn tỉnh phấn đấu hoàn thành thêm 300 căn, ưu tiên các huyện nghèo Bảo Lâm, Bảo Lạc, Hà Quảng.
Ông Đàm Văn Hoan, Chủ tịch UBND xã Lý Bôn cho biết, xã có 612 hộ, trong đó 387 hộ nghèo, phần lớn là đồng bào Dao, Mông. Với sự giúp đỡ của bộ đội biên phòng và Mặt trận, năm nay 14 hộ trong xã có nhà mới.
Xúc động nhận chìa khóa nhà mới, ông Lý Văn Chài ở xóm Cốc Phặng nói: "Gia đình tôi trước đây ở trong căn nhà tranh dột nát, mùa mưa không có chỗ ngủ. Nay có nhà vững chãi, tôi sẽ cố gắng chăm chỉ làm ăn để thoát nghèo". Bà Triệu Thị Mẩy ở xã Nam Quang cũng bày tỏ vui mừng khi được các chiến sĩ biên phòng giúp dựng nhà trước mùa mưa bão.
Dịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh trao tặng 35 suất quà, mỗi suất gồm chăn, màn và 500.000 đồng tiền mặt cho các hộ được nhận nhà.
Được biết, thời gian tới, Ủy ban MTTQ tỉnh tiếp tục phối hợp với các lực lượng vũ trang, doanh nghiệp và các nhà hảo tâm vận động nguồn lực hỗ trợ nhà ở cho hộ nghèo, hộ gia đình chính sách ở các xã biên giới; đồng thời chỉ đạo Ban công tác Mặt trận ở khu dân cư giám sát việc xây dựng, bảo đảm đúng đối tượng, công khai, minh bạch.
Bế Hà
Tin cùng chuyên mục
- Hội Nông dân tỉnh tập huấn kỹ thuật trồng cây hồi (22/08/2013)
- Thông Nông: Ra mắt mô hình "Xóm không có tội phạm" (19/08/2013)
- Ủy ban MTTQ thành phố giám sát việc thực hiện Quy chế dân chủ ở cơ sở (15/08/2013)
""",
    "2013-08-26",
    "Bàn giao 35 nhà Đại đoàn kết cho hộ nghèo huyện Bảo Lâm",
    E("trao_qua", None, "2013-08-24"),
    [
        P("Hoàng Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
        P("Nông Văn Tường", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
        P("Đàm Văn Hoan", "Chủ tịch UBND xã Lý Bôn"),
        P("Lý Văn Chài"),
        P("Triệu Thị Mẩy"),
    ],
    [
        Q("35 nhà Đại đoàn kết", 35, "nhà Đại đoàn kết"),
        Q("từ 40 đến 60 m2", 40, "m2"),
        Q("đến 60 m2", 60, "m2"),
        Q("khoảng 40 triệu đồng", 40000000, "đồng", "approx"),
        Q("hỗ trợ 25 triệu đồng", 25000000, "đồng"),
        Q("420 ngày công", 420, "ngày công"),
        Q("1,4 tỷ đồng", 1400000000, "đồng"),
        Q("1.268 nhà Đại đoàn kết", 1268, "nhà Đại đoàn kết"),
        Q("thêm 300 căn", 300, "căn"),
        Q("612 hộ", 612, "hộ"),
        Q("387 hộ nghèo", 387, "hộ nghèo"),
        Q("14 hộ", 14, "hộ"),
        Q("35 suất quà", 35, "suất quà"),
        Q("500.000 đồng", 500000, "đồng"),
    ],
    [
        D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
        D("Kế hoạch", "21", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 21/KH-MTTQ-BTT"),
    ],
    [prov("Cao Bằng"), com("Lý Bôn"), com("Vĩnh Quang"), com("Nam Quang")],
    ["BÁO CAO BẰNG ĐIỆN TỬ", "Trang chủ / Xã hội / Mặt trận - Đoàn thể",
     "Đồng chí Hoàng Thị Nguyệt trao quyết định hỗ trợ nhà ở cho các hộ nghèo xã Lý Bôn. Ảnh: Bế Hà",
     "Vì người nghèo", "Cốc Phặng"],
    ["Cập nhật ngày: 26/08/2013", "3 cứng", "từ năm 2009"],
))

# ---------------------------------------------------------------- b848
PAGES.append(page("b848-quangnam-doithoai-nongdan-2014", """
Báo Quảng Nam Online
Bạn đang ở: Trang chủ » Thời sự » Mặt trận - Đoàn thể
Thứ Sáu, 12/09/2014 10:20
Lượt xem: 1.245
Chủ tịch UBND tỉnh đối thoại với nông dân
(QNO) - Sáng 11/9, tại TP.Tam Kỳ, UBND tỉnh phối hợp với Hội Nông dân tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2014. Ông Lê Phước Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; cùng dự có lãnh đạo các sở, ngành và hơn 200 hội viên nông dân tiêu biểu đến từ 18 huyện, thành phố trong tỉnh Quảng Nam.
Ông Trần Văn Mẫn, Chủ tịch Hội Nông dân tỉnh cho biết, trước buổi đối thoại, các cấp hội đã tổng hợp được 42 ý kiến, kiến nghị của nông dân, tập trung vào giá vật tư nông nghiệp, tiêu thụ nông sản, chính sách đất đai và vốn vay. Việc tổ chức đối thoại nhằm cụ thể hóa Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư và Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn.
Tại buổi đối thoại, ông Zơrâm Bốc ở xã Lăng, huyện Tây Giang, phản ánh giá cây giống keo và ba kích tím cao, đề nghị tỉnh hỗ trợ giống cho đồng bào Cơ Tu trồng rừng. Bà Nguyễn Thị Lài, Chi hội trưởng Chi hội Nông dân thôn Phú Thạnh, xã Duy Phước, kiến nghị có cơ chế hỗ trợ nông dân dồn điền đổi thửa, cứng hóa kênh mương. Một số nông dân vùng cát Thăng Bình, Núi Thành đề nghị tháo gỡ vướng mắc trong cấp giấy chứng nhận quyền sử dụng đất.
Trả lời các kiến nghị, ông Lê Tấn Hùng, Giám đốc Sở Nông nghiệp và Phát triển nông thôn cho biết năm 2014 tỉnh đã hỗ trợ giống cho hơn 1.200 ha lúa lai và chuyển đổi 850 ha đất lúa kém hiệu quả sang trồng màu. Đối với miền núi, tỉnh đang xây dựng đề án hỗ trợ giống cây dược liệu cho đồng bào các huyện Tây Giang, Nam Trà My, Phước Sơn.
Kết luận buổi đối thoại, ông Lê Phước Hải ghi nhận những đóng góp của nông dân trong xây dựng nông thôn mới và giao các sở, ngành trả lời bằng văn bản những ý kiến chưa được giải đáp trực tiếp trong 15 ngày. UBND tỉnh sẽ bổ sung 15 tỷ đồng cho Quỹ Hỗ trợ nông dân, nâng tổng nguồn vốn của quỹ lên gần 40 tỷ đồng, để hội viên vay phát triển sản xuất. Ông cũng đề nghị Hội Nông dân tiếp tục phát huy vai trò nòng cốt trong phong trào "Nông dân sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững".
Văn Sự
Các tin đã đưa
- Hội Cựu chiến binh tỉnh sơ kết 5 năm thực hiện Chỉ thị 49 (09/09/2014)
- Đại Lộc: 98 hộ đồng bào Cơ Tu được hỗ trợ bò giống (05/09/2014)
- MTTQ huyện Đông Giang ra mắt mô hình "Khu dân cư tự quản" (29/08/2014)
""",
    "2014-09-12",
    "Chủ tịch UBND tỉnh đối thoại với nông dân",
    E("doi_thoai", "2014", "2014-09-11"),
    [
        P("Lê Phước Hải", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
        P("Trần Văn Mẫn", "Chủ tịch Hội Nông dân tỉnh"),
        P("Zơrâm Bốc"),
        P("Nguyễn Thị Lài", "Chi hội trưởng Chi hội Nông dân thôn Phú Thạnh"),
        P("Lê Tấn Hùng", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
    ],
    [
        Q("hơn 200 hội viên nông dân", 200, "hội viên nông dân", "over"),
        Q("18 huyện, thành phố", 18, "huyện, thành phố"),
        Q("42 ý kiến, kiến nghị", 42, "ý kiến, kiến nghị"),
        Q("hơn 1.200 ha", 1200, "ha", "over"),
        Q("850 ha", 850, "ha"),
        Q("15 tỷ đồng", 15000000000, "đồng"),
        Q("gần 40 tỷ đồng", 40000000000, "đồng", "approx"),
    ],
    [
        D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009"),
        D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011"),
    ],
    [prov("Quảng Nam"), com("Lăng"), com("Duy Phước")],
    ["Báo Quảng Nam Online", "Bạn đang ở: Trang chủ » Thời sự » Mặt trận - Đoàn thể", "Lượt xem: 1.245", "(QNO)",
     "Nông dân sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", "Quỹ Hỗ trợ nông dân"],
    ["Thứ Sáu, 12/09/2014 10:20", "Lượt xem: 1.245", "trong 15 ngày"],
))

# ---------------------------------------------------------------- b849
PAGES.append(page("b849-sonla-guong-danvankheo-2015", """
BÁO SƠN LA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Chuyên mục: Gương sáng bản làng
Ngày đăng: 19/05/2015 07:30
Chị Lò Thị Pan được chị em trong bản tin tưởng bầu làm chi hội trưởng 3 nhiệm kỳ liên tiếp.
Người "dân vận khéo" ở bản Nà Sài
Về bản Nà Sài, xã Chiềng Pấc, huyện Thuận Châu những ngày này, đâu đâu cũng nghe bà con nhắc đến chị Lò Thị Pan, Chi hội trưởng Chi hội Phụ nữ bản Nà Sài, người phụ nữ Thái nhỏ nhắn nhưng "nói được, làm được".
Gặp chị trong căn nhà sàn mới dựng, chị Pan cười hiền khi chúng tôi hỏi về bí quyết vận động chị em. Theo chị, muốn người dân nghe thì cán bộ phải hiểu hoàn cảnh từng nhà, phải biết lắng nghe và kiên trì, không nóng vội.
Bản Nà Sài có 146 hộ với 683 nhân khẩu, 100% là đồng bào dân tộc Thái. Cách đây 6 năm, tỷ lệ hộ nghèo của bản còn 31%, nhiều chị em quanh năm chỉ quanh quẩn với nương ngô, nương sắn. Nhận nhiệm vụ chi hội trưởng năm 2009, chị Pan đến từng nhà trò chuyện, vận động chị em tham gia tổ vay vốn, đưa giống cỏ voi và bò lai về nuôi thay cho thả rông.
Thực hiện Nghị quyết số 07-NQ/HU của Huyện ủy Thuận Châu về phát triển chăn nuôi đại gia súc, chị Pan đứng ra làm tổ trưởng tổ tiết kiệm và vay vốn, tín chấp với Ngân hàng Chính sách xã hội huyện cho 46 hộ vay tổng số 1,3 tỷ đồng. Gia đình chị mạnh dạn vay 50 triệu đồng mua 4 con bò lai, trồng 0,5 ha cỏ. Thấy cách làm hiệu quả, chị em trong bản làm theo; đến nay đàn bò của bản đã có gần 300 con, mỗi năm nhiều hộ có thu từ 30 đến 50 triệu đồng.
Không chỉ giỏi làm kinh tế, chị Pan còn tích cực vận động bà con bỏ tục thách cưới, làm nhà vệ sinh hợp vệ sinh, đưa con đến trường. Năm 2014, bản Nà Sài hiến 2.300 m2 đất và hơn 600 ngày công làm 1,2 km đường bê tông nội bản. Tỷ lệ hộ nghèo của bản giảm còn 12%.
Ông Cầm Văn Inh, Bí thư Chi bộ bản Nà Sài nhận xét: "Việc gì khó, Chi bộ giao cho chị Pan vận động là chị em hưởng ứng ngay. Chị nói ít, làm nhiều, nên bà con tin". Bà Quàng Thị Hương, Chủ tịch Hội LHPN xã Chiềng Pấc cho biết, chi hội phụ nữ bản Nà Sài với 94 hội viên nhiều năm liền đạt danh hiệu vững mạnh xuất sắc, là điểm sáng của phong trào "Dân vận khéo" trong toàn xã.
Với những đóng góp đó, chị Lò Thị Pan được Ban Thường vụ Huyện ủy Thuận Châu tặng giấy khen điển hình "Dân vận khéo" giai đoạn 2010 - 2015, được Trung ương Hội LHPN Việt Nam tặng bằng khen năm 2014.
Chia sẻ về kinh nghiệm, chị Pan nói giản dị: "Mình làm trước cho chị em thấy, rồi mới nói. Nói mà mình không làm thì không ai nghe đâu".
Thời gian tới, chị Pan dự định vận động chị em thành lập tổ hợp tác dệt thổ cẩm để giữ nghề truyền thống của người Thái và có thêm thu nhập lúc nông nhàn.
Bài, ảnh: Quàng Hiền
Bài viết liên quan
- Thuận Châu: Sơ kết phong trào thi đua "Dân vận khéo" (12/05/2015)
- Mường La: 320 hộ tái định cư được tặng quà (06/05/2015)
- Người có uy tín ở bản Púng Bánh (28/04/2015)
""",
    "2015-05-19",
    "Người \"dân vận khéo\" ở bản Nà Sài",
    E("khac", None, None),
    [
        P("Lò Thị Pan", "Chi hội trưởng Chi hội Phụ nữ bản Nà Sài"),
        P("Cầm Văn Inh", "Bí thư Chi bộ bản Nà Sài"),
        P("Quàng Thị Hương", "Chủ tịch Hội LHPN xã Chiềng Pấc"),
    ],
    [
        Q("146 hộ", 146, "hộ"),
        Q("683 nhân khẩu", 683, "nhân khẩu"),
        Q("100%", 100, "%"),
        Q("31%", 31, "%"),
        Q("46 hộ", 46, "hộ"),
        Q("1,3 tỷ đồng", 1300000000, "đồng"),
        Q("50 triệu đồng mua", 50000000, "đồng"),
        Q("4 con bò lai", 4, "con bò lai"),
        Q("0,5 ha", 0.5, "ha"),
        Q("gần 300 con", 300, "con", "approx"),
        Q("từ 30 đến 50 triệu đồng", 30000000, "đồng"),
        Q("đến 50 triệu đồng", 50000000, "đồng"),
        Q("2.300 m2", 2300, "m2"),
        Q("hơn 600 ngày công", 600, "ngày công", "over"),
        Q("1,2 km", 1.2, "km"),
        Q("12%", 12, "%"),
        Q("94 hội viên", 94, "hội viên"),
    ],
    [
        D("Nghị quyết", "07", "NQ/HU", None, "Huyện ủy Thuận Châu", "Nghị quyết số 07-NQ/HU"),
    ],
    [prov("Sơn La"), com("Chiềng Pấc")],
    ["BÁO SƠN LA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Chuyên mục: Gương sáng bản làng",
     "Chị Lò Thị Pan được chị em trong bản tin tưởng bầu làm chi hội trưởng 3 nhiệm kỳ liên tiếp.",
     "Dân vận khéo", "nói được, làm được", "Ngân hàng Chính sách xã hội", "Nà Sài"],
    ["Ngày đăng: 19/05/2015 07:30", "3 nhiệm kỳ", "6 năm", "năm 2009", "giai đoạn 2010 - 2015"],
))

# ---------------------------------------------------------------- b850
PAGES.append(page("b850-hue-hoilhpn-daihoi-aluoi-2016", """
BÁO THỪA THIÊN HUẾ ONLINE
Chính trị - Xã hội › Mặt trận - Đoàn thể
Cập nhật lúc 15:40, Thứ Sáu, 22/04/2016
Đại hội đại biểu Phụ nữ huyện A Lưới lần thứ VIII
(TTH) - Ngày 21/4, Hội Liên hiệp Phụ nữ huyện A Lưới, tỉnh Thừa Thiên Huế tổ chức Đại hội đại biểu Phụ nữ huyện lần thứ VIII, nhiệm kỳ 2016 - 2021. Tham dự có bà Phan Thị Thanh Bình, Phó Chủ tịch Hội LHPN tỉnh; ông Hồ Văn Ngoan, Bí thư Huyện ủy A Lưới và 150 đại biểu đại diện cho hơn 12.400 hội viên phụ nữ các dân tộc Pa Cô, Tà Ôi, Cơ Tu, Pa Hy, Kinh trong huyện.
Các đại biểu biểu quyết thông qua báo cáo chính trị. Ảnh: Hoàng Anh
Nhiệm kỳ 2011 - 2016, các cấp hội phụ nữ huyện đã bám sát Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Chỉ thị số 07-CT/HU của Ban Thường vụ Huyện ủy về tăng cường công tác vận động phụ nữ dân tộc thiểu số. Hội đã vận động hội viên giúp nhau 2.150 ngày công, hơn 1.800 con giống; phối hợp Ngân hàng Chính sách xã hội quản lý dư nợ gần 96 tỷ đồng với 3.420 hộ vay. Có 512 hộ do phụ nữ làm chủ thoát nghèo; 21/21 cơ sở hội xây dựng được mô hình "Gia đình 5 không, 3 sạch".
Phát biểu tại đại hội, ông Hồ Văn Ngoan ghi nhận sự trưởng thành của đội ngũ cán bộ hội người dân tộc thiểu số; đề nghị nhiệm kỳ tới Hội tập trung vận động chị em phát triển kinh tế đồi rừng, giữ gìn nghề dệt Dèng truyền thống, phòng chống tảo hôn và hôn nhân cận huyết thống.
Tham luận tại đại hội, chị Nhâm Thị Bang, Chủ tịch Hội LHPN xã Hồng Thượng, chia sẻ kinh nghiệm duy trì câu lạc bộ dệt Dèng với 35 thành viên, mỗi năm bán ra thị trường gần 500 sản phẩm. Chị Quỳnh Thị Hiên, Chi hội trưởng phụ nữ thôn Pa Ri, xã Hồng Vân, nêu cách vận động chị em không sinh con thứ ba.
Đại hội đã bầu Ban Chấp hành Hội LHPN huyện khóa VIII gồm 27 đồng chí; bầu 11 đại biểu chính thức đi dự Đại hội đại biểu Phụ nữ tỉnh lần thứ XIV. Tại phiên họp thứ nhất của Ban Chấp hành, chị Kăn Thị Lan được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN huyện; các chị Hồ Thị Xoan, Lê Thị Thu Hà được bầu làm Phó Chủ tịch.
Đại hội đề ra 7 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm giúp 100 hộ phụ nữ nghèo, phụ nữ đơn thân thoát nghèo; 85% hội viên được tập huấn kiến thức về chăm sóc sức khỏe sinh sản.
Đại hội cũng phát động đợt thi đua chào mừng Đại hội đại biểu Phụ nữ tỉnh, gắn với cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" và phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc".
Hoàng Anh
TIN CÙNG CHUYÊN MỤC
- Hội Nông dân huyện Phú Vang ra quân làm sạch môi trường (20/04/2016)
- Ủy ban MTTQ tỉnh hiệp thương lần thứ ba lập danh sách người ứng cử (15/04/2016)
- Trao 20 suất học bổng cho học sinh nghèo A Lưới (12/04/2016)
""",
    "2016-04-22",
    "Đại hội đại biểu Phụ nữ huyện A Lưới lần thứ VIII",
    E("dai_hoi", None, "2016-04-21"),
    [
        P("Phan Thị Thanh Bình", "Phó Chủ tịch Hội LHPN tỉnh"),
        P("Hồ Văn Ngoan", "Bí thư Huyện ủy A Lưới"),
        P("Nhâm Thị Bang", "Chủ tịch Hội LHPN xã Hồng Thượng"),
        P("Quỳnh Thị Hiên", "Chi hội trưởng phụ nữ thôn Pa Ri"),
        P("Kăn Thị Lan", "Chủ tịch Hội LHPN huyện"),
        P("Hồ Thị Xoan", "Phó Chủ tịch"),
        P("Lê Thị Thu Hà", "Phó Chủ tịch"),
    ],
    [
        Q("150 đại biểu", 150, "đại biểu"),
        Q("hơn 12.400 hội viên", 12400, "hội viên phụ nữ", "over"),
        Q("2.150 ngày công", 2150, "ngày công"),
        Q("hơn 1.800 con giống", 1800, "con giống", "over"),
        Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"),
        Q("3.420 hộ vay", 3420, "hộ vay"),
        Q("512 hộ", 512, "hộ"),
        Q("21/21 cơ sở hội", 21, "cơ sở hội"),
        Q("35 thành viên", 35, "thành viên"),
        Q("gần 500 sản phẩm", 500, "sản phẩm", "approx"),
        Q("27 đồng chí", 27, "đồng chí"),
        Q("11 đại biểu", 11, "đại biểu chính thức"),
        Q("7 chỉ tiêu", 7, "chỉ tiêu"),
        Q("100 hộ", 100, "hộ phụ nữ nghèo, phụ nữ đơn thân"),
        Q("85%", 85, "%"),
    ],
    [
        D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007"),
        D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 07-CT/HU"),
    ],
    [prov("Thừa Thiên Huế"), com("Hồng Thượng"), com("Hồng Vân")],
    ["BÁO THỪA THIÊN HUẾ ONLINE", "Chính trị - Xã hội › Mặt trận - Đoàn thể", "(TTH)",
     "Các đại biểu biểu quyết thông qua báo cáo chính trị. Ảnh: Hoàng Anh", "Gia đình 5 không, 3 sạch", "Xây dựng gia đình 5 không, 3 sạch",
     "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Ngân hàng Chính sách xã hội", "Pa Ri"],
    ["Cập nhật lúc 15:40, Thứ Sáu, 22/04/2016", "lần thứ VIII", "nhiệm kỳ 2016 - 2021", "Nhiệm kỳ 2011 - 2016",
     "khóa VIII", "lần thứ XIV", "5 không, 3 sạch", "con thứ ba", "phiên họp thứ nhất"],
))
