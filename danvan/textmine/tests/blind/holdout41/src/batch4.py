"""holdout41 batch 4: b959-b964."""
from lib import *

PAGES = []

# ---------------------------------------------------------------- b959 Hà Tĩnh 2024, giám sát chuyên đề MTTQ tỉnh
PAGES.append(page("b959-hatinh-mttq-giamsat-2024", """
Báo Hà Tĩnh
Chính trị / Mặt trận
14/06/2024 - 15:00
Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại Hương Khê
(Baohatinh.vn) - Ngày 13/6, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Trần Thị Nguyệt, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo tại huyện Hương Khê. Đây là nội dung thuộc chương trình giám sát năm 2024 của Ủy ban MTTQ tỉnh theo Kế hoạch số 112/KH-MTTQ-BTT ngày 5/3/2024.
Tham gia đoàn có ông Phan Văn Lực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh; bà Nguyễn Thị Mai Hoa, Phó Chủ tịch Hội LHPN tỉnh; ông Đậu Quang Vinh, Phó Chủ tịch Hội Cựu chiến binh tỉnh và đại diện Sở Xây dựng.
Theo báo cáo của UBND huyện, giai đoạn 2021 - 2024, huyện đã hỗ trợ xây mới, sửa chữa 362 nhà ở cho hộ nghèo, hộ cận nghèo với tổng kinh phí hơn 18,4 tỷ đồng, trong đó từ Quỹ "Vì người nghèo" các cấp là 7,2 tỷ đồng. Mỗi nhà xây mới được hỗ trợ từ 40 đến 60 triệu đồng tùy đối tượng. Năm 2024, huyện đăng ký hỗ trợ thêm 85 nhà, đến nay đã khởi công 41 nhà.
Đoàn đã giám sát trực tiếp tại xã Hương Trà và xã Phúc Đồng. Ông Lê Văn Hưng, Chủ tịch Ủy ban MTTQ xã Hương Trà, cho biết xã đã bình xét công khai tại 7 thôn, có biên bản họp dân; Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng tham gia giám sát 100% công trình. Bà Hồ Thị Lan, trưởng thôn Trung Hà, phản ánh một số hộ nghèo đơn thân, người cao tuổi không có khả năng đối ứng nên chưa thể làm nhà.
Qua giám sát, đoàn nhận thấy việc hỗ trợ cơ bản đúng đối tượng, công khai, minh bạch; tuy nhiên còn 6 nhà chậm tiến độ, hồ sơ thanh quyết toán ở một số xã chưa đầy đủ.
Kết luận buổi giám sát, bà Trần Thị Nguyệt đề nghị UBND huyện chỉ đạo hoàn thành các nhà đang xây dựng trước mùa mưa bão; rà soát, đề xuất giải pháp riêng cho các hộ không có khả năng đối ứng; phối hợp với Mặt trận thực hiện Chỉ thị số 21/CT-TTg của Thủ tướng Chính phủ và Kế hoạch số 203-KH/TU của Ban Thường vụ Tỉnh ủy về xóa nhà tạm, nhà dột nát.
Thời gian qua, hoạt động giám sát của MTTQ các cấp trong tỉnh được thực hiện theo hướng chọn nội dung sát với những vấn đề nhân dân quan tâm. Sau giám sát, Mặt trận đều theo dõi, đôn đốc việc tiếp thu, giải quyết các kiến nghị, góp phần nâng cao hiệu quả thực thi chính sách an sinh xã hội ở cơ sở.
Thu Hằng
Tin liên quan
- Mặt trận tỉnh giám sát việc thực hiện bảo hiểm y tế học sinh (05/06/2024)
- Vũ Quang: Trao 5 nhà Đại đoàn kết cho hộ nghèo (28/05/2024)
- Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân (20/05/2024)
""",
    "2024-06-14",
    "Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại Hương Khê",
    E("giam_sat", "2024", "2024-06-13"),
    [P("Trần Thị Nguyệt", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
     P("Phan Văn Lực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
     P("Nguyễn Thị Mai Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Đậu Quang Vinh", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
     P("Lê Văn Hưng", "Chủ tịch Ủy ban MTTQ xã Hương Trà"),
     P("Hồ Thị Lan", "trưởng thôn Trung Hà")],
    [Q("362 nhà ở", 362, "nhà ở"),
     Q("hơn 18,4 tỷ đồng", 18400000000, "đồng", "over"),
     Q("7,2 tỷ đồng", 7200000000, "đồng"),
     Q("40 đến 60 triệu đồng", 40000000, "đồng"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("85 nhà", 85, "nhà"),
     Q("41 nhà", 41, "nhà"),
     Q("7 thôn", 7, "thôn"),
     Q("100% công trình", 100, "%"),
     Q("6 nhà", 6, "nhà")],
    [D("Kế hoạch", "112", "KH-MTTQ-BTT", "2024-03-05", None, "Kế hoạch số 112/KH-MTTQ-BTT ngày 5/3/2024"),
     D("Chỉ thị", "21", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 21/CT-TTg của Thủ tướng Chính phủ"),
     D("Kế hoạch", "203", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 203-KH/TU của Ban Thường vụ Tỉnh ủy")],
    [prov("Hà Tĩnh"), com("Hương Trà"), com("Phúc Đồng")],
    ["Báo Hà Tĩnh", "Chính trị / Mặt trận", "(Baohatinh.vn)", "Vì người nghèo", "Ban Thanh tra nhân dân",
     "Ban giám sát đầu tư của cộng đồng", "Sở Xây dựng"],
    ["14/06/2024 - 15:00", "năm 2024", "giai đoạn 2021 - 2024", "Năm 2024"]))

# ---------------------------------------------------------------- b960 Quảng Bình 2024, trao nhà Đại đoàn kết, đồng bào Chứt
PAGES.append(page("b960-quangbinh-minhhoa-traonha-2024", """
QUẢNG BÌNH ĐIỆN TỬ
Xã hội › Vì người nghèo
Thứ Bảy, 21/09/2024 | 07:40
Trao 12 nhà Đại đoàn kết cho đồng bào Chứt ở Minh Hóa
(QBĐT) - Ngày 20/9, Ủy ban MTTQ Việt Nam huyện Minh Hóa phối hợp với Đồn Biên phòng Cà Xèng và Công ty TNHH MTV Xổ số kiến thiết Quảng Bình tổ chức lễ bàn giao 12 nhà Đại đoàn kết cho hộ nghèo đồng bào Chứt ở các bản Ông Tú, Yên Hợp, Ka Oóc thuộc xã Dân Hóa và Trọng Hóa.
Dự buổi lễ có bà Đinh Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; ông Nguyễn Xuân Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Thượng tá Cao Văn Hải, Chính trị viên Đồn Biên phòng Cà Xèng.
Mỗi căn nhà có diện tích từ 40 - 45 m2, được hỗ trợ 60 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 40 triệu đồng, doanh nghiệp tài trợ 20 triệu đồng; cán bộ, chiến sĩ Đồn Biên phòng Cà Xèng và đoàn viên thanh niên góp hơn 600 ngày công vận chuyển vật liệu, dựng nhà. Tổng kinh phí xây dựng 12 căn nhà là 720 triệu đồng.
Ông Hồ Thanh Tình, Bí thư Đảng ủy xã Dân Hóa, cho biết toàn xã có 612 hộ đồng bào Chứt, Mã Liềng, Sách, trong đó còn 187 hộ nghèo; số nhà tạm, nhà dột nát đã giảm mạnh nhờ các chương trình hỗ trợ. Thực hiện Kế hoạch số 164-KH/TU ngày 10/6/2024 của Ban Thường vụ Tỉnh ủy hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", năm 2024 huyện Minh Hóa phấn đấu xóa 215 nhà tạm.
Nhận nhà mới, ông Đinh Xon, bản Ông Tú, xúc động: "Trước đây cả nhà ở trong căn chòi lợp lá, mùa mưa lạnh lắm. Nay có nhà kiên cố, tôi yên tâm làm ăn". Già làng Hồ Văn Nhưng, bản Yên Hợp, cảm ơn Đảng, Nhà nước, bộ đội biên phòng đã luôn quan tâm đồng bào.
Phát biểu tại buổi lễ, bà Đinh Thị Hương nhấn mạnh: việc trao nhà Đại đoàn kết thể hiện truyền thống tương thân tương ái, là kết quả của sự vào cuộc đồng bộ của cả hệ thống chính trị. Bà đề nghị các hộ gia đình giữ gìn nhà cửa, chăm lo phát triển sản xuất, cho con em đến trường đầy đủ, sớm vươn lên thoát nghèo.
Cùng ngày, đoàn công tác trao 100 suất quà, mỗi suất gồm 20 kg gạo, 1 thùng mì tôm, cho các hộ nghèo trên địa bàn 2 xã.
Từ năm 2021 đến nay, Ủy ban MTTQ các cấp trong huyện đã vận động xây dựng 236 nhà Đại đoàn kết, tập trung ở các xã vùng cao, biên giới.
Hoạt động trao nhà Đại đoàn kết tại các bản vùng cao biên giới đã góp phần giúp đồng bào các dân tộc ổn định cuộc sống, yên tâm sản xuất, gắn bó với bản làng. Qua đó, củng cố niềm tin của nhân dân đối với Đảng, chính quyền, xây dựng thế trận lòng dân vững chắc nơi biên giới, đồng thời lan tỏa tinh thần tương thân tương ái trong cộng đồng.
Minh Phong
Tin liên quan
- Tuyên Hóa: Khởi công 20 nhà cho hộ nghèo (15/09/2024)
- Đồn Biên phòng Cà Xèng giúp dân thu hoạch lúa rẫy (06/09/2024)
- Trao học bổng cho học sinh đồng bào Chứt (28/08/2024)
""",
    "2024-09-21",
    "Trao 12 nhà Đại đoàn kết cho đồng bào Chứt ở Minh Hóa",
    E("trao_qua", None, "2024-09-20"),
    [P("Đinh Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Xuân Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Cao Văn Hải", "Thượng tá", "Chính trị viên Đồn Biên phòng Cà Xèng"),
     P("Hồ Thanh Tình", "Bí thư Đảng ủy xã Dân Hóa"),
     P("Đinh Xon"),
     P("Hồ Văn Nhưng", "Già làng")],
    [Q("12 nhà Đại đoàn kết", 12, "nhà Đại đoàn kết"),
     Q("40 - 45 m2", 40, "m2"),
     Q("45 m2", 45, "m2"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("40 triệu đồng", 40000000, "đồng"),
     Q("20 triệu đồng", 20000000, "đồng"),
     Q("hơn 600 ngày công", 600, "ngày công", "over"),
     Q("720 triệu đồng", 720000000, "đồng"),
     Q("612 hộ", 612, "hộ"),
     Q("187 hộ nghèo", 187, "hộ nghèo"),
     Q("215 nhà tạm", 215, "nhà tạm"),
     Q("100 suất quà", 100, "suất quà"),
     Q("20 kg gạo", 20, "kg gạo"),
     Q("2 xã", 2, "xã"),
     Q("236 nhà Đại đoàn kết", 236, "nhà Đại đoàn kết")],
    [D("Kế hoạch", "164", "KH/TU", "2024-06-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 164-KH/TU ngày 10/6/2024 của Ban Thường vụ Tỉnh ủy")],
    [prov("Quảng Bình"), com("Dân Hóa"), com("Trọng Hóa")],
    ["QUẢNG BÌNH ĐIỆN TỬ", "Xã hội › Vì người nghèo", "(QBĐT)", "Vì người nghèo", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
     "Công ty TNHH MTV Xổ số kiến thiết Quảng Bình", "bản Ông Tú"],
    ["Thứ Bảy, 21/09/2024 | 07:40", "1 thùng mì tôm", "năm 2024", "Từ năm 2021"]))

# ---------------------------------------------------------------- b961 Ninh Bình (mới) 2025, giao ban quý III, Ban Tuyên giáo và Dân vận Tỉnh ủy
PAGES.append(page("b961-ninhbinh-btgdv-giaoban-2025", """
BÁO NINH BÌNH ĐIỆN TỬ
Chính trị >> Xây dựng Đảng >> Tuyên giáo - Dân vận
Thứ Sáu, 03/10/2025 - 11:15
Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban công tác quý III
Ngày 2/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III, triển khai nhiệm vụ quý IV năm 2025. Đồng chí Trần Thị Thanh Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Vũ Đức Mạnh, Phạm Thị Huyền, Đoàn Văn Tuấn.
Quý III/2025 là quý đầu tiên tỉnh Ninh Bình mới (hợp nhất từ tỉnh Hà Nam, tỉnh Nam Định và tỉnh Ninh Bình) và chính quyền địa phương 2 cấp đi vào hoạt động. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 15, 16-KH/TU về tuyên truyền Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 và về công tác dân vận trong sắp xếp tổ chức bộ máy; hướng dẫn 129 xã, phường tổ chức tuyên truyền kỷ niệm 95 năm Ngày truyền thống công tác dân vận của Đảng.
Khối dân vận các cấp đã nắm tình hình tư tưởng của cán bộ, nhân dân sau sắp xếp; vận động 1.432 cán bộ, công chức cấp xã thuộc diện dôi dư nghỉ chính sách theo Nghị định số 178/2024/NĐ-CP của Chính phủ; tổng hợp 2.876 ý kiến góp ý vào dự thảo văn kiện Đại hội XIV của Đảng. Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội đã hoàn thành hợp nhất, sắp xếp bộ máy theo Kết luận số 177-KL/TW của Bộ Chính trị.
Tại hội nghị, đồng chí Nguyễn Văn Khánh, Bí thư Đảng ủy phường Nam Định, cho biết phường đã tổ chức đối thoại với 320 hộ kinh doanh về việc bố trí lại chợ. Đồng chí Lã Thị Thu, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Hải Hậu, phản ánh khối lượng công việc lớn trong khi biên chế cán bộ Mặt trận xã chỉ có 5 người. Đồng chí Đinh Văn Trường, Trưởng phòng Dân vận - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, báo cáo tình hình tôn giáo, nhất là ở các giáo xứ Phát Diệm, Bùi Chu.
Kết luận, đồng chí Trần Thị Thanh Vân yêu cầu quý IV tập trung tuyên truyền kết quả Đại hội đại biểu Đảng bộ tỉnh lần thứ I; theo dõi sát dư luận xã hội; hướng dẫn các đảng ủy xã, phường xây dựng mô hình "Dân vận khéo" giai đoạn 2025 - 2030; chuẩn bị tổng kết công tác năm 2025 của Ban.
Nhiều ý kiến tại hội nghị cho rằng, sau sắp xếp, khối lượng công việc ở cơ sở tăng lên, địa bàn rộng hơn, trong khi đội ngũ cán bộ làm công tác tuyên giáo, dân vận cấp xã phần lớn kiêm nhiệm. Vì vậy, cần sớm tổ chức bồi dưỡng nghiệp vụ, bảo đảm điều kiện làm việc để cán bộ yên tâm công tác.
Hà Linh
Tin cùng chuyên mục
- Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ I thành công tốt đẹp (29/09/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Đảng ủy phường Hoa Lư (15/09/2025)
- Khối dân vận tỉnh phát động ủng hộ đồng bào bị ảnh hưởng bão số 5 (30/08/2025)
""",
    "2025-10-03",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban công tác quý III",
    E("giao_ban", "2025-Q3", "2025-10-02"),
    [P("Trần Thị Thanh Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Vũ Đức Mạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Phạm Thị Huyền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Đoàn Văn Tuấn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Nguyễn Văn Khánh", "Bí thư Đảng ủy phường Nam Định"),
     P("Lã Thị Thu", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hải Hậu"),
     P("Đinh Văn Trường", "Trưởng phòng Dân vận - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy")],
    [Q("129 xã, phường", 129, "xã, phường"),
     Q("1.432 cán bộ, công chức cấp xã", 1432, "cán bộ, công chức cấp xã"),
     Q("2.876 ý kiến", 2876, "ý kiến"),
     Q("320 hộ kinh doanh", 320, "hộ kinh doanh"),
     Q("5 người", 5, "người")],
    [D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 15, 16-KH/TU"),
     D("Kế hoạch", "16", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "16-KH/TU"),
     D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 178/2024/NĐ-CP của Chính phủ"),
     D("Kết luận", "177", "KL/TW", None, "Bộ Chính trị", "Kết luận số 177-KL/TW của Bộ Chính trị")],
    [prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Nam Định"), com("Hải Hậu")],
    ["BÁO NINH BÌNH ĐIỆN TỬ", "Chính trị >> Xây dựng Đảng >> Tuyên giáo - Dân vận", "Dân vận khéo",
     "Ngày truyền thống công tác dân vận của Đảng", "Phát Diệm", "Bùi Chu"],
    ["Thứ Sáu, 03/10/2025 - 11:15", "quý IV năm 2025", "Quý III/2025", "quý đầu tiên", "2 cấp", "lần thứ I", "nhiệm kỳ 2025 - 2030",
     "95 năm", "Đại hội XIV", "giai đoạn 2025 - 2030", "năm 2025"]))

# ---------------------------------------------------------------- b962 Phú Thọ (mới) 2025, Đại hội Đảng bộ xã
PAGES.append(page("b962-phutho-xadabac-daihoi-2025", """
Báo và Phát thanh, Truyền hình Phú Thọ
Trang chủ - Chính trị - Đại hội Đảng các cấp
16/08/2025 06:30
Hôm nay: Thứ Bảy, 16/08/2025
Đại hội Đảng bộ xã Đà Bắc lần thứ I: Đồng chí Xa Văn Thông giữ chức Bí thư Đảng ủy xã
Trong 2 ngày 14 và 15/8, Đảng bộ xã Đà Bắc, tỉnh Phú Thọ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Xã Đà Bắc được thành lập trên cơ sở sáp nhập thị trấn Đà Bắc và các xã Tu Lý, Hào Lý, Toàn Sơn thuộc huyện Đà Bắc (tỉnh Hòa Bình cũ). Dự đại hội có đồng chí Đinh Công Sứ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy.
150 đại biểu thay mặt cho 1.286 đảng viên sinh hoạt tại 42 chi bộ trực thuộc tham dự đại hội. Xã có diện tích tự nhiên 198 km2, dân số hơn 24.000 người, trong đó đồng bào Mường, Tày, Dao chiếm trên 85%.
Báo cáo chính trị trình bày tại đại hội cho biết, nhiệm kỳ qua, các xã, thị trấn cũ đã hoàn thành nhiều chỉ tiêu quan trọng; tỷ lệ hộ nghèo giảm bình quân 3,2%/năm; nhân dân hiến hơn 15.000 m2 đất, đóng góp 11,5 tỷ đồng xây dựng nông thôn mới. Công tác dân vận được chú trọng với 26 mô hình "Dân vận khéo"; các đoàn thể tổ chức 64 cuộc đối thoại, tiếp xúc với nhân dân.
Đại hội xác định 3 khâu đột phá và 18 chỉ tiêu chủ yếu cho nhiệm kỳ 2025 - 2030, trong đó phấn đấu thu nhập bình quân đầu người đạt 75 triệu đồng/năm vào năm 2030; tỷ lệ hộ nghèo giảm còn 3,5%.
Thực hiện Quyết định số 1385-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy về việc chỉ định Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030 và Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp, đại hội đã công bố quyết định chỉ định Ban Chấp hành Đảng bộ xã gồm 33 đồng chí; Ban Thường vụ gồm 11 đồng chí. Đồng chí Xa Văn Thông, Bí thư Đảng ủy xã; các đồng chí Bạch Thị Duyên, Phó Bí thư Thường trực Đảng ủy xã; Đinh Văn Hải, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Đồng chí Xa Thị Nhàn được chỉ định giữ chức Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.
Phát biểu chỉ đạo, đồng chí Đinh Công Sứ đề nghị Đảng ủy xã mới khẩn trương ổn định tổ chức, phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, vận động nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính, chính quyền địa phương 2 cấp.
Đại hội cũng bầu đoàn đại biểu gồm 12 đồng chí đi dự Đại hội đại biểu Đảng bộ tỉnh Phú Thọ lần thứ I.
Ảnh: Đồng chí Đinh Công Sứ tặng hoa chúc mừng Ban Chấp hành Đảng bộ xã khóa I.
Các đại biểu dự đại hội đã tập trung thảo luận, đóng góp ý kiến vào dự thảo văn kiện Đại hội Đảng bộ tỉnh và các giải pháp phát triển du lịch cộng đồng gắn với lòng hồ sông Đà, bảo tồn văn hóa dân tộc Mường, Tày, Dao.
Bích Ngọc
Tin liên quan
- Đại hội Đảng bộ phường Vĩnh Phúc lần thứ I (12/08/2025)
- Xã Mai Châu tổ chức đại hội điểm (05/08/2025)
""",
    "2025-08-16",
    "Đại hội Đảng bộ xã Đà Bắc lần thứ I: Đồng chí Xa Văn Thông giữ chức Bí thư Đảng ủy xã",
    E("dai_hoi", None, "2025-08-14"),
    [P("Xa Văn Thông", "Bí thư Đảng ủy xã"),
     P("Đinh Công Sứ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
     P("Bạch Thị Duyên", "Phó Bí thư Thường trực Đảng ủy xã"),
     P("Đinh Văn Hải", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
     P("Xa Thị Nhàn", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã")],
    [Q("150 đại biểu", 150, "đại biểu"),
     Q("1.286 đảng viên", 1286, "đảng viên"),
     Q("42 chi bộ trực thuộc", 42, "chi bộ trực thuộc"),
     Q("198 km2", 198, "km2"),
     Q("hơn 24.000 người", 24000, "người", "over"),
     Q("trên 85%", 85, "%", "over"),
     Q("3,2%", 3.2, "%"),
     Q("hơn 15.000 m2", 15000, "m2", "over"),
     Q("11,5 tỷ đồng", 11500000000, "đồng"),
     Q("26 mô hình", 26, "mô hình"),
     Q("64 cuộc đối thoại, tiếp xúc", 64, "cuộc đối thoại, tiếp xúc"),
     Q("18 chỉ tiêu chủ yếu", 18, "chỉ tiêu chủ yếu"),
     Q("75 triệu đồng", 75000000, "đồng"),
     Q("3,5%", 3.5, "%"),
     Q("33 đồng chí", 33, "đồng chí"),
     Q("11 đồng chí", 11, "đồng chí"),
     Q("12 đồng chí", 12, "đồng chí")],
    [D("Quyết định", "1385", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1385-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy"),
     D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị")],
    [prov("Phú Thọ"), prov("Hòa Bình"), com("Đà Bắc"), com("Tu Lý"), com("Hào Lý"), com("Toàn Sơn")],
    ["Báo và Phát thanh, Truyền hình Phú Thọ", "Trang chủ - Chính trị - Đại hội Đảng các cấp", "Hôm nay: Thứ Bảy, 16/08/2025",
     "Dân vận khéo", "Ảnh: Đồng chí Đinh Công Sứ tặng hoa chúc mừng Ban Chấp hành Đảng bộ xã khóa I."],
    ["16/08/2025 06:30", "lần thứ I", "nhiệm kỳ 2025 - 2030", "2 ngày", "3 khâu đột phá", "năm 2030", "2 cấp", "khóa I", "33 đồng chí",
     "11 đồng chí", "12 đồng chí"]))

# ---------------------------------------------------------------- b963 Hải Phòng (mới) 2026, tổng kết công tác Mặt trận năm 2025
PAGES.append(page("b963-haiphong-mttq-tongket-2025", """
Báo Hải Phòng điện tử
Thời sự | Mặt trận - Đoàn thể
Cập nhật: 17:10, 09/01/2026 (GMT+7)
Toàn cảnh hội nghị.
Mặt trận thành phố triển khai nhiệm vụ năm 2026
(HP) - Chiều 8/1, Ủy ban MTTQ Việt Nam thành phố Hải Phòng tổ chức hội nghị tổng kết công tác Mặt trận và các tổ chức chính trị - xã hội năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đồng chí Lê Văn Hiệu, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì hội nghị.
Năm 2025 là năm đặc biệt khi thành phố Hải Phòng và tỉnh Hải Dương hợp nhất thành thành phố Hải Phòng mới với 114 xã, phường, đặc khu. Thực hiện Kết luận số 127-KL/TW và Quy định số 302-QĐ/TW của Bộ Chính trị, Ủy ban MTTQ thành phố đã hoàn thành sắp xếp 5 tổ chức chính trị - xã hội trực thuộc; các tổ chức Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Hội Cựu chiến binh, Liên đoàn Lao động đi vào hoạt động ổn định trong cơ cấu mới.
Trong năm, Quỹ "Vì người nghèo" các cấp vận động được 186,4 tỷ đồng; Mặt trận phối hợp với các lực lượng hoàn thành xóa 2.418 nhà tạm, nhà dột nát, về đích trước thời hạn. Cuộc vận động ủng hộ đồng bào bị thiệt hại do bão số 3 tiếp nhận hơn 62 tỷ đồng. Mặt trận các cấp đã tổ chức 1.150 cuộc giám sát, tổng hợp gần 9.800 ý kiến, kiến nghị cử tri; 100% xã, phường, đặc khu tổ chức Ngày hội Đại đoàn kết toàn dân tộc.
Tại hội nghị, đồng chí Phạm Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội Liên hiệp Phụ nữ thành phố, báo cáo kết quả mô hình "Phụ nữ Hải Phòng chung tay xây dựng nhà mái ấm". Đồng chí Nguyễn Văn Đức, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội Nông dân thành phố, nêu kiến nghị về hỗ trợ nông dân vùng Chí Linh, Kinh Môn bị thiệt hại do bão. Đồng chí Vũ Thị Lành, Chủ tịch Ủy ban MTTQ Việt Nam xã Tiên Lãng, chia sẻ kinh nghiệm xây dựng Ban Công tác Mặt trận ở 38 thôn sau sáp nhập.
Phát biểu chỉ đạo, đồng chí Trần Hữu Thắng, Phó Bí thư Thành ủy, ghi nhận kết quả Mặt trận đạt được, đề nghị năm 2026 tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVII; tham gia tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; thực hiện tốt Quyết định số 218-QĐ/TW ngày 12/12/2013 về giám sát, góp ý xây dựng Đảng.
Dịp này, Ủy ban MTTQ Việt Nam thành phố tặng Bằng khen cho 46 tập thể và 58 cá nhân có thành tích xuất sắc.
Mai Hương
Tin liên quan
- Hiệp thương giới thiệu người ứng cử đại biểu HĐND thành phố (05/01/2026)
- Trao 1.000 suất quà Tết cho hộ khó khăn (30/12/2025)
- Phường Hồng Bàng ra mắt Ban Công tác Mặt trận các khu dân cư (22/12/2025)
""",
    "2026-01-09",
    "Mặt trận thành phố triển khai nhiệm vụ năm 2026",
    E("tong_ket", "2025", "2026-01-08"),
    [P("Lê Văn Hiệu", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
     P("Phạm Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội Liên hiệp Phụ nữ thành phố"),
     P("Nguyễn Văn Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội Nông dân thành phố"),
     P("Vũ Thị Lành", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tiên Lãng"),
     P("Trần Hữu Thắng", "Phó Bí thư Thành ủy")],
    [Q("114 xã, phường, đặc khu", 114, "xã, phường, đặc khu"),
     Q("5 tổ chức chính trị - xã hội", 5, "tổ chức chính trị - xã hội"),
     Q("186,4 tỷ đồng", 186400000000, "đồng"),
     Q("2.418 nhà tạm, nhà dột nát", 2418, "nhà tạm, nhà dột nát"),
     Q("hơn 62 tỷ đồng", 62000000000, "đồng", "over"),
     Q("1.150 cuộc giám sát", 1150, "cuộc giám sát"),
     Q("gần 9.800 ý kiến, kiến nghị cử tri", 9800, "ý kiến, kiến nghị cử tri", "approx"),
     Q("100% xã, phường, đặc khu", 100, "%"),
     Q("38 thôn", 38, "thôn"),
     Q("46 tập thể", 46, "tập thể"),
     Q("58 cá nhân", 58, "cá nhân")],
    [D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị", "Kết luận số 127-KL/TW"),
     D("Quy định", "302", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 302-QĐ/TW của Bộ Chính trị"),
     D("Quyết định", "218", "QĐ/TW", "2013-12-12", None, "Quyết định số 218-QĐ/TW ngày 12/12/2013")],
    [prov("Hải Phòng"), prov("Hải Dương"), com("Tiên Lãng")],
    ["Báo Hải Phòng điện tử", "Thời sự | Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.", "(HP)", "Vì người nghèo",
     "Phụ nữ Hải Phòng chung tay xây dựng nhà mái ấm", "Ngày hội Đại đoàn kết toàn dân tộc", "Chí Linh", "Kinh Môn"],
    ["Cập nhật: 17:10, 09/01/2026 (GMT+7)", "năm 2025", "năm 2026", "bão số 3", "Đại hội XIV", "lần thứ XVII", "khóa XVI",
     "nhiệm kỳ 2026 - 2031"]))

# ---------------------------------------------------------------- b964 Tuyên Quang (mới) 2026, tập huấn tại Trường Chính trị tỉnh
PAGES.append(page("b964-tuyenquang-truongchinhtri-taphuan-2026", """
TUYÊN QUANG ONLINE - Báo và Phát thanh, Truyền hình Tuyên Quang
Chính trị › Xây dựng Đảng
13-03-2026 14:25
Bồi dưỡng nghiệp vụ tuyên giáo và dân vận cho cán bộ cấp xã
(TQĐT) - Ngày 12/3, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Trường Chính trị tỉnh khai giảng lớp bồi dưỡng nghiệp vụ công tác tuyên giáo và dân vận năm 2026 cho 186 học viên là trưởng, phó ban tuyên giáo và dân vận đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam các xã, phường của tỉnh Tuyên Quang. Lớp học diễn ra trong 3 ngày, từ ngày 12 đến 14/3.
Dự khai giảng có đồng chí Hầu Thị Mỷ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; TS. Nguyễn Văn Dương, Hiệu trưởng Trường Chính trị tỉnh.
Sau hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, toàn tỉnh có 124 xã, phường; nhiều cán bộ làm công tác dân vận ở cơ sở mới được điều động, bố trí, chưa có kinh nghiệm. Lớp bồi dưỡng được tổ chức theo Kế hoạch số 08-KH/BTGDVTU ngày 20/1/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy, nhằm trang bị kiến thức về Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị, kỹ năng nắm bắt dư luận xã hội, đấu tranh phản bác quan điểm sai trái trên không gian mạng, kỹ năng vận động đồng bào dân tộc thiểu số.
Phát biểu khai giảng, đồng chí Hầu Thị Mỷ đề nghị học viên tích cực trao đổi kinh nghiệm thực tiễn, nhất là việc vận động nhân dân đồng thuận với chủ trương sáp nhập thôn, tổ dân phố; xây dựng mô hình "Dân vận khéo" gắn với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Tại lớp học, các học viên được nghe đồng chí Ma Văn Hùng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, truyền đạt chuyên đề về công tác dân vận chính quyền; đồng chí Sùng Mí Páo, Trưởng phòng Dân vận - Dân tộc - Tôn giáo, giới thiệu tình hình tôn giáo ở các xã vùng cao như Mèo Vạc, Đồng Văn, Lũng Cú. Học viên còn được đi thực tế tại xã Thái Bình, nơi có mô hình "Tổ dân vận tự quản" hoạt động hiệu quả ở 17 thôn.
Chị Lù Thị Dợ, Phó Trưởng ban Tuyên giáo và Dân vận Đảng ủy xã Sà Phìn, chia sẻ: "Xã có trên 98% là đồng bào Mông, việc được bồi dưỡng kỹ năng vận động bằng tiếng dân tộc rất cần thiết với chúng tôi".
Theo kế hoạch, năm 2026 Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Trường Chính trị tỉnh mở 4 lớp với khoảng 700 học viên; kinh phí tổ chức mỗi lớp khoảng 120 triệu đồng.
Thanh Thúy
Tin khác
- Tuyên Quang gặp mặt người có uy tín năm 2026 (05/03/2026)
- Xã Bạch Đích ra mắt mô hình "Dân vận khéo" (25/02/2026)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (10/02/2026)
""",
    "2026-03-13",
    "Bồi dưỡng nghiệp vụ tuyên giáo và dân vận cho cán bộ cấp xã",
    E("tap_huan", "2026", "2026-03-12"),
    [P("Hầu Thị Mỷ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Nguyễn Văn Dương", "TS.", "Hiệu trưởng Trường Chính trị tỉnh"),
     P("Ma Văn Hùng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Sùng Mí Páo", "Trưởng phòng Dân vận - Dân tộc - Tôn giáo"),
     P("Lù Thị Dợ", "Phó Trưởng ban Tuyên giáo và Dân vận Đảng ủy xã Sà Phìn")],
    [Q("186 học viên", 186, "học viên"),
     Q("124 xã, phường", 124, "xã, phường"),
     Q("17 thôn", 17, "thôn"),
     Q("trên 98%", 98, "%", "over"),
     Q("4 lớp", 4, "lớp"),
     Q("khoảng 700 học viên", 700, "học viên", "approx"),
     Q("khoảng 120 triệu đồng", 120000000, "đồng", "approx")],
    [D("Kế hoạch", "08", "KH/BTGDVTU", "2026-01-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
       "Kế hoạch số 08-KH/BTGDVTU ngày 20/1/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị")],
    [prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Đồng Văn"), com("Lũng Cú"), com("Thái Bình"), com("Sà Phìn")],
    ["TUYÊN QUANG ONLINE - Báo và Phát thanh, Truyền hình Tuyên Quang", "Chính trị › Xây dựng Đảng", "(TQĐT)", "Dân vận khéo",
     "Tổ dân vận tự quản", "Quy chế công tác dân vận của hệ thống chính trị",
     "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
    ["13-03-2026 14:25", "3 ngày", "năm 2026", "từ ngày 12 đến 14/3"]))
