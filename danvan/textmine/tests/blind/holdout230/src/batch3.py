from lib import *
PAGES = []

PAGES.append(page("b5489-binhphuoc-bdbp-connuoi-chandung-2023", """
BÁO BÌNH PHƯỚC ĐIỆN TỬ
Hôm nay: Thứ Bảy, 20/05/2023
Trang chủ > Phóng sự - Ký sự
Cập nhật lúc 17:20 ngày 19/05/2023
Thiếu tá Điểu Minh cùng con nuôi Thị Hương trong giờ học bài.
"Người cha quân hàm xanh" của những đứa trẻ S'tiêng
Ở Đồn Biên phòng Lộc Thiện (huyện Lộc Ninh), ai cũng gọi Thiếu tá Điểu Minh, Phó Chính trị viên Đồn là "bố Minh". Anh là người S'tiêng, 4 năm nay là cha nuôi của 3 đứa trẻ mồ côi trong chương trình "Con nuôi đồn Biên phòng" của BĐBP tỉnh Bình Phước.
Năm 2019, thực hiện Kế hoạch số 3690/KH-BTL ngày 24/12/2018 của Bộ Tư lệnh BĐBP, Đảng ủy Đồn đã ra Nghị quyết chuyên đề số 12-NQ/ĐU về nhận đỡ đầu trẻ em có hoàn cảnh đặc biệt khó khăn. Khi đồn rà soát ở xã Lộc Thiện, Thiếu tá Điểu Minh gặp chị em Thị Hương, Điểu Xiêm và Thị Lanh sống với người bà ngoài 70 tuổi trong căn chòi lá rộng chưa đầy 20 m2. Anh xin nhận cả 3 cháu. Mỗi tháng, ngoài khoản hỗ trợ 1 triệu đồng/cháu của chương trình, anh trích thêm khoảng 1,5 triệu đồng tiền lương để mua sữa, sách vở.
Bà Điểu Thị Len, bà ngoại của các cháu, kể: "Trước kia 3 đứa chỉ đi học bữa có bữa không. Từ ngày có bố Minh, chưa buổi nào tụi nhỏ nghỉ học". Năm học 2022 - 2023, Thị Hương đạt học sinh giỏi cấp huyện, Điểu Xiêm được nhà trường tặng giấy khen.
Theo Trung tá Nguyễn Văn Chung, Chính trị viên Đồn Biên phòng Lộc Thiện, hiện đồn đang đỡ đầu 7 cháu theo Chương trình "Con nuôi đồn Biên phòng" và 9 học sinh theo Chương trình "Nâng bước em tới trường". Toàn BĐBP tỉnh có 13 đồn biên phòng nhận 41 cháu làm con nuôi; tổng số tiền hỗ trợ từ năm 2019 đến nay trên 2 tỷ đồng. Cán bộ các đồn còn vận động xây 6 căn nhà "Mái ấm biên cương" cho gia đình các cháu.
Ông Điểu Sơn, Bí thư Đảng ủy xã Lộc Thiện, nhận xét: "Anh Minh nói được tiếng S'tiêng, hiểu phong tục nên bà con rất tin. Nhiều gia đình trước đây cho con nghỉ học đi làm rẫy, nay đã để con tiếp tục đến trường". Bà Lâm Thị Ngọc Hân, Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Lộc Ninh, cho biết Hội đang phối hợp với đồn vận động thêm 15 nhà hảo tâm cùng đỡ đầu các cháu.
Bản thân Thiếu tá Điểu Minh từng được Bộ Tư lệnh BĐBP tặng bằng khen năm 2021 và được biểu dương tại Hội nghị điển hình tiên tiến "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh". Anh chia sẻ ước mơ nhỏ: các con học hết lớp 12, có nghề nghiệp ổn định, để lại về giúp buôn làng.
Chiều muộn, khi chúng tôi rời đồn, bé Thị Lanh vẫn níu tay "bố Minh" đòi kể chuyện. Với những đứa trẻ vùng biên, người lính biên phòng đã thật sự là người thân.
Bài, ảnh: Hải Yến
Tin liên quan
- Đồn Biên phòng Hoàng Diệu trao 50 suất học bổng (10/05/2023)
- Bù Đốp: Ra mắt mô hình "Tổ tự quản đường biên, cột mốc" (28/04/2023)
- Bình Phước: Gặp mặt 120 người có uy tín (14/01/2023)
""", "2023-05-19", "\"Người cha quân hàm xanh\" của những đứa trẻ S'tiêng",
E("khac", None, None),
[P("Điểu Minh", "Thiếu tá", "Phó Chính trị viên Đồn"),
 P("Thị Hương"), P("Điểu Xiêm"), P("Thị Lanh"),
 P("Điểu Thị Len"),
 P("Nguyễn Văn Chung", "Trung tá", "Chính trị viên Đồn Biên phòng Lộc Thiện"),
 P("Điểu Sơn", "Bí thư Đảng ủy xã Lộc Thiện"),
 P("Lâm Thị Ngọc Hân", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Lộc Ninh")],
[Q("3 đứa trẻ mồ côi", 3, "đứa trẻ mồ côi"), Q("chưa đầy 20 m2", 20, "m2", "approx"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("khoảng 1,5 triệu đồng", 1500000, "đồng", "approx"), Q("7 cháu", 7, "cháu"),
 Q("9 học sinh", 9, "học sinh"), Q("13 đồn biên phòng", 13, "đồn biên phòng"), Q("41 cháu", 41, "cháu"),
 Q("trên 2 tỷ đồng", 2000000000, "đồng", "over"), Q("6 căn nhà", 6, "căn nhà"), Q("15 nhà hảo tâm", 15, "nhà hảo tâm")],
[D("Kế hoạch", "3690", "KH-BTL", "2018-12-24", "Bộ Tư lệnh BĐBP", "Kế hoạch số 3690/KH-BTL ngày 24/12/2018"),
 D("Nghị quyết", "12", "NQ/ĐU", None, "Đảng ủy Đồn", "Nghị quyết chuyên đề số 12-NQ/ĐU")],
[prov("Bình Phước"), com("Lộc Thiện")],
["BÁO BÌNH PHƯỚC ĐIỆN TỬ", "Trang chủ > Phóng sự - Ký sự", "Thiếu tá Điểu Minh cùng con nuôi Thị Hương trong giờ học bài.",
 "Người cha quân hàm xanh", "Con nuôi đồn Biên phòng", "Nâng bước em tới trường", "Mái ấm biên cương", "bố Minh",
 "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"],
["Hôm nay: Thứ Bảy, 20/05/2023", "Cập nhật lúc 17:20 ngày 19/05/2023", "4 năm", "Năm 2019", "Năm học 2022 - 2023",
 "năm 2021", "lớp 12", "ngoài 70 tuổi"]))

PAGES.append(page("b5490-laichau-kalang-soket-2023", """
Báo Lai Châu điện tử
Chính trị | Xây dựng Đảng | Dân vận
10:05 - 12/07/2023
Ka Lăng sơ kết công tác dân vận 6 tháng đầu năm 2023
Các đại biểu biểu quyết tại hội nghị. Ảnh: Thu Phương
(BLC) - Ngày 11/7, Đảng ủy xã Ka Lăng (huyện Mường Tè) phối hợp với Đồn Biên phòng Ka Lăng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Chu Xe Lừ, HUV, Bí thư Đảng ủy xã chủ trì hội nghị.
Báo cáo của Khối dân vận xã cho biết, 6 tháng qua, xã đã triển khai Kế hoạch số 41-KH/ĐU ngày 06/01/2023 của Đảng ủy xã về thực hiện Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới công tác dân vận ở vùng đồng bào dân tộc thiểu số. Đồn Biên phòng Ka Lăng phân công 14 đảng viên phụ trách 136 hộ theo mô hình "Mỗi đảng viên đồn biên phòng phụ trách 10 hộ gia đình"; phối hợp tổ chức 23 buổi tuyên truyền bằng tiếng Hà Nhì, La Hủ cho trên 1.100 lượt người.
Đến nay, xã có 7 cháu được Đồn nhận làm con nuôi theo Chương trình "Con nuôi đồn Biên phòng" và 11 học sinh được đỡ đầu theo Chương trình "Nâng bước em tới trường"; tổng kinh phí hỗ trợ 6 tháng khoảng 95 triệu đồng. Tỷ lệ hộ nghèo của xã còn 47,3%, giảm 5,8% so với cuối năm 2022. Nhân dân đã hiến 2.400 m2 đất, góp 640 ngày công làm 3 km đường nội bản.
Tại hội nghị, Đại úy Pờ Lò Xá, vừa được bổ nhiệm làm Chính trị viên phó Đồn Biên phòng Ka Lăng, cho biết đồn sẽ duy trì lớp học xóa mù chữ cho 32 phụ nữ Hà Nhì tại bản Thu Lũm. Bà Lỳ Mé Xá, người có uy tín bản Ló Na, xã Thu Lũm, đề nghị tăng cường tuyên truyền phòng, chống tảo hôn; 6 tháng qua trên địa bàn vẫn còn 3 trường hợp tảo hôn. Ông Phìn Xe Ga, Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng khối dân vận xã, đề nghị các chi bộ bản đưa nội dung dân vận vào sinh hoạt thường kỳ.
Cũng tại hội nghị, đồng chí Lý Thị Mai, Phó Trưởng Ban Dân vận Huyện ủy Mường Tè, đánh giá cao sự phối hợp giữa cấp ủy xã với đồn biên phòng; đề nghị Ka Lăng tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Kế hoạch 88, 89-KH/HU của Ban Thường vụ Huyện ủy về xây dựng bản văn hóa vùng biên.
Kết luận hội nghị, đồng chí Chu Xe Lừ yêu cầu 6 tháng cuối năm phấn đấu 100% trẻ em trong độ tuổi được đến trường, không để phát sinh người di cư tự do; phối hợp chặt chẽ với đồn biên phòng giữ vững 42,5 km đường biên giới và 9 cột mốc do xã quản lý.
Thu Phương
Tin khác
- Mường Tè: Trao 150 suất quà cho học sinh vùng biên (05/07/2023)
- Thu Lũm ra mắt "Tổ dân vận khéo" (26/06/2023)
- Đồn Biên phòng Pa Vệ Sủ giúp dân làm nhà (19/06/2023)
""", "2023-07-12", "Ka Lăng sơ kết công tác dân vận 6 tháng đầu năm 2023",
E("so_ket", "2023-H1", "2023-07-11"),
[P("Chu Xe Lừ", "HUV", "Bí thư Đảng ủy xã"),
 P("Pờ Lò Xá", "Đại úy", "Chính trị viên phó Đồn Biên phòng Ka Lăng"),
 P("Lỳ Mé Xá", "người có uy tín bản Ló Na"),
 P("Phìn Xe Ga", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng khối dân vận xã"),
 P("Lý Thị Mai", "Phó Trưởng Ban Dân vận Huyện ủy Mường Tè")],
[Q("14 đảng viên", 14, "đảng viên"), Q("136 hộ", 136, "hộ"), Q("23 buổi tuyên truyền", 23, "buổi tuyên truyền"),
 Q("trên 1.100 lượt người", 1100, "lượt người", "over"), Q("7 cháu", 7, "cháu"), Q("11 học sinh", 11, "học sinh"),
 Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx"), Q("47,3%", 47.3, "%"), Q("5,8%", 5.8, "%"),
 Q("2.400 m2", 2400, "m2"), Q("640 ngày công", 640, "ngày công"), Q("3 km", 3, "km"),
 Q("32 phụ nữ Hà Nhì", 32, "phụ nữ Hà Nhì"), Q("3 trường hợp", 3, "trường hợp"), Q("100%", 100, "%"),
 Q("42,5 km", 42.5, "km"), Q("9 cột mốc", 9, "cột mốc")],
[D("Kế hoạch", "41", "KH/ĐU", "2023-01-06", "Đảng ủy xã", "Kế hoạch số 41-KH/ĐU ngày 06/01/2023"),
 D("Chỉ thị", "49", "CT/TW", "2015-10-20", "Ban Bí thư", "Chỉ thị số 49-CT/TW ngày 20/10/2015"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "88", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 88, 89-KH/HU"),
 D("Kế hoạch", "89", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 88, 89-KH/HU")],
[prov("Lai Châu"), com("Ka Lăng"), com("Thu Lũm")],
["Báo Lai Châu điện tử", "Chính trị | Xây dựng Đảng | Dân vận", "Các đại biểu biểu quyết tại hội nghị. Ảnh: Thu Phương", "(BLC)",
 "Mỗi đảng viên đồn biên phòng phụ trách 10 hộ gia đình", "Con nuôi đồn Biên phòng", "Nâng bước em tới trường"],
["10:05 - 12/07/2023", "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "6 tháng", "cuối năm 2022", "10 hộ gia đình"]))

PAGES.append(page("b5491-quangbinh-minhhoa-giaoban-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MINH HÓA
Trang chủ › Tin tức sự kiện › Hoạt động của Huyện ủy
Thứ Tư, 03/04/2024
Ảnh: Đồng chí Đinh Thị Lan phát biểu kết luận giao ban.
Giao ban công tác dân vận quý I: Minh Hóa chú trọng vận động đồng bào Rục, Mã Liềng
Chiều 2/4, Ban Dân vận Huyện ủy Minh Hóa (tỉnh Quảng Bình) tổ chức giao ban công tác dân vận quý I năm 2024 với sự tham gia của Đồn Biên phòng Cha Lo, Đồn Biên phòng Cà Xèng, Ủy ban MTTQ Việt Nam huyện, các đoàn thể chính trị - xã hội và khối dân vận 15 xã, thị trấn. Đồng chí Đinh Thị Lan, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì.
Quý I, các cơ quan, đơn vị đã quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị và Kế hoạch số 102-KH/HU ngày 12/01/2024 của Ban Thường vụ Huyện ủy về công tác dân vận năm 2024. Hai đồn biên phòng phối hợp với xã Dân Hóa, xã Trọng Hóa tổ chức "Tết Quân - Dân" cho 480 hộ, trao 520 suất quà trị giá trên 260 triệu đồng; tổ chức 16 buổi tuyên truyền cho gần 2.000 lượt người; nhận thêm 2 cháu người Mã Liềng làm con nuôi, nâng tổng số cháu được các đồn nhận nuôi lên 9 cháu.
Tại giao ban, Thiếu tá Cao Xuân Thông, Chính trị viên Đồn Biên phòng Cà Xèng, thông tin: ở bản Ra Mai, xã Trọng Hóa, vẫn còn 27 hộ đồng bào Rục có nguy cơ tái nghèo; quý I có 4 vụ khai thác lâm sản trái phép. Bà Hồ Thị Thành, Trưởng bản Ra Mai, đề nghị hỗ trợ giống cây keo và lớp dạy nghề. Đồng chí Đinh Văn Hùng, HUV, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy, đề nghị gắn công tác dân vận với kiểm tra thực hiện Quy chế dân chủ ở cơ sở.
Các đồng chí Chủ tịch Hội Nông dân huyện Cao Văn Hòa, Bí thư Huyện đoàn Trương Thị Thu cùng báo cáo việc triển khai phong trào "Dân vận khéo" trong hội viên, đoàn viên: quý I có 11 mô hình mới đăng ký, trong đó 3 mô hình cấp huyện.
Kết luận giao ban, đồng chí Đinh Thị Lan đề nghị quý II tập trung thực hiện Chỉ thị số 49-CT/TW của Ban Bí thư về công tác dân vận vùng đồng bào dân tộc thiểu số; phối hợp với các đồn biên phòng thực hiện có hiệu quả Chương trình "Nâng bước em tới trường", phấn đấu không dưới 95% trẻ em người Rục, Mã Liềng trong độ tuổi được đến trường. Đồng chí cũng giao Văn phòng Ban chuẩn bị sơ kết 3 năm thực hiện Nghị quyết số 05-NQ/HU về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.
Ban Dân vận Huyện ủy Minh Hóa
Lượt truy cập: 1.258.447
Tin liên quan
- Đồn Biên phòng Cha Lo nhận 2 cháu làm con nuôi (21/03/2024)
- Minh Hóa: Tổng kết công tác dân vận năm 2023 (29/12/2023)
- Trao 100 suất quà cho đồng bào Rục dịp Tết (02/02/2024)
""", "2024-04-03", "Giao ban công tác dân vận quý I: Minh Hóa chú trọng vận động đồng bào Rục, Mã Liềng",
E("giao_ban", "2024-Q1", "2024-04-02"),
[P("Đinh Thị Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Cao Xuân Thông", "Thiếu tá", "Chính trị viên Đồn Biên phòng Cà Xèng"),
 P("Hồ Thị Thành", "Trưởng bản Ra Mai"),
 P("Đinh Văn Hùng", "HUV", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"),
 P("Cao Văn Hòa", "Chủ tịch Hội Nông dân huyện"),
 P("Trương Thị Thu", "Bí thư Huyện đoàn")],
[Q("15 xã, thị trấn", 15, "xã, thị trấn"), Q("480 hộ", 480, "hộ"), Q("520 suất quà", 520, "suất quà"),
 Q("trên 260 triệu đồng", 260000000, "đồng", "over"), Q("16 buổi tuyên truyền", 16, "buổi tuyên truyền"),
 Q("gần 2.000 lượt người", 2000, "lượt người", "approx"), Q("2 cháu người Mã Liềng", 2, "cháu người Mã Liềng"),
 Q("9 cháu", 9, "cháu"), Q("27 hộ đồng bào Rục", 27, "hộ đồng bào Rục"), Q("4 vụ khai thác lâm sản trái phép", 4, "vụ khai thác lâm sản trái phép"),
 Q("11 mô hình mới", 11, "mô hình mới"), Q("3 mô hình cấp huyện", 3, "mô hình cấp huyện"), Q("không dưới 95%", 95, "%", "over")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "102", "KH/HU", "2024-01-12", "Ban Thường vụ Huyện ủy", "Kế hoạch số 102-KH/HU ngày 12/01/2024"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 49-CT/TW"),
 D("Nghị quyết", "05", "NQ/HU", None, None, "Nghị quyết số 05-NQ/HU")],
[prov("Quảng Bình"), com("Dân Hóa"), com("Trọng Hóa")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MINH HÓA", "Trang chủ › Tin tức sự kiện › Hoạt động của Huyện ủy",
 "Ảnh: Đồng chí Đinh Thị Lan phát biểu kết luận giao ban.", "Tết Quân - Dân", "Dân vận khéo", "Nâng bước em tới trường",
 "Lượt truy cập: 1.258.447"],
["Thứ Tư, 03/04/2024", "quý I năm 2024", "năm 2024", "quý II", "3 năm", "Lượt truy cập: 1.258.447"]))

PAGES.append(page("b5492-daknong-tuyduc-traoqua-2024", """
Báo Đắk Nông điện tử
Trang chủ / Xã hội / Dân tộc - Tôn giáo
Cập nhật: 15:40, 30/01/2024 (GMT+7)
Đồn Biên phòng Bu Prăng trao 300 suất quà Tết cho hộ nghèo và con nuôi vùng biên
Thiếu tá Y Thinh Byă trao quà cho bà H'Liên. Ảnh: Hoàng Ngọc
Sáng 30/1, tại xã Quảng Trực (huyện Tuy Đức, tỉnh Đắk Nông), Đồn Biên phòng Bu Prăng phối hợp với Ban Dân vận Huyện ủy Tuy Đức, Ủy ban MTTQ Việt Nam huyện và Công ty TNHH Nông sản Tây Nguyên tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2024, trao 300 suất quà Tết cho hộ nghèo, hộ di cư tự do và các cháu con nuôi của đồn.
Mỗi suất quà gồm 10 kg gạo, dầu ăn, bánh kẹo và 300.000 đồng tiền mặt, tổng trị giá khoảng 210 triệu đồng. Đồn cũng trao 5 con bò giống cho 5 hộ nghèo người Mnông và 40 chiếc chăn ấm cho người già neo đơn. Riêng 6 cháu theo Chương trình "Con nuôi đồn Biên phòng", mỗi cháu được tặng 1 bộ quần áo mới và 1 triệu đồng mừng tuổi.
Dự chương trình có các ông Y Khuê, Điểu Sroi, Lê Văn Hùng - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tuy Đức; đồng chí Thị Hoan, HUV, Trưởng Ban Dân vận Huyện ủy; Trung tá Nguyễn Đình Phúc, Đồn trưởng Đồn Biên phòng Bu Prăng.
Phát biểu tại buổi lễ, Trung tá Nguyễn Đình Phúc cho biết, thực hiện Hướng dẫn số 4015/HD-CT ngày 20/11/2023 của Cục Chính trị BĐBP và Kế hoạch số 07/KH-BCH của Bộ Chỉ huy BĐBP tỉnh về tổ chức "Tết Quân - Dân" năm 2024, năm nay đồn đã vận động được 12 tổ chức, cá nhân đồng hành, gấp 2 lần năm trước. Hiện đồn đang nhận nuôi 6 cháu, đỡ đầu 8 học sinh theo Chương trình "Nâng bước em tới trường". Trên địa bàn 2 xã biên giới Quảng Trực, Đắk Buk So còn 312 hộ nghèo, trong đó trên 60% là đồng bào dân tộc thiểu số tại chỗ và dân di cư tự do từ các tỉnh phía Bắc.
Đồng chí Thị Hoan ghi nhận những đóng góp của đồn trong thực hiện Nghị quyết số 12-NQ/HU của Huyện ủy về giảm nghèo bền vững và đề nghị các xã, thị trấn công khai danh sách người nhận quà, bảo đảm đúng đối tượng, không để trùng lặp.
Bà H'Liên, ở bon Bu Prăng, xã Quảng Trực, xúc động nói: "Có gạo, có quà, nhà mình có Tết rồi". Già làng Điểu Đăm, người có uy tín bon Bu Prăng, thay mặt bà con hứa tiếp tục cùng bộ đội giữ yên bình đường biên, không nghe lời kẻ xấu.
Cùng ngày, Đồn Biên phòng Bu Prăng phối hợp với Trạm Y tế xã khám bệnh, cấp thuốc miễn phí cho 150 người dân. Tổ công tác của đồn còn dựng 3 cây nêu ngày Tết tại các bon vùng biên.
Hoàng Ngọc
Tin khác
- Tuy Đức: Gặp mặt người có uy tín dịp Tết Giáp Thìn (25/01/2024)
- Đắk Nông: 1.000 suất quà cho hộ nghèo vùng biên (18/01/2024)
- Đồn Biên phòng Đắk Buk So nhận 2 cháu làm con nuôi (05/01/2024)
""", "2024-01-30", "Đồn Biên phòng Bu Prăng trao 300 suất quà Tết cho hộ nghèo và con nuôi vùng biên",
E("trao_qua", None, "2024-01-30"),
[P("Y Thinh Byă", "Thiếu tá"),
 P("H'Liên"),
 P("Y Khuê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tuy Đức"),
 P("Điểu Sroi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tuy Đức"),
 P("Lê Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tuy Đức"),
 P("Thị Hoan", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Đình Phúc", "Trung tá", "Đồn trưởng Đồn Biên phòng Bu Prăng"),
 P("Điểu Đăm", "Già làng", "người có uy tín bon Bu Prăng")],
[Q("300 suất quà", 300, "suất quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("khoảng 210 triệu đồng", 210000000, "đồng", "approx"), Q("5 con bò giống", 5, "con bò giống"), Q("5 hộ nghèo người Mnông", 5, "hộ nghèo người Mnông"),
 Q("40 chiếc chăn ấm", 40, "chiếc chăn ấm"), Q("6 cháu", 6, "cháu"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("12 tổ chức, cá nhân", 12, "tổ chức, cá nhân"), Q("8 học sinh", 8, "học sinh"), Q("2 xã biên giới", 2, "xã biên giới"),
 Q("312 hộ nghèo", 312, "hộ nghèo"), Q("trên 60%", 60, "%", "over"), Q("150 người dân", 150, "người dân"), Q("3 cây nêu", 3, "cây nêu")],
[D("Hướng dẫn", "4015", "HD-CT", "2023-11-20", "Cục Chính trị BĐBP", "Hướng dẫn số 4015/HD-CT ngày 20/11/2023"),
 D("Kế hoạch", "07", "KH-BCH", None, "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 07/KH-BCH"),
 D("Nghị quyết", "12", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 12-NQ/HU")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Buk So")],
["Báo Đắk Nông điện tử", "Trang chủ / Xã hội / Dân tộc - Tôn giáo", "Thiếu tá Y Thinh Byă trao quà cho bà H'Liên. Ảnh: Hoàng Ngọc",
 "Xuân Biên phòng ấm lòng dân bản", "Con nuôi đồn Biên phòng", "Nâng bước em tới trường", "Tết Quân - Dân",
 "Công ty TNHH Nông sản Tây Nguyên"],
["Cập nhật: 15:40, 30/01/2024 (GMT+7)", "năm 2024", "1 bộ quần áo", "gấp 2 lần", "năm trước"]))

PAGES.append(page("b5493-sonla-bdbp-tongket-2024", """
SƠN LA - CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY
Bạn đang ở: Trang chủ » Tin tức » Hoạt động dân vận
Thứ Sáu, 10/01/2025 - 08:30
Ảnh: Toàn cảnh hội nghị.
Dân vận - Biên phòng Sơn La: 12 tháng đồng hành, 250 km biên giới bình yên
Ngày 9/1, Ban Dân vận Tỉnh ủy Sơn La và Đảng ủy Bộ đội Biên phòng tỉnh tổ chức hội nghị tổng kết công tác phối hợp năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Cầm Thị Phong, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và Đại tá Lò Văn Khiêm, Bí thư Đảng ủy, Chính ủy BĐBP tỉnh đồng chủ trì.
Đại biểu dự hội nghị. Ảnh: Quang Thái
Báo cáo tại hội nghị cho biết, năm 2024, hai bên đã tổ chức thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của BCH Trung ương về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc và Kế hoạch số 215-KH/TU ngày 08/3/2024 của Tỉnh ủy; duy trì Quy chế phối hợp số 06-QC/BDVTU-ĐUBP. 11 đồn biên phòng đã cử 178 đảng viên sinh hoạt tại 152 chi bộ bản; cử 34 cán bộ tăng cường cho 18 xã biên giới; tổ chức 642 buổi tuyên truyền cho trên 48.000 lượt người, phát 12.000 tờ rơi song ngữ Việt - Thái, Việt - Mông.
Nhờ phối hợp chặt chẽ, tình hình khu vực 250 km đường biên giới cơ bản ổn định; nhân dân cung cấp 215 nguồn tin, giúp lực lượng chức năng bắt giữ 38 vụ, 52 đối tượng mua bán, vận chuyển trái phép chất ma túy. Các đồn hiện đang nuôi 33 cháu theo Chương trình "Con nuôi đồn Biên phòng", đỡ đầu 87 học sinh theo Chương trình "Nâng bước em tới trường"; phối hợp xây 24 căn nhà "Mái ấm biên cương" với tổng kinh phí khoảng 1,44 tỷ đồng. Tỷ lệ hộ nghèo ở 18 xã biên giới giảm từ 28,4% xuống 23,9%.
Tại hội nghị, các đồng chí Trưởng Ban Dân vận Huyện ủy: Giàng A Tông (Sốp Cộp), Tòng Văn Lả (Mộc Châu) tham luận về kinh nghiệm vận động đồng bào Mông định canh định cư. Thượng tá Lường Văn Thương, Đồn trưởng Đồn Biên phòng Mường Lèo, cho biết đồn đã phối hợp với xã Mường Lèo vận động 46 hộ người Lào ở bản Huổi Hịa xây dựng mô hình "Bản không ma túy".
Phát biểu kết luận, đồng chí Cầm Thị Phong yêu cầu năm 2025 hai bên triển khai Kết luận số 118-KL/TW, 119-KL/TW của Bộ Chính trị; phấn đấu ít nhất 90% bản biên giới đạt tiêu chuẩn "Bản an toàn về an ninh trật tự", mỗi đồn nhận thêm từ 1 cháu trở lên làm con nuôi.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 10 tập thể, 16 cá nhân; trong đó có bà Lường Thị Mai, người có uy tín bản Nà Vạc, xã Mường Lạn.
Quang Thái
Bài viết liên quan
- Sốp Cộp: Hội nghị gặp mặt người có uy tín năm 2024 (20/12/2024)
- BĐBP Sơn La trao 500 suất quà cho hộ nghèo biên giới (10/12/2024)
- Mộc Châu: Ra mắt mô hình "Bản không ma túy" (25/11/2024)
""", "2025-01-10", "Dân vận - Biên phòng Sơn La: 12 tháng đồng hành, 250 km biên giới bình yên",
E("tong_ket", "2024", "2025-01-09"),
[P("Cầm Thị Phong", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Khiêm", "Đại tá", "Bí thư Đảng ủy", "Chính ủy BĐBP tỉnh"),
 P("Giàng A Tông", "Trưởng Ban Dân vận Huyện ủy"),
 P("Tòng Văn Lả", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lường Văn Thương", "Thượng tá", "Đồn trưởng Đồn Biên phòng Mường Lèo"),
 P("Lường Thị Mai", "người có uy tín bản Nà Vạc")],
[Q("250 km", 250, "km"), Q("11 đồn biên phòng", 11, "đồn biên phòng"), Q("178 đảng viên", 178, "đảng viên"),
 Q("152 chi bộ bản", 152, "chi bộ bản"), Q("34 cán bộ", 34, "cán bộ"), Q("18 xã biên giới", 18, "xã biên giới"),
 Q("642 buổi tuyên truyền", 642, "buổi tuyên truyền"), Q("trên 48.000 lượt người", 48000, "lượt người", "over"),
 Q("12.000 tờ rơi song ngữ", 12000, "tờ rơi song ngữ"), Q("215 nguồn tin", 215, "nguồn tin"), Q("38 vụ", 38, "vụ"),
 Q("52 đối tượng", 52, "đối tượng"), Q("33 cháu", 33, "cháu"), Q("87 học sinh", 87, "học sinh"), Q("24 căn nhà", 24, "căn nhà"),
 Q("khoảng 1,44 tỷ đồng", 1440000000, "đồng", "approx"), Q("28,4%", 28.4, "%"), Q("23,9%", 23.9, "%"),
 Q("46 hộ người Lào", 46, "hộ người Lào"), Q("ít nhất 90%", 90, "%", "over"), Q("từ 1 cháu trở lên", 1, "cháu", "over"),
 Q("10 tập thể", 10, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "BCH Trung ương", "Nghị quyết số 43-NQ/TW ngày 24/11/2023"),
 D("Kế hoạch", "215", "KH/TU", "2024-03-08", "Tỉnh ủy", "Kế hoạch số 215-KH/TU ngày 08/3/2024"),
 D("Quy chế phối hợp", "06", "QC/BDVTU-ĐUBP", None, None, "Quy chế phối hợp số 06-QC/BDVTU-ĐUBP"),
 D("Kết luận", "118", "KL/TW", None, "Bộ Chính trị", "Kết luận số 118-KL/TW, 119-KL/TW"),
 D("Kết luận", "119", "KL/TW", None, "Bộ Chính trị", "Kết luận số 118-KL/TW, 119-KL/TW")],
[prov("Sơn La"), com("Mường Lèo"), com("Mường Lạn")],
["SƠN LA - CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY", "Bạn đang ở: Trang chủ » Tin tức » Hoạt động dân vận",
 "Ảnh: Toàn cảnh hội nghị.", "Đại biểu dự hội nghị. Ảnh: Quang Thái", "Con nuôi đồn Biên phòng", "Nâng bước em tới trường",
 "Mái ấm biên cương", "Bản không ma túy", "Bản an toàn về an ninh trật tự"],
["Thứ Sáu, 10/01/2025 - 08:30", "12 tháng", "năm 2024", "năm 2025"]))

PAGES.append(page("b5494-tuyenquang-lungcu-hoinghi-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ >> Chính trị >> Xây dựng Đảng
Ngày 18/09/2025 | 09:15
Đồng chí Sùng Mí Chứ phát biểu tại hội nghị.
Xã Lũng Cú ký kết quy chế phối hợp với Đồn Biên phòng Lũng Cú
(BTQ) - Ngày 17/9, Đảng ủy xã Lũng Cú (tỉnh Tuyên Quang) và Đảng ủy Đồn Biên phòng Lũng Cú tổ chức hội nghị ký kết Quy chế phối hợp trong công tác dân vận và xây dựng khu vực biên giới vững mạnh, giai đoạn 2025 - 2030. Đây là lần đầu hai đảng ủy ký kết quy chế sau khi xã Lũng Cú mới được thành lập trên cơ sở sáp nhập 3 xã Lũng Cú, Má Lé, Lũng Táo cũ.
Dự hội nghị có đồng chí Sùng Mí Chứ, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Vàng Thị Dế, Phó Bí thư Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam xã; Trung tá Lò Mí Sính, Bí thư Đảng ủy, Chính trị viên Đồn Biên phòng Lũng Cú.
Theo Quy chế phối hợp số 03-QC/ĐU-ĐBP, hai bên sẽ phối hợp tuyên truyền, quán triệt Nghị quyết số 60-NQ/TW ngày 12/4/2025 của BCH Trung ương, Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh và Kế hoạch số 05-KH/ĐU ngày 10/7/2025 của Đảng ủy xã về công tác dân vận trong tình hình mới. Đồn phân công 28 đảng viên phụ trách 32 thôn; mỗi tháng tổ chức ít nhất 1 buổi sinh hoạt với chi bộ thôn.
Xã Lũng Cú hiện có 3.860 hộ với trên 19.000 nhân khẩu, 97% là đồng bào Mông, Lô Lô; tỷ lệ hộ nghèo 41,6%. Đồn Biên phòng Lũng Cú đang nuôi 5 cháu theo Chương trình "Con nuôi đồn Biên phòng", đỡ đầu 14 học sinh theo Chương trình "Nâng bước em tới trường", hỗ trợ mỗi em 500.000 đồng/tháng.
Tại hội nghị, đồng chí Giàng Seo Chơ, Trưởng Ban Xây dựng Đảng Đảng ủy xã, được phân công làm đầu mối theo dõi việc thực hiện quy chế. Bà Lù Thị Mai, người có uy tín thôn Lô Lô Chải, đề nghị đồn tiếp tục hỗ trợ bà con phát triển du lịch cộng đồng; năm 2025 thôn đón trên 25.000 lượt khách.
Theo đánh giá của Đảng ủy xã, sau sắp xếp, địa bàn xã rộng, dân cư phân tán, đường giao thông đi lại khó khăn, nhất là vào mùa mưa; đội ngũ cán bộ xã mới được kiện toàn, một số đồng chí chưa quen địa bàn, chưa thạo tiếng Mông. Vì vậy, sự phối hợp với đồn biên phòng, nơi cán bộ đã gắn bó lâu năm với bà con, là chỗ dựa quan trọng để nắm chắc tình hình từng thôn, từng hộ.
Phát biểu tại hội nghị, Trung tá Lò Mí Sính khẳng định đơn vị sẽ thực hiện nghiêm Quyết định số 23-QĐ/TW của Bộ Chính trị, tham gia "Tổ dân vận khéo" ở 100% thôn biên giới; phấn đấu đến năm 2030 không còn nhà tạm, nhà dột nát ở các thôn giáp biên.
Ngay sau hội nghị, hai bên trao 20 suất quà, mỗi suất trị giá 500.000 đồng, cho học sinh nghèo ở Trường Phổ thông dân tộc bán trú Tiểu học và THCS Lũng Cú.
Giàng Lan
Tin liên quan
- Tuyên Quang: 124 xã, phường đi vào hoạt động ổn định (15/09/2025)
- Đồn Biên phòng Sơn Vĩ nhận 2 cháu làm con nuôi (08/09/2025)
- Mèo Vạc ra mắt mô hình "Cột mốc sống" (28/08/2025)
""", "2025-09-18", "Xã Lũng Cú ký kết quy chế phối hợp với Đồn Biên phòng Lũng Cú",
E("hoi_nghi", None, "2025-09-17"),
[P("Sùng Mí Chứ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Vàng Thị Dế", "Phó Bí thư Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lò Mí Sính", "Trung tá", "Bí thư Đảng ủy", "Chính trị viên Đồn Biên phòng Lũng Cú"),
 P("Giàng Seo Chơ", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Lù Thị Mai", "người có uy tín thôn Lô Lô Chải")],
[Q("3 xã", 3, "xã"), Q("28 đảng viên", 28, "đảng viên"), Q("32 thôn", 32, "thôn"), Q("ít nhất 1 buổi", 1, "buổi", "over"),
 Q("3.860 hộ", 3860, "hộ"), Q("trên 19.000 nhân khẩu", 19000, "nhân khẩu", "over"), Q("97%", 97, "%"), Q("41,6%", 41.6, "%"),
 Q("5 cháu", 5, "cháu"), Q("14 học sinh", 14, "học sinh"), Q("500.000 đồng", 500000, "đồng"),
 Q("trên 25.000 lượt khách", 25000, "lượt khách", "over"), Q("100%", 100, "%"), Q("20 suất quà", 20, "suất quà")],
[D("Quy chế phối hợp", "03", "QC/ĐU-ĐBP", None, None, "Quy chế phối hợp số 03-QC/ĐU-ĐBP"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "BCH Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Kế hoạch", "05", "KH/ĐU", "2025-07-10", "Đảng ủy xã", "Kế hoạch số 05-KH/ĐU ngày 10/7/2025"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW")],
[prov("Tuyên Quang"), com("Lũng Cú"), com("Má Lé"), com("Lũng Táo")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ >> Chính trị >> Xây dựng Đảng", "Đồng chí Sùng Mí Chứ phát biểu tại hội nghị.", "(BTQ)",
 "Con nuôi đồn Biên phòng", "Nâng bước em tới trường", "Tổ dân vận khéo",
 "Trường Phổ thông dân tộc bán trú Tiểu học và THCS Lũng Cú"],
["Ngày 18/09/2025 | 09:15", "giai đoạn 2025 - 2030", "năm 2025", "năm 2030"]))
