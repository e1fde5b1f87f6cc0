from lib import *
PAGES = []

PAGES.append(page("b1619-dienbien-taphuan-danvan-donbienphong-2017", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ | Chính trị | Quốc phòng - An ninh
14/04/2017 - 07:50
Tập huấn nghiệp vụ dân vận cho cán bộ đồn biên phòng
Các học viên trao đổi tại lớp tập huấn.
Ngày 12 và 13/4, Ban Dân vận Tỉnh ủy Điện Biên phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh mở lớp tập huấn nghiệp vụ công tác dân vận năm 2017 cho 85 học viên là chính trị viên, đội trưởng đội vận động quần chúng và cán bộ tăng cường xã của 16 đồn biên phòng trên tuyến biên giới Việt - Lào, Việt - Trung.
Dự khai mạc có đồng chí Lò Văn Hặc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Vừ A Chớ, Phó Chính ủy Bộ đội Biên phòng tỉnh.
Trong hai ngày, các học viên được nghe các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Quàng Thị Dung, Lường Văn Xôm truyền đạt các chuyên đề: Quyết định số 290-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước các cấp; kỹ năng vận động đồng bào Mông không di cư tự do, không nghe theo kẻ xấu tuyên truyền lập "vương quốc Mông".
Thiếu tá Giàng A Dua, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Mường Nhé, chia sẻ kinh nghiệm thực hiện mô hình "Nâng bước em tới trường", nhận đỡ đầu 27 học sinh nghèo người Mông, Hà Nhì, Si La với mức hỗ trợ 500.000 đồng mỗi em mỗi tháng. Cán bộ đồn đã giúp 43 hộ đồng bào tại bản Nậm Pố, xã Sín Thầu chuyển đổi cây trồng, trồng mới 12 ha thảo quả dưới tán rừng.
Theo báo cáo của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, năm 2016 các đồn đã cử 64 cán bộ tăng cường cho các xã biên giới, trong đó 38 đồng chí tham gia sinh hoạt chi bộ bản; vận động 210 người ra đầu thú, bỏ ma túy; phối hợp hòa giải thành 52 vụ việc mâu thuẫn trong nhân dân. Phong trào "Bộ đội Biên phòng chung sức xây dựng nông thôn mới" được đẩy mạnh với tổng kinh phí huy động gần 3,2 tỷ đồng.
Phát biểu bế mạc lớp tập huấn, đồng chí Lò Văn Hặc đề nghị các học viên vận dụng kiến thức vào thực tiễn, làm theo phương châm "Đồn là nhà, biên giới là quê hương, đồng bào các dân tộc là anh em ruột thịt"; thực hiện Kế hoạch số 37-KH/BDVTU ngày 3/3/2017 của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" ở các xã biên giới, phấn đấu mỗi đồn có ít nhất 1 mô hình được công nhận.
Tham gia lớp học, Trung úy Lò Văn Phăn, cán bộ tăng cường xã Chung Chải, cho biết nhiều kỹ năng được trang bị rất thiết thực, nhất là cách nắm tình hình qua người có uy tín ở các bản vùng cao. Cuối lớp, 100% học viên đạt yêu cầu bài thu hoạch.
Quang Hưng
Lượt xem: 728
Tin liên quan
- Đồn Biên phòng Si Pa Phìn trao 30 con bò giống cho hộ nghèo (06/04/2017)
- Mường Nhé: giao ban công tác dân vận quý I (28/03/2017)
- Ký kết quy chế phối hợp giữa Ban Dân vận Tỉnh ủy và BĐBP tỉnh (15/03/2017)
- Gặp mặt người có uy tín khu vực biên giới (02/03/2017)
""", "2017-04-14", "Tập huấn nghiệp vụ dân vận cho cán bộ đồn biên phòng",
E("tap_huan", "2017", "2017-04-12"),
[P("Lò Văn Hặc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vừ A Chớ", "Đại tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Quàng Thị Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Văn Xôm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Dua", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Mường Nhé"),
 P("Lò Văn Phăn", "Trung úy", "cán bộ tăng cường xã Chung Chải")],
[Q("85 học viên", 85, "học viên"), Q("16 đồn biên phòng", 16, "đồn biên phòng"), Q("27 học sinh nghèo", 27, "học sinh nghèo"),
 Q("500.000 đồng", 500000, "đồng"), Q("43 hộ đồng bào", 43, "hộ đồng bào"), Q("12 ha", 12, "ha"),
 Q("64 cán bộ tăng cường", 64, "cán bộ tăng cường"), Q("38 đồng chí", 38, "đồng chí"), Q("210 người", 210, "người"),
 Q("52 vụ việc mâu thuẫn", 52, "vụ việc mâu thuẫn"), Q("gần 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("100%", 100, "%")],
[D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "37", "KH/BDVTU", "2017-03-03", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 37-KH/BDVTU ngày 3/3/2017")],
[prov("Điện Biên"), com("Sín Thầu"), com("Chung Chải")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ | Chính trị | Quốc phòng - An ninh", "Các học viên trao đổi tại lớp tập huấn.",
 "vương quốc Mông", "Nâng bước em tới trường", "Bộ đội Biên phòng chung sức xây dựng nông thôn mới",
 "Đồn là nhà, biên giới là quê hương, đồng bào các dân tộc là anh em ruột thịt", "Dân vận khéo", "Lượt xem: 728"],
["14/04/2017 - 07:50", "năm 2017", "năm 2016", "38 đồng chí", "1 mô hình", "hai ngày", "Lượt xem: 728"]))

PAGES.append(page("b1620-khanhhoa-truongsa-nguoilinh-2017", """
Báo Khánh Hòa điện tử
Xã hội › Biển đảo › Phóng sự
Chủ Nhật, 22/10/2017 - 09:15
Những "cán bộ dân vận" giữa trùng khơi
Cán bộ, chiến sĩ đảo Sinh Tồn giúp ngư dân sửa chữa máy tàu. Ảnh: Văn Kỳ
Giữa quần đảo Trường Sa, huyện Trường Sa, tỉnh Khánh Hòa, những người lính Hải quân không chỉ làm nhiệm vụ canh giữ chủ quyền mà còn là chỗ dựa tin cậy của ngư dân mỗi khi gặp khó khăn trên biển. Với họ, công tác dân vận được làm bằng những việc rất cụ thể: một can nước ngọt, một lần sửa máy, một ca cấp cứu giữa đêm.
Trung tá Nguyễn Đức Hạnh, Chỉ huy trưởng đảo Sinh Tồn, kể: chỉ riêng 9 tháng năm 2017, đảo đã đón 214 lượt tàu cá với hơn 2.600 lượt ngư dân vào tránh trú gió; cấp miễn phí 380 tấn nước ngọt, khám chữa bệnh, cấp thuốc cho 512 lượt ngư dân. Bệnh xá đảo đã cấp cứu thành công 6 ngư dân bị tai nạn lao động, trong đó có trường hợp phải phẫu thuật ngay trong đêm.
Theo Đại tá Trần Văn Nam, Phó Chính ủy Vùng 4 Hải quân, thực hiện Chỉ thị số 16-CT/QUTW của Thường vụ Quân ủy Trung ương về công tác dân vận của Quân đội trong tình hình mới, các đơn vị đóng quân trên quần đảo đã xây dựng mô hình "Điểm tựa ngư dân trên biển" tại 21 đảo, điểm đảo. Từ năm 2012 đến nay, các đảo đã hỗ trợ sửa chữa 1.150 tàu cá, cứu hộ, lai dắt 37 tàu gặp sự cố vào nơi an toàn.
Ở thị trấn Trường Sa, Đảng ủy thị trấn chỉ đạo Chi đoàn Thanh niên phối hợp với Đoàn cơ sở đảo tổ chức lớp học tình thương cho 15 cháu thiếu nhi; chi hội phụ nữ và các chiến sĩ cùng các hộ dân trồng rau xanh, chăn nuôi gà, vịt để cải thiện đời sống. Ông Hồ Văn Thuận, Bí thư Đảng ủy, Chủ tịch UBND thị trấn Trường Sa, cho biết 10 hộ dân trên đảo đều yên tâm sinh sống, coi bộ đội như người thân trong nhà.
Thượng úy Lê Quang Tài, Chính trị viên phó đảo Sinh Tồn Đông, chia sẻ, đơn vị luôn duy trì tủ thuốc "Vì ngư dân" và treo bảng thông tin về thời tiết, giá hải sản để bà con tiện theo dõi. Nhiều thuyền trưởng đến từ Quảng Ngãi, Bình Định coi các đảo là "nhà mình giữa biển".
Ngư dân Đặng Văn Hồng, thuyền trưởng tàu BĐ 95076 TS, nhớ lại lần tàu anh bị hỏng máy cách đảo 20 hải lý: "Nhận tín hiệu, anh em trên đảo xuồng ra lai dắt tàu vào, cho ăn, ngủ, sửa máy suốt hai ngày không lấy một đồng. Ơn ấy không bao giờ quên".
Trong tháng 7/2017, thực hiện Kế hoạch số 205/KH-BTL của Bộ Tư lệnh Vùng 4 Hải quân, các đảo còn tiếp nhận 1.200 lá cờ Tổ quốc để trao tặng ngư dân, khẳng định chủ quyền thiêng liêng trên biển.
Bài và ảnh: Văn Kỳ
Lượt đọc: 2.147
Tin khác
- Đoàn công tác số 12 thăm quần đảo Trường Sa (10/10/2017)
- Cứu nạn 8 ngư dân gặp nạn gần đảo Song Tử Tây (01/10/2017)
- Lễ tưởng niệm các liệt sĩ hy sinh ở Gạc Ma (14/03/2017)
""", "2017-10-22", "Những \"cán bộ dân vận\" giữa trùng khơi",
E("khac", None, None),
[P("Nguyễn Đức Hạnh", "Trung tá", "Chỉ huy trưởng đảo Sinh Tồn"),
 P("Trần Văn Nam", "Đại tá", "Phó Chính ủy Vùng 4 Hải quân"),
 P("Hồ Văn Thuận", "Bí thư Đảng ủy", "Chủ tịch UBND thị trấn Trường Sa"),
 P("Lê Quang Tài", "Thượng úy", "Chính trị viên phó đảo Sinh Tồn Đông"),
 P("Đặng Văn Hồng", "thuyền trưởng tàu BĐ 95076 TS")],
[Q("214 lượt tàu cá", 214, "lượt tàu cá"), Q("hơn 2.600 lượt ngư dân", 2600, "lượt ngư dân", "over"), Q("380 tấn", 380, "tấn"),
 Q("512 lượt ngư dân", 512, "lượt ngư dân"), Q("6 ngư dân", 6, "ngư dân"), Q("21 đảo, điểm đảo", 21, "đảo, điểm đảo"),
 Q("1.150 tàu cá", 1150, "tàu cá"), Q("37 tàu", 37, "tàu"), Q("15 cháu thiếu nhi", 15, "cháu thiếu nhi"), Q("10 hộ dân", 10, "hộ dân"),
 Q("1.200 lá cờ Tổ quốc", 1200, "lá cờ Tổ quốc")],
[D("Chỉ thị", "16", "CT/QUTW", None, "Thường vụ Quân ủy Trung ương", "Chỉ thị số 16-CT/QUTW"),
 D("Kế hoạch", "205", "KH-BTL", None, "Bộ Tư lệnh Vùng 4 Hải quân", "Kế hoạch số 205/KH-BTL")],
[prov("Khánh Hòa"), com("Trường Sa"), prov("Quảng Ngãi"), prov("Bình Định")],
["Báo Khánh Hòa điện tử", "Xã hội › Biển đảo › Phóng sự", "Cán bộ, chiến sĩ đảo Sinh Tồn giúp ngư dân sửa chữa máy tàu. Ảnh: Văn Kỳ",
 "Điểm tựa ngư dân trên biển", "Vì ngư dân", "nhà mình giữa biển", "Lượt đọc: 2.147"],
["Chủ Nhật, 22/10/2017 - 09:15", "9 tháng năm 2017", "một can nước ngọt", "20 hải lý", "hai ngày", "một đồng", "tháng 7/2017",
 "Vùng 4", "Lượt đọc: 2.147"]))

PAGES.append(page("b1621-hagiang-giamsat-quychedanvan-bdbp-2018", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Vị trí: Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban
Thứ Sáu, 21/09/2018, 15:40
Giám sát thực hiện Quy chế công tác dân vận tại Đảng ủy Bộ đội Biên phòng tỉnh
Ngày 20/9/2018, Đoàn giám sát số 3 của Ban Dân vận Tỉnh ủy Hà Giang do đồng chí Thào Mí Sính, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm Trưởng đoàn đã giám sát việc thực hiện Quy chế công tác dân vận của hệ thống chính trị tại Đảng ủy Bộ đội Biên phòng tỉnh, giai đoạn 2016 - 2018.
Đoàn giám sát làm việc tại Đảng ủy BĐBP tỉnh.
Tham gia đoàn có các đồng chí: Lương Thị Thu, Nguyễn Minh Tiến - Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Vàng Seo Cón, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Làm việc với đoàn có Đại tá Hoàng Văn Thận, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng tỉnh và Đại tá Trần Ngọc Đắc, Phó Bí thư Đảng ủy, Chỉ huy trưởng Bộ đội Biên phòng tỉnh.
Báo cáo của Đảng ủy BĐBP tỉnh nêu rõ, thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị và Quyết định số 1130-QĐ/TU ngày 12/10/2010 của Ban Thường vụ Tỉnh ủy ban hành quy chế công tác dân vận, Đảng ủy BĐBP tỉnh đã ban hành Nghị quyết số 15-NQ/ĐU và Kế hoạch số 203-KH/ĐU để lãnh đạo, chỉ đạo. Các đồn biên phòng đã phối hợp với cấp ủy, chính quyền 34 xã biên giới thuộc 7 huyện duy trì hoạt động của 126 tổ tự quản đường biên, mốc giới với 1.870 hộ tham gia.
Trong giai đoạn, đơn vị đã hỗ trợ xây dựng 58 ngôi nhà "Mái ấm biên cương" cho hộ nghèo, tổng trị giá 2,9 tỷ đồng; nhận đỡ đầu 74 học sinh theo chương trình "Nâng bước em tới trường"; duy trì 19 lớp xóa mù chữ với 412 học viên là đồng bào Mông, Dao, Lô Lô. Tỷ lệ đảng viên ở các đồn biên phòng nhận phụ trách hộ gia đình đạt 100%.
Qua giám sát, đoàn đánh giá Đảng ủy BĐBP tỉnh đã thực hiện nghiêm túc Quy chế, có nhiều cách làm sáng tạo; tuy nhiên việc sơ kết, rút kinh nghiệm ở một số đồn còn chậm, chất lượng sinh hoạt của một số tổ tự quản chưa cao, còn 2 đồn chưa xây dựng được mô hình "Dân vận khéo" cấp tỉnh.
Phát biểu kết luận, đồng chí Thào Mí Sính đề nghị Đảng ủy BĐBP tỉnh tiếp tục thực hiện tốt Chỉ thị số 49-CT/TU ngày 8/5/2018 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số; phối hợp chặt chẽ với Ủy ban MTTQ và các đoàn thể trong vận động đồng bào ở các xã Lũng Cú, Phó Bảng, Xín Cái không nghe theo kẻ xấu, không xuất cảnh trái phép.
Tiếp thu ý kiến của đoàn, Đại tá Hoàng Văn Thận cho biết đơn vị sẽ xây dựng kế hoạch khắc phục những hạn chế trong quý IV.
Phương Lan
Lượt xem: 604
Tin liên quan
- Giám sát thực hiện quy chế dân chủ tại Huyện ủy Mèo Vạc (14/09/2018)
- Sơ kết 2 năm thực hiện Chỉ thị 49-CT/TU (30/08/2018)
- Đồng Văn ra mắt 5 mô hình dân vận khéo (16/08/2018)
""", "2018-09-21", "Giám sát thực hiện Quy chế công tác dân vận tại Đảng ủy Bộ đội Biên phòng tỉnh",
E("giam_sat", None, "2018-09-20"),
[P("Thào Mí Sính", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng đoàn"),
 P("Lương Thị Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Minh Tiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Seo Cón", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Thận", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Trần Ngọc Đắc", "Đại tá", "Phó Bí thư Đảng ủy", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh")],
[Q("34 xã biên giới", 34, "xã biên giới"), Q("7 huyện", 7, "huyện"), Q("126 tổ tự quản đường biên, mốc giới", 126, "tổ tự quản đường biên, mốc giới"),
 Q("1.870 hộ", 1870, "hộ"), Q("58 ngôi nhà", 58, "ngôi nhà"), Q("2,9 tỷ đồng", 2900000000, "đồng"), Q("74 học sinh", 74, "học sinh"),
 Q("19 lớp xóa mù chữ", 19, "lớp xóa mù chữ"), Q("412 học viên", 412, "học viên"), Q("100%", 100, "%"), Q("2 đồn", 2, "đồn")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Quyết định", "1130", "QĐ/TU", "2010-10-12", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1130-QĐ/TU ngày 12/10/2010"),
 D("Nghị quyết", "15", "NQ/ĐU", None, "Đảng ủy BĐBP tỉnh", "Nghị quyết số 15-NQ/ĐU"),
 D("Kế hoạch", "203", "KH/ĐU", None, "Đảng ủy BĐBP tỉnh", "Kế hoạch số 203-KH/ĐU"),
 D("Chỉ thị", "49", "CT/TU", "2018-05-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 49-CT/TU ngày 8/5/2018")],
[prov("Hà Giang"), com("Lũng Cú"), com("Phó Bảng"), com("Xín Cái")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Vị trí: Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban", "Đoàn giám sát làm việc tại Đảng ủy BĐBP tỉnh.",
 "Mái ấm biên cương", "Nâng bước em tới trường", "Dân vận khéo", "Lượt xem: 604"],
["Thứ Sáu, 21/09/2018, 15:40", "Đoàn giám sát số 3", "2016 - 2018", "quý IV", "Lượt xem: 604"]))

PAGES.append(page("b1622-binhthuan-phuquy-daihoi-nghiepdoan-2019", """
BÁO BÌNH THUẬN ONLINE
Kinh tế | Thủy sản
27/03/2019 | 16:10
Đại hội Nghiệp đoàn nghề cá xã Tam Thanh lần thứ II
Ngày 26/3, tại huyện đảo Phú Quý, Nghiệp đoàn nghề cá xã Tam Thanh tổ chức Đại hội đại biểu lần thứ II, nhiệm kỳ 2019 - 2024. Dự đại hội có đồng chí Nguyễn Thị Hồng Hải, Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh; đồng chí Đặng Hồng Sỹ, HUV, Trưởng Ban Dân vận Huyện ủy Phú Quý; Trung tá Võ Văn Hiếu, Chính trị viên Đồn Biên phòng Phú Quý cùng 95 đại biểu đại diện cho 312 đoàn viên.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2014 - 2019, Nghiệp đoàn đã phát triển thêm 126 đoàn viên, thành lập 18 tổ đoàn kết khai thác hải sản trên biển với 74 tàu cá tham gia. Các tổ duy trì thông tin liên lạc, hỗ trợ nhau trong sản xuất; đã cứu hộ, lai dắt 11 tàu bị hỏng máy về bờ an toàn. Thu nhập bình quân của đoàn viên đạt 7,5 triệu đồng/tháng, tăng 35% so với đầu nhiệm kỳ.
Nghiệp đoàn phối hợp với Đồn Biên phòng Phú Quý, Hải đội 2 tuyên truyền Luật Thủy sản năm 2017, Chỉ thị số 45/CT-TTg ngày 13/12/2017 của Thủ tướng Chính phủ về một số nhiệm vụ, giải pháp cấp bách để khắc phục cảnh báo của Ủy ban châu Âu về chống khai thác hải sản bất hợp pháp; vận động 100% tàu cá của đoàn viên lắp đặt thiết bị giám sát hành trình. Quỹ tương trợ của Nghiệp đoàn hiện có hơn 420 triệu đồng, đã hỗ trợ 23 lượt đoàn viên gặp rủi ro.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Hồng Hải ghi nhận những đóng góp của Nghiệp đoàn, đề nghị nhiệm kỳ tới tiếp tục thực hiện Chương trình hành động số 12-CTr/LĐLĐ của Liên đoàn Lao động tỉnh về phát triển đoàn viên nghiệp đoàn nghề cá; gắn với Kế hoạch số 27-KH/HU ngày 15/1/2019 của Ban Thường vụ Huyện ủy Phú Quý về vận động ngư dân tham gia bảo vệ chủ quyền biển, đảo.
Đại hội đã bầu Ban Chấp hành khóa II gồm 9 đồng chí. Ông Nguyễn Văn Lựu được tín nhiệm bầu giữ chức Chủ tịch Nghiệp đoàn nghề cá xã Tam Thanh; ông Trần Công Bình tái cử Phó Chủ tịch Nghiệp đoàn. Đại hội cũng bầu 5 đại biểu đi dự Đại hội Liên đoàn Lao động huyện.
Đây là nghiệp đoàn nghề cá đầu tiên của tỉnh Bình Thuận tổ chức đại hội nhiệm kỳ mới. Theo đánh giá của Liên đoàn Lao động tỉnh, mô hình nghiệp đoàn nghề cá trên đảo đã góp phần tập hợp, đoàn kết ngư dân, giúp nhau vươn khơi bám biển, giữ vững an ninh, trật tự trên các vùng biển, nhất là khi hành nghề ở vùng biển xa.
Cũng trong dịp này, Nghiệp đoàn nghề cá xã Long Hải và xã Ngũ Phụng đang chuẩn bị đại hội, dự kiến tổ chức trong tháng 4/2019. Đến nay toàn huyện có 4 nghiệp đoàn nghề cá với trên 1.100 đoàn viên.
Kim Ngân
Tin liên quan
- Phú Quý: trao 200 lá cờ Tổ quốc cho ngư dân (20/03/2019)
- Ngư dân Phan Thiết trúng đậm cá cơm đầu năm (12/03/2019)
- Ra mắt tổ đoàn kết trên biển xã Long Hải (28/02/2019)
""", "2019-03-27", "Đại hội Nghiệp đoàn nghề cá xã Tam Thanh lần thứ II",
E("dai_hoi", None, "2019-03-26"),
[P("Nguyễn Thị Hồng Hải", "Tỉnh ủy viên", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Đặng Hồng Sỹ", "HUV", "Trưởng Ban Dân vận Huyện ủy Phú Quý"),
 P("Võ Văn Hiếu", "Trung tá", "Chính trị viên Đồn Biên phòng Phú Quý"),
 P("Nguyễn Văn Lựu", "Chủ tịch Nghiệp đoàn nghề cá xã Tam Thanh"),
 P("Trần Công Bình", "Phó Chủ tịch Nghiệp đoàn")],
[Q("95 đại biểu", 95, "đại biểu"), Q("312 đoàn viên", 312, "đoàn viên"), Q("126 đoàn viên", 126, "đoàn viên"),
 Q("18 tổ đoàn kết khai thác hải sản", 18, "tổ đoàn kết khai thác hải sản"), Q("74 tàu cá", 74, "tàu cá"), Q("11 tàu", 11, "tàu"),
 Q("7,5 triệu đồng", 7500000, "đồng"), Q("35%", 35, "%"), Q("100%", 100, "%"), Q("hơn 420 triệu đồng", 420000000, "đồng", "over"),
 Q("23 lượt đoàn viên", 23, "lượt đoàn viên"), Q("9 đồng chí", 9, "đồng chí"), Q("5 đại biểu", 5, "đại biểu"),
 Q("4 nghiệp đoàn nghề cá", 4, "nghiệp đoàn nghề cá"), Q("trên 1.100 đoàn viên", 1100, "đoàn viên", "over")],
[D("Chỉ thị", "45", "CT-TTg", "2017-12-13", "Thủ tướng Chính phủ", "Chỉ thị số 45/CT-TTg ngày 13/12/2017"),
 D("Chương trình hành động", "12", "CTr/LĐLĐ", None, "Liên đoàn Lao động tỉnh", "Chương trình hành động số 12-CTr/LĐLĐ"),
 D("Kế hoạch", "27", "KH/HU", "2019-01-15", "Ban Thường vụ Huyện ủy Phú Quý", "Kế hoạch số 27-KH/HU ngày 15/1/2019")],
[prov("Bình Thuận"), com("Tam Thanh"), com("Long Hải"), com("Ngũ Phụng")],
["BÁO BÌNH THUẬN ONLINE", "Kinh tế | Thủy sản", "Các đại biểu biểu quyết thông qua nghị quyết đại hội.", "Luật Thủy sản năm 2017",
 "Hải đội 2", "Ủy ban châu Âu"],
["27/03/2019 | 16:10", "lần thứ II", "2019 - 2024", "2014 - 2019", "khóa II", "9 đồng chí", "tháng 4/2019", "Luật Thủy sản năm 2017"]))

PAGES.append(page("b1623-quangtri-baocao-llvt-danvan-2019", """
TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang chủ - Công tác dân vận lực lượng vũ trang
Cập nhật lúc 10:20 ngày 30/12/2019
Kết quả công tác dân vận của lực lượng vũ trang tỉnh năm 2019
Ban Dân vận Tỉnh ủy Quảng Trị vừa có Báo cáo số 186-BC/BDVTU ngày 26/12/2019 về kết quả thực hiện công tác dân vận của lực lượng vũ trang tỉnh năm 2019, trình Ban Thường vụ Tỉnh ủy. Báo cáo được xây dựng trên cơ sở số liệu của Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Công an tỉnh. Trang thông tin điện tử xin giới thiệu những nội dung chính.
Ảnh minh họa: Bộ đội giúp dân thu hoạch lúa.
1. Công tác quán triệt, triển khai: Các lực lượng đã quán triệt Nghị quyết số 49-NQ/QUTW ngày 2/2/2017 của Quân ủy Trung ương về tăng cường công tác dân vận của Quân đội trong tình hình mới và Chỉ thị số 10/CT-BCA của Bộ Công an; Đảng ủy Quân sự tỉnh ban hành Kế hoạch số 154-KH/ĐU, 155-KH/ĐU về thực hiện phong trào thi đua "Dân vận khéo" và xây dựng "Đơn vị giỏi dân vận" năm 2019.
2. Kết quả chủ yếu: Lực lượng vũ trang tỉnh đã tham gia giúp nhân dân 28.500 ngày công; xây dựng, sửa chữa 47 nhà tình nghĩa, nhà đồng đội; làm mới, sửa chữa 36 km đường giao thông nông thôn. Bộ đội Biên phòng tỉnh duy trì 42 cán bộ tăng cường tại 22 xã biên giới, ven biển, trong đó có 18 đồng chí tham gia Ban Chấp hành Đảng bộ xã. Các đồn biên phòng vận động 1.750 hộ ngư dân ở các xã Vĩnh Thái, Triệu An, Gio Hải ký cam kết không vi phạm vùng biển nước ngoài; trên đảo Cồn Cỏ, lực lượng đóng quân phối hợp với huyện đảo giúp 14 hộ dân ổn định đời sống.
Công an tỉnh phối hợp với Ủy ban MTTQ Việt Nam tỉnh xây dựng 185 mô hình tự quản về an ninh, trật tự; tiếp nhận, giải quyết 94% đơn thư, kiến nghị của công dân thuộc thẩm quyền. Các lực lượng đã thăm, tặng 3.260 suất quà cho gia đình chính sách, hộ nghèo với tổng trị giá khoảng 1,95 tỷ đồng.
3. Hạn chế: Một số đơn vị chưa gắn công tác dân vận với nhiệm vụ chính trị; việc nắm tình hình đồng bào Vân Kiều, Pa Cô ở huyện Hướng Hóa, Đakrông có lúc chưa kịp thời.
4. Phương hướng năm 2020: Tiếp tục thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về công tác dân vận; phối hợp chuẩn bị tổng kết 10 năm thực hiện Quy chế công tác dân vận của hệ thống chính trị.
Báo cáo do đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh ký. Ban đề nghị Ban Thường vụ Tỉnh ủy khen thưởng 6 tập thể, 9 cá nhân có thành tích tiêu biểu; trong đó có Đồn Biên phòng Cửa Tùng và Thiếu tá Hồ Văn Lai, cán bộ tăng cường xã A Dơi.
BBT
Lượt xem: 417
Tin liên quan
- Hội nghị tổng kết công tác dân vận năm 2019 (20/12/2019)
- Gio Linh: đối thoại với ngư dân (05/12/2019)
- Giao ban khối dân vận quý III (02/10/2019)
""", "2019-12-30", "Kết quả công tác dân vận của lực lượng vũ trang tỉnh năm 2019",
E("bao_cao", "2019", "2019-12-26"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Lai", "Thiếu tá", "cán bộ tăng cường xã A Dơi")],
[Q("28.500 ngày công", 28500, "ngày công"), Q("47 nhà tình nghĩa, nhà đồng đội", 47, "nhà tình nghĩa, nhà đồng đội"), Q("36 km", 36, "km"),
 Q("42 cán bộ tăng cường", 42, "cán bộ tăng cường"), Q("22 xã biên giới, ven biển", 22, "xã biên giới, ven biển"), Q("18 đồng chí", 18, "đồng chí"),
 Q("1.750 hộ ngư dân", 1750, "hộ ngư dân"), Q("14 hộ dân", 14, "hộ dân"), Q("185 mô hình tự quản về an ninh, trật tự", 185, "mô hình tự quản về an ninh, trật tự"),
 Q("94%", 94, "%"), Q("3.260 suất quà", 3260, "suất quà"), Q("khoảng 1,95 tỷ đồng", 1950000000, "đồng", "approx"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Báo cáo", "186", "BC/BDVTU", "2019-12-26", "Ban Dân vận Tỉnh ủy", "Báo cáo số 186-BC/BDVTU ngày 26/12/2019"),
 D("Nghị quyết", "49", "NQ/QUTW", "2017-02-02", "Quân ủy Trung ương", "Nghị quyết số 49-NQ/QUTW ngày 2/2/2017"),
 D("Chỉ thị", "10", "CT-BCA", None, "Bộ Công an", "Chỉ thị số 10/CT-BCA"),
 D("Kế hoạch", "154", "KH/ĐU", None, "Đảng ủy Quân sự tỉnh", "Kế hoạch số 154-KH/ĐU, 155-KH/ĐU"),
 D("Kế hoạch", "155", "KH/ĐU", None, "Đảng ủy Quân sự tỉnh", "Kế hoạch số 154-KH/ĐU, 155-KH/ĐU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019")],
[prov("Quảng Trị"), com("Vĩnh Thái"), com("Triệu An"), com("Gio Hải"), com("A Dơi")],
["TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ - Công tác dân vận lực lượng vũ trang",
 "Ảnh minh họa: Bộ đội giúp dân thu hoạch lúa.", "Dân vận khéo", "Đơn vị giỏi dân vận", "Nghị quyết Trung ương 7 khóa XI", "Lượt xem: 417"],
["Cập nhật lúc 10:20 ngày 30/12/2019", "năm 2019", "năm 2020", "18 đồng chí", "10 năm", "Nghị quyết Trung ương 7", "khóa XI", "Lượt xem: 417"]))

PAGES.append(page("b1624-kontum-congan-giaoban-quy1-2020", """
Công an tỉnh Kon Tum - Cổng thông tin điện tử
Tin tức > Xây dựng phong trào toàn dân bảo vệ ANTQ
10/04/2020 - 08:45
Giao ban công tác dân vận quý I: chung tay phòng, chống dịch Covid-19 ở khu vực biên giới
Chiều 8/4, Đảng ủy Công an tỉnh Kon Tum tổ chức giao ban trực tuyến công tác dân vận quý I/2020 với 10 điểm cầu Công an các huyện, thành phố. Đại tá Lê Văn Tân, Phó Giám đốc Công an tỉnh, Trưởng Khối vận Đảng ủy Công an tỉnh chủ trì.
Đại tá Lê Văn Tân chủ trì giao ban tại điểm cầu Công an tỉnh.
Quý I, lực lượng Công an toàn tỉnh đã phối hợp với Bộ đội Biên phòng, Quân sự lập 37 chốt kiểm soát dịch trên tuyến biên giới với Lào và Campuchia, vận động nhân dân khai báo y tế, không qua lại biên giới bằng đường mòn, lối mở. Các đơn vị đã tổ chức 640 buổi tuyên truyền lưu động bằng tiếng Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng với khoảng 52.000 lượt người nghe; vận động 128 người dân từ Lào trở về tự nguyện cách ly tập trung.
Công an các xã biên giới Bờ Y, Đắk Dục, Mô Rai đã phối hợp với già làng, người có uy tín giải quyết 16 vụ việc mâu thuẫn ngay tại cơ sở. Ở làng Đăk Răng, xã Mô Rai, già làng A Thương được lực lượng công an tin tưởng mời tham gia tổ tuyên truyền phòng dịch.
Thực hiện Kế hoạch số 21/KH-CAT-PV05 ngày 5/2/2020 của Công an tỉnh về phòng, chống dịch, lực lượng Công an đã quyên góp trên 180 triệu đồng, 4,5 tấn gạo và 2.000 khẩu trang hỗ trợ các chốt và hộ nghèo. Thượng tá Y Khiêm, Trưởng Công an huyện Ngọc Hồi, cho biết đơn vị đã vận động 100% hộ dân ở các thôn giáp biên ký cam kết không chứa chấp người nhập cảnh trái phép.
Tại giao ban, Trung tá Nguyễn Thị Hòa, Phó Trưởng phòng Công tác Đảng và công tác chính trị, quán triệt Hướng dẫn số 03-HD/BDVTU ngày 2/3/2020 của Ban Dân vận Tỉnh ủy về công tác dân vận trong phòng, chống dịch Covid-19 và Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch.
Nhiều ý kiến tại các điểm cầu cho rằng, trong điều kiện phải giãn cách, cán bộ chiến sĩ cần linh hoạt hơn trong cách tiếp cận người dân: tuyên truyền qua loa phát thanh của thôn, qua nhóm Zalo của đoàn viên thanh niên và qua chính những người có uy tín trong cộng đồng, tránh tụ tập đông người.
Kết luận giao ban, Đại tá Lê Văn Tân yêu cầu quý II các đơn vị tiếp tục bám địa bàn, nắm chắc tình hình; phát huy vai trò già làng, trưởng thôn, người có uy tín; thực hiện tốt phong trào "Công an xã vì nhân dân phục vụ" và mô hình "Dân vận khéo" trong phòng, chống dịch.
Thu Trang
Lượt xem: 895
Tin liên quan
- Công an huyện Sa Thầy tặng quà người dân cách ly (06/04/2020)
- Ra quân tuyên truyền phòng dịch tại các xã biên giới (25/03/2020)
- Công an tỉnh tổng kết công tác năm 2019 (30/12/2019)
""", "2020-04-10", "Giao ban công tác dân vận quý I: chung tay phòng, chống dịch Covid-19 ở khu vực biên giới",
E("giao_ban", "2020-Q1", "2020-04-08"),
[P("Lê Văn Tân", "Đại tá", "Phó Giám đốc Công an tỉnh", "Trưởng Khối vận Đảng ủy Công an tỉnh"),
 P("A Thương", "già làng"),
 P("Y Khiêm", "Thượng tá", "Trưởng Công an huyện Ngọc Hồi"),
 P("Nguyễn Thị Hòa", "Trung tá", "Phó Trưởng phòng Công tác Đảng và công tác chính trị")],
[Q("10 điểm cầu", 10, "điểm cầu"), Q("37 chốt kiểm soát dịch", 37, "chốt kiểm soát dịch"), Q("640 buổi tuyên truyền lưu động", 640, "buổi tuyên truyền lưu động"),
 Q("khoảng 52.000 lượt người nghe", 52000, "lượt người nghe", "approx"), Q("128 người dân", 128, "người dân"),
 Q("16 vụ việc mâu thuẫn", 16, "vụ việc mâu thuẫn"), Q("trên 180 triệu đồng", 180000000, "đồng", "over"), Q("4,5 tấn", 4.5, "tấn"),
 Q("2.000 khẩu trang", 2000, "khẩu trang"), Q("100%", 100, "%")],
[D("Kế hoạch", "21", "KH-CAT-PV05", "2020-02-05", "Công an tỉnh", "Kế hoạch số 21/KH-CAT-PV05 ngày 5/2/2020"),
 D("Hướng dẫn", "03", "HD/BDVTU", "2020-03-02", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BDVTU ngày 2/3/2020"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020")],
[prov("Kon Tum"), com("Bờ Y"), com("Đắk Dục"), com("Mô Rai")],
["Công an tỉnh Kon Tum - Cổng thông tin điện tử", "Tin tức > Xây dựng phong trào toàn dân bảo vệ ANTQ",
 "Đại tá Lê Văn Tân chủ trì giao ban tại điểm cầu Công an tỉnh.", "Công an xã vì nhân dân phục vụ", "Dân vận khéo", "Covid-19", "Lượt xem: 895"],
["10/04/2020 - 08:45", "quý I/2020", "quý II", "Covid-19", "Lượt xem: 895"]))
