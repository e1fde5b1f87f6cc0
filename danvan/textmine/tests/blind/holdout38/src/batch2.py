"""holdout38 batch 2: b875-b880 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b875
PAGES.append(page("b875-quangnam-bdv-giaoban-quy3-2017", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Vị trí hiện tại: Trang chủ / Tin hoạt động / Dân vận chính quyền
Ngày đăng: 06/10/2017
Giao ban khối dân vận: Tập trung dân vận chính quyền ở vùng dự án
Sáng 5/10, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III/2017 với Ban Dân vận các huyện, thị xã, thành ủy và các cơ quan trong khối dân vận tỉnh. Đồng chí Trần Thị Kim Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Nguyễn Văn Tư, Lê Thị Mỹ Linh - Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo, trong quý III, Ban Dân vận Tỉnh ủy Quảng Nam đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết 2 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; phối hợp với Ủy ban MTTQ Việt Nam tỉnh hướng dẫn thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Chín tháng đầu năm, các cấp chính quyền trong tỉnh đã tổ chức 214 cuộc tiếp công dân, đối thoại với 1.380 lượt người; 96% đơn thư thuộc thẩm quyền đã được giải quyết. Tại các dự án trọng điểm như tuyến đường cao tốc qua địa bàn tỉnh, Khu đô thị mới Điện Nam - Điện Ngọc, khối dân vận đã phối hợp vận động 2.460 hộ bàn giao mặt bằng, trong đó có 318 hộ di dời mồ mả. Toàn tỉnh đã xây dựng thêm 56 mô hình "Dân vận khéo", nâng tổng số lên 724 mô hình.
Ở khu vực miền núi, đồng chí Alăng Thị Bơng, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang cho biết, huyện đã vận động đồng bào Cơ Tu hiến hơn 3,2 ha đất làm đường, xây dựng 11 mô hình "Làng văn hóa gắn với du lịch cộng đồng". Ông Zơrâm Bhưu, Chủ tịch UBND xã Lăng, đề nghị tỉnh có cơ chế bố trí đất sản xuất cho 74 hộ tái định cư thủy điện. Đồng chí Clâu Nhím, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Nam Giang nêu thực trạng một số nơi còn tổ chức đối thoại hình thức, người đứng đầu chưa trực tiếp nghe dân nói.
Đại diện Ban Dân vận Thị ủy Điện Bàn phản ánh, tại phường Điện Nam Bắc còn 23 hộ chưa đồng thuận với giá bồi thường; đơn vị đang phối hợp với chính quyền tổ chức đối thoại lần thứ 3.
Kết luận giao ban, đồng chí Trần Thị Kim Hoa yêu cầu quý IV, khối dân vận tập trung tham mưu cấp ủy lãnh đạo chính quyền làm tốt công tác dân vận, nhất là công khai, minh bạch trong bồi thường, hỗ trợ tái định cư; người đứng đầu cấp ủy, chính quyền phải trực tiếp đối thoại với nhân dân khi có vụ việc phức tạp. Ban Dân vận các huyện ủy miền núi theo dõi sát tình hình đồng bào, phòng chống sạt lở trong mùa mưa bão; chuẩn bị tổng kết công tác dân vận năm 2017 trước ngày 15/12.
Minh Châu - BDV
Tin khác
- Hội nghị sơ kết 2 năm thực hiện Kết luận 114 của Ban Bí thư (28/09/2017)
- Nam Giang: gặp mặt người có uy tín năm 2017 (19/09/2017)
- Phước Sơn tập huấn công tác dân vận cho cán bộ xã (07/09/2017)
Lượt truy cập: 865.412
""",
    "2017-10-06",
    "Giao ban khối dân vận: Tập trung dân vận chính quyền ở vùng dự án",
    E("giao_ban", "2017-Q3", "2017-10-05"),
    [
        P("Trần Thị Kim Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Nguyễn Văn Tư", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Lê Thị Mỹ Linh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Alăng Thị Bơng", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
        P("Zơrâm Bhưu", "Chủ tịch UBND xã Lăng"),
        P("Clâu Nhím", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Nam Giang"),
    ],
    [
        Q("214 cuộc tiếp công dân", 214, "cuộc tiếp công dân"),
        Q("1.380 lượt người", 1380, "lượt người"),
        Q("96% đơn thư", 96, "%"),
        Q("2.460 hộ", 2460, "hộ"),
        Q("318 hộ", 318, "hộ"),
        Q("56 mô hình", 56, "mô hình"),
        Q("724 mô hình", 724, "mô hình"),
        Q("hơn 3,2 ha", 3.2, "ha", "over"),
        Q("11 mô hình", 11, "mô hình"),
        Q("74 hộ tái định cư", 74, "hộ tái định cư"),
        Q("23 hộ", 23, "hộ"),
    ],
    [
        D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", surface="Kết luận số 114-KL/TW"),
        D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW"),
        D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW"),
    ],
    [prov("Quảng Nam"), com("Lăng"), com("Điện Nam Bắc")],
    ["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Vị trí hiện tại: Trang chủ / Tin hoạt động / Dân vận chính quyền", "Dân vận khéo",
     "Làng văn hóa gắn với du lịch cộng đồng", "Minh Châu - BDV", "Lượt truy cập: 865.412"],
    ["Ngày đăng: 06/10/2017", "2 năm", "Chín tháng đầu năm", "lần thứ 3", "quý IV", "trước ngày 15/12", "Lượt truy cập: 865.412"],
))

# ---------------------------------------------------------------- b876
PAGES.append(page("b876-vinhlong-taphuan-dantoc-tongiao-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG
Tin tức - Sự kiện | Chính trị - Xã hội
24-05-2018 | 15:05
Tập huấn nghiệp vụ công tác dân vận vùng đồng bào dân tộc, tôn giáo
Trong 2 ngày 22 và 23/5, Ban Dân vận Tỉnh ủy Vĩnh Long tổ chức lớp tập huấn nghiệp vụ công tác dân vận vùng đồng bào dân tộc, tôn giáo năm 2018 cho 120 học viên là cán bộ dân vận các huyện, thị xã, thành phố và các xã có đông đồng bào Khmer, đồng bào có đạo. Đồng chí Phan Thị Mỹ Hạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc.
Các học viên tham dự lớp tập huấn.
Tại lớp tập huấn, các học viên được quán triệt Chỉ thị số 18-CT/TW và Chỉ thị số 19-CT/TW cùng ngày 10/01/2018 của Ban Bí thư: Chỉ thị 18 về tiếp tục đẩy mạnh thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa IX về công tác tôn giáo trong tình hình mới; Chỉ thị 19 về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới. Học viên cũng được giới thiệu những điểm mới của Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP của Chính phủ; kỹ năng tiếp xúc, vận động chức sắc, chức việc, người có uy tín; cách nắm tình hình và xử lý các vụ việc phức tạp liên quan đến tôn giáo ngay từ cơ sở.
Theo Ban Dân vận Tỉnh ủy, Vĩnh Long hiện có hơn 22.000 đồng bào Khmer, chiếm khoảng 2,1% dân số, sống tập trung ở Trà Ôn, Tam Bình, Bình Tân và thị xã Bình Minh; toàn tỉnh có 14 chùa Phật giáo Nam tông Khmer và gần 330.000 tín đồ của 9 tôn giáo. Năm 2017, các chùa Khmer đã duy trì 26 lớp dạy chữ Khmer hè cho hơn 900 học sinh.
Báo cáo viên của lớp tập huấn gồm bà Sơn Thị Sa Ry, Phó Trưởng Ban Dân tộc tỉnh; ông Trần Văn Nhiều, Trưởng Ban Tôn giáo Sở Nội vụ và Đại đức Thạch Sa Rây, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Kỳ La. Đại đức Thạch Sa Rây chia sẻ kinh nghiệm phối hợp giữa nhà chùa với Ban Nhân dân ấp trong vận động bà con Khmer giữ gìn an ninh trật tự, không nghe theo lời kích động của các tổ chức phản động lưu vong.
Trong buổi thảo luận, ông Kim Văn Ni, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Loan Mỹ, cho biết xã có 3 ấp đông đồng bào Khmer, nhờ phát huy vai trò người có uy tín nên năm qua không có đơn thư vượt cấp. Bà Thạch Thị Đa Ni, cán bộ dân vận xã Trà Côn, đề nghị tỉnh biên soạn tài liệu song ngữ Việt - Khmer để tuyên truyền. Ông Lê Văn Hồng, Trưởng ấp Mỹ Hòa, xã Đông Thành nêu khó khăn khi vận động một số hộ theo "Tin lành Đấng Christ" sinh hoạt đúng quy định.
Bế mạc lớp tập huấn, đồng chí Phan Thị Mỹ Hạnh đề nghị học viên vận dụng kiến thức vào thực tiễn; Ban Dân vận các huyện ủy, thị ủy, thành ủy tiếp tục nhân rộng mô hình "Dân vận khéo" trong vùng đồng bào Khmer; định kỳ mỗi quý báo cáo tình hình dân tộc, tôn giáo về Ban Dân vận Tỉnh ủy. Ban tổ chức đã cấp giấy chứng nhận cho 117 học viên hoàn thành lớp học.
Thanh Tâm
Tin liên quan
- Vĩnh Long: tổ chức Lễ Sene Dolta cho đồng bào Khmer (05/10/2017)
- Trà Ôn: họp mặt chức sắc, chức việc các tôn giáo (20/04/2018)
- Gặp mặt 200 người có uy tín năm 2018 (12/03/2018)
""",
    "2018-05-24",
    "Tập huấn nghiệp vụ công tác dân vận vùng đồng bào dân tộc, tôn giáo",
    E("tap_huan", "2018", "2018-05-22"),
    [
        P("Phan Thị Mỹ Hạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Sơn Thị Sa Ry", "Phó Trưởng Ban Dân tộc tỉnh"),
        P("Trần Văn Nhiều", "Trưởng Ban Tôn giáo Sở Nội vụ"),
        P("Thạch Sa Rây", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Kỳ La"),
        P("Kim Văn Ni", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Loan Mỹ"),
        P("Thạch Thị Đa Ni", "cán bộ dân vận xã Trà Côn"),
        P("Lê Văn Hồng", "Trưởng ấp Mỹ Hòa"),
    ],
    [
        Q("120 học viên", 120, "học viên"),
        Q("hơn 22.000 đồng bào Khmer", 22000, "đồng bào Khmer", "over"),
        Q("khoảng 2,1%", 2.1, "%", "approx"),
        Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"),
        Q("gần 330.000 tín đồ", 330000, "tín đồ", "approx"),
        Q("9 tôn giáo", 9, "tôn giáo"),
        Q("26 lớp dạy chữ Khmer hè", 26, "lớp dạy chữ Khmer hè"),
        Q("hơn 900 học sinh", 900, "học sinh", "over"),
        Q("3 ấp", 3, "ấp"),
        Q("117 học viên", 117, "học viên"),
    ],
    [
        D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", surface="Chỉ thị số 18-CT/TW"),
        D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", surface="Chỉ thị số 19-CT/TW"),
        D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", surface="Nghị quyết số 25-NQ/TW"),
        D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", surface="Nghị định số 162/2017/NĐ-CP"),
    ],
    [prov("Vĩnh Long"), com("Loan Mỹ"), com("Trà Côn"), com("Đông Thành")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG", "Tin tức - Sự kiện | Chính trị - Xã hội", "Các học viên tham dự lớp tập huấn.",
     "Luật Tín ngưỡng, tôn giáo", "Tin lành Đấng Christ", "Dân vận khéo", "Thanh Tâm"],
    ["24-05-2018 | 15:05", "2 ngày", "khóa IX", "mỗi quý"],
))

# ---------------------------------------------------------------- b877
PAGES.append(page("b877-dongnai-qcdc-soket-2019", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự > Chính trị
Thứ sáu, 12/07/2019 17:10
Thực hiện dân chủ ở cơ sở: Nhiều doanh nghiệp tổ chức đối thoại định kỳ
Ngày 11-7, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lâm Hữu Tài, Phó Bí thư Tỉnh ủy, Trưởng ban Chỉ đạo chủ trì hội nghị. Đồng chí Đỗ Thị Ngọc Trâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Phó trưởng ban Thường trực Ban Chỉ đạo trình bày báo cáo.
Quang cảnh hội nghị. Ảnh: Ngọc Hân
Theo báo cáo, 6 tháng qua các cấp ủy, chính quyền tiếp tục thực hiện Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị về tiếp tục đẩy mạnh xây dựng và thực hiện quy chế dân chủ ở cơ sở. Tại 171 xã, phường, thị trấn, việc công khai các khoản thu, chi, quy hoạch, bồi thường được thực hiện nghiêm; Ban Thanh tra nhân dân các xã đã giám sát 46 vụ việc, kiến nghị thu hồi 215 triệu đồng sử dụng sai mục đích. Trong cơ quan hành chính, đơn vị sự nghiệp, 100% đơn vị đã rà soát, ban hành quy chế dân chủ theo Nghị định số 04/2015/NĐ-CP của Chính phủ.
Khu vực doanh nghiệp có nhiều chuyển biến. Đồng Nai hiện có 32 KCN với hơn 1.400 doanh nghiệp đang hoạt động, sử dụng hơn 550.000 công nhân. Thực hiện Nghị định số 149/2018/NĐ-CP ngày 07/11/2018 của Chính phủ về quy chế dân chủ ở cơ sở tại nơi làm việc, đã có 1.126 doanh nghiệp tổ chức hội nghị người lao động, đạt 87%; 742 doanh nghiệp ký thỏa ước lao động tập thể. 6 tháng đầu năm xảy ra 21 vụ đình công, ngừng việc tập thể, giảm 9 vụ so với cùng kỳ.
Tại hội nghị, ông Nguyễn Văn Lê, Chủ tịch Công đoàn các KCN Đồng Nai cho rằng nhiều doanh nghiệp FDI đã coi đối thoại định kỳ là kênh để giữ chân người lao động; tuy vậy, vẫn còn doanh nghiệp tổ chức đối thoại mang tính hình thức, người lao động ngại nêu ý kiến. Bà Phạm Thị Hồng Nhung, Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Phúc Hưng, chia sẻ: công ty có hơn 9.000 công nhân, mỗi quý đối thoại một lần, nhờ đó đã thống nhất tăng tiền ăn giữa ca lên 18.000 đồng/suất.
Bà Điểu Thị Ngọc (dân tộc Chơ Ro), Trưởng ban Thanh tra nhân dân xã Phú Lý (Vĩnh Cửu) kiến nghị bố trí kinh phí hoạt động cho Ban Thanh tra nhân dân, vì mức hỗ trợ hiện nay còn thấp. Ông Trần Quốc Dũng, Chủ tịch UBND xã Hố Nai 3 (Trảng Bom) cho biết xã đã tổ chức 4 cuộc đối thoại với giáo dân về dự án mở rộng Quốc lộ 1.
Kết luận hội nghị, đồng chí Lâm Hữu Tài đề nghị các thành viên Ban Chỉ đạo tăng cường kiểm tra việc thực hiện dân chủ tại doanh nghiệp, nhất là các doanh nghiệp nợ lương, nợ bảo hiểm xã hội; người đứng đầu chính quyền phải đối thoại trực tiếp với nhân dân khi có khiếu nại đông người; tổ chức tốt hội nghị đối thoại giữa lãnh đạo tỉnh với công nhân trong tháng 8.
Ngọc Hân
Tin cùng chuyên mục
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý II (05/07/2019)
- Long Khánh: 98% khu phố xây dựng hương ước, quy ước (28/06/2019)
- Tân Phú: đối thoại với đồng bào dân tộc thiểu số (20/06/2019)
""",
    "2019-07-12",
    "Thực hiện dân chủ ở cơ sở: Nhiều doanh nghiệp tổ chức đối thoại định kỳ",
    E("so_ket", "2019-H1", "2019-07-11"),
    [
        P("Lâm Hữu Tài", "Phó Bí thư Tỉnh ủy", "Trưởng ban Chỉ đạo"),
        P("Đỗ Thị Ngọc Trâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Phó trưởng ban Thường trực Ban Chỉ đạo"),
        P("Nguyễn Văn Lê", "Chủ tịch Công đoàn các KCN Đồng Nai"),
        P("Phạm Thị Hồng Nhung", "Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Phúc Hưng"),
        P("Điểu Thị Ngọc", "Trưởng ban Thanh tra nhân dân xã Phú Lý"),
        P("Trần Quốc Dũng", "Chủ tịch UBND xã Hố Nai 3"),
    ],
    [
        Q("171 xã, phường, thị trấn", 171, "xã, phường, thị trấn"),
        Q("46 vụ việc", 46, "vụ việc"),
        Q("215 triệu đồng", 215000000, "đồng"),
        Q("100% đơn vị", 100, "%"),
        Q("32 KCN", 32, "KCN"),
        Q("hơn 1.400 doanh nghiệp", 1400, "doanh nghiệp", "over"),
        Q("hơn 550.000 công nhân", 550000, "công nhân", "over"),
        Q("1.126 doanh nghiệp", 1126, "doanh nghiệp"),
        Q("87%", 87, "%"),
        Q("742 doanh nghiệp", 742, "doanh nghiệp"),
        Q("21 vụ đình công, ngừng việc tập thể", 21, "vụ đình công, ngừng việc tập thể"),
        Q("9 vụ", 9, "vụ"),
        Q("hơn 9.000 công nhân", 9000, "công nhân", "over"),
        Q("18.000 đồng", 18000, "đồng"),
        Q("4 cuộc đối thoại", 4, "cuộc đối thoại"),
    ],
    [
        D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", surface="Kết luận số 120-KL/TW"),
        D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", surface="Nghị định số 04/2015/NĐ-CP"),
        D("Nghị định", "149", "2018/NĐ-CP", "2018-11-07", "Chính phủ", surface="Nghị định số 149/2018/NĐ-CP"),
    ],
    [prov("Đồng Nai"), com("Phú Lý"), com("Hố Nai 3")],
    ["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự > Chính trị", "Quang cảnh hội nghị. Ảnh: Ngọc Hân", "Ngọc Hân", "Quốc lộ 1"],
    ["Thứ sáu, 12/07/2019 17:10", "6 tháng đầu năm 2019", "6 tháng cuối năm", "mỗi quý", "tháng 8", "Ngày 11-7"],
))

# ---------------------------------------------------------------- b878
PAGES.append(page("b878-dienbien-qdnd-chandung-doan379-2019", """
Báo Quân đội nhân dân
Trang chủ › Chính trị › Dân vận
Chủ Nhật, 10/11/2019 | 07:30
Người chính trị viên "4 cùng" giữa đại ngàn Mường Nhé
QĐND - Gần 10 năm gắn bó với vùng biên giới Mường Nhé (Điện Biên), Thiếu tá Vàng A Dình, Chính trị viên Đội sản xuất số 3 thuộc Đoàn Kinh tế - Quốc phòng 379, được đồng bào Mông, Hà Nhì, Cống gọi thân mật là "cán bộ của bản".
Thiếu tá Vàng A Dình (thứ hai từ trái) hướng dẫn bà con bản Nậm Pố 2 chăm sóc ruộng lúa nước.
Sinh ra trong một gia đình người Mông ở huyện Tủa Chùa, Vàng A Dình hiểu những khó khăn của đồng bào nơi rẻo cao. Nhận nhiệm vụ ở xã Chung Chải từ năm 2010, anh cùng tổ công tác ăn ở tại bản, học thêm tiếng Hà Nhì để trò chuyện với bà con. Mỗi tháng, anh dành ít nhất 20 ngày ở bản, thực hiện "4 cùng": cùng ăn, cùng ở, cùng làm, cùng nói tiếng dân tộc.
Những ngày đầu, nhiều hộ vẫn du canh, đốt nương, thiếu đói triền miên. Anh cùng đồng đội vận động 42 hộ khai hoang gần 15 ha ruộng nước, hướng dẫn trồng lúa hai vụ, nuôi cá ruộng; vận động 26 hộ ra khỏi vùng sạt lở, ổn định dân cư tại điểm tái định cư Nậm Pố 2. Anh còn đi từng nhà thuyết phục cha mẹ đưa con đến lớp; nhờ đó, tỷ lệ trẻ trong độ tuổi ra lớp ở bản đạt 98%.
Ông Giàng A Páo, trưởng bản Nậm Pố 2, kể: "Trước đây bà con nghe kẻ xấu nói đi nơi khác sẽ có vua, có đất, nhiều nhà bỏ bản. Cán bộ Dình ở lại, giảng giải cho từng người, giờ bà con yên tâm làm ăn". Bà Sùng Thị Dế, Chi hội trưởng Chi hội Phụ nữ bản, cho biết nhờ vốn vay ưu đãi do Đoàn 379 giúp làm hồ sơ, 17 chị em trong bản đã có đàn lợn, đàn gà.
Thượng tá Nguyễn Hữu Quang, Chính ủy Đoàn Kinh tế - Quốc phòng 379, nhận xét: "Đồng chí Dình là cán bộ tiêu biểu trong phong trào thi đua "Dân vận khéo" của đơn vị. Cách làm của Dình là nói cho dân hiểu bằng chính tiếng nói của dân, làm trước cho dân làm theo". Trong 5 năm qua, Đội sản xuất số 3 đã giúp nhân dân xã Chung Chải hơn 3.200 ngày công, làm 9 km đường dân sinh, xây 2 lớp học cắm bản.
Với những đóng góp đó, năm 2018, Thiếu tá Vàng A Dình được Tư lệnh Quân khu 2 tặng bằng khen theo Quyết định số 2214/QĐ-BTL ngày 15/8/2018; được bình chọn là một trong 50 gương mặt "Dân vận khéo" tiêu biểu của lực lượng vũ trang Quân khu. Nói về dự định, anh chỉ mong bản có điện lưới, có đường bê tông trước mùa mưa để con em đi học không phải lội suối. Hiện anh đang cùng tổ công tác vận động bà con giữ rừng đầu nguồn, không phát nương làm rẫy trái phép.
Bài và ảnh: Quang Hiếu
Bài viết liên quan
- Bộ đội giúp dân vùng lũ Mường Tè (05/11/2019)
- Quân khu 2 tuyên dương 60 gương "Dân vận khéo" (29/10/2019)
- Đoàn 379: 15 năm bám bản, giữ biên cương (16/10/2019)
""",
    "2019-11-10",
    "Người chính trị viên \"4 cùng\" giữa đại ngàn Mường Nhé",
    E("khac", None, None),
    [
        P("Vàng A Dình", "Thiếu tá", "Chính trị viên Đội sản xuất số 3 thuộc Đoàn Kinh tế - Quốc phòng 379"),
        P("Giàng A Páo", "trưởng bản Nậm Pố 2"),
        P("Sùng Thị Dế", "Chi hội trưởng Chi hội Phụ nữ bản"),
        P("Nguyễn Hữu Quang", "Thượng tá", "Chính ủy Đoàn Kinh tế - Quốc phòng 379"),
    ],
    [
        Q("42 hộ", 42, "hộ"),
        Q("gần 15 ha", 15, "ha", "approx"),
        Q("26 hộ", 26, "hộ"),
        Q("98%", 98, "%"),
        Q("17 chị em", 17, "chị em"),
        Q("hơn 3.200 ngày công", 3200, "ngày công", "over"),
        Q("9 km", 9, "km"),
        Q("2 lớp học cắm bản", 2, "lớp học cắm bản"),
        Q("50 gương mặt", 50, "gương mặt"),
    ],
    [
        D("Quyết định", "2214", "QĐ-BTL", "2018-08-15", "Tư lệnh Quân khu 2", surface="Quyết định số 2214/QĐ-BTL"),
    ],
    [prov("Điện Biên"), com("Chung Chải")],
    ["Báo Quân đội nhân dân", "Trang chủ › Chính trị › Dân vận", "QĐND",
     "Thiếu tá Vàng A Dình (thứ hai từ trái) hướng dẫn bà con bản Nậm Pố 2 chăm sóc ruộng lúa nước.", "Dân vận khéo", "Quang Hiếu"],
    ["Chủ Nhật, 10/11/2019 | 07:30", "Gần 10 năm", "4 cùng", "20 ngày", "5 năm", "hai vụ"],
))

# ---------------------------------------------------------------- b879
PAGES.append(page("b879-gialai-chucsac-tongiao-2020", """
Báo Gia Lai điện tử
Chính trị › Dân tộc - Tôn giáo
14/01/2020 16:30 GMT+7
Phó Bí thư Thường trực Tỉnh ủy gặp mặt chức sắc, chức việc các tôn giáo
(GLO)- Chiều 13-1, Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo (Sở Nội vụ) tổ chức hội nghị gặp mặt chức sắc, chức việc các tôn giáo trên địa bàn tỉnh năm 2020 nhân dịp đón Xuân Canh Tý. Phó Bí thư Thường trực Tỉnh ủy Trần Quang Hưng dự và phát biểu. Cùng dự có đồng chí Nay H'Lin, Ủy viên BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và hơn 200 chức sắc, chức việc tiêu biểu của Phật giáo, Công giáo, Tin lành, Cao Đài.
Phó Bí thư Thường trực Tỉnh ủy Trần Quang Hưng tặng quà cho các chức sắc tôn giáo. Ảnh: Hồng Thi
Theo báo cáo của Ban Tôn giáo, Gia Lai hiện có 6 tôn giáo được Nhà nước công nhận với hơn 560.000 tín đồ, chiếm gần 38% dân số; trong đó có 328 chức sắc, 2.640 chức việc và 412 cơ sở thờ tự. Riêng đạo Tin lành có hơn 170.000 tín đồ, phần lớn là đồng bào Jrai, Bahnar. Năm 2019, thực hiện Kế hoạch số 25-KH/TU ngày 06/8/2018 của Tỉnh ủy thực hiện Chỉ thị 18-CT/TW của Ban Bí thư, các cấp đã giải quyết 87 hồ sơ đăng ký sinh hoạt tôn giáo tập trung, công nhận 14 chi hội Tin lành theo đúng Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ.
Các tôn giáo đã tích cực tham gia công tác an sinh xã hội với số tiền hơn 46 tỷ đồng, hỗ trợ xây 58 căn nhà cho hộ nghèo, trao hàng nghìn suất học bổng. Nhiều chức sắc đã vận động tín đồ không tham gia "Tin lành Đê Ga", không vượt biên trái phép, góp phần giữ vững ổn định chính trị ở vùng đồng bào dân tộc thiểu số.
Tại buổi gặp mặt, Mục sư Rơ Mah Thuyên, Quản nhiệm Chi hội Tin lành Plei Rơngol, xã Chư Đăng Ya, cho biết chi hội đã vận động 35 hộ tín đồ hiến đất làm đường bê tông. Linh mục Phaolô Trần Văn Lộc, Quản nhiệm giáo xứ Plei Chuet, bày tỏ mong muốn tỉnh tiếp tục quan tâm giao đất xây dựng cơ sở thờ tự. Thượng tọa Thích Quảng Hạnh, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị hỗ trợ các chùa ở vùng sâu tổ chức lớp học tình thương. Ông Rơ Lan Bloih, người có uy tín làng Plei Thơ Ga, xã Chư Đăng Ya nói: "Người Jrai theo đạo cũng là con dân của làng, phải giữ luật tục tốt, làm theo pháp luật".
Phát biểu tại hội nghị, đồng chí Trần Quang Hưng ghi nhận đóng góp của các tôn giáo trong phát triển kinh tế - xã hội, xây dựng khối đại đoàn kết toàn dân tộc; đề nghị chức sắc tiếp tục hướng dẫn tín đồ sống "tốt đời, đẹp đạo", hoạt động theo Hiến chương, điều lệ của giáo hội và pháp luật của Nhà nước. Đồng chí yêu cầu Ban Dân vận Tỉnh ủy, Sở Nội vụ kịp thời giải quyết những kiến nghị chính đáng của các tổ chức tôn giáo. Dịp này, Thường trực Tỉnh ủy tặng 60 phần quà Tết cho các tổ chức tôn giáo.
Hồng Thi
Tin liên quan
- Gặp mặt 250 người có uy tín trong đồng bào dân tộc thiểu số (10/01/2020)
- Chư Sê: thăm, chúc mừng các cơ sở tôn giáo dịp Giáng sinh (23/12/2019)
- Đắk Đoa đối thoại với người dân làng Kon Yang (12/12/2019)
""",
    "2020-01-14",
    "Phó Bí thư Thường trực Tỉnh ủy gặp mặt chức sắc, chức việc các tôn giáo",
    E("hoi_nghi", "2020", "2020-01-13"),
    [
        P("Trần Quang Hưng", "Phó Bí thư Thường trực Tỉnh ủy"),
        P("Nay H'Lin", "Ủy viên BTV Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Rơ Mah Thuyên", "Mục sư", "Quản nhiệm Chi hội Tin lành Plei Rơngol"),
        P("Phaolô Trần Văn Lộc", "Linh mục", "Quản nhiệm giáo xứ Plei Chuet"),
        P("Thích Quảng Hạnh", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
        P("Rơ Lan Bloih", "người có uy tín làng Plei Thơ Ga"),
    ],
    [
        Q("hơn 200 chức sắc, chức việc", 200, "chức sắc, chức việc", "over"),
        Q("6 tôn giáo", 6, "tôn giáo"),
        Q("hơn 560.000 tín đồ", 560000, "tín đồ", "over"),
        Q("gần 38%", 38, "%", "approx"),
        Q("328 chức sắc", 328, "chức sắc"),
        Q("2.640 chức việc", 2640, "chức việc"),
        Q("412 cơ sở thờ tự", 412, "cơ sở thờ tự"),
        Q("hơn 170.000 tín đồ", 170000, "tín đồ", "over"),
        Q("87 hồ sơ", 87, "hồ sơ"),
        Q("14 chi hội Tin lành", 14, "chi hội Tin lành"),
        Q("hơn 46 tỷ đồng", 46000000000, "đồng", "over"),
        Q("58 căn nhà", 58, "căn nhà"),
        Q("35 hộ tín đồ", 35, "hộ tín đồ"),
        Q("60 phần quà", 60, "phần quà"),
    ],
    [
        D("Kế hoạch", "25", "KH/TU", "2018-08-06", "Tỉnh ủy", surface="Kế hoạch số 25-KH/TU"),
        D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", surface="Chỉ thị 18-CT/TW"),
        D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", surface="Nghị định số 162/2017/NĐ-CP"),
    ],
    [prov("Gia Lai"), com("Chư Đăng Ya")],
    ["Báo Gia Lai điện tử", "Chính trị › Dân tộc - Tôn giáo", "(GLO)", "Tin lành Đê Ga", "Xuân Canh Tý", "Hồng Thi", "tốt đời, đẹp đạo"],
    ["14/01/2020 16:30 GMT+7", "Chiều 13-1", "hàng nghìn suất học bổng"],
))

# ---------------------------------------------------------------- b880
PAGES.append(page("b880-binhduong-congdoan-kcn-traoqua-covid-2020", """
BÌNH DƯƠNG ONLINE - Báo của Đảng bộ tỉnh Bình Dương
Xã hội | Công đoàn
Cập nhật: 09:05, 24/09/2020
Trao 2.000 phần quà cho công nhân khu công nghiệp gặp khó khăn do dịch Covid-19
(BDO) Ngày 23/9, tại Nhà văn hóa Lao động tỉnh, Liên đoàn Lao động (LĐLĐ) tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức trao 2.000 phần quà cho công nhân lao động các khu công nghiệp bị giảm giờ làm, mất việc do ảnh hưởng của dịch Covid-19. Mỗi phần quà gồm 500.000 đồng tiền mặt và nhu yếu phẩm.
Dự chương trình có bà Huỳnh Thị Kim Phượng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; ông Tạ Minh Khoa, Chủ tịch LĐLĐ tỉnh; các ông Lưu Văn Quý, Đỗ Thành Nhân, Phó Chủ tịch LĐLĐ tỉnh.
Trao quà cho công nhân lao động có hoàn cảnh khó khăn.
Theo LĐLĐ tỉnh, 8 tháng đầu năm 2020, toàn tỉnh có hơn 1.200 doanh nghiệp bị ảnh hưởng bởi dịch bệnh, khoảng 102.000 người lao động bị giảm giờ làm, tạm hoãn hợp đồng hoặc mất việc. Thực hiện Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ người dân gặp khó khăn do đại dịch, các cấp công đoàn đã phối hợp lập hồ sơ đề nghị hỗ trợ cho 14.680 người lao động, với tổng số tiền gần 26,5 tỷ đồng.
Theo Kế hoạch số 107/KH-LĐLĐ của LĐLĐ tỉnh, công đoàn các cấp đã tổ chức chương trình "Bữa cơm công đoàn", "Phiên chợ nghĩa tình" với 18.500 suất hàng bình ổn giá; trao 12 căn "Mái ấm Công đoàn", mỗi căn trị giá 50 triệu đồng; giảm từ 30% đến 50% tiền thuê nhà trọ cho công nhân tại 1.350 phòng trọ nhờ vận động các chủ nhà trọ chia sẻ khó khăn.
Nhận phần quà, chị H'Ngọc Niê (người Êđê, quê Đắk Lắk), công nhân Công ty TNHH Gỗ Minh Phát, xúc động: "Vợ chồng em cùng bị cắt giảm ca, phải gửi con về quê. Số tiền này giúp em trả tiền nhà trọ tháng này". Anh Thạch Sô Phết (người Khmer, quê Trà Vinh), công nhân Công ty TNHH Điện tử Quang Vinh, mong công đoàn giới thiệu việc làm mới cho lao động bị mất việc.
Phát biểu tại chương trình, bà Huỳnh Thị Kim Phượng đề nghị các cấp công đoàn tiếp tục nắm chắc tâm tư, nguyện vọng của công nhân, nhất là lao động nữ, lao động là người dân tộc thiểu số từ các tỉnh khác đến làm việc; kịp thời phản ánh với cấp ủy, chính quyền để giải quyết, không để xảy ra tranh chấp lao động tập thể. Ông Tạ Minh Khoa cho biết, từ nay đến cuối năm, LĐLĐ tỉnh sẽ tiếp tục trao thêm khoảng 3.000 phần quà, dự kiến dành 7,2 tỷ đồng chăm lo Tết cho đoàn viên, người lao động.
Thanh Thúy
Tin khác
- Thuận An: đối thoại với công nhân về nhà ở xã hội (18/09/2020)
- 500 công nhân được khám sức khỏe miễn phí (10/09/2020)
- Ra mắt Công đoàn cơ sở Công ty TNHH Điện tử Quang Vinh (02/09/2020)
""",
    "2020-09-24",
    "Trao 2.000 phần quà cho công nhân khu công nghiệp gặp khó khăn do dịch Covid-19",
    E("trao_qua", None, "2020-09-23"),
    [
        P("Huỳnh Thị Kim Phượng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Tạ Minh Khoa", "Chủ tịch LĐLĐ tỉnh"),
        P("Lưu Văn Quý", "Phó Chủ tịch LĐLĐ tỉnh"),
        P("Đỗ Thành Nhân", "Phó Chủ tịch LĐLĐ tỉnh"),
        P("H'Ngọc Niê", "công nhân Công ty TNHH Gỗ Minh Phát"),
        P("Thạch Sô Phết", "công nhân Công ty TNHH Điện tử Quang Vinh"),
    ],
    [
        Q("2.000 phần quà", 2000, "phần quà"),
        Q("500.000 đồng", 500000, "đồng"),
        Q("hơn 1.200 doanh nghiệp", 1200, "doanh nghiệp", "over"),
        Q("khoảng 102.000 người lao động", 102000, "người lao động", "approx"),
        Q("14.680 người lao động", 14680, "người lao động"),
        Q("gần 26,5 tỷ đồng", 26500000000, "đồng", "approx"),
        Q("18.500 suất hàng bình ổn giá", 18500, "suất hàng bình ổn giá"),
        Q("12 căn", 12, "căn"),
        Q("50 triệu đồng", 50000000, "đồng"),
        Q("30%", 30, "%"),
        Q("50%", 50, "%"),
        Q("1.350 phòng trọ", 1350, "phòng trọ"),
        Q("khoảng 3.000 phần quà", 3000, "phần quà", "approx"),
        Q("7,2 tỷ đồng", 7200000000, "đồng"),
    ],
    [
        D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", surface="Nghị quyết số 42/NQ-CP"),
        D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định số 15/2020/QĐ-TTg"),
        D("Kế hoạch", "107", "KH-LĐLĐ", None, "LĐLĐ tỉnh", surface="Kế hoạch số 107/KH-LĐLĐ"),
    ],
    [prov("Bình Dương"), prov("Đắk Lắk"), prov("Trà Vinh")],
    ["BÌNH DƯƠNG ONLINE - Báo của Đảng bộ tỉnh Bình Dương", "Xã hội | Công đoàn", "(BDO)", "Trao quà cho công nhân lao động có hoàn cảnh khó khăn.",
     "Bữa cơm công đoàn", "Phiên chợ nghĩa tình", "Mái ấm Công đoàn", "Nhà văn hóa Lao động tỉnh", "Thanh Thúy"],
    ["Cập nhật: 09:05, 24/09/2020", "8 tháng đầu năm 2020", "tháng này"],
))
