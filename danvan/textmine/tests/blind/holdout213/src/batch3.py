from lib import *
PAGES = []

PAGES.append(page("b5081-angiang-bdvtu-traoqua-ctv-2022", """
BÁO AN GIANG ONLINE
Trang chủ > Chính trị > Dân vận
2022-01-20 08:30
Ảnh: Đồng chí Nguyễn Thị Ngọc Lan trao quà cho người có uy tín.
Ban Dân vận Tỉnh ủy thăm, tặng quà cộng tác viên dư luận xã hội, người có uy tín
Ngày 19/1, đoàn công tác Ban Dân vận Tỉnh ủy An Giang do đồng chí Nguyễn Thị Ngọc Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà cộng tác viên dư luận xã hội, người có uy tín trong đồng bào Chăm, Khmer tại huyện An Phú và huyện Tri Tôn nhân dịp Tết Nguyên đán Nhâm Dần 2022.
Dịp này, Ban Dân vận Tỉnh ủy trao 500 phần quà Tết cho 95 cộng tác viên dư luận xã hội, 46 người có uy tín và các hộ nghèo ở 11 huyện, thị xã, thành phố; mỗi phần quà trị giá 700.000 đồng, tổng trị giá 350 triệu đồng từ nguồn vận động xã hội hóa. Ủy ban MTTQ Việt Nam tỉnh cũng trao thêm 200 suất quà Tết cho hộ đồng bào dân tộc thiểu số có hoàn cảnh khó khăn.
Tại xã Châu Phong, đoàn đến thăm ông Hakim Ya Cốp, Phó Ban đại diện Cộng đồng Hồi giáo tỉnh, và tham quan 3 thánh đường Hồi giáo trên địa bàn. Ông Hakim Ya Cốp cho biết, năm qua bà con Chăm đã thực hiện tốt các biện pháp phòng dịch, giữ gìn an ninh trật tự; các ý kiến của bà con về đường giao thông, nước sạch được cộng tác viên phản ánh kịp thời tới chính quyền.
Tại xã Lê Trì, đồng chí Chau Sóc Thanh, Phó Trưởng Ban Dân vận Tỉnh ủy thăm hỏi Achar Chau Sa Ol, Chủ tịch Ban Quản trị chùa Svayton, và bà Néang Sa Phi, cộng tác viên dư luận xã hội ấp Phước Lợi. Bà Néang Sa Phi chia sẻ, mỗi tháng bà ghi chép ý kiến bà con ở 2 tổ tự quản rồi gửi về Ban Dân vận Huyện ủy; năm 2021 bà đã phản ánh 16 ý kiến, trong đó có việc 32 hộ thiếu nước sinh hoạt mùa khô.
Đồng chí Nguyễn Thị Ngọc Lan ghi nhận đóng góp của đội ngũ cộng tác viên trong việc nắm bắt tâm tư, nguyện vọng của nhân dân theo Kế hoạch số 210-KH/BDVTU ngày 28/12/2021 của Ban Dân vận Tỉnh ủy và Hướng dẫn số 37-HD/BDVTU về chế độ báo cáo dư luận; đồng thời thông tin về chính sách đối với người có uy tín theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ. Đồng chí mong các cộng tác viên tiếp tục là "tai mắt" của cấp ủy, phản ánh trung thực, khách quan những vấn đề nhân dân quan tâm.
Tham gia đoàn còn có các đồng chí Trần Văn Phúc, Đoàn Thị Bé Tư - Phó Trưởng Ban Dân vận Huyện ủy An Phú, và ông Đinh Văn Hòa, Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Phong.
Hữu Huệ
Tin liên quan
- An Giang: 1.200 phần quà Tết cho đồng bào Khmer (15/01/2022)
- Tri Tôn đối thoại với người dân về đất sản xuất (07/01/2022)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2021 (29/12/2021)
- Ra mắt mô hình "Dân vận khéo" ở ấp Vĩnh Hòa (20/12/2021)
- An Phú: hội nghị người có uy tín năm 2021 (10/12/2021)
""", "2022-01-20", "Ban Dân vận Tỉnh ủy thăm, tặng quà cộng tác viên dư luận xã hội, người có uy tín",
E("trao_qua", None, "2022-01-19"),
[P("Nguyễn Thị Ngọc Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hakim Ya Cốp", "Phó Ban đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Chau Sóc Thanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chau Sa Ol", "Achar", "Chủ tịch Ban Quản trị chùa Svayton"),
 P("Néang Sa Phi", "cộng tác viên dư luận xã hội ấp Phước Lợi"),
 P("Trần Văn Phúc", "Phó Trưởng Ban Dân vận Huyện ủy An Phú"),
 P("Đoàn Thị Bé Tư", "Phó Trưởng Ban Dân vận Huyện ủy An Phú"),
 P("Đinh Văn Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Phong")],
[Q("500 phần quà Tết", 500, "phần quà"), Q("95 cộng tác viên dư luận xã hội", 95, "cộng tác viên dư luận xã hội"),
 Q("46 người có uy tín", 46, "người có uy tín"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("700.000 đồng", 700000, "đồng"), Q("350 triệu đồng", 350000000, "đồng"), Q("200 suất quà Tết", 200, "suất quà"),
 Q("3 thánh đường Hồi giáo", 3, "thánh đường Hồi giáo"), Q("2 tổ tự quản", 2, "tổ tự quản"), Q("16 ý kiến", 16, "ý kiến"),
 Q("32 hộ", 32, "hộ")],
[D("Kế hoạch", "210", "KH/BDVTU", "2021-12-28", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 210-KH/BDVTU ngày 28/12/2021"),
 D("Hướng dẫn", "37", "HD/BDVTU", None, None, "Hướng dẫn số 37-HD/BDVTU"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg")],
[prov("An Giang"), com("Châu Phong"), com("Lê Trì")],
["BÁO AN GIANG ONLINE", "Trang chủ > Chính trị > Dân vận", "Ảnh: Đồng chí Nguyễn Thị Ngọc Lan trao quà cho người có uy tín.",
 "Tết Nguyên đán Nhâm Dần 2022", "tai mắt", "Phước Lợi"],
["2022-01-20 08:30", "Tết Nguyên đán Nhâm Dần 2022", "năm 2021", "mỗi tháng"]))

PAGES.append(page("b5082-quangtri-bdvtu-giaoban-q2-2022", """
Báo Quảng Trị
Chính trị - Xã hội | Dân vận
Ngày 06/07/2022 | 14:15
Nắm chắc tình hình dư luận vùng biên giới
QTO - Chiều 5/7, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức giao ban công tác dân vận quý II năm 2022, tập trung đánh giá việc nắm bắt tình hình, dư luận xã hội vùng biên giới và vùng đồng bào dân tộc thiểu số. Đồng chí Hồ Thị Kim Lê, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quang cảnh buổi giao ban. Ảnh: P.L
Theo báo cáo, trong quý, khối dân vận đã bám sát 12 xã biên giới, nơi có trên 4.500 hộ đồng bào Bru - Vân Kiều, Pa Kô sinh sống; cộng tác viên đã phản ánh 9 vụ việc mâu thuẫn trong nội bộ nhân dân, chủ yếu tranh chấp đất rẫy, tất cả đã được hòa giải tại cơ sở. Dư luận quan tâm giá xăng dầu, phân bón tăng cao, tiến độ chi trả tiền bảo vệ rừng và tình trạng một số thanh niên sang Lào làm thuê không đăng ký.
Ban đã triển khai Kế hoạch số 78-KH/BDVTU về nắm tình hình nhân dân năm 2022, Đề án 05-ĐA/TU của Tỉnh ủy về công tác dân vận vùng biên giới giai đoạn 2021 - 2025; tổng kết 7 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước; tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị. Toàn tỉnh hiện có 36 mô hình cấp tỉnh trong phong trào thi đua "Dân vận khéo".
Đồng chí Hồ Văn Ngọt, HUV, Trưởng Ban Dân vận Huyện ủy Hướng Hóa, cho biết huyện đã tổ chức khoảng 1.300 lượt người nghe tuyên truyền về quản lý lao động xuất cảnh; ông Kăn Sương, Bí thư Đảng ủy xã Hướng Phùng, đề nghị hỗ trợ kinh phí để duy trì hoạt động của 14 tổ dân vận thôn. Đại diện Đảng ủy xã A Dơi phản ánh có 5 trường hợp xuất cảnh trái phép đã trở về địa phương.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Quang Thái, Nguyễn Thị Hương Giang trao đổi về việc phối hợp với Bộ đội Biên phòng tỉnh trong mô hình "Đồn biên phòng gắn với bản làng". Bộ đội Biên phòng đã hỗ trợ 1,2 tỷ đồng xây 6 căn nhà "Mái ấm biên cương" cho hộ nghèo.
Kết luận, đồng chí Hồ Thị Kim Lê đề nghị quý III tập trung nắm dư luận về chủ trương sắp xếp đơn vị hành chính cấp xã, công tác chuẩn bị Đại hội MTTQ các cấp; các ban dân vận huyện ủy báo cáo định kỳ trước ngày 25 của tháng cuối quý.
Phương Linh
Tin liên quan
- Đakrông: 150 hộ hiến đất làm đường (28/06/2022)
- Hội nghị người có uy tín vùng đồng bào Pa Kô (15/06/2022)
- Gio Linh sơ kết Quy chế dân chủ ở cơ sở (02/06/2022)
- Vĩnh Linh tuyên dương 25 mô hình "Dân vận khéo" (20/05/2022)
- Hải Lăng: vận động nhân dân hiến đất xây dựng nông thôn mới (11/05/2022)
- Giao ban công tác dân vận quý I năm 2022 (06/04/2022)
""", "2022-07-06", "Nắm chắc tình hình dư luận vùng biên giới",
E("giao_ban", "2022-Q2", "2022-07-05"),
[P("Hồ Thị Kim Lê", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Ngọt", "HUV", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Kăn Sương", "Bí thư Đảng ủy xã Hướng Phùng"),
 P("Lê Quang Thái", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hương Giang", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("12 xã biên giới", 12, "xã biên giới"), Q("trên 4.500 hộ đồng bào Bru - Vân Kiều, Pa Kô", 4500, "hộ đồng bào Bru - Vân Kiều, Pa Kô", "over"),
 Q("9 vụ việc mâu thuẫn trong nội bộ nhân dân", 9, "vụ việc mâu thuẫn trong nội bộ nhân dân"),
 Q("36 mô hình cấp tỉnh", 36, "mô hình cấp tỉnh"), Q("khoảng 1.300 lượt người", 1300, "lượt người", "approx"),
 Q("14 tổ dân vận thôn", 14, "tổ dân vận thôn"), Q("5 trường hợp", 5, "trường hợp"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("6 căn nhà", 6, "căn nhà")],
[D("Kế hoạch", "78", "KH/BDVTU", None, None, "Kế hoạch số 78-KH/BDVTU"),
 D("Đề án", "05", "ĐA/TU", None, "Tỉnh ủy", "Đề án 05-ĐA/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Dơi")],
["Báo Quảng Trị", "Chính trị - Xã hội | Dân vận", "Quang cảnh buổi giao ban. Ảnh: P.L", "QTO -", "Dân vận khéo",
 "Đồn biên phòng gắn với bản làng", "Mái ấm biên cương"],
["Ngày 06/07/2022 | 14:15", "quý II năm 2022", "năm 2022", "giai đoạn 2021 - 2025", "7 năm", "quý III", "ngày 25"]))

PAGES.append(page("b5083-langson-chandung-ctv-dlxh-2023", """
BÁO LẠNG SƠN ĐIỆN TỬ
Xã hội › Gương sáng
Thứ Tư, 15/03/2023 - 07:00
Bà Lộc Thị Nhàn (bên phải) trao đổi với người dân thôn Nà Pàn.
Người "lắng nghe" dư luận ở thôn Nà Pàn
Đã 9 năm làm cộng tác viên dư luận xã hội của Đảng ủy xã Thụy Hùng, huyện Văn Lãng, tỉnh Lạng Sơn, bà Lộc Thị Nhàn, Bí thư Chi bộ thôn Nà Pàn, vẫn giữ thói quen ghi chép tỉ mỉ từng ý kiến của bà con vào cuốn sổ bìa xanh.
Thôn Nà Pàn có 84 hộ với 312 nhân khẩu, phần lớn là đồng bào Tày, Nùng. Mỗi khi thôn họp, hay những lúc gặp nhau ở chợ phiên, bà Nhàn đều lắng nghe bà con bàn tán về giá hồi, giá hoa quả, về con đường bê tông hay chuyện thanh niên đi làm ở các khu công nghiệp. Năm 2022, bà đã tổng hợp 17 ý kiến gửi Đảng ủy xã, trong đó có kiến nghị sửa chữa tuyến kênh mương dài 800 m bị sạt lở.
Ông Vi Văn Thàng, Bí thư Đảng ủy xã Thụy Hùng, cho biết xã có 6 thôn, mỗi thôn có 1 cộng tác viên dư luận xã hội được lựa chọn theo Kế hoạch 15-KH/ĐU của Đảng ủy xã, thực hiện Quyết định số 09-QĐ/HU ngày 18/4/2021 của Ban Thường vụ Huyện ủy Văn Lãng về quy chế hoạt động của mạng lưới cộng tác viên. "Có những việc bà Nhàn báo lên, xã giải quyết ngay trong tuần, nên người dân rất tin", ông Thàng nói.
Năm 2022, từ ý kiến của bà con do bà Nhàn phản ánh, xã đã vận động 26 hộ hiến gần 1.500 m2 đất để mở rộng đường vào thôn; nhân dân góp thêm 30 triệu đồng và hơn 400 ngày công. Bà cũng kịp thời báo cáo 2 trường hợp người lạ vào thôn tuyên truyền đạo trái phép để chính quyền có biện pháp xử lý.
Bà Hoàng Thị Thu Hà, Trưởng Ban Tuyên giáo Huyện ủy Văn Lãng, đánh giá bà Nhàn là 1 trong 25 cộng tác viên tiêu biểu của huyện được khen thưởng năm 2022; báo cáo của bà ngắn gọn nhưng "có hồn", nêu rõ ai nói, nói gì, vì sao. Theo bà Hà, việc triển khai Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm người đứng đầu trong tiếp dân, đối thoại cũng nhờ những cộng tác viên như bà Nhàn mà sát thực tế hơn.
Ông Hoàng Văn Pẻn, người có uy tín thôn Nà Pàn, nói: "Nghe bà Nhàn giải thích, bà con hiểu chủ trương, không ai còn thắc mắc". Với bà Nhàn, "nắm được lòng dân thì việc gì cũng làm được".
Không chỉ ghi chép, bà còn cùng Chi hội Phụ nữ thôn vận động 11 hộ nghèo vay vốn nuôi lợn đen, trồng hồi; đến nay 4 hộ đã thoát nghèo. Mỗi lần Đảng ủy xã tổ chức hội nghị đối thoại, bà lại mang theo cuốn sổ, đọc to những ý kiến bà con nhờ chuyển tới lãnh đạo xã.
Bài, ảnh: Minh Châu
Tin cùng chuyên mục
- Người Dao ở Mẫu Sơn giữ rừng đầu nguồn (08/03/2023)
- Nữ trưởng thôn vận động dân hiến đất (01/03/2023)
- Cựu chiến binh làm kinh tế giỏi ở Tràng Định (22/02/2023)
- Gương sáng thanh niên tình nguyện biên giới (15/02/2023)
""", "2023-03-15", 'Người "lắng nghe" dư luận ở thôn Nà Pàn',
E("khac", None, None),
[P("Lộc Thị Nhàn", "Bí thư Chi bộ thôn Nà Pàn"),
 P("Vi Văn Thàng", "Bí thư Đảng ủy xã Thụy Hùng"),
 P("Hoàng Thị Thu Hà", "Trưởng Ban Tuyên giáo Huyện ủy Văn Lãng"),
 P("Hoàng Văn Pẻn", "người có uy tín thôn Nà Pàn")],
[Q("84 hộ", 84, "hộ"), Q("312 nhân khẩu", 312, "nhân khẩu"), Q("17 ý kiến", 17, "ý kiến"), Q("800 m", 800, "m"),
 Q("6 thôn", 6, "thôn"), Q("26 hộ", 26, "hộ"), Q("gần 1.500 m2", 1500, "m2", "approx"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("hơn 400 ngày công", 400, "ngày công", "over"), Q("2 trường hợp", 2, "trường hợp"), Q("25 cộng tác viên tiêu biểu", 25, "cộng tác viên tiêu biểu"),
 Q("11 hộ nghèo", 11, "hộ nghèo"), Q("4 hộ", 4, "hộ")],
[D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 15-KH/ĐU"),
 D("Quyết định", "09", "QĐ/HU", "2021-04-18", "Ban Thường vụ Huyện ủy Văn Lãng", "Quyết định số 09-QĐ/HU ngày 18/4/2021"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019")],
[prov("Lạng Sơn"), com("Thụy Hùng")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Xã hội › Gương sáng", "Bà Lộc Thị Nhàn (bên phải) trao đổi với người dân thôn Nà Pàn.", "Nà Pàn"],
["Thứ Tư, 15/03/2023 - 07:00", "9 năm", "1 cộng tác viên", "Năm 2022"]))

PAGES.append(page("b5084-binhthuan-bdvtu-hoinghi-cham-2023", """
BÁO BÌNH THUẬN
Trang chủ / Chính trị / Dân vận - Dân tộc - Tôn giáo
25/08/2023 06:00
Toàn cảnh hội nghị. Ảnh: N.Lân
Nâng cao chất lượng nắm bắt dư luận trong đồng bào Chăm
Ngày 24/8, tại huyện Bắc Bình, Ban Dân vận Tỉnh ủy Bình Thuận phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị chuyên đề nâng cao chất lượng nắm bắt tình hình, dư luận xã hội trong đồng bào Chăm năm 2023. Đồng chí Bá Văn Thành, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có 130 đại biểu, trong đó có 21 chức sắc, chức việc Bà-ni, Bà-la-môn và người có uy tín.
Tỉnh hiện có khoảng 38.000 người Chăm, sống tập trung ở 18 làng thuộc các huyện Bắc Bình, Tuy Phong, Hàm Thuận Bắc, Tánh Linh. Thời gian qua, khối dân vận đã triển khai Chương trình hành động số 20-CTr/TU của Tỉnh ủy thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về công tác dân tộc, cùng Kế hoạch 126, 127-KH/BDVTU của Ban Dân vận Tỉnh ủy về nắm tình hình vùng đồng bào Chăm và vùng đồng bào Raglai.
Đồng chí Đàng Thị Minh, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết 6 tháng đầu năm, cộng tác viên ở các làng Chăm đã phản ánh 9 vụ việc, chủ yếu tranh chấp đất sản xuất và mâu thuẫn trong lễ nghi; qua khảo sát, 94% ý kiến hài lòng với chính sách hỗ trợ đồng bào. Một số đối tượng lợi dụng mạng xã hội kích động tư tưởng ly khai đã được nhận diện, đấu tranh kịp thời.
Phát biểu tham luận, Cả sư Thuận Văn Kiền, Chủ tịch Hội đồng chức sắc Hồi giáo Bà-ni tỉnh, cho biết đã hướng dẫn chức việc ở 11 thánh đường Bà-ni tuyên truyền bà con không nghe theo kẻ xấu. Ông Hán Văn Sa, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Thanh, và ông Quảng Văn Thu, Bí thư Đảng ủy xã Phan Hòa, nêu khó khăn về đất sản xuất và nước tưới; mỗi năm có khoảng 300 hộ thiếu nước trong mùa khô. Bà Mang Thị Lợi, người có uy tín thôn Sông Lũy, xã Phong Phú, đề nghị tăng phụ cấp cho cộng tác viên là người Raglai.
TS. Lưu Quang Đạo, Phó Trưởng ban Ban Dân tộc tỉnh, thông tin nhiều chính sách đã được triển khai, trong đó có khoảng 4,2 tỷ đồng hỗ trợ 160 hộ đồng bào làm nhà, chuyển đổi nghề.
Kết luận hội nghị, đồng chí Bá Văn Thành đề nghị duy trì giao ban dư luận hằng tháng ở các huyện có đông đồng bào Chăm; phát huy vai trò của chức sắc trong các lễ hội Katê, Ramưwan; xây dựng ít nhất 5 mô hình "Dân vận khéo" trong vùng đồng bào.
Nguyên Lân
Tin liên quan
- Tuy Phong: gặp mặt chức sắc Bà-la-môn trước lễ Katê (20/08/2023)
- Hàm Thuận Bắc tập huấn cho cộng tác viên dư luận xã hội (08/08/2023)
- Bình Thuận tuyên dương 80 người có uy tín (25/07/2023)
- Bắc Bình: đối thoại với đồng bào Chăm về đất sản xuất (12/07/2023)
""", "2023-08-25", "Nâng cao chất lượng nắm bắt dư luận trong đồng bào Chăm",
E("hoi_nghi", "2023", "2023-08-24"),
[P("Bá Văn Thành", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàng Thị Minh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thuận Văn Kiền", "Cả sư", "Chủ tịch Hội đồng chức sắc Hồi giáo Bà-ni tỉnh"),
 P("Hán Văn Sa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Thanh"),
 P("Quảng Văn Thu", "Bí thư Đảng ủy xã Phan Hòa"),
 P("Mang Thị Lợi", "người có uy tín thôn Sông Lũy"),
 P("Lưu Quang Đạo", "TS.", "Phó Trưởng ban Ban Dân tộc tỉnh")],
[Q("130 đại biểu", 130, "đại biểu"), Q("21 chức sắc, chức việc Bà-ni, Bà-la-môn và người có uy tín", 21, "chức sắc, chức việc Bà-ni, Bà-la-môn và người có uy tín"),
 Q("khoảng 38.000 người Chăm", 38000, "người Chăm", "approx"), Q("18 làng", 18, "làng"), Q("9 vụ việc", 9, "vụ việc"),
 Q("94%", 94, "%"), Q("11 thánh đường Bà-ni", 11, "thánh đường Bà-ni"), Q("khoảng 300 hộ", 300, "hộ", "approx"),
 Q("khoảng 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("160 hộ đồng bào", 160, "hộ đồng bào"),
 Q("ít nhất 5 mô hình", 5, "mô hình", "over")],
[D("Chương trình hành động", "20", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 20-CTr/TU"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019"),
 D("Kế hoạch", "126", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 126, 127-KH/BDVTU"),
 D("Kế hoạch", "127", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 126, 127-KH/BDVTU")],
[prov("Bình Thuận"), com("Phan Thanh"), com("Phan Hòa"), com("Phong Phú")],
["BÁO BÌNH THUẬN", "Trang chủ / Chính trị / Dân vận - Dân tộc - Tôn giáo", "Toàn cảnh hội nghị. Ảnh: N.Lân", "Dân vận khéo", "Katê", "Ramưwan"],
["25/08/2023 06:00", "năm 2023", "6 tháng đầu năm", "mỗi năm"]))

PAGES.append(page("b5085-hanoi-bavi-btghu-taphuan-2024", """
CỔNG GIAO TIẾP ĐIỆN TỬ HUYỆN BA VÌ - THÀNH PHỐ HÀ NỘI
Bạn đang ở: Trang chủ | Tin tức - Sự kiện | Xây dựng Đảng
Cập nhật: 11:42, 12/04/2024 (GMT+7)
Ba Vì tập huấn nghiệp vụ công tác dư luận xã hội năm 2024
Ngày 11/4, Ban Tuyên giáo Huyện ủy Ba Vì tổ chức lớp tập huấn nghiệp vụ công tác dư luận xã hội năm 2024 cho 180 học viên là báo cáo viên, cộng tác viên dư luận xã hội của 31 xã, thị trấn. Đồng chí Đinh Công Đạt, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy phát biểu khai mạc.
Đồng chí Đinh Công Đạt phát biểu khai mạc lớp tập huấn.
Lớp tập huấn được tổ chức theo Kế hoạch số 186-KH/HU ngày 20/3/2024 của Ban Thường vụ Huyện ủy và Hướng dẫn 08, 09-HD/BTGTU của Ban Tuyên giáo Thành ủy Hà Nội về công tác nắm bắt, tổng hợp dư luận xã hội và về chế độ báo cáo. Trong một ngày, học viên được nghe 4 chuyên đề, trong đó có chuyên đề về Quy định số 124-QĐ/TW ngày 04/10/2023 của Ban Bí thư về giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên.
PGS.TS. Trịnh Quang Vinh, giảng viên Học viện Báo chí và Tuyên truyền, hướng dẫn kỹ năng nhận diện thông tin xấu, độc trên mạng xã hội, cách viết phiếu thu thập dư luận. Theo kết quả khảo sát đầu khóa, khoảng 45% học viên chưa từng được tập huấn về kỹ năng này; năm nay huyện bổ sung 92 cộng tác viên mới, phần lớn là bí thư chi đoàn, chi hội trưởng phụ nữ ở thôn.
Đồng chí Bàn Thị Lan, Phó Trưởng Ban Tuyên giáo Huyện ủy, cho biết năm 2023 mạng lưới cộng tác viên đã gửi về Ban 64 báo cáo, phản ánh dư luận về giải phóng mặt bằng đường vành đai 4, giá vé tham quan Vườn quốc gia Ba Vì và việc chuyển đổi đất nông nghiệp. Bà Triệu Thị Phương, Bí thư Đảng ủy xã Ba Vì, chia sẻ cách nắm tư tưởng đồng bào Dao ở 3 thôn vùng núi thông qua các buổi sinh hoạt cộng đồng; ông Đinh Văn Toản, Chủ tịch Ủy ban MTTQ Việt Nam xã Minh Quang, nêu việc 40 hộ khó khăn được hỗ trợ sửa nhà sau khi cộng tác viên phản ánh.
Kết thúc lớp học, Ban Tuyên giáo Huyện ủy yêu cầu mỗi xã, thị trấn có từ 3 cộng tác viên trở lên; báo cáo định kỳ trước ngày 20 hằng tháng; tổ chức thêm 3 lớp cho cộng tác viên cấp thôn trong quý III. Mỗi học viên được hỗ trợ 100.000 đồng tiền ăn.
Thu Hằng
Tin liên quan
- Ba Vì: hội nghị báo cáo viên tháng 3 (28/03/2024)
- Sơn Tây tập huấn kỹ năng tuyên truyền trên mạng xã hội (15/03/2024)
- Giao ban công tác tuyên giáo quý I (05/04/2024)
- Ba Vì: đối thoại với nhân dân về giải phóng mặt bằng (20/02/2024)
""", "2024-04-12", "Ba Vì tập huấn nghiệp vụ công tác dư luận xã hội năm 2024",
E("tap_huan", "2024", "2024-04-11"),
[P("Đinh Công Đạt", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tuyên giáo Huyện ủy"),
 P("Trịnh Quang Vinh", "PGS.TS.", "giảng viên Học viện Báo chí và Tuyên truyền"),
 P("Bàn Thị Lan", "Phó Trưởng Ban Tuyên giáo Huyện ủy"),
 P("Triệu Thị Phương", "Bí thư Đảng ủy xã Ba Vì"),
 P("Đinh Văn Toản", "Chủ tịch Ủy ban MTTQ Việt Nam xã Minh Quang")],
[Q("180 học viên", 180, "học viên"), Q("31 xã, thị trấn", 31, "xã, thị trấn"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("khoảng 45%", 45, "%", "approx"), Q("92 cộng tác viên mới", 92, "cộng tác viên mới"), Q("64 báo cáo", 64, "báo cáo"),
 Q("3 thôn vùng núi", 3, "thôn vùng núi"), Q("40 hộ khó khăn", 40, "hộ khó khăn"),
 Q("từ 3 cộng tác viên trở lên", 3, "cộng tác viên", "over"), Q("3 lớp", 3, "lớp"), Q("100.000 đồng", 100000, "đồng")],
[D("Kế hoạch", "186", "KH/HU", "2024-03-20", "Ban Thường vụ Huyện ủy", "Kế hoạch số 186-KH/HU ngày 20/3/2024"),
 D("Hướng dẫn", "08", "HD/BTGTU", None, "Ban Tuyên giáo Thành ủy Hà Nội", "Hướng dẫn 08, 09-HD/BTGTU"),
 D("Hướng dẫn", "09", "HD/BTGTU", None, "Ban Tuyên giáo Thành ủy Hà Nội", "Hướng dẫn 08, 09-HD/BTGTU"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 04/10/2023")],
[prov("Hà Nội"), com("Ba Vì"), com("Minh Quang")],
["CỔNG GIAO TIẾP ĐIỆN TỬ HUYỆN BA VÌ - THÀNH PHỐ HÀ NỘI", "Bạn đang ở: Trang chủ | Tin tức - Sự kiện | Xây dựng Đảng",
 "Đồng chí Đinh Công Đạt phát biểu khai mạc lớp tập huấn.", "Vườn quốc gia Ba Vì", "vành đai 4"],
["Cập nhật: 11:42, 12/04/2024 (GMT+7)", "năm 2024", "một ngày", "năm 2023", "vành đai 4", "ngày 20", "quý III"]))

PAGES.append(page("b5086-camau-btgtu-tongket-dlxh-2024", """
Hôm nay: Thứ Hai, 23/12/2024
BÁO CÀ MAU ĐIỆN TỬ
Thời sự » Xây dựng Đảng
Thứ Sáu, 20/12/2024
Tổng kết công tác dư luận xã hội năm 2024
Chiều 19/12, Ban Tuyên giáo Tỉnh ủy Cà Mau tổ chức hội nghị tổng kết công tác nghiên cứu, định hướng dư luận xã hội năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Lê Minh Khang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị.
Đồng chí Lê Minh Khang phát biểu chỉ đạo hội nghị.
Năm 2024, mạng lưới 415 cộng tác viên dư luận xã hội ở 9 huyện, thành phố và 101 xã, phường, thị trấn đã gửi về Ban 48 báo cáo chuyên đề; Ban thực hiện 12 cuộc khảo sát dư luận xã hội với 3.600 phiếu. Kết quả cho thấy 89,5% ý kiến tin tưởng vào sự lãnh đạo của Đảng; nhân dân đặc biệt quan tâm tình trạng sạt lở bờ biển, bờ sông với 23 vụ sạt lở trong năm, giá tôm nguyên liệu giảm và chủ trương sắp xếp tổ chức bộ máy.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 10, 11-CT/TU về tăng cường công tác nắm bắt dư luận và về bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng, gắn với thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị; ban hành Kế hoạch số 289-KH/BTGTU về khảo sát dư luận trước đại hội đảng bộ các cấp. Qua theo dõi, lực lượng chức năng đã xử lý 14 trường hợp đăng tải thông tin sai sự thật.
Các đồng chí Danh Minh Tường, Huỳnh Thị Kim Ngân, Trương Văn Lực - Phó Trưởng Ban Tuyên giáo Tỉnh ủy, báo cáo tham luận về công tác định hướng thông tin. Đồng chí Thạch Thị Sa Rây, Bí thư Đảng ủy xã Khánh Bình Tây, chia sẻ kinh nghiệm nắm dư luận qua tổ Zalo của 1.250 hộ dân; đồng chí Nguyễn Văn Tám, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Trần Văn Thời, đề nghị quan tâm chế độ cho cộng tác viên cấp ấp, mỗi tháng chỉ được hỗ trợ 200.000 đồng.
Kết luận, đồng chí Lê Minh Khang đề nghị năm 2025 tập trung nắm bắt dư luận về sắp xếp đơn vị hành chính, tinh gọn bộ máy, đại hội đảng bộ các cấp; mỗi huyện có ít nhất 1 cuộc khảo sát chuyên đề; thực hiện "4 nhanh" trong báo cáo dư luận. Dịp này, Ban Tuyên giáo Tỉnh ủy tặng giấy khen cho 20 tập thể, 35 cá nhân xuất sắc, mỗi cá nhân được thưởng 500.000 đồng; tổng kinh phí khen thưởng gần 30 triệu đồng.
Hoàng Vũ
Lượt xem: 2.018
Tin liên quan
- Hội nghị báo cáo viên Tỉnh ủy tháng 12 (16/12/2024)
- Năm Căn: giao ban dư luận xã hội quý IV (10/12/2024)
- Cà Mau tập huấn bảo vệ nền tảng tư tưởng của Đảng (28/11/2024)
- U Minh đối thoại với nông dân về giá tôm (20/11/2024)
- Đầm Dơi: 300 cộng tác viên dư luận xã hội được tập huấn (12/11/2024)
- Thới Bình sơ kết mô hình "Tổ Zalo nắm dư luận" (05/11/2024)
""", "2024-12-20", "Tổng kết công tác dư luận xã hội năm 2024",
E("tong_ket", "2024", "2024-12-19"),
[P("Lê Minh Khang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Danh Minh Tường", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Huỳnh Thị Kim Ngân", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Trương Văn Lực", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Thạch Thị Sa Rây", "Bí thư Đảng ủy xã Khánh Bình Tây"),
 P("Nguyễn Văn Tám", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Trần Văn Thời")],
[Q("415 cộng tác viên dư luận xã hội", 415, "cộng tác viên dư luận xã hội"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("101 xã, phường, thị trấn", 101, "xã, phường, thị trấn"), Q("48 báo cáo chuyên đề", 48, "báo cáo chuyên đề"),
 Q("12 cuộc khảo sát dư luận xã hội", 12, "cuộc khảo sát dư luận xã hội"), Q("3.600 phiếu", 3600, "phiếu"), Q("89,5%", 89.5, "%"),
 Q("23 vụ sạt lở", 23, "vụ sạt lở"), Q("14 trường hợp", 14, "trường hợp"), Q("1.250 hộ dân", 1250, "hộ dân"),
 Q("200.000 đồng", 200000, "đồng"), Q("ít nhất 1 cuộc khảo sát chuyên đề", 1, "cuộc khảo sát chuyên đề", "over"),
 Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân xuất sắc", 35, "cá nhân xuất sắc"), Q("500.000 đồng", 500000, "đồng"),
 Q("gần 30 triệu đồng", 30000000, "đồng", "approx")],
[D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Nghị quyết", "35", "NQ/TW", "2018-10-22", "Bộ Chính trị", "Nghị quyết số 35-NQ/TW ngày 22/10/2018"),
 D("Kế hoạch", "289", "KH/BTGTU", None, None, "Kế hoạch số 289-KH/BTGTU")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["Hôm nay: Thứ Hai, 23/12/2024", "BÁO CÀ MAU ĐIỆN TỬ", "Thời sự » Xây dựng Đảng", "Đồng chí Lê Minh Khang phát biểu chỉ đạo hội nghị.",
 "4 nhanh", "Zalo", "Lượt xem: 2.018"],
["Hôm nay: Thứ Hai, 23/12/2024", "Thứ Sáu, 20/12/2024", "năm 2024", "năm 2025", "4 nhanh", "mỗi tháng", "Lượt xem: 2.018"]))
