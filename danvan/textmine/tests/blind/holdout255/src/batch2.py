from lib import *
PAGES = []

PAGES.append(page("b6083-hagiang-bdv-giaoban-2017", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Vị trí: Trang chủ >> Tin tức >> Dân vận các cấp
Thứ Sáu, 06/10/2017
Đồng chí Sùng Thị Dợ chủ trì giao ban.
Khối dân vận tập trung chăm lo gia đình chính sách vùng cao
Ngày 05/10/2017, Ban Dân vận Tỉnh ủy Hà Giang tổ chức giao ban công tác dân vận quý III năm 2017 với khối dân vận tỉnh. Đồng chí Sùng Thị Dợ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có lãnh đạo Ủy ban MTTQ tỉnh, các đoàn thể chính trị - xã hội và Trưởng Ban Dân vận 11 huyện, thành ủy.
Theo báo cáo, trong quý III, khối dân vận các cấp tập trung tuyên truyền, tổ chức các hoạt động kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2017). Toàn tỉnh đã thăm, tặng 9.860 suất quà cho người có công và thân nhân với tổng trị giá trên 4,5 tỷ đồng; khởi công 210 nhà tình nghĩa, bàn giao 134 nhà; vận động Quỹ "Đền ơn đáp nghĩa" được 3,06 tỷ đồng. Các huyện Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ đã nhận chăm sóc 312 thương binh nặng, bệnh binh và 16 Mẹ Việt Nam anh hùng.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 128-KH/TU ngày 12/7/2017 về tổ chức các hoạt động tri ân; hướng dẫn thực hiện Kết luận 15, 16-KL/TU về công tác dân vận ở vùng đồng bào Mông và về vận động nhân dân tham gia xây dựng nhà tình nghĩa. Cán bộ dân vận các cấp đã tổ chức 146 cuộc đối thoại ở cơ sở, tiếp nhận 57 ý kiến, kiến nghị, đã giải quyết 49 ý kiến.
Tại giao ban, đồng chí Giàng Mí Lử, HUV, Trưởng Ban Dân vận Huyện ủy Mèo Vạc, cho biết huyện đã vận động các dòng họ Giàng, Sùng, Vàng góp gần 1.300 ngày công làm nhà cho 22 gia đình liệt sĩ. Bà Nông Thị Thu Hà, Phó Chủ tịch Hội LHPN tỉnh, đề nghị lồng ghép nguồn vốn theo Quyết định 22/2013/QĐ-TTg với Chương trình 135 để hỗ trợ xây nhà ở vùng đặc biệt khó khăn.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Mạnh, Lục Thị Ngân đã thông tin về tình hình tư tưởng nhân dân và kết quả khảo sát 15 mô hình "Dân vận khéo" về đền ơn đáp nghĩa.
Kết luận giao ban, đồng chí Sùng Thị Dợ đề nghị quý IV khối dân vận hoàn thành 76 nhà tình nghĩa còn lại trước ngày 15/12; thực hiện tốt Chỉ thị số 10-CT/TU của Ban Thường vụ Tỉnh ủy về "Tết vì người nghèo và nạn nhân chất độc da cam"; chuẩn bị tổng kết năm 2017. Đồng chí lưu ý các huyện biên giới chủ động nắm tình hình tư tưởng của thương binh, thân nhân liệt sĩ là đồng bào dân tộc thiểu số, kịp thời giải quyết những vướng mắc về chế độ, chính sách ngay từ cơ sở, không để phát sinh đơn thư vượt cấp; đồng thời biểu dương những tập thể, cá nhân làm tốt công tác đền ơn đáp nghĩa trong quý.
Hoàng Yến
Các tin khác
- Mèo Vạc: Bàn giao 8 nhà tình nghĩa (29/09/2017)
- Ban Dân vận Tỉnh ủy thăm gia đình chính sách xã Lũng Cú (27/07/2017)
- Hội CCB tỉnh trao 15 con bò giống cho hội viên nghèo (20/07/2017)
""", "2017-10-06", "Khối dân vận tập trung chăm lo gia đình chính sách vùng cao",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Sùng Thị Dợ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng Mí Lử", "HUV", "Trưởng Ban Dân vận Huyện ủy Mèo Vạc"),
 P("Nông Thị Thu Hà", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Văn Mạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Thị Ngân", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("11 huyện, thành ủy", 11, "huyện, thành ủy"), Q("9.860 suất quà", 9860, "suất quà"), Q("trên 4,5 tỷ đồng", 4500000000, "đồng", "over"),
 Q("210 nhà tình nghĩa", 210, "nhà tình nghĩa"), Q("134 nhà", 134, "nhà"), Q("3,06 tỷ đồng", 3060000000, "đồng"),
 Q("312 thương binh nặng, bệnh binh", 312, "thương binh nặng, bệnh binh"), Q("16 Mẹ Việt Nam anh hùng", 16, "Mẹ Việt Nam anh hùng"),
 Q("146 cuộc đối thoại", 146, "cuộc đối thoại"), Q("57 ý kiến, kiến nghị", 57, "ý kiến, kiến nghị"), Q("49 ý kiến", 49, "ý kiến"),
 Q("gần 1.300 ngày công", 1300, "ngày công", "approx"), Q("22 gia đình liệt sĩ", 22, "gia đình liệt sĩ"),
 Q("15 mô hình", 15, "mô hình"), Q("76 nhà tình nghĩa", 76, "nhà tình nghĩa")],
[D("Kế hoạch", "128", "KH/TU", "2017-07-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 128-KH/TU ngày 12/7/2017"),
 D("Kết luận", "15", "KL/TU", None, None, "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, None, "Kết luận 15, 16-KL/TU"),
 D("Quyết định", "22", "2013/QĐ-TTg", None, None, "Quyết định 22/2013/QĐ-TTg"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 10-CT/TU")],
[prov("Hà Giang")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Vị trí: Trang chủ >> Tin tức >> Dân vận các cấp", "Đồng chí Sùng Thị Dợ chủ trì giao ban.",
 "Đền ơn đáp nghĩa", "Dân vận khéo", "Tết vì người nghèo và nạn nhân chất độc da cam", "Chương trình 135"],
["Thứ Sáu, 06/10/2017", "quý III năm 2017", "70 năm", "27/7/1947 - 27/7/2017", "Chương trình 135", "quý IV", "năm 2017"]))

PAGES.append(page("b6084-daklak-ubnd-doithoai-2018", """
Báo Đắk Lắk điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk
Chính trị | Dân vận chính quyền
Cập nhật lúc 17:20 ngày 23/11/2018
Ảnh: Quang cảnh buổi đối thoại.
Chủ tịch UBND tỉnh đối thoại với người có công với cách mạng
Sáng 22/11, tại Hội trường 10-3, đồng chí Phạm Minh Thuận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Đắk Lắk đã chủ trì Hội nghị đối thoại với người có công với cách mạng năm 2018. Tham dự có đồng chí Y Khuê Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; 260 đại biểu là thương binh, bệnh binh, thân nhân liệt sĩ, người hoạt động kháng chiến bị nhiễm chất độc hóa học, đại diện Hội CCB các huyện, thị xã, thành phố.
Hội nghị được tổ chức theo Nghị định số 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và Kế hoạch số 9120/KH-UBND ngày 05/10/2018 của UBND tỉnh. Theo báo cáo của Sở Lao động - Thương binh và Xã hội, toàn tỉnh hiện có 28.450 người có công; hằng tháng chi trả trợ cấp cho 11.236 người với tổng kinh phí khoảng 19,8 tỷ đồng. Từ năm 2013 đến nay, tỉnh đã hỗ trợ 4.102 hộ người có công xây mới, sửa chữa nhà ở; còn khoảng 650 hộ đang chờ hỗ trợ.
Tại hội nghị có 21 ý kiến phát biểu. Ông Y Bhiông Ênuôl, thương binh 2/4, buôn Kô Siêr, phường Tân Lợi, đề nghị giải quyết dứt điểm hồ sơ của 14 trường hợp đồng bào Êđê tham gia kháng chiến nhưng chưa được công nhận. Bà H'Ngơn Niê, con liệt sĩ, xã Ea Tu, phản ánh căn nhà tình nghĩa xây năm 2005 nay đã xuống cấp. Ông Lê Văn Cẩn, Chủ tịch Hội CCB huyện Krông Pắc, kiến nghị tăng mức hỗ trợ xây nhà từ 40 triệu đồng lên 60 triệu đồng/căn.
Các ý kiến đã được đồng chí Trần Quang Thái, Giám đốc Sở Lao động - Thương binh và Xã hội, và các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Đình Hạ, H'Dơn Kđoh trả lời trực tiếp tại hội nghị.
Kết luận hội nghị, đồng chí Phạm Minh Thuận yêu cầu các sở, ngành rà soát, giải quyết dứt điểm hồ sơ tồn đọng trước quý II/2019; giao UBND các huyện sửa chữa ngay những căn nhà tình nghĩa xuống cấp; đề nghị Ủy ban MTTQ tỉnh phát động vận động Quỹ "Đền ơn đáp nghĩa" với mục tiêu không dưới 5 tỷ đồng trong năm 2019, thực hiện theo Chỉ thị 19-CT/TU của Ban Thường vụ Tỉnh ủy.
Đồng chí Y Khuê Byă cho biết, Ban Dân vận Tỉnh ủy sẽ giám sát việc tiếp thu, giải quyết các kiến nghị theo Quy chế phối hợp số 03-QC/BDVTU-BCSĐUBND giữa Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh.
Hoàng Tuấn
Tin liên quan
- Buôn Đôn: Trao 12 nhà tình nghĩa cho đồng bào Mnông (16/11/2018)
- Hội CCB tỉnh tổng kết phong trào "CCB gương mẫu" (08/11/2018)
- Đối thoại với người có uy tín năm 2018 (30/10/2018)
""", "2018-11-23", "Chủ tịch UBND tỉnh đối thoại với người có công với cách mạng",
E("doi_thoai", "2018", "2018-11-22"),
[P("Phạm Minh Thuận", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Đắk Lắk"),
 P("Y Khuê Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Bhiông Ênuôl", "thương binh 2/4"),
 P("H'Ngơn Niê", "con liệt sĩ"),
 P("Lê Văn Cẩn", "Chủ tịch Hội CCB huyện Krông Pắc"),
 P("Trần Quang Thái", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Nguyễn Đình Hạ", "Phó Chủ tịch UBND tỉnh"),
 P("H'Dơn Kđoh", "Phó Chủ tịch UBND tỉnh")],
[Q("260 đại biểu", 260, "đại biểu"), Q("28.450 người có công", 28450, "người có công"), Q("11.236 người", 11236, "người"),
 Q("khoảng 19,8 tỷ đồng", 19800000000, "đồng", "approx"), Q("4.102 hộ người có công", 4102, "hộ người có công"),
 Q("khoảng 650 hộ", 650, "hộ", "approx"), Q("21 ý kiến", 21, "ý kiến"), Q("14 trường hợp", 14, "trường hợp"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("60 triệu đồng/căn", 60000000, "đồng"), Q("không dưới 5 tỷ đồng", 5000000000, "đồng", "over")],
[D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 04/2015/NĐ-CP"),
 D("Kế hoạch", "9120", "KH-UBND", "2018-10-05", "UBND tỉnh", "Kế hoạch số 9120/KH-UBND ngày 05/10/2018"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19-CT/TU"),
 D("Quy chế phối hợp", "03", "QC/BDVTU-BCSĐUBND", None, None, "Quy chế phối hợp số 03-QC/BDVTU-BCSĐUBND")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Ea Tu")],
["Báo Đắk Lắk điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk", "Chính trị | Dân vận chính quyền",
 "Ảnh: Quang cảnh buổi đối thoại.", "Hội trường 10-3", "Đền ơn đáp nghĩa", "Kô Siêr"],
["Cập nhật lúc 17:20 ngày 23/11/2018", "năm 2018", "thương binh 2/4", "năm 2005", "quý II/2019", "năm 2019", "Hội trường 10-3"]))

PAGES.append(page("b6085-quangnam-ldtbxh-taphuan-2019", """
Báo Quảng Nam Online
Xã hội › Chính sách › Người có công
2019-07-30 16:40
Tập huấn nghiệp vụ công tác người có công cho 240 cán bộ cơ sở
Trong 2 ngày 29 - 30/7/2019, Sở Lao động - Thương binh và Xã hội phối hợp Ban Dân vận Tỉnh ủy Quảng Nam tổ chức lớp tập huấn nghiệp vụ công tác người có công năm 2019 cho 240 học viên là công chức lao động - thương binh và xã hội, cán bộ Ủy ban MTTQ và Hội CCB của 241 xã, phường, thị trấn.
Học viên trao đổi tại lớp tập huấn. Ảnh: Vĩnh Lộc
Khai mạc lớp tập huấn, đồng chí Nguyễn Văn Lợi, Tỉnh ủy viên, Giám đốc Sở Lao động - Thương binh và Xã hội nhấn mạnh, toàn tỉnh hiện có 153.600 người có công, trong đó 10.148 Mẹ Việt Nam anh hùng được phong tặng, nhiều nhất cả nước; việc giải quyết chế độ đòi hỏi cán bộ cơ sở nắm vững chính sách.
Tại lớp học, các học viên được báo cáo viên Cục Người có công truyền đạt những nội dung mới của Pháp lệnh Ưu đãi người có công với cách mạng, Nghị định số 31/2013/NĐ-CP của Chính phủ và Thông tư số 05/2013/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội; hướng dẫn lập hồ sơ theo Quyết định 49/2015/QĐ-TTg về chế độ đối với dân công hỏa tuyến; quy trình hỗ trợ nhà ở theo Hướng dẫn số 12/HD-SLĐTBXH ngày 02/5/2019 của Sở.
Đồng chí A Lăng Thị Hoa, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị cán bộ Mặt trận, Hội CCB ở cơ sở phối hợp chặt chẽ với công chức lao động - thương binh và xã hội, thực hiện Kết luận 21, 22-KL/TU của Ban Thường vụ Tỉnh ủy về vận động xây dựng nhà tình nghĩa và phụng dưỡng Mẹ Việt Nam anh hùng. Theo đồng chí, năm 2019 toàn tỉnh phấn đấu xây mới 350 nhà tình nghĩa, với mức hỗ trợ tối đa 50 triệu đồng/căn, trong đó miền núi chiếm khoảng 60%.
Nhiều học viên đến từ các huyện miền núi nêu khó khăn. Ông Bhling Mia, công chức lao động - thương binh và xã hội xã Lăng, huyện Tây Giang, cho biết nhiều thân nhân liệt sĩ người Cơ Tu không còn giấy tờ gốc; ông Zơ Râm Ứi, Chủ tịch Ủy ban MTTQ xã A Tiêng, đề nghị có cơ chế để già làng xác nhận thông tin. Ông Hồ Văn Dũng, HUV, Chủ tịch Hội CCB huyện Nam Trà My, đề nghị tăng thời lượng tập huấn về chế độ đối với người nhiễm chất độc hóa học.
Bế mạc lớp học, đồng chí Phan Thị Hường, Phó Giám đốc Sở, cho biết 228 học viên đạt yêu cầu bài kiểm tra cuối khóa, chiếm 95%; Sở sẽ biên soạn bộ tài liệu hỏi - đáp gồm 120 câu để phát cho cơ sở.
Vĩnh Lộc
TIN CÙNG CHUYÊN MỤC
- Tây Giang: Trao 20 nhà tình nghĩa cho đồng bào Cơ Tu (27/07/2019)
- Phụng dưỡng 1.246 Mẹ Việt Nam anh hùng còn sống (24/07/2019)
- Núi Thành tri ân 300 thanh niên xung phong (18/07/2019)
""", "2019-07-30", "Tập huấn nghiệp vụ công tác người có công cho 240 cán bộ cơ sở",
E("tap_huan", "2019", "2019-07-29"),
[P("Nguyễn Văn Lợi", "Tỉnh ủy viên", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("A Lăng Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bhling Mia", "công chức lao động - thương binh và xã hội xã Lăng"),
 P("Zơ Râm Ứi", "Chủ tịch Ủy ban MTTQ xã A Tiêng"),
 P("Hồ Văn Dũng", "HUV", "Chủ tịch Hội CCB huyện Nam Trà My"),
 P("Phan Thị Hường", "Phó Giám đốc Sở")],
[Q("240 học viên", 240, "học viên"), Q("241 xã, phường, thị trấn", 241, "xã, phường, thị trấn"),
 Q("153.600 người có công", 153600, "người có công"), Q("10.148 Mẹ Việt Nam anh hùng", 10148, "Mẹ Việt Nam anh hùng"),
 Q("350 nhà tình nghĩa", 350, "nhà tình nghĩa"), Q("tối đa 50 triệu đồng/căn", 50000000, "đồng"), Q("khoảng 60%", 60, "%", "approx"),
 Q("228 học viên", 228, "học viên"), Q("95%", 95, "%"), Q("120 câu", 120, "câu")],
[D("Nghị định", "31", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 31/2013/NĐ-CP"),
 D("Thông tư", "05", "2013/TT-BLĐTBXH", None, "Bộ Lao động - Thương binh và Xã hội", "Thông tư số 05/2013/TT-BLĐTBXH"),
 D("Quyết định", "49", "2015/QĐ-TTg", None, None, "Quyết định 49/2015/QĐ-TTg"),
 D("Hướng dẫn", "12", "HD-SLĐTBXH", "2019-05-02", "Sở", "Hướng dẫn số 12/HD-SLĐTBXH ngày 02/5/2019"),
 D("Kết luận", "21", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 21, 22-KL/TU"),
 D("Kết luận", "22", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 21, 22-KL/TU")],
[prov("Quảng Nam"), com("Lăng"), com("A Tiêng")],
["Báo Quảng Nam Online", "Xã hội › Chính sách › Người có công", "Học viên trao đổi tại lớp tập huấn. Ảnh: Vĩnh Lộc",
 "Cục Người có công", "Pháp lệnh Ưu đãi người có công với cách mạng"],
["2019-07-30 16:40", "2 ngày", "29 - 30/7/2019", "năm 2019"]))

PAGES.append(page("b6086-hanoi-phuong-baocao-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG VĂN CHƯƠNG - QUẬN ĐỐNG ĐA - THÀNH PHỐ HÀ NỘI
Hôm nay: Thứ Hai, 06/07/2020
Trang chủ - Tin tức - Văn hóa - Xã hội
03/07/2020 - 15:30
Kết quả công tác thương binh, liệt sĩ và người có công 6 tháng đầu năm 2020
UBND phường Văn Chương (quận Đống Đa, Hà Nội) vừa có Báo cáo số 86/BC-UBND ngày 30/6/2020 về kết quả thực hiện công tác thương binh, liệt sĩ, người có công và an sinh xã hội 6 tháng đầu năm 2020, phương hướng nhiệm vụ 6 tháng cuối năm.
Theo báo cáo, phường hiện quản lý 368 đối tượng người có công đang hưởng trợ cấp hằng tháng, gồm 74 thương binh, 21 bệnh binh, 103 thân nhân liệt sĩ, 2 Mẹ Việt Nam anh hùng và 168 người hoạt động kháng chiến. Trong 6 tháng, phường đã chi trả trợ cấp ưu đãi đúng, đủ, kịp thời với tổng số tiền 3,84 tỷ đồng; đề nghị thành phố giải quyết chế độ cho 9 trường hợp, trong đó 7 trường hợp đã có quyết định.
Do ảnh hưởng của dịch Covid-19, phường thực hiện Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ, hỗ trợ 325 người có công với mức 500.000 đồng/người/tháng trong 3 tháng, tổng số tiền 487,5 triệu đồng. Ủy ban MTTQ Việt Nam phường vận động Quỹ "Đền ơn đáp nghĩa" được 126 triệu đồng, đạt 105% chỉ tiêu quận giao; sửa chữa 2 nhà tình nghĩa cho gia đình ông Đỗ Văn Toàn, thương binh 1/4, và bà Nguyễn Thị Nụ, vợ liệt sĩ, ở tổ dân phố số 12.
Thực hiện Kế hoạch 35, 36/KH-UBND của UBND quận về kỷ niệm 73 năm Ngày Thương binh - Liệt sĩ, phường dự kiến tặng 370 suất quà, mỗi suất 400.000 đồng; tổ chức 1 buổi gặp mặt người có công với khoảng 120 đại biểu.
Báo cáo đánh giá Đảng ủy, UBND phường đã quán triệt Chỉ thị số 14-CT/TW ngày 19/7/2017 của Ban Bí thư về tiếp tục tăng cường sự lãnh đạo của Đảng đối với công tác người có công với cách mạng. Tuy nhiên, việc rà soát hồ sơ ở một số tổ dân phố còn chậm; 4 hộ người có công vẫn thuộc diện cận nghèo. Một số người có công cao tuổi, neo đơn chưa được thăm hỏi thường xuyên; việc xã hội hóa nguồn lực chăm lo người có công chủ yếu dựa vào đóng góp của cán bộ, công chức và các hộ kinh doanh trên địa bàn.
Báo cáo kiến nghị quận sớm phân bổ kinh phí sửa chữa nhà cho các hộ người có công có nhà xuống cấp; đề nghị Ủy ban MTTQ phường tiếp tục vận động các doanh nghiệp, nhà hảo tâm nhận đỡ đầu người có công neo đơn.
6 tháng cuối năm, phường phấn đấu 100% gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú. Báo cáo do bà Lê Thị Thanh Mai, Phó Chủ tịch UBND phường ký, gửi Phòng Lao động - Thương binh và Xã hội quận, Thường trực Đảng ủy phường và đồng chí Trịnh Quốc Việt, Bí thư Đảng ủy, Chủ tịch HĐND phường Văn Chương.
Văn phòng UBND phường
Lượt truy cập: 158.240
Tin khác
- Phường Văn Chương tổ chức Lễ thắp nến tri ân (27/07/2019)
- Hội nghị tổng kết công tác năm 2019 (26/12/2019)
""", "2020-07-03", "Kết quả công tác thương binh, liệt sĩ và người có công 6 tháng đầu năm 2020",
E("bao_cao", "2020-H1", "2020-06-30"),
[P("Đỗ Văn Toàn", "thương binh 1/4"),
 P("Nguyễn Thị Nụ", "vợ liệt sĩ"),
 P("Lê Thị Thanh Mai", "Phó Chủ tịch UBND phường"),
 P("Trịnh Quốc Việt", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Văn Chương")],
[Q("368 đối tượng người có công", 368, "đối tượng người có công"), Q("74 thương binh", 74, "thương binh"), Q("21 bệnh binh", 21, "bệnh binh"),
 Q("103 thân nhân liệt sĩ", 103, "thân nhân liệt sĩ"), Q("2 Mẹ Việt Nam anh hùng", 2, "Mẹ Việt Nam anh hùng"),
 Q("168 người hoạt động kháng chiến", 168, "người hoạt động kháng chiến"), Q("3,84 tỷ đồng", 3840000000, "đồng"),
 Q("9 trường hợp", 9, "trường hợp"), Q("7 trường hợp", 7, "trường hợp"), Q("325 người có công", 325, "người có công"),
 Q("500.000 đồng/người/tháng", 500000, "đồng"), Q("487,5 triệu đồng", 487500000, "đồng"), Q("126 triệu đồng", 126000000, "đồng"),
 Q("105%", 105, "%"), Q("2 nhà tình nghĩa", 2, "nhà tình nghĩa"), Q("370 suất quà", 370, "suất quà"), Q("400.000 đồng", 400000, "đồng"),
 Q("khoảng 120 đại biểu", 120, "đại biểu", "approx"), Q("4 hộ người có công", 4, "hộ người có công"), Q("100%", 100, "%")],
[D("Báo cáo", "86", "BC-UBND", "2020-06-30", "UBND phường Văn Chương", "Báo cáo số 86/BC-UBND ngày 30/6/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 09/4/2020"),
 D("Kế hoạch", "35", "KH-UBND", None, "UBND quận", "Kế hoạch 35, 36/KH-UBND"),
 D("Kế hoạch", "36", "KH-UBND", None, "UBND quận", "Kế hoạch 35, 36/KH-UBND"),
 D("Chỉ thị", "14", "CT/TW", "2017-07-19", "Ban Bí thư", "Chỉ thị số 14-CT/TW ngày 19/7/2017")],
[prov("Hà Nội"), com("Văn Chương")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG VĂN CHƯƠNG - QUẬN ĐỐNG ĐA - THÀNH PHỐ HÀ NỘI", "Hôm nay: Thứ Hai, 06/07/2020",
 "Trang chủ - Tin tức - Văn hóa - Xã hội", "Đền ơn đáp nghĩa", "Văn phòng UBND phường", "Lượt truy cập: 158.240"],
["03/07/2020 - 15:30", "6 tháng đầu năm 2020", "6 tháng cuối năm", "thương binh 1/4", "tổ dân phố số 12", "73 năm", "3 tháng", "1 buổi", "Covid-19", "Lượt truy cập: 158.240"]))

PAGES.append(page("b6087-kiengiang-bdv-traoqua-2021", """
Báo Kiên Giang
Chính trị › Tin trong tỉnh
Thứ Bảy, 24/07/2021 - 08:30
Ban Dân vận Tỉnh ủy thăm, tặng quà gia đình chính sách dịp 27/7
Ngày 23/7/2021, đoàn công tác Ban Dân vận Tỉnh ủy Kiên Giang do đồng chí Danh Út Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, tặng quà các gia đình chính sách tại huyện Gò Quao và huyện Giồng Riềng nhân kỷ niệm 74 năm Ngày Thương binh - Liệt sĩ.
Đồng chí Danh Út Hiền trao quà cho Mẹ Việt Nam anh hùng Thị Nhiên.
Do tình hình dịch Covid-19 diễn biến phức tạp, theo Công văn số 412-CV/BDVTU của Ban Dân vận Tỉnh ủy, đoàn chỉ thăm trực tiếp 5 gia đình tiêu biểu, số quà còn lại được chuyển qua Ủy ban MTTQ các xã trao tận nhà. Đoàn đã đến thăm Mẹ Việt Nam anh hùng Thị Nhiên, 96 tuổi, ở ấp Hòa Lợi, xã Vĩnh Hòa Hưng Nam, có chồng và 2 người con hy sinh; thăm ông Danh Sà Phol, thương binh 2/4, và bà Thạch Thị Sa Mươl, vợ liệt sĩ, ở xã Thạnh Hưng.
Dịp này, Ban Dân vận Tỉnh ủy trao tặng 120 phần quà, mỗi phần gồm 1 triệu đồng tiền mặt và nhu yếu phẩm trị giá 300.000 đồng, tổng trị giá 156 triệu đồng, cho các gia đình người có công là đồng bào Khmer có hoàn cảnh khó khăn. Đoàn cũng trao 2 sổ tiết kiệm, mỗi sổ 5 triệu đồng, cho 2 thân nhân liệt sĩ già yếu, neo đơn.
Tham gia đoàn có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Thanh Việt, Nguyễn Thị Ngọc Huyền; đồng chí Lâm Văn Hòa, HUV, Trưởng Ban Dân vận Huyện ủy Gò Quao; đồng chí Danh Phương, Chủ tịch UBND xã Vĩnh Hòa Hưng Nam.
Báo cáo với đoàn, đồng chí Danh Phương cho biết xã có 236 gia đình chính sách, trong đó 58 hộ là đồng bào Khmer; đã xây dựng 27 căn nhà tình nghĩa, 100% hộ chính sách không còn nhà tạm. Thực hiện Kế hoạch số 103-KH/TU ngày 10/6/2021 của Tỉnh ủy, xã vừa vận động được hơn 45 triệu đồng vào Quỹ "Đền ơn đáp nghĩa".
Thăm hỏi các gia đình, đồng chí Danh Út Hiền bày tỏ lòng biết ơn sâu sắc đối với những hy sinh, cống hiến của các Mẹ, các thương binh và thân nhân liệt sĩ; đề nghị cấp ủy, chính quyền địa phương tiếp tục thực hiện tốt Chỉ thị 14-CT/TW của Ban Bí thư, chăm lo đời sống vật chất, tinh thần cho người có công, nhất là trong thời gian giãn cách xã hội. Đồng chí cũng lưu ý bảo đảm an toàn phòng, chống dịch khi tổ chức các hoạt động tri ân, không tập trung đông người, ưu tiên hình thức trao quà tận nhà.
Cùng ngày, Ban Dân vận Huyện ủy Giồng Riềng phối hợp Hội CCB huyện trao 40 phần quà cho hội viên là thương binh, bệnh binh.
Ngọc Trâm
Tin liên quan
- Kiên Giang chi hơn 30 tỷ đồng chăm lo người có công (20/07/2021)
- Hội CCB tỉnh vận động 1.000 túi an sinh cho hội viên (15/07/2021)
- Thắp nến tri ân tại Nghĩa trang liệt sĩ tỉnh (27/07/2020)
""", "2021-07-24", "Ban Dân vận Tỉnh ủy thăm, tặng quà gia đình chính sách dịp 27/7",
E("trao_qua", None, "2021-07-23"),
[P("Danh Út Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thị Nhiên", "Mẹ Việt Nam anh hùng"),
 P("Danh Sà Phol", "thương binh 2/4"),
 P("Thạch Thị Sa Mươl", "vợ liệt sĩ"),
 P("Trần Thanh Việt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Ngọc Huyền", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Hòa", "HUV", "Trưởng Ban Dân vận Huyện ủy Gò Quao"),
 P("Danh Phương", "Chủ tịch UBND xã Vĩnh Hòa Hưng Nam")],
[Q("5 gia đình tiêu biểu", 5, "gia đình tiêu biểu"), Q("2 người con", 2, "người con"), Q("120 phần quà", 120, "phần quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("300.000 đồng", 300000, "đồng"), Q("156 triệu đồng", 156000000, "đồng"),
 Q("2 sổ tiết kiệm", 2, "sổ tiết kiệm"), Q("5 triệu đồng", 5000000, "đồng"), Q("2 thân nhân liệt sĩ", 2, "thân nhân liệt sĩ"),
 Q("236 gia đình chính sách", 236, "gia đình chính sách"), Q("58 hộ", 58, "hộ"), Q("27 căn nhà tình nghĩa", 27, "căn nhà tình nghĩa"),
 Q("100%", 100, "%"), Q("hơn 45 triệu đồng", 45000000, "đồng", "over"), Q("40 phần quà", 40, "phần quà")],
[D("Công văn", "412", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 412-CV/BDVTU"),
 D("Kế hoạch", "103", "KH/TU", "2021-06-10", "Tỉnh ủy", "Kế hoạch số 103-KH/TU ngày 10/6/2021"),
 D("Chỉ thị", "14", "CT/TW", None, "Ban Bí thư", "Chỉ thị 14-CT/TW")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Nam"), com("Thạnh Hưng")],
["Báo Kiên Giang", "Chính trị › Tin trong tỉnh", "Đồng chí Danh Út Hiền trao quà cho Mẹ Việt Nam anh hùng Thị Nhiên.",
 "Đền ơn đáp nghĩa", "Hòa Lợi", "Covid-19"],
["Thứ Bảy, 24/07/2021 - 08:30", "27/7", "74 năm", "96 tuổi", "thương binh 2/4", "Covid-19"]))

PAGES.append(page("b6088-lamdong-thuongbinh-chandung-2018", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ › Xã hội › Gương sáng
12-03-2018 09:40
Ông K'Brơi bên vườn cà phê của gia đình. Ảnh: Khánh Phúc
Người thương binh K'Ho làm giàu trên đất Di Linh
(LĐ online) - Mang thương tật 61%, nhưng ông K'Brơi, thương binh 2/4, người dân tộc K'Ho ở thôn Ka Liêng, xã Gia Bắc, huyện Di Linh, tỉnh Lâm Đồng, vẫn vượt khó vươn lên làm giàu và giúp đỡ bà con trong thôn thoát nghèo.
Năm 1972, chàng trai K'Brơi 17 tuổi tham gia du kích, bị thương trong một trận đánh ở khu vực Đèo Ngoạn Mục. Trở về địa phương năm 1976, ông lập gia đình với bà Ka Hiền và bắt đầu khai hoang. Từ 2 ha đất đồi ban đầu, đến nay gia đình ông đã có 6 ha cà phê, 1,5 ha sầu riêng và 200 cây mắc ca, thu nhập mỗi năm trên 700 triệu đồng. Năm 2009, gia đình ông được hỗ trợ 20 triệu đồng xây căn nhà tình nghĩa theo Quyết định số 118/TTg của Thủ tướng Chính phủ; nay ông đã tự xây căn nhà mới rộng 120 m2.
Không chỉ lo cho gia đình, ông K'Brơi còn là Chi hội trưởng Chi hội CCB thôn Ka Liêng. Ông đã cho 14 hộ đồng bào K'Ho mượn không lấy lãi tổng cộng 280 triệu đồng, hướng dẫn kỹ thuật ghép cải tạo cà phê cho hơn 60 hộ, giúp 9 hộ thoát nghèo. Ông còn hiến 800 m2 đất để xây nhà sinh hoạt cộng đồng thôn.
Bà Ka Thu, Chủ tịch Hội CCB xã Gia Bắc, cho biết: "Ông K'Brơi là một trong 12 hội viên được Hội CCB tỉnh biểu dương điển hình sản xuất, kinh doanh giỏi giai đoạn 2013 - 2017. Ông nói ít, làm nhiều, bà con rất tin".
Ông Nguyễn Văn Thạch, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Di Linh, cho biết ông K'Brơi được Chủ tịch UBND tỉnh tặng bằng khen theo Quyết định số 2546/QĐ-UBND ngày 20/11/2017 vì có thành tích trong thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Huyện đang nhân rộng cách làm của ông ở 19 xã, thị trấn thông qua mô hình "Cựu chiến binh giúp nhau giảm nghèo" theo Kế hoạch 47-KH/HU của Ban Thường vụ Huyện ủy.
Chia sẻ về dự định, ông K'Brơi nói sẽ lập tổ hợp tác cà phê sạch cho khoảng 30 hộ, giúp bà con trong thôn có đầu ra ổn định. "Mình là thương binh, được Đảng, Nhà nước và bà con giúp dựng nhà tình nghĩa. Giờ mình khỏe thì phải giúp lại bà con", ông nói.
Theo số liệu của Phòng Lao động - Thương binh và Xã hội huyện Di Linh, toàn huyện có 1.025 người có công, trong đó 312 là đồng bào dân tộc thiểu số; 85% hộ gia đình chính sách có mức sống khá trở lên.
Khánh Phúc
Tin liên quan
- Lâm Đồng bàn giao 50 nhà tình nghĩa cho người có công (28/02/2018)
- Người cựu binh Churu giữ rừng (14/02/2018)
- Bảo Lộc: Hội CCB ra mắt tổ hợp tác chè (30/01/2018)
""", "2018-03-12", "Người thương binh K'Ho làm giàu trên đất Di Linh",
E("khac", None, None),
[P("K'Brơi", "thương binh 2/4", "Chi hội trưởng Chi hội CCB thôn Ka Liêng"),
 P("Ka Hiền"),
 P("Ka Thu", "Chủ tịch Hội CCB xã Gia Bắc"),
 P("Nguyễn Văn Thạch", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Di Linh")],
[Q("61%", 61, "%"), Q("2 ha", 2, "ha"), Q("6 ha", 6, "ha"), Q("1,5 ha", 1.5, "ha"), Q("200 cây mắc ca", 200, "cây mắc ca"),
 Q("trên 700 triệu đồng", 700000000, "đồng", "over"), Q("20 triệu đồng", 20000000, "đồng"), Q("120 m2", 120, "m2"),
 Q("14 hộ", 14, "hộ"), Q("280 triệu đồng", 280000000, "đồng"), Q("hơn 60 hộ", 60, "hộ", "over"), Q("9 hộ", 9, "hộ"),
 Q("800 m2", 800, "m2"), Q("12 hội viên", 12, "hội viên"), Q("19 xã, thị trấn", 19, "xã, thị trấn"),
 Q("khoảng 30 hộ", 30, "hộ", "approx"), Q("1.025 người có công", 1025, "người có công"), Q("312", 312, "người có công"),
 Q("85%", 85, "%")],
[D("Quyết định", "118", "TTg", None, "Thủ tướng Chính phủ", "Quyết định số 118/TTg"),
 D("Quyết định", "2546", "QĐ-UBND", "2017-11-20", None, "Quyết định số 2546/QĐ-UBND ngày 20/11/2017"),
 D("Kế hoạch", "47", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 47-KH/HU")],
[prov("Lâm Đồng"), com("Gia Bắc")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ › Xã hội › Gương sáng", "Ông K'Brơi bên vườn cà phê của gia đình. Ảnh: Khánh Phúc",
 "(LĐ online)", "Đèo Ngoạn Mục", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Cựu chiến binh giúp nhau giảm nghèo", "Ka Liêng"],
["12-03-2018 09:40", "thương binh 2/4", "Năm 1972", "17 tuổi", "năm 1976", "Năm 2009", "giai đoạn 2013 - 2017"]))
