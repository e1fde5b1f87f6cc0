"""holdout39 batch 3: b905-b910 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b905 Hòa Bình 2021, tổng kết năm (headline without kind)
PAGES.append(page("b905-hoabinh-bdv-tongket-2021", """
BÁO HÒA BÌNH ĐIỆN TỬ
Vị trí: Trang chủ > Xây dựng Đảng
Cập nhật: 08:05, 18/12/2021
(Ảnh: Toàn cảnh hội nghị)
Phát huy sức mạnh khối đại đoàn kết, góp phần hoàn thành nhiệm vụ chính trị
(HBĐT) - Ngày 17/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai phương hướng, nhiệm vụ năm 2022. Đồng chí Bùi Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có đồng chí Xa Văn Đàm, Phó Bí thư Tỉnh ủy.
Năm 2021, trong bối cảnh dịch COVID-19 diễn biến phức tạp, khối dân vận các cấp đã chủ động đổi mới phương thức, vừa tuyên truyền, vận động nhân dân thực hiện các biện pháp phòng, chống dịch, vừa phục vụ thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 với tỷ lệ cử tri đi bầu đạt 99,93%. Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy ban hành Kế hoạch số 15-KH/TU ngày 10/9/2021 thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị; hướng dẫn triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; tham mưu sơ kết các Kết luận số 21, 22 của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào Mường, Dao.
Các cấp đã vận động 3.458 hộ hiến hơn 62.000 m2 đất, hàng chục nghìn ngày công xây dựng nông thôn mới; Ủy ban MTTQ các cấp tiếp nhận ủng hộ Quỹ vắc-xin phòng COVID-19 hơn 15 tỷ đồng. Toàn tỉnh có 512 mô hình "Dân vận khéo", trong đó 86 mô hình được biểu dương cấp tỉnh. Công tác dân vận chính quyền có chuyển biến, 100% xã, phường, thị trấn tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Tại hội nghị, các đại biểu đã tập trung thảo luận, làm rõ kết quả và những khó khăn trong thực hiện nhiệm vụ. Đồng chí Đinh Công Sứ, HUV, Trưởng Ban Dân vận Huyện ủy Lạc Sơn cho biết, huyện đã xây dựng 37 tổ dân vận ở xóm, giúp giải quyết tại chỗ nhiều vụ việc phức tạp. Đồng chí Hà Thị Yến, Bí thư Đảng ủy xã Phú Cường chia sẻ cách vận động bà con người Mường giữ gìn nhà sàn truyền thống gắn với làm du lịch cộng đồng. Ông Quách Văn Tuân, Bí thư chi bộ kiêm trưởng xóm Chiềng, xã Phú Cường kể lại việc xóm vận động 24 hộ hiến đất mở rộng đường liên xóm.
Phát biểu chỉ đạo, đồng chí Xa Văn Đàm đề nghị năm 2022 khối dân vận tiếp tục tham mưu thực hiện hiệu quả Quy chế công tác dân vận của hệ thống chính trị; chú trọng công tác dân vận trong thực hiện các dự án trọng điểm, nhất là đường cao tốc Hòa Lạc - Hòa Bình; quan tâm nắm tình hình tư tưởng nhân dân vùng sâu, vùng xa và vùng đồng bào có đạo.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 12 tập thể, 19 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2021.
Mai Hoa
Tin cùng chuyên mục
- Hội nghị giao ban khối dân vận quý III (08/10/2021)
- Đà Bắc: Vận động nhân dân tiêm vắc-xin phòng COVID-19 (20/09/2021)
- Tân Lạc tổng kết 5 năm phong trào "Dân vận khéo" (27/08/2021)
""", "2021-12-18", "Phát huy sức mạnh khối đại đoàn kết, góp phần hoàn thành nhiệm vụ chính trị",
    E("tong_ket", "2021", "2021-12-17"),
    [P("Bùi Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Xa Văn Đàm", "Phó Bí thư Tỉnh ủy"),
     P("Đinh Công Sứ", "HUV", "Trưởng Ban Dân vận Huyện ủy Lạc Sơn"),
     P("Hà Thị Yến", "Bí thư Đảng ủy xã Phú Cường"),
     P("Quách Văn Tuân", "Bí thư chi bộ kiêm trưởng xóm Chiềng")],
    [Q("99,93%", 99.93, "%"),
     Q("3.458 hộ", 3458, "hộ"),
     Q("hơn 62.000 m2", 62000, "m2", "over"),
     Q("hơn 15 tỷ đồng", 15000000000, "đồng", "over"),
     Q("512 mô hình", 512, "mô hình"),
     Q("86 mô hình", 86, "mô hình"),
     Q("100%", 100, "%"),
     Q("37 tổ dân vận", 37, "tổ dân vận"),
     Q("24 hộ", 24, "hộ"),
     Q("12 tập thể", 12, "tập thể"),
     Q("19 cá nhân", 19, "cá nhân")],
    [D("Kế hoạch", "15", "KH/TU", "2021-09-10", "Tỉnh ủy", "Kế hoạch số 15-KH/TU ngày 10/9/2021"),
     D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương"),
     D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"),
     D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
     D("Kết luận", "21", None, None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 21, 22 của Ban Thường vụ Tỉnh ủy"),
     D("Kết luận", "22", None, None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 21, 22 của Ban Thường vụ Tỉnh ủy")],
    [prov("Hòa Bình"), com("Phú Cường")],
    ["BÁO HÒA BÌNH ĐIỆN TỬ", "Vị trí: Trang chủ > Xây dựng Đảng", "(Ảnh: Toàn cảnh hội nghị)", "(HBĐT)", "Dân vận khéo",
     "Quỹ vắc-xin phòng COVID-19", "Quy chế công tác dân vận của hệ thống chính trị", "Hòa Lạc - Hòa Bình"],
    ["khóa XV", "nhiệm kỳ 2021 - 2026", "năm 2022", "hàng chục nghìn ngày công", "COVID-19"]))

# ---------------------------------------------------------------- b906 Cà Mau 2021, chân dung (no event)
PAGES.append(page("b906-camau-hlhpn-chandung-2021", """
BÁO CÀ MAU
Xã hội › Gương sáng quanh ta
Thứ Sáu, 15/10/2021 | 06:40
Chị Lý Thị Sa Pha (bìa phải) hướng dẫn hội viên ghi sổ tiết kiệm.
Người “giữ lửa” chi hội phụ nữ ấp Kinh Hòn
Hơn 10 năm làm Chi hội trưởng Chi hội Phụ nữ ấp Kinh Hòn, xã Khánh Bình Tây Bắc, huyện Trần Văn Thời, chị Lý Thị Sa Pha, người dân tộc Khmer, được bà con trong ấp tin yêu gọi là người “giữ lửa” của chị em.
Ấp Kinh Hòn có 286 hộ, trong đó hơn 40% là đồng bào Khmer. Những năm trước, nhiều chị em trong ấp thiếu vốn làm ăn, phải vay nặng lãi, có người bỏ xứ lên thành phố làm công nhân. Năm 2014, chị Sa Pha vận động thành lập “Tổ phụ nữ tiết kiệm” với 25 thành viên, mỗi tháng mỗi người góp 200.000 đồng để cho nhau vay xoay vòng, không tính lãi. Đến nay, tổ đã giúp 37 lượt chị em vay vốn nuôi heo, nuôi tôm quảng canh, trồng rau màu; 12 hộ đã thoát nghèo.
Chị Sa Pha tâm sự: “Muốn chị em nghe mình thì mình phải làm trước. Nhà tôi nuôi tôm kết hợp trồng lúa có hiệu quả, tôi mời chị em tới coi, chỉ từng cách thả giống, cho ăn”. Mỗi khi tổ chức sinh hoạt, chị đều dùng cả tiếng Khmer và tiếng Việt để các bà, các mẹ lớn tuổi hiểu rõ.
Bà Huỳnh Thị Diễm, Chủ tịch Hội LHPN xã Khánh Bình Tây Bắc cho biết, chi hội do chị Sa Pha phụ trách nhiều năm liền được công nhận vững mạnh; năm 2020, mô hình “Tổ phụ nữ tiết kiệm” được Ban Thường vụ Huyện ủy Trần Văn Thời công nhận là mô hình “Dân vận khéo” cấp huyện. Số hội viên của chi hội tăng từ 68 lên 112 chị.
Không chỉ lo chuyện làm ăn, chị Sa Pha còn cùng Ban nhân dân ấp vận động bà con hiến đất, góp tiền làm 1,2 km lộ bê tông, lắp 45 bóng đèn chiếu sáng đường quê. Khi dịch COVID-19 bùng phát, chị cùng chị em trong chi hội đi từng nhà vận động bà con khai báo y tế, tiêm vắc-xin; quyên góp được 150 phần quà gồm gạo, mì, dầu ăn trao cho các hộ khó khăn và người từ các tỉnh trở về quê.
Ông Lâm Văn Khởi, Bí thư Chi bộ ấp Kinh Hòn nhận xét: “Sa Pha nói ít, làm nhiều, chuyện gì trong ấp cần vận động bà con là Chi bộ nghĩ tới chị đầu tiên”. Đại đức Danh Phol, trụ trì chùa Kinh Hòn cũng cho biết, chị thường phối hợp với nhà chùa vận động phụ huynh cho con em đi học lớp chữ Khmer dịp hè.
Với những đóng góp đó, chị Lý Thị Sa Pha được Trung ương Hội LHPN Việt Nam tặng Bằng khen năm 2020 và được chọn là một trong những gương điển hình tiêu biểu dự Hội nghị biểu dương phụ nữ tiêu biểu tỉnh Cà Mau nhân kỷ niệm 91 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2021).
Kim Ngân
Xem thêm
- Phụ nữ U Minh chung tay phòng, chống dịch (12/10/2021)
- Trao 200 suất quà cho hội viên phụ nữ nghèo (05/10/2021)
- Gương sáng “Dân vận khéo” ở Đầm Dơi (28/09/2021)
""", "2021-10-15", "Người “giữ lửa” chi hội phụ nữ ấp Kinh Hòn",
    E("khac", None, None),
    [P("Lý Thị Sa Pha", "Chi hội trưởng Chi hội Phụ nữ ấp Kinh Hòn"),
     P("Huỳnh Thị Diễm", "Chủ tịch Hội LHPN xã Khánh Bình Tây Bắc"),
     P("Lâm Văn Khởi", "Bí thư Chi bộ ấp Kinh Hòn"),
     P("Danh Phol", "Đại đức", "trụ trì chùa Kinh Hòn")],
    [Q("286 hộ", 286, "hộ"),
     Q("hơn 40%", 40, "%", "over"),
     Q("25 thành viên", 25, "thành viên"),
     Q("200.000 đồng", 200000, "đồng"),
     Q("37 lượt chị em", 37, "lượt chị em"),
     Q("12 hộ", 12, "hộ"),
     Q("68", 68, "chị"),
     Q("112 chị", 112, "chị"),
     Q("1,2 km", 1.2, "km"),
     Q("45 bóng đèn", 45, "bóng đèn"),
     Q("150 phần quà", 150, "phần quà")],
    [],
    [prov("Cà Mau"), com("Khánh Bình Tây Bắc")],
    ["BÁO CÀ MAU", "Xã hội › Gương sáng quanh ta", "Chị Lý Thị Sa Pha (bìa phải) hướng dẫn hội viên ghi sổ tiết kiệm.",
     "Tổ phụ nữ tiết kiệm", "Dân vận khéo", "Trung ương Hội LHPN Việt Nam", "Ban nhân dân ấp", "giữ lửa"],
    ["Hơn 10 năm", "Năm 2014", "91 năm", "20/10/1930 - 20/10/2021", "năm 2020"]))

# ---------------------------------------------------------------- b907 Thái Bình 2022, Công an tỉnh sơ kết 6 tháng
PAGES.append(page("b907-thaibinh-congan-soket-phongtrao-2022", """
Báo Thái Bình điện tử
An ninh - Quốc phòng
15/07/2022 08:30
Công an tỉnh sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc
Ngày 14/7, Công an tỉnh Thái Bình tổ chức hội nghị sơ kết công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc và công tác dân vận của lực lượng Công an 6 tháng đầu năm 2022. Đại tá Phạm Văn Tuyến, Phó Giám đốc Công an tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Vũ Thị Thu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện Ban Dân vận Tỉnh ủy, Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh.
Đại tá Phạm Văn Tuyến phát biểu tại hội nghị.
Báo cáo do Thượng tá Đỗ Thị Hằng, Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc trình bày cho biết, thực hiện Chỉ thị số 09-CT/TW ngày 1/12/2011 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới và Kế hoạch số 196/KH-CAT-PV05 ngày 10/1/2022 của Công an tỉnh, 6 tháng qua, phong trào tiếp tục được củng cố, nhân rộng. Toàn tỉnh hiện có 1.642 tổ tự quản về an ninh trật tự và 263 mô hình tự quản; 100% xã, thị trấn đã bố trí công an chính quy.
Từ phong trào, quần chúng nhân dân đã cung cấp cho cơ quan Công an 1.158 nguồn tin có giá trị, giúp phát hiện, điều tra làm rõ 86 vụ án; vận động nhân dân giao nộp 42 vũ khí, vật liệu nổ, công cụ hỗ trợ. Lực lượng Công an các cấp phối hợp với Mặt trận, các đoàn thể hòa giải thành công 317 vụ việc mâu thuẫn ngay từ cơ sở, không để phát sinh thành vụ án hình sự. Cán bộ, chiến sĩ đã tham gia làm 2.150 ngày công giúp dân, trao 380 suất quà cho gia đình chính sách, hộ nghèo với tổng trị giá gần 190 triệu đồng.
Tham luận tại hội nghị, Thượng tá Lương Văn Khải, Trưởng Công an huyện Kiến Xương chia sẻ kinh nghiệm xây dựng mô hình "Camera an ninh" do nhân dân đóng góp, đến nay đã lắp đặt 1.236 camera ở các thôn, tổ dân phố. Đại úy Nguyễn Minh Tú, Trưởng Công an xã Vũ Quý cho biết, lực lượng công an xã đã phối hợp với Chi hội Cựu chiến binh các thôn tuần tra, bảo đảm an ninh trật tự vào ban đêm. Ông Đặng Văn Hòa, Tổ trưởng tổ tự quản về an ninh trật tự thôn Đông, xã Vũ Quý kiến nghị có chế độ hỗ trợ cho thành viên các tổ tự quản.
Kết luận hội nghị, Đại tá Phạm Văn Tuyến yêu cầu 6 tháng cuối năm, Công an các đơn vị, địa phương chủ động tham mưu cấp ủy, chính quyền tổ chức tốt "Ngày hội toàn dân bảo vệ an ninh Tổ quốc" (19/8); triển khai Thông tư số 124/2021/TT-BCA của Bộ Công an; gắn công tác dân vận với thực hiện Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử.
Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 14 tập thể và 23 cá nhân có thành tích xuất sắc.
Minh Đức
Các tin khác
- Ra mắt mô hình "Khu dân cư an toàn về an ninh trật tự" tại xã Minh Tân (08/07/2022)
- Công an tỉnh tập huấn nghiệp vụ cho công an xã (29/06/2022)
- Đông Hưng: Hơn 500 hội viên cựu chiến binh tham gia giữ gìn an ninh trật tự (20/06/2022)
""", "2022-07-15", "Công an tỉnh sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc",
    E("so_ket", "2022-H1", "2022-07-14"),
    [P("Phạm Văn Tuyến", "Đại tá", "Phó Giám đốc Công an tỉnh"),
     P("Vũ Thị Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Đỗ Thị Hằng", "Thượng tá", "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc"),
     P("Lương Văn Khải", "Thượng tá", "Trưởng Công an huyện Kiến Xương"),
     P("Nguyễn Minh Tú", "Đại úy", "Trưởng Công an xã Vũ Quý"),
     P("Đặng Văn Hòa", "Tổ trưởng tổ tự quản về an ninh trật tự thôn Đông")],
    [Q("1.642 tổ tự quản về an ninh trật tự", 1642, "tổ tự quản về an ninh trật tự"),
     Q("263 mô hình tự quản", 263, "mô hình tự quản"),
     Q("100%", 100, "%"),
     Q("1.158 nguồn tin", 1158, "nguồn tin"),
     Q("86 vụ án", 86, "vụ án"),
     Q("42 vũ khí, vật liệu nổ, công cụ hỗ trợ", 42, "vũ khí, vật liệu nổ, công cụ hỗ trợ"),
     Q("317 vụ việc mâu thuẫn", 317, "vụ việc mâu thuẫn"),
     Q("2.150 ngày công", 2150, "ngày công"),
     Q("380 suất quà", 380, "suất quà"),
     Q("gần 190 triệu đồng", 190000000, "đồng", "approx"),
     Q("1.236 camera", 1236, "camera"),
     Q("14 tập thể", 14, "tập thể"),
     Q("23 cá nhân", 23, "cá nhân")],
    [D("Chỉ thị", "09", "CT/TW", "2011-12-01", "Ban Bí thư", "Chỉ thị số 09-CT/TW ngày 1/12/2011 của Ban Bí thư"),
     D("Kế hoạch", "196", "KH-CAT-PV05", "2022-01-10", "Công an tỉnh", "Kế hoạch số 196/KH-CAT-PV05 ngày 10/1/2022 của Công an tỉnh"),
     D("Thông tư", "124", "2021/TT-BCA", None, "Bộ Công an", "Thông tư số 124/2021/TT-BCA của Bộ Công an"),
     D("Đề án", "06", None, None, None, "Đề án 06")],
    [prov("Thái Bình"), com("Vũ Quý")],
    ["Báo Thái Bình điện tử", "An ninh - Quốc phòng", "Đại tá Phạm Văn Tuyến phát biểu tại hội nghị.", "Camera an ninh",
     "Ngày hội toàn dân bảo vệ an ninh Tổ quốc", "Giám đốc Công an tỉnh"],
    ["6 tháng cuối năm", "19/8", "15/07/2022 08:30"]))

# ---------------------------------------------------------------- b908 Gia Lai 2022, biểu dương người có uy tín
PAGES.append(page("b908-gialai-bandantoc-bieuduong-nguoicouytin-2022", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Dân tộc - Miền núi
25/11/2022, 17:30
Biểu dương 150 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số
(GLO)- Sáng 25-11, Ban Dân tộc tỉnh Gia Lai phối hợp với Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2022. Dự hội nghị có đồng chí Kpă Y Hiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; bà Puih H'Bi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nay Blếch, Trưởng Ban Dân tộc tỉnh cùng 150 người có uy tín đến từ 17 huyện, thị xã, thành phố.
Các đại biểu dự hội nghị. Ảnh: Hà Duy
Báo cáo tại hội nghị cho biết, toàn tỉnh hiện có 1.372 người có uy tín, phần lớn là già làng, trưởng thôn, làng, cán bộ hưu trí. Thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, năm 2022 các địa phương đã tổ chức thăm hỏi, tặng quà Tết cho người có uy tín với mức 500.000 đồng/suất; cấp báo, tạp chí và tổ chức cho 60 người có uy tín đi tham quan, học tập kinh nghiệm.
Người có uy tín đã tích cực tham gia tuyên truyền, vận động bà con thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tham gia hòa giải thành công 214 vụ việc ở thôn, làng; vận động 126 hộ hiến 8,5 ha đất để xây dựng trường học, nhà văn hóa, đường giao thông nông thôn. Nhiều người có uy tín đã cung cấp cho lực lượng chức năng 37 nguồn tin có giá trị liên quan đến an ninh nông thôn, góp phần giữ vững ổn định chính trị ở cơ sở.
Tại hội nghị, già làng A Nhuh (làng Đê Kôp, xã Ayun, huyện Mang Yang) chia sẻ: "Mình nói thì dân nghe vì mình làm trước. Nhà mình hiến đất làm nhà văn hóa trước rồi mới vận động các hộ khác". Ông Rơ Lan Blui, người có uy tín làng Kte, xã Ia Kênh cho biết, nhờ vận động bà con chuyển đổi cây trồng, làng đã giảm được 19 hộ nghèo trong năm. Bà Rơ Lan Thị Phơn, Bí thư Chi bộ làng Kte đề nghị tăng mức hỗ trợ cho người có uy tín ở vùng đặc biệt khó khăn.
Phát biểu tại hội nghị, đồng chí Kpă Y Hiêm ghi nhận những đóng góp quan trọng của đội ngũ người có uy tín và đề nghị các cấp ủy, chính quyền tiếp tục quan tâm, phát huy vai trò của người có uy tín trong thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; đấu tranh với các hoạt động lợi dụng tôn giáo, dân tộc để chia rẽ khối đại đoàn kết.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 50 người có uy tín có thành tích xuất sắc; mỗi người được tặng 1 phần quà trị giá 1 triệu đồng. Hội nghị được tổ chức theo Kế hoạch số 2467/KH-UBND ngày 5/10/2022 của UBND tỉnh.
Hà Duy
Tin liên quan
- Chư Păh: Gặp mặt người có uy tín năm 2022 (18/11/2022)
- Ia Grai: Già làng góp sức giữ bình yên buôn làng (10/11/2022)
- Hội nghị giao ban công tác dân vận quý III (06/10/2022)
""", "2022-11-25", "Biểu dương 150 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số",
    E("hoi_nghi", "2022", "2022-11-25"),
    [P("Kpă Y Hiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Puih H'Bi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Nay Blếch", "Trưởng Ban Dân tộc tỉnh"),
     P("A Nhuh", "già làng"),
     P("Rơ Lan Blui", "người có uy tín làng Kte"),
     P("Rơ Lan Thị Phơn", "Bí thư Chi bộ làng Kte")],
    [Q("150 người có uy tín", 150, "người có uy tín"),
     Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
     Q("1.372 người có uy tín", 1372, "người có uy tín"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("60 người có uy tín", 60, "người có uy tín"),
     Q("214 vụ việc", 214, "vụ việc"),
     Q("126 hộ", 126, "hộ"),
     Q("8,5 ha", 8.5, "ha"),
     Q("37 nguồn tin", 37, "nguồn tin"),
     Q("19 hộ nghèo", 19, "hộ nghèo"),
     Q("50 người có uy tín", 50, "người có uy tín"),
     Q("1 triệu đồng", 1000000, "đồng")],
    [D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ"),
     D("Kế hoạch", "2467", "KH-UBND", "2022-10-05", "UBND tỉnh", "Kế hoạch số 2467/KH-UBND ngày 5/10/2022 của UBND tỉnh")],
    [prov("Gia Lai"), com("Ayun"), com("Ia Kênh")],
    ["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Dân tộc - Miền núi", "(GLO)", "Các đại biểu dự hội nghị. Ảnh: Hà Duy",
     "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Chủ tịch UBND tỉnh"],
    ["1 phần quà", "500.000 đồng/suất", "năm 2022"]))

# ---------------------------------------------------------------- b909 Thanh Hóa 2023, giao ban tháng
PAGES.append(page("b909-thanhhoa-bdv-giaoban-thang9-2023", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Thời sự › Chính trị
Cập nhật lúc 16:45, 28/09/2023
Giao ban công tác dân vận tháng 9
Chiều 28/9, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức giao ban công tác dân vận tháng 9/2023 với ban dân vận các huyện, thị xã, thành ủy và đảng ủy trực thuộc bằng hình thức trực tuyến tại 31 điểm cầu. Đồng chí Hoàng Thị Bích Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Quang cảnh giao ban tại điểm cầu Ban Dân vận Tỉnh ủy.
Trong tháng, Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 12-HD/BDVTU về tổ chức các hoạt động kỷ niệm 93 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2023); phối hợp tham mưu Ban Thường vụ Tỉnh ủy sơ kết 5 năm thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về công tác dân vận.
Khối dân vận các cấp tiếp tục tập trung vận động nhân dân giải phóng mặt bằng dự án đường cao tốc Bắc - Nam phía Đông; tháng 9 đã vận động thêm 312 hộ bàn giao mặt bằng. Ban dân vận các huyện phối hợp với chính quyền tổ chức 27 cuộc đối thoại, tiếp 96 lượt công dân. Quỹ "Vì người nghèo" các cấp tiếp nhận 2,17 tỷ đồng; Ủy ban MTTQ các huyện miền núi kịp thời hỗ trợ 58 hộ bị thiệt hại do mưa lũ, mỗi hộ 3 triệu đồng.
Tại giao ban, đồng chí Phạm Văn Hòn, HUV, Trưởng Ban Dân vận Huyện ủy Bá Thước báo cáo việc vận động đồng bào Mường, Thái ở xã Lũng Cao di dời khỏi vùng có nguy cơ sạt lở, đến nay đã có 23 hộ chuyển đến nơi ở mới. Đồng chí Hà Thị Thắm, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Quan Sơn đề nghị tỉnh hỗ trợ kinh phí xây dựng khu tái định cư tập trung tại xã Trung Xuân. Đồng chí Lê Đình Tuấn, Trưởng Ban Dân vận Thị ủy Nghi Sơn thông tin tình hình nhân dân các xã ven biển liên quan đến môi trường khu kinh tế.
Kết luận giao ban, đồng chí Hoàng Thị Bích Ngọc yêu cầu trong tháng 10, khối dân vận các cấp tổ chức tốt các hoạt động kỷ niệm Ngày truyền thống công tác dân vận gắn với Ngày hội Đại đoàn kết toàn dân tộc; hoàn thành báo cáo công tác dân vận năm 2023 trước ngày 20/11; tiếp tục nắm chắc tình hình nhân dân vùng dự án, vùng thiên tai, không để bị động, bất ngờ. Đồng chí cũng giao các phòng chuyên môn của Ban đôn đốc các huyện hoàn thành kế hoạch kiểm tra công tác dân vận chính quyền năm 2023 tại 8 huyện còn lại.
Lê Hà
Tin cùng chuyên mục
- Thọ Xuân biểu dương 45 mô hình "Dân vận khéo" (25/09/2023)
- Mường Lát: Bộ đội Biên phòng giúp dân khắc phục hậu quả mưa lũ (19/09/2023)
- Ban Dân vận Tỉnh ủy giao ban tháng 8 năm 2023 (30/08/2023)
""", "2023-09-28", "Giao ban công tác dân vận tháng 9",
    E("giao_ban", "2023-09", "2023-09-28"),
    [P("Hoàng Thị Bích Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Phạm Văn Hòn", "HUV", "Trưởng Ban Dân vận Huyện ủy Bá Thước"),
     P("Hà Thị Thắm", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Quan Sơn"),
     P("Lê Đình Tuấn", "Trưởng Ban Dân vận Thị ủy Nghi Sơn")],
    [Q("31 điểm cầu", 31, "điểm cầu"),
     Q("312 hộ", 312, "hộ"),
     Q("27 cuộc đối thoại", 27, "cuộc đối thoại"),
     Q("96 lượt công dân", 96, "lượt công dân"),
     Q("2,17 tỷ đồng", 2170000000, "đồng"),
     Q("58 hộ", 58, "hộ"),
     Q("3 triệu đồng", 3000000, "đồng"),
     Q("23 hộ", 23, "hộ"),
     Q("8 huyện", 8, "huyện")],
    [D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU"),
     D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư")],
    [prov("Thanh Hóa"), com("Lũng Cao"), com("Trung Xuân")],
    ["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Thời sự › Chính trị",
     "Quang cảnh giao ban tại điểm cầu Ban Dân vận Tỉnh ủy.", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc",
     "Nghị quyết Trung ương 7 khóa XI", "Bắc - Nam phía Đông"],
    ["93 năm", "15/10/1930 - 15/10/2023", "5 năm", "tháng 10", "20/11", "khóa XI", "tháng 9/2023"]))

# ---------------------------------------------------------------- b910 Quảng Trị 2023, tập huấn vùng DTTS
PAGES.append(page("b910-quangtri-bdv-taphuan-dtts-2023", """
Báo Quảng Trị
Chính trị - Xã hội
14/06/2023 | 10:22
Lượt đọc: 618
Tập huấn kỹ năng công tác dân vận cho cán bộ vùng đồng bào dân tộc thiểu số
QTO - Trong 2 ngày 13 và 14/6, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức lớp tập huấn nâng cao kỹ năng công tác dân vận năm 2023 cho 120 cán bộ, người có uy tín ở các xã vùng đồng bào Vân Kiều, Pa Kô thuộc huyện Hướng Hóa, Đakrông. Đồng chí Nguyễn Thị Thúy Vân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy Quảng Trị dự, phát biểu khai mạc.
Đồng chí Nguyễn Thị Thúy Vân phát biểu khai mạc lớp tập huấn - Ảnh: H.T
Lớp tập huấn được tổ chức theo Kế hoạch số 41-KH/BDVTU ngày 3/4/2023 của Ban Dân vận Tỉnh ủy. Các học viên được nghe 4 chuyên đề, gồm: Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới công tác dân vận của Đảng ở vùng đồng bào dân tộc thiểu số; Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; kỹ năng nắm bắt tình hình, xử lý các vụ việc phức tạp ở cơ sở; kinh nghiệm xây dựng mô hình "Dân vận khéo" ở vùng đồng bào dân tộc thiểu số.
Trình bày chuyên đề, đồng chí Lê Văn Hải, Phó Hiệu trưởng Trường Chính trị Lê Duẩn nhấn mạnh, đồng bào Vân Kiều, Pa Kô chiếm khoảng 11% dân số của tỉnh, sinh sống chủ yếu ở vùng biên giới; công tác dân vận phải "nói để đồng bào hiểu, làm để đồng bào tin", cán bộ phải biết tiếng, hiểu phong tục tập quán của bà con.
Đồng chí Hồ Văn Năm, Phó Trưởng Ban Dân vận Tỉnh ủy thông tin, toàn tỉnh hiện có 337 người có uy tín trong đồng bào dân tộc thiểu số; thời gian qua, đội ngũ này đã tham gia hòa giải 58 vụ việc, vận động 73 hộ xóa bỏ hủ tục trong ma chay, cưới hỏi.
Tại lớp học, nhiều học viên đã trao đổi những vấn đề thực tiễn. Ông Hồ Văn Lèng, Chủ tịch Ủy ban MTTQ Việt Nam xã A Túc kể lại cách vận động bà con không nghe theo lời kẻ xấu lôi kéo theo đạo trái pháp luật. Ông Kăn Sồng, người có uy tín bản A Chi, xã A Ngo đề nghị tăng thời lượng các buổi thực hành. Thiếu tá Phan Đức Long, Phó Chính trị viên Đồn Biên phòng Thanh giới thiệu mô hình "Mỗi bộ đội biên phòng giúp đỡ một hộ dân" với 46 hộ được nhận đỡ đầu. Bà Hồ Thị Muôn, Chi hội trưởng Chi hội Phụ nữ bản Tà Rùng chia sẻ việc vận động chị em sinh con tại trạm y tế.
Dịp này, Ban Dân vận Tỉnh ủy cấp phát 250 cuốn sổ tay công tác dân vận song ngữ Việt - Vân Kiều cho các xã vùng đồng bào.
Hữu Thành
Tin khác
- Đakrông: Giao ban công tác dân vận 6 tháng đầu năm (09/06/2023)
- Hướng Hóa ra mắt mô hình "Bản không có người nghiện ma túy" (31/05/2023)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 10 (25/05/2023)
""", "2023-06-14", "Tập huấn kỹ năng công tác dân vận cho cán bộ vùng đồng bào dân tộc thiểu số",
    E("tap_huan", "2023", "2023-06-13"),
    [P("Nguyễn Thị Thúy Vân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy Quảng Trị"),
     P("Lê Văn Hải", "Phó Hiệu trưởng Trường Chính trị Lê Duẩn"),
     P("Hồ Văn Năm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Hồ Văn Lèng", "Chủ tịch Ủy ban MTTQ Việt Nam xã A Túc"),
     P("Kăn Sồng", "người có uy tín bản A Chi"),
     P("Phan Đức Long", "Thiếu tá", "Phó Chính trị viên Đồn Biên phòng Thanh"),
     P("Hồ Thị Muôn", "Chi hội trưởng Chi hội Phụ nữ bản Tà Rùng")],
    [Q("120 cán bộ, người có uy tín", 120, "cán bộ, người có uy tín"),
     Q("4 chuyên đề", 4, "chuyên đề"),
     Q("khoảng 11%", 11, "%", "approx"),
     Q("337 người có uy tín", 337, "người có uy tín"),
     Q("58 vụ việc", 58, "vụ việc"),
     Q("73 hộ", 73, "hộ"),
     Q("46 hộ", 46, "hộ"),
     Q("250 cuốn sổ tay công tác dân vận", 250, "cuốn sổ tay công tác dân vận")],
    [D("Kế hoạch", "41", "KH/BDVTU", "2023-04-03", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 41-KH/BDVTU ngày 3/4/2023 của Ban Dân vận Tỉnh ủy"),
     D("Chỉ thị", "49", "CT/TW", "2015-10-20", "Ban Bí thư", "Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư"),
     D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư")],
    [prov("Quảng Trị"), com("A Túc"), com("A Ngo")],
    ["Báo Quảng Trị", "Chính trị - Xã hội", "QTO", "Đồng chí Nguyễn Thị Thúy Vân phát biểu khai mạc lớp tập huấn - Ảnh: H.T",
     "Dân vận khéo", "nói để đồng bào hiểu, làm để đồng bào tin", "Mỗi bộ đội biên phòng giúp đỡ một hộ dân",
     "Trường Chính trị Lê Duẩn", "Pa Kô"],
    ["Lượt đọc: 618", "2 ngày", "một hộ dân"]))
