"""holdout36 batch 3: b833-b838 (district level, 2020-2023)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b833
T = """
BÁO HÀ TĨNH
Chính trị | Xây dựng Đảng
Cập nhật: 15:10, 20/08/2020 (GMT+7)
Hương Khê tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở
(Baohatinh.vn) - Ngày 19/8, Ban Dân vận Huyện ủy Hương Khê (Hà Tĩnh) tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2020 cho 150 học viên là trưởng khối dân vận, cán bộ Mặt trận và các đoàn thể của 22 xã, thị trấn trong huyện.
Để bảo đảm phòng, chống dịch Covid-19, lớp tập huấn được bố trí giãn cách, học viên đeo khẩu trang, sát khuẩn tay trước khi vào hội trường.
Khai mạc lớp tập huấn, bà Phan Thị Thanh Hương, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy Hương Khê cho biết, năm 2020 là năm diễn ra đại hội đảng bộ các cấp, đồng thời địa phương phải vừa phòng, chống dịch bệnh vừa phát triển kinh tế, nên đội ngũ làm công tác dân vận ở cơ sở cần nắm chắc tình hình tư tưởng của nhân dân, kịp thời tham mưu cho cấp ủy giải quyết những vấn đề bức xúc ngay từ thôn, xóm.
Các học viên được nghe 3 chuyên đề: những nội dung cơ bản của Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; kỹ năng nắm bắt, xử lý tình hình tư tưởng nhân dân; cách xây dựng và nhân rộng mô hình "Dân vận khéo" theo Hướng dẫn số 06-HD/BDVHU ngày 2/3/2020 của Ban Dân vận Huyện ủy. Người truyền đạt là bà Nguyễn Thị Minh Nguyệt, giảng viên Trường Chính trị Trần Phú, và ông Trần Đình Thắng, Phó Trưởng Ban Dân vận Huyện ủy.
Theo báo cáo, 6 tháng đầu năm, các xã, thị trấn đã đăng ký 48 mô hình "Dân vận khéo"; vận động nhân dân hiến hơn 25.000 m2 đất, chỉnh trang 1.300 vườn hộ. Trong đợt cao điểm phòng, chống dịch, khối dân vận đã vận động được hơn 1,1 tỷ đồng cùng nhiều nhu yếu phẩm hỗ trợ các chốt kiểm soát và người dân khó khăn.
Tại lớp tập huấn, ông Lê Văn Đông, Bí thư Chi bộ kiêm Trưởng thôn Thanh Bình, xã Hương Trà, chia sẻ cách vận động bà con thôn giáp rừng không đốt nương trong mùa khô; bà Hồ Thị Nga, Chủ tịch Hội LHPN xã Phú Gia, kể về mô hình "Nồi cháo tình thương" giúp đỡ người bệnh nghèo.
Bế mạc lớp tập huấn, học viên được làm bài thu hoạch; Ban Dân vận Huyện ủy đề nghị các xã, thị trấn vận dụng kiến thức vào thực tiễn, chú trọng công tác dân vận trong thực hiện các dự án trên địa bàn, nhất là việc giải phóng mặt bằng tuyến đường tránh lũ.
Phạm Trang
Tin liên quan
- Vũ Quang: Đối thoại giữa Bí thư Huyện ủy với nhân dân (14/08/2020)
- Can Lộc sơ kết 6 tháng công tác dân vận (21/07/2020)
- Hương Sơn: 300 suất quà đến với hộ nghèo bị ảnh hưởng dịch Covid-19 (10/07/2020)
"""
PAGES.append(page(
    "b833-hatinh-huongkhe-bdv-taphuan-2020", T, "2020-08-20",
    "Hương Khê tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở",
    E("tap_huan", "2020", "2020-08-19"),
    [P("Phan Thị Thanh Hương", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy Hương Khê"),
     P("Nguyễn Thị Minh Nguyệt", "giảng viên Trường Chính trị Trần Phú"),
     P("Trần Đình Thắng", "Phó Trưởng Ban Dân vận Huyện ủy"),
     P("Lê Văn Đông", "Bí thư Chi bộ kiêm Trưởng thôn Thanh Bình"),
     P("Hồ Thị Nga", "Chủ tịch Hội LHPN xã Phú Gia")],
    [Q("150 học viên", 150, "học viên"),
     Q("22 xã", 22, "xã"),
     Q("3 chuyên đề", 3, "chuyên đề"),
     Q("48 mô hình", 48, "mô hình"),
     Q("hơn 25.000 m2", 25000, "m2", "over"),
     Q("1.300 vườn hộ", 1300, "vườn hộ"),
     Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over")],
    [D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
     D("Hướng dẫn", "06", "HD/BDVHU", "2020-03-02", "Ban Dân vận Huyện ủy", "Hướng dẫn số 06-HD/BDVHU ngày 2/3/2020")],
    [prov("Hà Tĩnh"), com("Hương Trà"), com("Phú Gia")],
    ["BÁO HÀ TĨNH", "Chính trị | Xây dựng Đảng", "(Baohatinh.vn)", "Dân vận khéo", "Nồi cháo tình thương",
     "Trường Chính trị Trần Phú", "Phạm Trang"],
    ["Cập nhật: 15:10, 20/08/2020 (GMT+7)", "Covid-19", "6 tháng đầu năm"],
))

# ---------------------------------------------------------------- b834
T = """
Báo Lai Châu điện tử
Trang chủ » Xã hội » Mặt trận - Đoàn thể
Thứ Sáu, 17/12/2021 | 16:05
Sìn Hồ: Quỹ "Vì người nghèo" năm 2021 vượt 15% kế hoạch
Ngày 16/12, Ủy ban MTTQ Việt Nam huyện Sìn Hồ tổ chức hội nghị tổng kết công tác vận động, quản lý và sử dụng Quỹ "Vì người nghèo" năm 2021. Đồng chí Lò Văn Inh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện dự và phát biểu chỉ đạo.
Toàn cảnh hội nghị.
Sìn Hồ là huyện vùng cao biên giới với 22 xã, thị trấn, đồng bào Mông, Dao, Thái, Hà Nhì chiếm trên 90% dân số; tỷ lệ hộ nghèo cuối năm 2021 còn 31,5%. Mặc dù chịu ảnh hưởng của dịch Covid-19, năm 2021 Ủy ban MTTQ các cấp trong huyện vẫn vận động Quỹ "Vì người nghèo" được 1,26 tỷ đồng, đạt 115% kế hoạch. Cùng với nguồn hỗ trợ của Quỹ cấp tỉnh, huyện đã xây mới 48 nhà đại đoàn kết, mỗi nhà được hỗ trợ 40 triệu đồng; sửa chữa 15 nhà; hỗ trợ 26 học sinh nghèo có hoàn cảnh đặc biệt khó khăn và trao 3.200 suất quà Tết cho hộ nghèo.
Việc quản lý, sử dụng Quỹ được thực hiện theo Kế hoạch số 68/KH-MTTQ-BTT ngày 20/9/2021 của Ban Thường trực Ủy ban MTTQ huyện; danh sách hộ được hỗ trợ do hội nghị bản bình xét, Ban công tác Mặt trận và Ban Thanh tra nhân dân xã giám sát. Riêng việc vận động, tiếp nhận các nguồn đóng góp hỗ trợ phòng, chống dịch Covid-19 được thực hiện theo Nghị định số 93/2021/NĐ-CP của Chính phủ, công khai trên trang thông tin điện tử của huyện.
Các ông Giàng A Chu, Lý A Phừ - Phó Chủ tịch Ủy ban MTTQ huyện, báo cáo kết quả giám sát tại 12 xã cho thấy đa số nhà đại đoàn kết bảo đảm chất lượng, đúng đối tượng; tuy vậy vẫn còn 3 nhà chậm tiến độ do đường vận chuyển vật liệu khó khăn.
Tại hội nghị, ông Tẩn Láo Lở, Trưởng bản Nậm Ngà, xã Nậm Tăm, kể: nhờ ngôi nhà đại đoàn kết và con bò giống được hỗ trợ, nhiều hộ Dao trong bản đã yên tâm sản xuất, có hộ đăng ký thoát nghèo. Bà Phàn Thị Mẩy, Chủ tịch Ủy ban MTTQ xã Pa Tần, đề nghị tăng mức hỗ trợ làm nhà ở những bản xa, chi phí vận chuyển lớn.
Phát biểu chỉ đạo, đồng chí Lò Văn Inh đề nghị năm 2022 Mặt trận các cấp tiếp tục đổi mới phương thức vận động, phấn đấu xây thêm 50 nhà đại đoàn kết, gắn với thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững.
Dịp này, Ủy ban MTTQ huyện tặng giấy khen cho 9 tập thể và 14 cá nhân có thành tích xuất sắc trong công tác vận động Quỹ "Vì người nghèo".
Được biết, năm 2022 toàn tỉnh Lai Châu phấn đấu xây dựng, sửa chữa trên 500 nhà đại đoàn kết từ các nguồn vận động.
Phương Thảo
Tin liên quan
- Phong Thổ trao 40 nhà đại đoàn kết cho hộ nghèo (15/12/2021)
- Tam Đường: Ngày hội Đại đoàn kết ở bản Nà Bỏ (18/11/2021)
- Ủy ban MTTQ tỉnh phát động Tháng cao điểm "Vì người nghèo" (18/10/2021)
"""
PAGES.append(page(
    "b834-laichau-sinho-quyvinguoingheo-2021", T, "2021-12-17",
    'Sìn Hồ: Quỹ "Vì người nghèo" năm 2021 vượt 15% kế hoạch',
    E("tong_ket", "2021", "2021-12-16"),
    [P("Lò Văn Inh", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
     P("Giàng A Chu", "Phó Chủ tịch Ủy ban MTTQ huyện"),
     P("Lý A Phừ", "Phó Chủ tịch Ủy ban MTTQ huyện"),
     P("Tẩn Láo Lở", "Trưởng bản Nậm Ngà"),
     P("Phàn Thị Mẩy", "Chủ tịch Ủy ban MTTQ xã Pa Tần")],
    [Q("15% kế hoạch", 15, "%"),
     Q("22 xã", 22, "xã"),
     Q("trên 90%", 90, "%", "over"),
     Q("31,5%", 31.5, "%"),
     Q("1,26 tỷ đồng", 1260000000, "đồng"),
     Q("115%", 115, "%"),
     Q("48 nhà đại đoàn kết", 48, "nhà đại đoàn kết"),
     Q("40 triệu đồng", 40000000, "đồng"),
     Q("15 nhà", 15, "nhà"),
     Q("26 học sinh nghèo", 26, "học sinh nghèo"),
     Q("3.200 suất quà Tết", 3200, "suất quà Tết"),
     Q("12 xã", 12, "xã"),
     Q("3 nhà", 3, "nhà"),
     Q("50 nhà đại đoàn kết", 50, "nhà đại đoàn kết"),
     Q("trên 500 nhà đại đoàn kết", 500, "nhà đại đoàn kết", "over"),
     Q("9 tập thể", 9, "tập thể"),
     Q("14 cá nhân", 14, "cá nhân")],
    [D("Kế hoạch", "68", "KH-MTTQ-BTT", "2021-09-20", "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch số 68/KH-MTTQ-BTT ngày 20/9/2021"),
     D("Nghị định", "93", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 93/2021/NĐ-CP")],
    [prov("Lai Châu"), com("Nậm Tăm"), com("Pa Tần")],
    ["Báo Lai Châu điện tử", "Trang chủ » Xã hội » Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.", "Vì người nghèo",
     "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Phương Thảo"],
    ["Thứ Sáu, 17/12/2021 | 16:05", "Covid-19", "năm 2022"],
))

# ---------------------------------------------------------------- b835
T = """
Báo Ninh Bình
Trang chủ / Chính trị / Xây dựng Đảng
11/08/2022 - 15:45
Bí thư Huyện ủy Nho Quan đối thoại với nhân dân về giải phóng mặt bằng
Chiều 10/8, tại xã Gia Lâm, Ban Thường vụ Huyện ủy Nho Quan tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2022, tập trung vào công tác bồi thường, giải phóng mặt bằng dự án đường nối Cúc Phương - Gia Lâm.
Đồng chí Bùi Văn Mạnh, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Nho Quan chủ trì hội nghị. Cùng dự có ông Đinh Công Thuận, Phó Chủ tịch UBND huyện; Thượng tá Phạm Văn Cường, Trưởng Công an huyện; bà Quách Thị Lan, Trưởng Ban Dân vận Huyện ủy và hơn 180 người dân các xã Gia Lâm, Gia Sơn, Sơn Hà có đất bị thu hồi.
Đồng chí Bùi Văn Mạnh giải đáp ý kiến của người dân.
Dự án đi qua 3 xã với tổng diện tích thu hồi 36,5 ha, ảnh hưởng đến 312 hộ dân. Đến nay đã có 95% số hộ nhận tiền bồi thường, bàn giao mặt bằng; còn 12 hộ chưa đồng thuận với phương án. Hội nghị được tổ chức theo Quy chế số 05-QC/HU của Ban Thường vụ Huyện ủy về tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Tại hội nghị, 21 ý kiến của người dân đã được nêu. Ông Bùi Văn Đạt, người dân tộc Mường ở thôn Đồng Bài, xã Gia Lâm, hỏi vì sao đất vườn liền kề của gia đình chỉ được tính giá như đất nông nghiệp. Bà Trịnh Thị Hảo, thôn Sơn Lai, xã Sơn Hà, đề nghị sớm bố trí đất tái định cư trước khi các hộ phải dỡ nhà. Một số ý kiến phản ánh việc kiểm đếm cây cối, hoa màu chưa chính xác.
Trả lời các ý kiến, ông Đinh Công Thuận cho biết đơn giá bồi thường được áp dụng theo Quyết định số 1125/QĐ-UBND ngày 14/6/2022 của UBND tỉnh Ninh Bình; các hộ có đất vườn liền kề được hỗ trợ thêm 50.000 đồng/m2. Khu tái định cư tại xã Gia Lâm rộng 4,2 ha đã hoàn thành san lấp, dự kiến giao đất cho các hộ trong tháng 9. Những trường hợp kiểm đếm chưa chính xác, huyện giao Hội đồng bồi thường phối hợp với UBND xã kiểm tra lại, công khai kết quả tại nhà văn hóa thôn.
Kết luận hội nghị, đồng chí Bùi Văn Mạnh ghi nhận những đóng góp tâm huyết, thẳng thắn của người dân; yêu cầu các cơ quan chức năng giải quyết dứt điểm các kiến nghị trong thời hạn 30 ngày, trả lời bằng văn bản cho công dân. Đồng chí đề nghị cấp ủy, chính quyền các xã phát huy vai trò của Mặt trận, các đoàn thể và người có uy tín trong vận động 12 hộ còn lại sớm bàn giao mặt bằng, bảo đảm quyền lợi hợp pháp của nhân dân và tiến độ dự án.
Hồng Vân
Các tin khác
- Yên Mô: Hội nghị giao ban công tác dân vận quý II (28/07/2022)
- Kim Sơn: Hơn 96% hộ dân hài lòng với việc giải phóng mặt bằng (20/07/2022)
- Gia Viễn đối thoại với đoàn viên, hội viên nông dân (15/07/2022)
"""
PAGES.append(page(
    "b835-ninhbinh-nhoquan-doithoai-gpmb-2022", T, "2022-08-11",
    "Bí thư Huyện ủy Nho Quan đối thoại với nhân dân về giải phóng mặt bằng",
    E("doi_thoai", "2022", "2022-08-10"),
    [P("Bùi Văn Mạnh", "Tỉnh ủy viên", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện Nho Quan"),
     P("Đinh Công Thuận", "Phó Chủ tịch UBND huyện"),
     P("Phạm Văn Cường", "Thượng tá", "Trưởng Công an huyện"),
     P("Quách Thị Lan", "Trưởng Ban Dân vận Huyện ủy"),
     P("Bùi Văn Đạt"),
     P("Trịnh Thị Hảo")],
    [Q("hơn 180 người dân", 180, "người dân", "over"),
     Q("3 xã", 3, "xã"),
     Q("36,5 ha", 36.5, "ha"),
     Q("312 hộ dân", 312, "hộ dân"),
     Q("95% số hộ", 95, "%"),
     Q("12 hộ", 12, "hộ"),
     Q("21 ý kiến", 21, "ý kiến"),
     Q("50.000 đồng/m2", 50000, "đồng"),
     Q("4,2 ha", 4.2, "ha")],
    [D("Quy chế", "05", "QC/HU", None, "Ban Thường vụ Huyện ủy", "Quy chế số 05-QC/HU"),
     D("Quyết định", "1125", "QĐ-UBND", "2022-06-14", "UBND tỉnh Ninh Bình", "Quyết định số 1125/QĐ-UBND ngày 14/6/2022")],
    [prov("Ninh Bình"), com("Gia Lâm"), com("Gia Sơn"), com("Sơn Hà")],
    ["Báo Ninh Bình", "Trang chủ / Chính trị / Xây dựng Đảng", "Hồng Vân", "Hội đồng bồi thường",
     "đường nối Cúc Phương - Gia Lâm"],
    ["11/08/2022 - 15:45", "30 ngày", "tháng 9"],
))

# ---------------------------------------------------------------- b836
T = """
Cổng thông tin điện tử huyện Thanh Sơn - Phú Thọ
Bạn đang ở: Trang chủ > Tin tức > Hoạt động của Huyện ủy
Thứ Sáu, 08/04/2022
Thanh Sơn: Khối dân vận chủ động nắm tình hình nhân dân ở cơ sở
Ngày 7/4, Ban Dân vận Huyện ủy Thanh Sơn tổ chức hội nghị giao ban khối dân vận quý I năm 2022, triển khai nhiệm vụ quý II. Dự hội nghị có các đồng chí: Hà Văn Lợi, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy; Đinh Thị Thắm, Chủ tịch Ủy ban MTTQ huyện; lãnh đạo các đoàn thể chính trị - xã hội huyện và trưởng khối dân vận 23 xã, thị trấn.
Quý I, khối dân vận huyện đã tham mưu Ban Thường vụ Huyện ủy ban hành Chương trình hành động số 14-CTr/HU thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị. Trước, trong và sau Tết Nguyên đán Nhâm Dần, Mặt trận và các đoàn thể đã trao 2.850 suất quà cho hộ nghèo, gia đình chính sách với tổng trị giá hơn 1,4 tỷ đồng; vận động nhân dân đồng bào Mường tổ chức đón Tết an toàn trong điều kiện dịch Covid-19.
Phong trào thi đua "Dân vận khéo" được duy trì với 57 mô hình, trong đó 9 mô hình mới đăng ký trong quý. Nhân dân hiến 6.800 m2 đất, đóng góp hơn 900 triệu đồng làm đường giao thông nông thôn. Các xã, thị trấn đã tổ chức 3 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; 98,2% hộ gia đình ký cam kết thực hiện nếp sống văn minh trong việc cưới, việc tang.
Tại hội nghị, ông Xa Văn Thắng, Bí thư Đảng ủy, Trưởng khối dân vận xã Thượng Cửu, phản ánh việc một số hộ ở vùng đệm Vườn quốc gia Xuân Sơn còn băn khoăn về chính sách khoán bảo vệ rừng; bà Hà Thị Thoa, Trưởng khối dân vận thị trấn Thanh Sơn, đề nghị tăng cường tuyên truyền để người dân tiêm vắc xin mũi 3.
Phát biểu kết luận, đồng chí Hà Văn Lợi đề nghị quý II, khối dân vận tập trung vận động nhân dân thực hiện các tiêu chí nông thôn mới; chủ động nắm tình hình tại các dự án khai thác khoáng sản, không để phát sinh khiếu kiện đông người; tiếp tục thực hiện Kết luận số 08, 09-KL/HU của Ban Thường vụ Huyện ủy về công tác dân vận chính quyền và công tác tôn giáo.
Hội nghị cũng thống nhất một số giải pháp như: duy trì nền nếp sinh hoạt tổ dân vận ở các khu dân cư; phân công cán bộ, đảng viên phụ trách hộ gia đình ở những xóm có đông đồng bào Mường, Dao; kịp thời biểu dương, nhân rộng những tập thể, cá nhân tiêu biểu trong công tác vận động quần chúng. Các xã vùng cao được đề nghị chủ động xây dựng kế hoạch vận động nhân dân tham gia trồng rừng gỗ lớn, phát triển kinh tế đồi rừng.
Hà Linh (Ban Dân vận Huyện ủy)
Tin khác
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9 (30/03/2022)
- Thanh Sơn ra mắt 5 mô hình "Dân vận khéo" (18/03/2022)
- Trao 200 suất quà cho học sinh có hoàn cảnh khó khăn (10/03/2022)
"""
PAGES.append(page(
    "b836-phutho-thanhson-bdv-giaoban-q1-2022", T, "2022-04-08",
    "Thanh Sơn: Khối dân vận chủ động nắm tình hình nhân dân ở cơ sở",
    E("giao_ban", "2022-Q1", "2022-04-07"),
    [P("Hà Văn Lợi", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
     P("Đinh Thị Thắm", "Chủ tịch Ủy ban MTTQ huyện"),
     P("Xa Văn Thắng", "Bí thư Đảng ủy", "Trưởng khối dân vận xã Thượng Cửu"),
     P("Hà Thị Thoa", "Trưởng khối dân vận thị trấn Thanh Sơn")],
    [Q("23 xã", 23, "xã"),
     Q("2.850 suất quà", 2850, "suất quà"),
     Q("hơn 1,4 tỷ đồng", 1400000000, "đồng", "over"),
     Q("57 mô hình", 57, "mô hình"),
     Q("9 mô hình", 9, "mô hình"),
     Q("6.800 m2", 6800, "m2"),
     Q("hơn 900 triệu đồng", 900000000, "đồng", "over"),
     Q("3 cuộc đối thoại", 3, "cuộc đối thoại"),
     Q("98,2%", 98.2, "%")],
    [D("Chương trình hành động", "14", "CTr/HU", None, "Ban Thường vụ Huyện ủy", "Chương trình hành động số 14-CTr/HU"),
     D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
     D("Kết luận", "08", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận số 08, 09-KL/HU"),
     D("Kết luận", "09", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận số 08, 09-KL/HU")],
    [prov("Phú Thọ"), com("Thượng Cửu"), com("Thanh Sơn")],
    ["Cổng thông tin điện tử huyện Thanh Sơn - Phú Thọ", "Bạn đang ở: Trang chủ > Tin tức > Hoạt động của Huyện ủy",
     "Dân vận khéo", "Vườn quốc gia Xuân Sơn", "Hà Linh (Ban Dân vận Huyện ủy)"],
    ["Thứ Sáu, 08/04/2022", "quý II", "Covid-19", "mũi 3", "Tết Nguyên đán Nhâm Dần"],
))

# ---------------------------------------------------------------- b837
T = """
BÁO ĐẮK LẮK ĐIỆN TỬ
Xã hội » Dân tộc - Miền núi
15/11/2023 08:30
Ấm áp Ngày hội Đại đoàn kết ở buôn Khanh
Ngày 14/11, Ban công tác Mặt trận buôn Khanh, xã Cư Pui, huyện Krông Bông (Đắk Lắk) tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023, hướng tới kỷ niệm 93 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam.
Các đại biểu cùng bà con buôn Khanh múa xoang tại Ngày hội. Ảnh: H'Xíu
Về dự và chung vui với đồng bào có đồng chí Y Khuê Ayun, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Thị Thu Hằng, Phó Bí thư Thường trực Huyện ủy Krông Bông; đại diện Ban Dân vận Huyện ủy, Ủy ban MTTQ huyện và lãnh đạo xã Cư Pui.
Buôn Khanh có 214 hộ với 1.032 khẩu, trong đó 98% là đồng bào Êđê. Báo cáo tại Ngày hội, bà H'Loan Niê, Trưởng ban công tác Mặt trận buôn cho biết, năm qua bà con đã đóng góp 160 triệu đồng và hàng trăm ngày công bê tông hóa 1,2 km đường nội buôn; hộ nghèo giảm từ 41 hộ xuống còn 18 hộ. Nhiều hộ đã chuyển đổi sang trồng sầu riêng, cà phê xen canh, thu nhập bình quân đạt 38 triệu đồng/người/năm. Buôn không có người vi phạm pháp luật, không có trẻ em bỏ học.
Đồng chí Y Khuê Ayun biểu dương những cố gắng của đồng bào buôn Khanh; đề nghị Ban công tác Mặt trận buôn tiếp tục thực hiện Hướng dẫn số 112/HD-MTTW-BTT ngày 11/9/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư; phát huy vai trò của già làng, người có uy tín, chức sắc tôn giáo trong giữ gìn an ninh trật tự, bảo tồn văn hóa truyền thống.
Tại Ngày hội, ông Y Ngơn Mlô, Trưởng buôn Khanh, thay mặt bà con hứa sẽ giữ gìn đoàn kết, không nghe kẻ xấu lôi kéo. Mục sư truyền đạo Y Sim Byă, Quản nhiệm chi hội Tin Lành buôn Khanh, cũng chia sẻ các tín đồ luôn "sống phúc âm, phụng sự Thiên Chúa, phục vụ Tổ quốc và dân tộc", tích cực tham gia các phong trào ở địa phương.
Dịp này, Ủy ban MTTQ tỉnh và các nhà hảo tâm trao 20 suất quà cho hộ nghèo, mỗi suất trị giá 500.000 đồng; tặng buôn 1 bộ chiêng và 30 triệu đồng để sửa chữa nhà sinh hoạt cộng đồng. UBND xã Cư Pui khen thưởng 7 hộ gia đình tiêu biểu.
Phần hội diễn ra sôi nổi với các hoạt động đánh chiêng, múa xoang, thi giã gạo, nấu cơm lam và uống rượu cần truyền thống. Năm nay, toàn huyện Krông Bông có 127 thôn, buôn, tổ dân phố tổ chức Ngày hội. Ngày hội là dịp để bà con ôn lại truyền thống vẻ vang của Mặt trận, cùng nhau bàn bạc những việc cần làm để xây dựng buôn làng ngày càng no ấm.
H'Xíu
Tin cùng chuyên mục
- Lắk: Tặng 200 suất quà cho hộ nghèo ở xã Đắk Liêng (13/11/2023)
- Ngày hội Đại đoàn kết ở buôn Ko Sier (10/11/2023)
- M'Drắk: Đối thoại với người có uy tín về phòng chống lừa đảo (06/11/2023)
"""
PAGES.append(page(
    "b837-daklak-cupui-ngayhoi-2023", T, "2023-11-15",
    "Ấm áp Ngày hội Đại đoàn kết ở buôn Khanh",
    E("khac", None, "2023-11-14"),
    [P("Y Khuê Ayun", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Nguyễn Thị Thu Hằng", "Phó Bí thư Thường trực Huyện ủy Krông Bông"),
     P("H'Loan Niê", "Trưởng ban công tác Mặt trận buôn"),
     P("Y Ngơn Mlô", "Trưởng buôn Khanh"),
     P("Y Sim Byă", "Mục sư truyền đạo", "Quản nhiệm chi hội Tin Lành buôn Khanh")],
    [Q("214 hộ", 214, "hộ"),
     Q("1.032 khẩu", 1032, "khẩu"),
     Q("98%", 98, "%"),
     Q("160 triệu đồng", 160000000, "đồng"),
     Q("1,2 km", 1.2, "km"),
     Q("41 hộ", 41, "hộ"),
     Q("18 hộ", 18, "hộ"),
     Q("38 triệu đồng/người/năm", 38000000, "đồng"),
     Q("20 suất quà", 20, "suất quà"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("30 triệu đồng", 30000000, "đồng"),
     Q("7 hộ gia đình tiêu biểu", 7, "hộ gia đình tiêu biểu"),
     Q("127 thôn, buôn, tổ dân phố", 127, "thôn, buôn, tổ dân phố")],
    [D("Hướng dẫn", "112", "HD-MTTW-BTT", "2023-09-11", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
       "Hướng dẫn số 112/HD-MTTW-BTT ngày 11/9/2023")],
    [prov("Đắk Lắk"), com("Cư Pui")],
    ["BÁO ĐẮK LẮK ĐIỆN TỬ", "Xã hội » Dân tộc - Miền núi",
     "Các đại biểu cùng bà con buôn Khanh múa xoang tại Ngày hội. Ảnh: H'Xíu",
     "sống phúc âm, phụng sự Thiên Chúa, phục vụ Tổ quốc và dân tộc", "H'Xíu"],
    ["15/11/2023 08:30", "93 năm", "năm 2023", "1 bộ chiêng"],
))

# ---------------------------------------------------------------- b838
T = """
BÁO BÌNH DƯƠNG ONLINE
Chính trị » Xây dựng Đảng
Cập nhật: 14/07/2023 - 17:25
Bến Cát: Công tác dân vận gắn với chăm lo đời sống công nhân
(BDO) Sáng 13/7, Ban Dân vận Thị ủy Bến Cát tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2023. Bà Trần Thị Diễm Hương, Thị ủy viên, Trưởng Ban Dân vận Thị ủy, Chủ tịch Ủy ban MTTQ Việt Nam thị xã Bến Cát chủ trì hội nghị. Dự hội nghị có ông Lê Thanh Phong, Phó Bí thư Thường trực Thị ủy Bến Cát.
Bến Cát có hơn 190.000 công nhân lao động đang làm việc tại các khu, cụm công nghiệp, phần lớn là người từ các tỉnh khác đến. Vì vậy, khối dân vận thị xã xác định chăm lo đời sống vật chất, tinh thần cho công nhân lao động ở khu nhà trọ là nhiệm vụ trọng tâm. 6 tháng qua, Ban Dân vận Thị ủy tham mưu Ban Thường vụ Thị ủy ban hành Chỉ thị số 04-CT/ThU về tăng cường công tác dân vận trong các doanh nghiệp và Kế hoạch số 31-KH/ThU thực hiện Kế hoạch số 112-KH/TU của Tỉnh ủy Bình Dương về đẩy mạnh phong trào thi đua "Dân vận khéo".
Mặt trận và các đoàn thể thị xã đã trao 6.500 suất quà cho công nhân khó khăn dịp Tết Quý Mão, hỗ trợ 45 công nhân về quê đón Tết bằng xe miễn phí; tổ chức 8 cuộc đối thoại giữa lãnh đạo phường, xã với người lao động, người dân ở khu nhà trọ. Quỹ "Vì người nghèo" thị xã tiếp nhận gần 2,8 tỷ đồng, xây dựng 11 căn nhà đại đoàn kết tặng hộ nghèo, hộ cận nghèo.
Tại hội nghị, ông Nguyễn Văn Lực, Chủ tịch Ủy ban MTTQ Việt Nam phường Mỹ Phước, chia sẻ mô hình "Khu nhà trọ tự quản, văn minh" với 64 khu nhà trọ tham gia; bà Võ Thị Bích Tuyền, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Chánh Phú Hòa, kiến nghị có thêm thiết chế văn hóa cho công nhân. Ông Lâm Văn Sơn (xã An Điền), chủ khu nhà trọ, phản ánh khó khăn trong quản lý tạm trú khi công nhân thay đổi chỗ ở thường xuyên.
Phát biểu chỉ đạo, ông Lê Thanh Phong đề nghị khối dân vận tiếp tục thực hiện có hiệu quả Quy chế dân chủ ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở; nắm chắc tình hình tư tưởng công nhân khi các doanh nghiệp cắt giảm đơn hàng, giảm giờ làm; kịp thời phối hợp giải quyết các vụ tranh chấp lao động, không để xảy ra ngừng việc tập thể.
Dịp này, Ban Dân vận Thị ủy khen thưởng 5 tập thể, 8 cá nhân có thành tích tiêu biểu trong phong trào "Dân vận khéo" 6 tháng đầu năm.
Các đại biểu cũng thống nhất cần đẩy mạnh hơn nữa việc xây dựng tổ dân vận ở các khu nhà trọ, phát huy vai trò của chủ nhà trọ trong nắm tình hình công nhân.
Ngọc Thuận
Tin liên quan
- Dầu Tiếng: Giao ban công tác dân vận quý II (11/07/2023)
- Tân Uyên đối thoại với công nhân khu nhà trọ (05/07/2023)
- Trao 100 suất học bổng cho con công nhân (28/06/2023)
"""
PAGES.append(page(
    "b838-binhduong-bencat-bdv-soket-2023", T, "2023-07-14",
    "Bến Cát: Công tác dân vận gắn với chăm lo đời sống công nhân",
    E("so_ket", "2023-H1", "2023-07-13"),
    [P("Trần Thị Diễm Hương", "Thị ủy viên", "Trưởng Ban Dân vận Thị ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã Bến Cát"),
     P("Lê Thanh Phong", "Phó Bí thư Thường trực Thị ủy Bến Cát"),
     P("Nguyễn Văn Lực", "Chủ tịch Ủy ban MTTQ Việt Nam phường Mỹ Phước"),
     P("Võ Thị Bích Tuyền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Chánh Phú Hòa"),
     P("Lâm Văn Sơn", "chủ khu nhà trọ")],
    [Q("hơn 190.000 công nhân lao động", 190000, "công nhân lao động", "over"),
     Q("6.500 suất quà", 6500, "suất quà"),
     Q("45 công nhân", 45, "công nhân"),
     Q("8 cuộc đối thoại", 8, "cuộc đối thoại"),
     Q("gần 2,8 tỷ đồng", 2800000000, "đồng", "approx"),
     Q("11 căn nhà đại đoàn kết", 11, "căn nhà đại đoàn kết"),
     Q("64 khu nhà trọ", 64, "khu nhà trọ"),
     Q("5 tập thể", 5, "tập thể"),
     Q("8 cá nhân", 8, "cá nhân")],
    [D("Chỉ thị", "04", "CT/ThU", None, "Ban Thường vụ Thị ủy", "Chỉ thị số 04-CT/ThU"),
     D("Kế hoạch", "31", "KH/ThU", None, "Ban Thường vụ Thị ủy", "Kế hoạch số 31-KH/ThU"),
     D("Kế hoạch", "112", "KH/TU", None, "Tỉnh ủy Bình Dương", "Kế hoạch số 112-KH/TU")],
    [prov("Bình Dương"), com("Mỹ Phước"), com("Chánh Phú Hòa"), com("An Điền")],
    ["BÁO BÌNH DƯƠNG ONLINE", "Chính trị » Xây dựng Đảng", "(BDO)", "Dân vận khéo", "Khu nhà trọ tự quản, văn minh",
     "Luật Thực hiện dân chủ ở cơ sở", "Quy chế dân chủ ở cơ sở", "Ngọc Thuận"],
    ["Cập nhật: 14/07/2023 - 17:25", "6 tháng đầu năm", "6 tháng cuối năm 2023", "Tết Quý Mão"],
))
