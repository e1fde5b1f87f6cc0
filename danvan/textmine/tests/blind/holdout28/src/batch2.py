from lib import *
PAGES = []

# ---------------------------------------------------------------- b635 Quảng Bình, Hội CCB, trao quà Tết 2016
PAGES.append(page("b635-quangbinh-ccb-traoqua-2016", """
HỘI CỰU CHIẾN BINH TỈNH QUẢNG BÌNH
Trang chủ :: Tin hoạt động :: Chính sách - Xã hội
02-02-2016 16:00
Đại tá Hoàng Văn Ngự trao quà cho hội viên xã Trọng Hóa.
Hội CCB tỉnh trao 350 suất quà Tết cho hội viên nghèo
Ngày 1/2, Hội Cựu chiến binh tỉnh Quảng Bình tổ chức trao 350 suất quà Tết cho hội viên, gia đình cựu chiến binh có hoàn cảnh khó khăn ở các huyện Minh Hóa, Tuyên Hóa, Bố Trạch và Lệ Thủy nhân dịp Tết Nguyên đán Bính Thân 2016. Đoàn công tác do Đại tá Hoàng Văn Ngự, Ủy viên BCH Trung ương Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh làm trưởng đoàn; cùng đi có các ông Phó Chủ tịch Hội CCB tỉnh: Trần Văn Lưu, Đinh Xuân Thủy.
Mỗi suất quà gồm tiền mặt và hàng hóa, trị giá 500.000 đồng/suất; tổng giá trị 175 triệu đồng, được trích từ quỹ "Nghĩa tình đồng đội" và sự ủng hộ của các doanh nghiệp do hội viên làm chủ. Trong đó, 120 suất được trao cho hội viên là người dân tộc Bru - Vân Kiều, Chứt ở các xã vùng cao biên giới.
Tại xã Trọng Hóa (huyện Minh Hóa), đoàn đã thăm, tặng quà cho ông Hồ Văn Kiên, cựu chiến binh người Chứt, bị thương trong chiến đấu, hiện sống cùng người con gái bị bệnh hiểm nghèo. Ông Cao Xuân Ngần, Chủ tịch Hội CCB xã Trọng Hóa cho biết, chi hội có 46 hội viên thì 19 hộ thuộc diện hộ nghèo; nhờ nguồn vốn tín chấp của Hội, nhiều gia đình đã có đàn bò, đàn dê để phát triển kinh tế.
Tại xã Kim Thủy (huyện Lệ Thủy), bà Hồ Thị Nhung, vợ liệt sĩ, xúc động khi nhận quà và được các cựu chiến binh hỏi han sức khỏe. Ông Đinh Xuân Thủy thay mặt đoàn trao tặng thêm 10 suất quà, mỗi suất 1 triệu đồng, cho các hội viên bị thiệt hại nặng trong đợt lũ cuối năm 2015. Ông Lê Văn Mậu, Trưởng Ban Tổ chức - Kiểm tra Hội CCB tỉnh, cho biết dịp này các cấp Hội trong tỉnh trao tổng cộng hơn 2.600 suất quà, trị giá trên 1,1 tỷ đồng.
Chiều cùng ngày, đoàn đến xã Thượng Trạch (huyện Bố Trạch), xã biên giới có 98% dân số là đồng bào Bru - Vân Kiều. Tại đây, đoàn trao 60 suất quà cho hội viên và tặng 40 chiếc chăn ấm cho các hộ nghèo ở bản Cồn Roàng. Ông Hồ Xuân Dăn, Chủ tịch Hội CCB xã Thượng Trạch, người Vân Kiều, đã có hơn 20 năm gắn bó với công tác Hội, chia sẻ: "Món quà không lớn nhưng là tình cảm của đồng đội, giúp anh em yên tâm đón Tết, tiếp tục giữ gìn đường biên, cột mốc cùng bộ đội biên phòng".
Dịp này, Hội CCB tỉnh biểu dương những hội viên có nhiều đóng góp cho quỹ "Nghĩa tình đồng đội" năm 2015, gồm: ông Nguyễn Hữu Thọ (thành phố Đồng Hới), ông Phan Văn Được (xã Quảng Hợp), bà Võ Thị Sen (xã Kim Thủy), mỗi người ủng hộ từ 20 đến 50 triệu đồng.
Theo ông Hoàng Văn Ngự, năm 2015, các cấp Hội CCB Quảng Bình đã thực hiện tốt Chương trình phối hợp số 03/CTrPH-CCB-MTTQ giữa Hội CCB tỉnh và Ủy ban MTTQ tỉnh về vận động hội viên tham gia xây dựng nông thôn mới; triển khai Nghị định 150/2006/NĐ-CP của Chính phủ về chính sách đối với cựu chiến binh. Quỹ "Nghĩa tình đồng đội" của toàn tỉnh đạt 3,8 tỷ đồng; hội viên giúp nhau xây mới 42 căn nhà "Nghĩa tình đồng đội" và sửa chữa 65 căn nhà. Toàn tỉnh có 1.870 hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi; 512 hộ vươn lên thoát nghèo.
Trước đó, ngày 28/1, Ban Thường vụ Hội CCB tỉnh đã ban hành Hướng dẫn 07-HD/CCB về tổ chức thăm hỏi, tặng quà Tết, yêu cầu các cấp Hội không để hội viên nào không có Tết. Cũng trong dịp này, Hội phát động đợt ủng hộ quỹ "Vì người nghèo" với mức tối thiểu 50.000 đồng/hội viên.
Tin, ảnh: Tiến Hành
Số lượt đọc: 903
Tin liên quan
- Hội CCB Bố Trạch ra mắt mô hình "Cựu chiến binh giúp nhau giảm nghèo" (25/01/2016)
- Tổng kết công tác Hội và phong trào CCB năm 2015 (12/01/2016)
- Trao 5 nhà "Nghĩa tình đồng đội" ở Minh Hóa (30/12/2015)
""",
    "2016-02-02", "Hội CCB tỉnh trao 350 suất quà Tết cho hội viên nghèo",
    E("trao_qua", None, "2016-02-01"),
    [P("Hoàng Văn Ngự", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh"),
     P("Trần Văn Lưu", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Đinh Xuân Thủy", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Hồ Văn Kiên"),
     P("Cao Xuân Ngần", "Chủ tịch Hội CCB xã Trọng Hóa"),
     P("Hồ Thị Nhung"),
     P("Lê Văn Mậu", "Trưởng Ban Tổ chức - Kiểm tra Hội CCB tỉnh"),
     P("Hồ Xuân Dăn", "Chủ tịch Hội CCB xã Thượng Trạch"),
     P("Nguyễn Hữu Thọ"), P("Phan Văn Được"), P("Võ Thị Sen")],
    [Q("350 suất quà Tết", 350, "suất quà Tết"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("175 triệu đồng", 175000000, "đồng"),
     Q("120 suất", 120, "suất"),
     Q("46 hội viên", 46, "hội viên"),
     Q("19 hộ", 19, "hộ"),
     Q("10 suất quà", 10, "suất quà"),
     Q("1 triệu đồng", 1000000, "đồng"),
     Q("hơn 2.600 suất quà", 2600, "suất quà", "over"),
     Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"),
     Q("98%", 98, "%"),
     Q("60 suất quà", 60, "suất quà"),
     Q("40 chiếc chăn ấm", 40, "chiếc chăn ấm"),
     Q("từ 20", 20000000, "đồng"),
     Q("50 triệu đồng", 50000000, "đồng"),
     Q("3,8 tỷ đồng", 3800000000, "đồng"),
     Q("42 căn nhà", 42, "căn nhà"),
     Q("65 căn nhà", 65, "căn nhà"),
     Q("1.870 hộ hội viên", 1870, "hộ hội viên"),
     Q("512 hộ", 512, "hộ"),
     Q("50.000 đồng", 50000, "đồng")],
    [D("Chương trình phối hợp", "03", "CTrPH-CCB-MTTQ", None, "Hội CCB tỉnh và Ủy ban MTTQ tỉnh", surface="Chương trình phối hợp số 03/CTrPH-CCB-MTTQ"),
     D("Nghị định", "150", "2006/NĐ-CP", None, "Chính phủ", surface="Nghị định 150/2006/NĐ-CP"),
     D("Hướng dẫn", "07", "HD/CCB", None, "Ban Thường vụ Hội CCB tỉnh", surface="Hướng dẫn 07-HD/CCB")],
    [prov("Quảng Bình"), com("Trọng Hóa"), com("Kim Thủy"), com("Thượng Trạch"), com("Quảng Hợp")],
    ["HỘI CỰU CHIẾN BINH TỈNH QUẢNG BÌNH", "Trang chủ :: Tin hoạt động :: Chính sách - Xã hội",
     "Đại tá Hoàng Văn Ngự trao quà cho hội viên xã Trọng Hóa.", "Nghĩa tình đồng đội", "Vì người nghèo",
     "Tin, ảnh: Tiến Hành", "Cồn Roàng", "Số lượt đọc: 903"],
    ["02-02-2016 16:00", "Bính Thân 2016", "năm 2015", "cuối năm 2015", "hơn 20 năm", "Số lượt đọc: 903"]))

# ---------------------------------------------------------------- b636 Vĩnh Phúc, Ban Dân vận, giao ban tháng 8/2016
PAGES.append(page("b636-vinhphuc-bdv-giaoban-t8-2016", """
BAN DÂN VẬN TỈNH ỦY VĨNH PHÚC
You are here: Trang chủ > Hoạt động > Giao ban khối dân vận
Thứ Sáu, 26/08/2016 - 10:20
Khối dân vận tập trung vận động Nhân dân bàn giao mặt bằng các dự án trọng điểm
Chiều 25/8, Ban Dân vận Tỉnh ủy Vĩnh Phúc chủ trì hội nghị giao ban công tác dân vận tháng 8/2016 với Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh và ban dân vận các huyện ủy, thành ủy. Đồng chí Lê Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Quang cảnh hội nghị giao ban.
Theo báo cáo, trong tháng, các cơ quan trong khối dân vận đã tập trung tuyên truyền, vận động Nhân dân thực hiện Kết luận 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền. Ban Dân vận Tỉnh ủy đã ban hành Công văn số 245-CV/BDVTU đề nghị ban dân vận các huyện ủy phối hợp vận động Nhân dân bàn giao mặt bằng các dự án giao thông trọng điểm.
Kết quả, trong tháng 8, các địa phương đã vận động 826 hộ dân bàn giao 47,6 ha đất cho dự án đường vành đai và khu công nghiệp, trong đó có 112 hộ người dân tộc Sán Dìu ở các xã Đạo Trù, Trung Mỹ. Tổng kinh phí bồi thường, hỗ trợ đã chi trả là 238,5 tỷ đồng; mức hỗ trợ chuyển đổi nghề cao nhất là 260.000 đồng/m2. Ủy ban MTTQ các cấp đã tổ chức 14 cuộc giám sát việc kiểm đếm, áp giá, phát hiện và kiến nghị điều chỉnh sai sót ở 23 hồ sơ.
Tại hội nghị, các đại biểu trao đổi về những vướng mắc ở cơ sở. Ông Diệp Văn Hòa, Trưởng Ban Dân vận Huyện ủy Tam Đảo cho biết một số hộ đồng bào Sán Dìu chưa đồng thuận vì đất rừng sản xuất được bồi thường thấp hơn giá thị trường. Bà Nguyễn Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ tỉnh thông báo Mặt trận tỉnh đã tiếp nhận 37 đơn thư liên quan đến đất đai, đã chuyển cơ quan chức năng giải quyết 31 đơn. Ông Trương Văn Phúc, Phó Chủ tịch Hội Nông dân tỉnh và bà Đỗ Thị Thanh Hương, Phó Chủ tịch Hội LHPN tỉnh đề nghị các huyện quan tâm hỗ trợ đào tạo nghề cho lao động nữ, lao động lớn tuổi sau khi bị thu hồi đất.
Ông Lý Văn Sinh, Bí thư Đảng ủy xã Đạo Trù chia sẻ kinh nghiệm: xã đã tổ chức 11 buổi họp thôn, mời người có uy tín trong dòng họ cùng đi vận động, nhờ vậy chỉ trong 3 tuần đã có 64 hộ ký biên bản bàn giao đất. Xã cũng vận động các hộ được bồi thường dành khoảng 2,3 tỷ đồng đóng góp làm đường vào khu tái định cư.
Về công tác dân vận chính quyền, đồng chí Trần Văn Bình, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết, tỉnh đã hoàn thành việc kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ ở 137 xã, phường, thị trấn. Phong trào thi đua "Dân vận khéo" có thêm 28 mô hình mới, nâng tổng số mô hình toàn tỉnh lên 1.046. Đồng chí Ngô Đức Lợi, Chánh Văn phòng Ban Dân vận Tỉnh ủy thông báo lịch tổ chức hội thi "Dân vận khéo" cấp tỉnh dự kiến vào tháng 10 với sự tham gia của 9 đội thi.
Phát biểu kết luận, đồng chí Lê Thị Thu Hằng đề nghị khối dân vận tiếp tục bám sát cơ sở, kịp thời nắm bắt tâm tư, nguyện vọng của Nhân dân; không để xảy ra điểm nóng về khiếu kiện đông người. Trong tháng 9, Ban Dân vận Tỉnh ủy sẽ phối hợp với Ủy ban MTTQ tỉnh khảo sát tình hình đời sống của khoảng 300 hộ dân sau thu hồi đất ở Bình Xuyên và Phúc Yên.
Hải Yến
Lượt xem: 417
Tin khác
- Giao ban công tác dân vận tháng 7/2016 (28/07/2016)
- Tam Đảo: Đồng bào Sán Dìu hiến đất làm đường (18/07/2016)
- Tập huấn công tác dân vận chính quyền năm 2016 (30/06/2016)
- Bình Xuyên: Đối thoại với Nhân dân về bồi thường giải phóng mặt bằng (21/06/2016)
""",
    "2016-08-26", "Khối dân vận tập trung vận động Nhân dân bàn giao mặt bằng các dự án trọng điểm",
    E("giao_ban", "2016-08", "2016-08-25"),
    [P("Lê Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Diệp Văn Hòa", "Trưởng Ban Dân vận Huyện ủy Tam Đảo"),
     P("Nguyễn Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Trương Văn Phúc", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Đỗ Thị Thanh Hương", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Lý Văn Sinh", "Bí thư Đảng ủy xã Đạo Trù"),
     P("Trần Văn Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Ngô Đức Lợi", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
    [Q("826 hộ dân", 826, "hộ dân"),
     Q("47,6 ha", 47.6, "ha"),
     Q("112 hộ", 112, "hộ"),
     Q("238,5 tỷ đồng", 238500000000, "đồng"),
     Q("260.000 đồng", 260000, "đồng"),
     Q("14 cuộc giám sát", 14, "cuộc giám sát"),
     Q("23 hồ sơ", 23, "hồ sơ"),
     Q("37 đơn thư", 37, "đơn thư"),
     Q("31 đơn", 31, "đơn"),
     Q("11 buổi họp thôn", 11, "buổi họp thôn"),
     Q("64 hộ", 64, "hộ"),
     Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"),
     Q("137 xã, phường, thị trấn", 137, "xã, phường, thị trấn"),
     Q("28 mô hình mới", 28, "mô hình mới"),
     Q("1.046", 1046, "mô hình"),
     Q("9 đội thi", 9, "đội thi"),
     Q("khoảng 300 hộ dân", 300, "hộ dân", "approx")],
    [D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", surface="Kết luận 114-KL/TW"),
     D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW"),
     D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW"),
     D("Công văn", "245", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Công văn số 245-CV/BDVTU")],
    [prov("Vĩnh Phúc"), com("Đạo Trù"), com("Trung Mỹ")],
    ["BAN DÂN VẬN TỈNH ỦY VĨNH PHÚC", "You are here: Trang chủ > Hoạt động > Giao ban khối dân vận", "Quang cảnh hội nghị giao ban.",
     "Dân vận khéo", "Lượt xem: 417"],
    ["Thứ Sáu, 26/08/2016 - 10:20", "tháng 8/2016", "tháng 10", "3 tuần", "Lượt xem: 417"]))

# ---------------------------------------------------------------- b637 Hà Tĩnh, MTTQ, sơ kết 6 tháng đầu năm 2017
PAGES.append(page("b637-hatinh-mttq-soket-2017", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH
Trang chủ » Hoạt động Mặt trận » Tin tỉnh
12 tháng 7, 2017 | 14:50
Mặt trận tỉnh sơ kết công tác 6 tháng
Sáng 11/7, Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2017, triển khai nhiệm vụ 6 tháng cuối năm. Chủ trì hội nghị có ông Nguyễn Văn Thắm, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Trần Thị Kim Liên và ông Phan Đình Bảo, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Ông Nguyễn Văn Thắm, Chủ tịch Ủy ban MTTQ tỉnh phát biểu kết luận hội nghị. Ảnh: Thu Phương
Dự hội nghị có đại diện Ban Dân vận Tỉnh ủy, các tổ chức thành viên, chủ tịch Ủy ban MTTQ 13 huyện, thành phố, thị xã cùng đại diện các chức sắc tôn giáo trên địa bàn tỉnh.
6 tháng qua, Mặt trận các cấp đã bám sát Chương trình phối hợp số 05/CTrPH-MTTQ-UBND giữa Ủy ban MTTQ tỉnh và UBND tỉnh, tổ chức triển khai Kế hoạch 102/KH-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức lấy ý kiến Nhân dân đối với cán bộ, đảng viên. Thực hiện Quyết định 217-QĐ/TW của Bộ Chính trị, Mặt trận các cấp đã chủ trì 186 cuộc giám sát và tổ chức 47 hội nghị phản biện xã hội đối với các dự thảo văn bản của chính quyền cùng cấp.
Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục được đẩy mạnh; Nhân dân đã hiến 186.400 m2 đất, tháo dỡ 2.350 m tường rào để mở rộng đường giao thông. Quỹ "Vì người nghèo" các cấp tiếp nhận 8,9 tỷ đồng; từ nguồn quỹ đã hỗ trợ xây mới 112 căn nhà Đại đoàn kết, mỗi căn 40 triệu đồng, sửa chữa 58 căn nhà cho hộ nghèo. Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" có 91% hộ gia đình tham gia.
Tại hội nghị có 8 ý kiến phát biểu. Linh mục Phaolô Trần Văn Thạch, Quản xứ Giáo xứ Xuân Hội, Ủy viên Ủy ban MTTQ tỉnh cho biết, bà con giáo dân trong giáo xứ tích cực tham gia xây dựng nông thôn mới, đóng góp hơn 1,6 tỷ đồng làm đường bê tông liên xóm. Đại đức Thích Tâm Lạc, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh chia sẻ việc phối hợp vận động tăng ni, phật tử tham gia các hoạt động từ thiện với tổng giá trị khoảng 950 triệu đồng.
Ông Lê Văn Khánh, Chủ tịch Ủy ban MTTQ huyện Kỳ Anh kiến nghị tỉnh quan tâm hỗ trợ sinh kế cho ngư dân vùng biển. Bà Võ Thị Hạnh, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh thông tin về kết quả tiếp công dân: trong 6 tháng, Mặt trận tỉnh tiếp 73 lượt công dân, nhận 52 đơn thư và đã chuyển đến cơ quan có thẩm quyền giải quyết 45 đơn. Ông Trần Xuân Thức, Trưởng Ban công tác Mặt trận thôn Trung Hòa (xã Cẩm Trung), đề nghị nâng mức kinh phí hoạt động cho Ban công tác Mặt trận ở khu dân cư, hiện chỉ khoảng 3 triệu đồng/năm.
Bà Trần Thị Kim Liên cho biết thêm, Ban Thường trực Ủy ban MTTQ tỉnh đã phối hợp tổ chức 4 lớp tập huấn nghiệp vụ cho 520 cán bộ Mặt trận cơ sở, chủ yếu về kỹ năng giám sát và phản biện xã hội.
Phát biểu kết luận, ông Nguyễn Văn Thắm yêu cầu 6 tháng cuối năm, Mặt trận các cấp tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam cấp xã nhiệm kỳ 2019 - 2024; tăng cường giám sát việc thực hiện chính sách hỗ trợ người dân bị ảnh hưởng bởi sự cố môi trường biển; phấn đấu vận động Quỹ "Vì người nghèo" cả năm đạt trên 15 tỷ đồng.
Dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 11 tập thể, 17 cá nhân có thành tích xuất sắc trong công tác Mặt trận 6 tháng đầu năm.
Thu Phương
Lượt xem: 1.388
Tin cùng chuyên mục
- Cẩm Xuyên: Ra mắt mô hình "Khu dân cư tự quản" (05/07/2017)
- Trao 30 nhà Đại đoàn kết cho hộ nghèo huyện Hương Khê (28/06/2017)
- Hội nghị phản biện dự thảo quy định về hỗ trợ phát triển làng nghề (20/06/2017)
""",
    "2017-07-12", "Mặt trận tỉnh sơ kết công tác 6 tháng",
    E("so_ket", "2017-H1", "2017-07-11"),
    [P("Nguyễn Văn Thắm", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Trần Thị Kim Liên", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
     P("Phan Đình Bảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Phaolô Trần Văn Thạch", "Linh mục", "Quản xứ Giáo xứ Xuân Hội", "Ủy viên Ủy ban MTTQ tỉnh"),
     P("Thích Tâm Lạc", "Đại đức", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
     P("Lê Văn Khánh", "Chủ tịch Ủy ban MTTQ huyện Kỳ Anh"),
     P("Võ Thị Hạnh", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
     P("Trần Xuân Thức", "Trưởng Ban công tác Mặt trận thôn Trung Hòa")],
    [Q("13 huyện, thành phố, thị xã", 13, "huyện, thành phố, thị xã"),
     Q("186 cuộc giám sát", 186, "cuộc giám sát"),
     Q("47 hội nghị phản biện xã hội", 47, "hội nghị phản biện xã hội"),
     Q("186.400 m2", 186400, "m2"),
     Q("2.350 m", 2350, "m"),
     Q("8,9 tỷ đồng", 8900000000, "đồng"),
     Q("112 căn nhà Đại đoàn kết", 112, "căn nhà Đại đoàn kết"),
     Q("40 triệu đồng", 40000000, "đồng"),
     Q("58 căn nhà", 58, "căn nhà"),
     Q("91% hộ gia đình", 91, "%"),
     Q("8 ý kiến", 8, "ý kiến"),
     Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"),
     Q("khoảng 950 triệu đồng", 950000000, "đồng", "approx"),
     Q("73 lượt công dân", 73, "lượt công dân"),
     Q("52 đơn thư", 52, "đơn thư"),
     Q("45 đơn", 45, "đơn"),
     Q("khoảng 3 triệu đồng", 3000000, "đồng", "approx"),
     Q("4 lớp tập huấn", 4, "lớp tập huấn"),
     Q("520 cán bộ Mặt trận cơ sở", 520, "cán bộ Mặt trận cơ sở"),
     Q("trên 15 tỷ đồng", 15000000000, "đồng", "over"),
     Q("11 tập thể", 11, "tập thể"),
     Q("17 cá nhân", 17, "cá nhân")],
    [D("Chương trình phối hợp", "05", "CTrPH-MTTQ-UBND", None, "Ủy ban MTTQ tỉnh và UBND tỉnh", surface="Chương trình phối hợp số 05/CTrPH-MTTQ-UBND"),
     D("Kế hoạch", "102", "KH-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", surface="Kế hoạch 102/KH-MTTW-BTT"),
     D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217-QĐ/TW")],
    [prov("Hà Tĩnh"), com("Cẩm Trung")],
    ["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH", "Trang chủ » Hoạt động Mặt trận » Tin tỉnh",
     "Ông Nguyễn Văn Thắm, Chủ tịch Ủy ban MTTQ tỉnh phát biểu kết luận hội nghị. Ảnh: Thu Phương",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
     "Giáo xứ Xuân Hội", "Trung Hòa", "Lượt xem: 1.388"],
    ["12 tháng 7, 2017 | 14:50", "6 tháng", "6 tháng đầu năm 2017", "6 tháng cuối năm", "nhiệm kỳ 2019 - 2024", "cả năm", "Lượt xem: 1.388"]))

# ---------------------------------------------------------------- b638 Yên Bái, Hội LHPN, đối thoại 2018
PAGES.append(page("b638-yenbai-lhpn-doithoai-2018", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH YÊN BÁI
Trang chủ › Tin tức › Hoạt động Hội
Đăng ngày: 19/09/2018 07:30
Chủ tịch Hội LHPN tỉnh đối thoại với hội viên phụ nữ vùng cao Mù Cang Chải
Ngày 18/9, tại xã La Pán Tẩn, huyện Mù Cang Chải, Hội LHPN tỉnh Yên Bái tổ chức hội nghị đối thoại năm 2018 giữa Chủ tịch Hội LHPN tỉnh với hội viên, phụ nữ các xã vùng cao. Bà Hoàng Thị Vĩnh, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì đối thoại. Tham dự có các bà Nông Thị Hiền, Lò Thị Luân - Phó Chủ tịch Hội LHPN tỉnh; ông Giàng A Tông, HUV, Phó Chủ tịch UBND huyện Mù Cang Chải cùng 156 hội viên phụ nữ người Mông, Thái ở 5 xã.
Bà Hoàng Thị Vĩnh trao đổi với hội viên phụ nữ xã La Pán Tẩn. Ảnh: Thanh Ngân
Nội dung đối thoại tập trung vào các vấn đề phụ nữ vùng cao đang quan tâm: vay vốn phát triển kinh tế, tảo hôn và hôn nhân cận huyết thống, chăm sóc sức khỏe bà mẹ, trẻ em và phòng, chống mua bán người. Trước đối thoại, Hội LHPN huyện đã tổng hợp 34 câu hỏi từ các chi hội gửi đến.
Chị Giàng Thị Dua (bản Dào Xa, xã La Pán Tẩn) hỏi: gia đình chị muốn vay 50 triệu đồng để nuôi lợn đen nhưng chưa có tài sản thế chấp thì vay ở đâu? Trả lời chị Dua, bà Hoàng Thị Vĩnh cho biết, hội viên có thể vay vốn ưu đãi qua tổ tiết kiệm và vay vốn của Hội với mức tối đa 50 triệu đồng/hộ mà không phải thế chấp; hiện dư nợ ủy thác qua Hội LHPN toàn tỉnh là 1.274 tỷ đồng với 29.600 hộ vay.
Chị Sùng Thị Chênh, Chi hội trưởng phụ nữ bản Tà Ghênh, phản ánh vẫn còn tình trạng các em gái 14, 15 tuổi bỏ học để lấy chồng. Bà Lò Thị Luân thông tin, thực hiện Quyết định số 498/QĐ-TTg ngày 14/4/2015 của Thủ tướng Chính phủ phê duyệt đề án giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống và Kế hoạch liên tịch số 02/KHLT-HPN-CA của Hội LHPN tỉnh và Công an tỉnh, năm 2017 toàn tỉnh đã ngăn chặn 47 trường hợp tảo hôn; tỷ lệ tảo hôn ở Mù Cang Chải đã giảm từ 28% xuống còn khoảng 19%.
Chị Lý Thị Mỷ, người Mông ở xã Chế Tạo, đề nghị được hỗ trợ học nghề dệt thổ cẩm để bán cho khách du lịch. Ông Giàng A Tông cho biết, huyện sẽ mở 3 lớp dạy nghề thêu, dệt thổ cẩm trong quý IV cho khoảng 90 lao động nữ, mỗi học viên được hỗ trợ 30.000 đồng/ngày. Bà Nông Thị Hiền giới thiệu đề án 939 về hỗ trợ phụ nữ khởi nghiệp, khuyến khích chị em mạnh dạn lập tổ hợp tác sản xuất chè Shan tuyết, mật ong bạc hà.
Bà Lường Thị Toán, Chủ tịch Hội LHPN huyện Mù Cang Chải cho biết, năm 2018 Hội LHPN huyện đã vận động thành lập 12 tổ hợp tác với 186 thành viên; phối hợp với Trạm Y tế tổ chức 42 buổi truyền thông về chăm sóc sức khỏe sinh sản. Ông Hờ A Sùng, Bí thư Đảng ủy xã La Pán Tẩn đề nghị Hội tỉnh tiếp tục quan tâm, hỗ trợ xây dựng nhà vệ sinh hợp vệ sinh cho các hộ nghèo.
Một số ý kiến khác đề cập đến việc phòng, chống mua bán người qua biên giới. Thượng tá Lò Văn Hùng, Phó Trưởng Công an huyện Mù Cang Chải cho biết, từ đầu năm đến nay, lực lượng công an đã phối hợp với Hội Phụ nữ tổ chức 18 buổi tuyên truyền lưu động, giải cứu và tiếp nhận 3 nạn nhân trở về địa phương. Ông đề nghị các chi hội phụ nữ thường xuyên nắm tình hình chị em đi làm ăn xa, kịp thời báo tin khi có người lạ đến bản dụ dỗ đi làm thuê.
Kết thúc đối thoại, bà Hoàng Thị Vĩnh tiếp thu toàn bộ 34 câu hỏi, trong đó trả lời trực tiếp 29 ý kiến; các ý kiến còn lại sẽ được chuyển đến cơ quan chức năng. Dịp này, Hội LHPN tỉnh trao 50 suất quà cho phụ nữ nghèo và tặng 20 chiếc xe đạp cho học sinh nữ có hoàn cảnh khó khăn.
Thanh Ngân
Lượt xem: 655
Tin liên quan
- Trạm Tấu: Phụ nữ Mông học làm giàu từ thổ cẩm (10/09/2018)
- Sơ kết 6 tháng công tác Hội năm 2018 (13/07/2018)
- Hội LHPN tỉnh phát động tháng hành động vì bình đẳng giới (02/07/2018)
""",
    "2018-09-19", "Chủ tịch Hội LHPN tỉnh đối thoại với hội viên phụ nữ vùng cao Mù Cang Chải",
    E("doi_thoai", "2018", "2018-09-18"),
    [P("Hoàng Thị Vĩnh", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
     P("Nông Thị Hiền", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Lò Thị Luân", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Giàng A Tông", "HUV", "Phó Chủ tịch UBND huyện Mù Cang Chải"),
     P("Giàng Thị Dua"),
     P("Sùng Thị Chênh", "Chi hội trưởng phụ nữ bản Tà Ghênh"),
     P("Lý Thị Mỷ"),
     P("Lường Thị Toán", "Chủ tịch Hội LHPN huyện Mù Cang Chải"),
     P("Hờ A Sùng", "Bí thư Đảng ủy xã La Pán Tẩn"),
     P("Lò Văn Hùng", "Thượng tá", "Phó Trưởng Công an huyện Mù Cang Chải")],
    [Q("156 hội viên phụ nữ", 156, "hội viên phụ nữ"),
     Q("5 xã", 5, "xã"),
     Q("34 câu hỏi", 34, "câu hỏi"),
     Q("vay 50 triệu đồng", 50000000, "đồng"),
     Q("tối đa 50 triệu đồng", 50000000, "đồng"),
     Q("1.274 tỷ đồng", 1274000000000, "đồng"),
     Q("29.600 hộ vay", 29600, "hộ vay"),
     Q("47 trường hợp tảo hôn", 47, "trường hợp tảo hôn"),
     Q("28%", 28, "%"),
     Q("khoảng 19%", 19, "%", "approx"),
     Q("3 lớp dạy nghề", 3, "lớp dạy nghề"),
     Q("khoảng 90 lao động nữ", 90, "lao động nữ", "approx"),
     Q("30.000 đồng", 30000, "đồng"),
     Q("12 tổ hợp tác", 12, "tổ hợp tác"),
     Q("186 thành viên", 186, "thành viên"),
     Q("42 buổi truyền thông", 42, "buổi truyền thông"),
     Q("18 buổi tuyên truyền lưu động", 18, "buổi tuyên truyền lưu động"),
     Q("3 nạn nhân", 3, "nạn nhân"),
     Q("29 ý kiến", 29, "ý kiến"),
     Q("50 suất quà", 50, "suất quà"),
     Q("20 chiếc xe đạp", 20, "chiếc xe đạp")],
    [D("Quyết định", "498", "QĐ-TTg", "2015-04-14", "Thủ tướng Chính phủ", surface="Quyết định số 498/QĐ-TTg ngày 14/4/2015"),
     D("Kế hoạch liên tịch", "02", "KHLT-HPN-CA", None, "Hội LHPN tỉnh và Công an tỉnh", surface="Kế hoạch liên tịch số 02/KHLT-HPN-CA"),
     D("Đề án", "939", None, None, None, surface="đề án 939")],
    [prov("Yên Bái"), com("La Pán Tẩn"), com("Chế Tạo")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH YÊN BÁI", "Trang chủ › Tin tức › Hoạt động Hội",
     "Bà Hoàng Thị Vĩnh trao đổi với hội viên phụ nữ xã La Pán Tẩn. Ảnh: Thanh Ngân", "Dào Xa", "Tà Ghênh",
     "Trạm Y tế", "Shan tuyết", "Lượt xem: 655"],
    ["Đăng ngày: 19/09/2018 07:30", "năm 2018", "14, 15 tuổi", "năm 2017", "quý IV", "Lượt xem: 655"]))

# ---------------------------------------------------------------- b639 Hà Nam, Ban Dân vận, giao ban quý I/2019
PAGES.append(page("b639-hanam-bdv-giaoban-q1-2019", """
BAN DÂN VẬN TỈNH ỦY HÀ NAM
Hôm nay: Thứ Năm, 11/04/2019
Trang chủ - Tin tức - Hoạt động dân vận
Thứ Ba, 09/04/2019 16:35 (GMT+7)
Đồng chí Trần Thị Hòa phát biểu kết luận hội nghị.
Hà Nam: Nâng cao hiệu quả dân vận chính quyền gắn với thi đua "Dân vận khéo"
Ngày 8/4, Ban Dân vận Tỉnh ủy Hà Nam tổ chức hội nghị giao ban công tác dân vận quý 1 năm 2019, triển khai nhiệm vụ quý II. Đồng chí Trần Thị Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có các đồng chí Phạm Văn Tuấn, Lại Thị Huệ - Phó Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh, Ban Tôn giáo tỉnh và trưởng ban dân vận 6 huyện ủy, thành ủy, thị ủy.
Báo cáo tại hội nghị nêu rõ, 3 tháng đầu năm, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết 3 năm thực hiện Kết luận 120-KL/TW của Ban Bí thư về đẩy mạnh việc xây dựng và thực hiện quy chế dân chủ ở cơ sở; ban hành Kế hoạch số 68, 69-KH/BDVTU về hội thi "Dân vận khéo" năm 2019 và về khảo sát tình hình đời sống đồng bào công giáo. Các cấp, các ngành phối hợp tuyên truyền Nghị định 162/2017/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo đến các cơ sở thờ tự.
Trong quý, toàn tỉnh xây dựng thêm 42 mô hình "Dân vận khéo", chủ yếu trong lĩnh vực xây dựng nông thôn mới và bảo vệ môi trường. Nhân dân hiến 2.860 m2 đất, đóng góp 1,75 tỷ đồng và hơn 6.200 ngày công chỉnh trang đường làng, ngõ xóm. Khối chính quyền tiếp 215 lượt công dân, giải quyết 64/71 đơn thư thuộc thẩm quyền; UBND các huyện tổ chức 6 hội nghị đối thoại với Nhân dân về giải phóng mặt bằng.
Tại hội nghị, Trưởng Ban Dân vận Huyện ủy Thanh Liêm Nguyễn Thị Bích Ngọc chia sẻ kinh nghiệm vận động bà con giáo xứ Kiện Khê tham gia làm đường: cả xóm đạo đã góp hơn 380 triệu đồng và tự nguyện dỡ bỏ 460 m tường rào. Đồng chí Đỗ Văn Hậu, Phó Giám đốc Sở Nội vụ, Trưởng Ban Tôn giáo tỉnh cho biết, trong quý, các tôn giáo hoạt động ổn định, đúng pháp luật; tỉnh đã chấp thuận cho 15 cơ sở thờ tự sửa chữa, cải tạo. Đồng chí Hoàng Văn Chiến, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh thông tin việc Mặt trận vận động Quỹ "Vì người nghèo" đạt 2,1 tỷ đồng; đồng chí Mai Thị Thu, Phó Chủ tịch Hội LHPN tỉnh báo cáo kết quả giúp 127 hộ phụ nữ nghèo có vốn sản xuất.
Đồng chí Vũ Minh Tâm, Phó Bí thư Tỉnh đoàn thông báo kết quả ra quân Tháng Thanh niên với 86 công trình, phần việc thanh niên được gắn biển, tổng trị giá khoảng 1,2 tỷ đồng.
Ông Nguyễn Văn Sáu, Bí thư Chi bộ, Trưởng thôn Đồng Thủy (xã Liêm Thuận), người được biểu dương trong phong trào "Dân vận khéo", kể lại cách thôn vận động 100% hộ dân ký cam kết không đổ rác ra kênh mương. Linh mục Giuse Trần Đức Ân, Chánh xứ Giáo xứ Kiện Khê, được mời dự hội nghị, bày tỏ mong muốn chính quyền tiếp tục lắng nghe ý kiến của giáo dân.
Phát biểu kết luận, đồng chí Trần Thị Hòa đề nghị trong quý II, khối dân vận tập trung chuẩn bị tổng kết 20 năm thực hiện Chỉ thị 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện quy chế dân chủ ở cơ sở; tổ chức hội thi "Dân vận khéo" cấp tỉnh với 12 đội thi; nắm chắc tình hình tư tưởng Nhân dân ở những nơi đang giải phóng mặt bằng. Dịp này, Ban Dân vận Tỉnh ủy biểu dương 5 mô hình "Dân vận khéo" tiêu biểu quý I của các xã Liêm Thuận, Thanh Hải, Nhân Khang, Mộc Nam và phường Lam Hạ.
Phương Thảo
Lượt xem: 726
Tin liên quan
- Bình Lục: Hội thi "Dân vận khéo" cấp huyện năm 2019 (02/04/2019)
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở (20/03/2019)
- Giao ban công tác dân vận quý IV/2018 (09/01/2019)
""",
    "2019-04-09", 'Hà Nam: Nâng cao hiệu quả dân vận chính quyền gắn với thi đua "Dân vận khéo"',
    E("giao_ban", "2019-Q1", "2019-04-08"),
    [P("Trần Thị Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Phạm Văn Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lại Thị Huệ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Thị Bích Ngọc", "Trưởng Ban Dân vận Huyện ủy Thanh Liêm"),
     P("Đỗ Văn Hậu", "Phó Giám đốc Sở Nội vụ", "Trưởng Ban Tôn giáo tỉnh"),
     P("Hoàng Văn Chiến", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
     P("Mai Thị Thu", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Vũ Minh Tâm", "Phó Bí thư Tỉnh đoàn"),
     P("Nguyễn Văn Sáu", "Bí thư Chi bộ", "Trưởng thôn Đồng Thủy"),
     P("Giuse Trần Đức Ân", "Linh mục", "Chánh xứ Giáo xứ Kiện Khê")],
    [Q("6 huyện ủy, thành ủy, thị ủy", 6, "huyện ủy, thành ủy, thị ủy"),
     Q("42 mô hình", 42, "mô hình"),
     Q("2.860 m2", 2860, "m2"),
     Q("1,75 tỷ đồng", 1750000000, "đồng"),
     Q("hơn 6.200 ngày công", 6200, "ngày công", "over"),
     Q("215 lượt công dân", 215, "lượt công dân"),
     Q("64/71 đơn thư", 64, "đơn thư"),
     Q("6 hội nghị đối thoại", 6, "hội nghị đối thoại"),
     Q("hơn 380 triệu đồng", 380000000, "đồng", "over"),
     Q("460 m", 460, "m"),
     Q("15 cơ sở thờ tự", 15, "cơ sở thờ tự"),
     Q("2,1 tỷ đồng", 2100000000, "đồng"),
     Q("127 hộ phụ nữ nghèo", 127, "hộ phụ nữ nghèo"),
     Q("86 công trình, phần việc thanh niên", 86, "công trình, phần việc thanh niên"),
     Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
     Q("100% hộ dân", 100, "%"),
     Q("12 đội thi", 12, "đội thi"),
     Q("5 mô hình", 5, "mô hình")],
    [D("Kết luận", "120", "KL/TW", None, "Ban Bí thư", surface="Kết luận 120-KL/TW"),
     D("Kế hoạch", "68", "KH/BDVTU", None, None, surface="Kế hoạch số 68, 69-KH/BDVTU"),
     D("Kế hoạch", "69", "KH/BDVTU", None, None, surface="Kế hoạch số 68, 69-KH/BDVTU"),
     D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", surface="Nghị định 162/2017/NĐ-CP"),
     D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", surface="Chỉ thị 30-CT/TW")],
    [prov("Hà Nam"), com("Liêm Thuận"), com("Thanh Hải"), com("Nhân Khang"), com("Mộc Nam"), com("Lam Hạ")],
    ["BAN DÂN VẬN TỈNH ỦY HÀ NAM", "Trang chủ - Tin tức - Hoạt động dân vận",
     "Đồng chí Trần Thị Hòa phát biểu kết luận hội nghị.", "Dân vận khéo", "Vì người nghèo", "Luật Tín ngưỡng, tôn giáo",
     "Kiện Khê", "Đồng Thủy", "Tháng Thanh niên", "Lượt xem: 726"],
    ["Hôm nay: Thứ Năm, 11/04/2019", "Thứ Ba, 09/04/2019 16:35 (GMT+7)", "quý 1 năm 2019", "quý II", "3 tháng đầu năm",
     "3 năm", "20 năm", "năm 2019", "Lượt xem: 726"]))

# ---------------------------------------------------------------- b640 Điện Biên, MTTQ (Báo Điện Biên Phủ), trao quà Tết 2019
PAGES.append(page("b640-dienbien-mttq-traoqua-2019", """
BÁO ĐIỆN BIÊN PHỦ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên
Thứ Bảy, 21/12/2019
Xã hội >> Chính sách
20.12.2019 | 08:45
Trao 1.050 suất quà Tết cho hộ nghèo vùng biên Mường Nhé
(ĐBP) - Ngày 19/12, Ủy ban MTTQ Việt Nam tỉnh Điện Biên phối hợp với Ngân hàng TMCP Công thương Việt Nam chi nhánh Điện Biên trao 1.050 suất quà Tết cho hộ nghèo, gia đình chính sách ở các xã biên giới huyện Mường Nhé nhân dịp đón Tết Nguyên đán Canh Tý 2020. Đoàn công tác gồm 12 đồng chí do ông Lò Văn Pành, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn.
Ông Lò Văn Pành trao quà cho các hộ nghèo xã Sen Thượng. Ảnh: Quang Hưng
Mỗi suất quà gồm gạo, dầu ăn, bánh kẹo và tiền mặt, trị giá 400.000 đồng/suất; tổng trị giá 420 triệu đồng. Ngoài ra, đoàn còn trao tặng 600 chiếc chăn ấm, 500 chiếc áo ấm cho học sinh bán trú và 2 tấn gạo cho các điểm trường vùng cao. Việc trao quà được thực hiện theo Kế hoạch số 118/KH-MTTQ-BTT ngày 25/11/2019 của Ban Thường trực Ủy ban MTTQ tỉnh về vận động, chăm lo Tết cho hộ nghèo và Chỉ thị 07-CT/TU của Ban Thường vụ Tỉnh ủy về tổ chức Tết Nguyên đán Canh Tý.
Tại xã Sen Thượng, nơi có 86 hộ nghèo người Hà Nhì, Mông được nhận quà, ông Pờ Go Hừ, Chủ tịch Ủy ban MTTQ xã cho biết, năm qua nhờ chương trình hỗ trợ sinh kế, nhiều hộ đã có thêm thu nhập từ trồng thảo quả, nuôi lợn đen; riêng trong năm, xã có 47 hộ thoát nghèo, cao nhất từ trước đến nay. Xã cũng đã vận động bà con trồng mới 120 ha thảo quả dưới tán rừng. Tại xã Chung Chải, bà Lò Thị Chăm, người dân tộc Khơ Mú ở bản Nậm Pố, bày tỏ: "Năm nay nhà tôi có thêm gạo, có chăn mới, các con được đón Tết ấm hơn".
Ông Đỗ Văn Tuân, Phó Giám đốc Ngân hàng TMCP Công thương Việt Nam chi nhánh Điện Biên cho biết, đây là năm thứ 5 liên tiếp ngân hàng đồng hành với Mặt trận tỉnh trong chương trình "Tết vì người nghèo và nạn nhân chất độc da cam". Ông Sùng A Hồ, Chủ tịch UBND xã Leng Su Sìn thay mặt các hộ dân cảm ơn tấm lòng của các nhà hảo tâm, cam kết sử dụng quà đúng mục đích.
Theo ông Lò Văn Pành, năm 2019, Quỹ "Vì người nghèo" các cấp trong tỉnh tiếp nhận 7,6 tỷ đồng; từ nguồn quỹ và các chương trình an sinh, Mặt trận đã hỗ trợ xây mới 215 nhà Đại đoàn kết, mỗi nhà 50 triệu đồng. Tỷ lệ hộ nghèo của huyện Mường Nhé vẫn ở mức 58,5%, cao nhất tỉnh. Dịp Tết Canh Tý, Mặt trận các cấp dự kiến trao khoảng 18.000 suất quà với tổng giá trị trên 7,2 tỷ đồng, bảo đảm mọi người, mọi nhà đều có Tết.
Thực hiện công văn số 3861/UBND-KGVX ngày 02/12/2019 của UBND tỉnh, huyện Mường Nhé đã rà soát, lập danh sách 4.215 hộ nghèo và 1.320 hộ cận nghèo cần hỗ trợ dịp Tết. Ông Giàng A Lử, Phó Chủ tịch UBND huyện Mường Nhé cho biết, ngoài quà của tỉnh, huyện dành 650 triệu đồng từ ngân sách để tặng quà cho các hộ nghèo, bảo đảm không hộ nào thiếu đói trong dịp Tết; các xã đã chủ động dự trữ 35 tấn gạo cứu đói giáp hạt.
Cùng dịp, bà Vàng Thị Mai, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh dẫn đoàn thăm hỏi, tặng 30 suất quà cho người có uy tín trong đồng bào dân tộc thiểu số ở các xã Chung Chải, Leng Su Sìn; mỗi suất 500.000 đồng. Ông Chang Vản Pao, người có uy tín ở bản Huổi Lụ, đề nghị Mặt trận quan tâm hơn đến việc giữ gìn bản sắc văn hóa của đồng bào Si La. Đại diện Đảng ủy xã, ông Lỳ Xuân Sính, Phó Bí thư Thường trực Đảng ủy xã Sen Thượng, bày tỏ sẽ tiếp tục vận động bà con không nghe theo kẻ xấu tuyên truyền đạo trái pháp luật, không di cư tự do.
Quang Hưng
Lượt xem: 1.902
Tin liên quan
- Mặt trận huyện Nậm Pồ trao nhà Đại đoàn kết (16/12/2019)
- Tặng 200 suất quà cho học sinh vùng cao (10/12/2019)
- Hội nghị người có uy tín tỉnh Điện Biên năm 2019 (28/11/2019)
""",
    "2019-12-20", "Trao 1.050 suất quà Tết cho hộ nghèo vùng biên Mường Nhé",
    E("trao_qua", None, "2019-12-19"),
    [P("Lò Văn Pành", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Pờ Go Hừ", "Chủ tịch Ủy ban MTTQ xã"),
     P("Lò Thị Chăm"),
     P("Đỗ Văn Tuân", "Phó Giám đốc Ngân hàng TMCP Công thương Việt Nam chi nhánh Điện Biên"),
     P("Sùng A Hồ", "Chủ tịch UBND xã Leng Su Sìn"),
     P("Vàng Thị Mai", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh"),
     P("Chang Vản Pao", "người có uy tín ở bản Huổi Lụ"),
     P("Lỳ Xuân Sính", "Phó Bí thư Thường trực Đảng ủy xã Sen Thượng"),
     P("Giàng A Lử", "Phó Chủ tịch UBND huyện Mường Nhé")],
    [Q("1.050 suất quà Tết", 1050, "suất quà Tết"),
     Q("12 đồng chí", 12, "đồng chí"),
     Q("400.000 đồng", 400000, "đồng"),
     Q("420 triệu đồng", 420000000, "đồng"),
     Q("600 chiếc chăn ấm", 600, "chiếc chăn ấm"),
     Q("500 chiếc áo ấm", 500, "chiếc áo ấm"),
     Q("2 tấn", 2, "tấn"),
     Q("86 hộ nghèo", 86, "hộ nghèo"),
     Q("47 hộ", 47, "hộ"),
     Q("120 ha", 120, "ha"),
     Q("7,6 tỷ đồng", 7600000000, "đồng"),
     Q("215 nhà Đại đoàn kết", 215, "nhà Đại đoàn kết"),
     Q("50 triệu đồng", 50000000, "đồng"),
     Q("58,5%", 58.5, "%"),
     Q("khoảng 18.000 suất quà", 18000, "suất quà", "approx"),
     Q("trên 7,2 tỷ đồng", 7200000000, "đồng", "over"),
     Q("4.215 hộ nghèo", 4215, "hộ nghèo"),
     Q("1.320 hộ cận nghèo", 1320, "hộ cận nghèo"),
     Q("650 triệu đồng", 650000000, "đồng"),
     Q("35 tấn", 35, "tấn"),
     Q("30 suất quà", 30, "suất quà"),
     Q("500.000 đồng", 500000, "đồng")],
    [D("Kế hoạch", "118", "KH-MTTQ-BTT", "2019-11-25", "Ban Thường trực Ủy ban MTTQ tỉnh", surface="Kế hoạch số 118/KH-MTTQ-BTT ngày 25/11/2019"),
     D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 07-CT/TU"),
     D("Công văn", "3861", "UBND-KGVX", "2019-12-02", "UBND tỉnh", surface="công văn số 3861/UBND-KGVX ngày 02/12/2019")],
    [prov("Điện Biên"), com("Sen Thượng"), com("Chung Chải"), com("Leng Su Sìn")],
    ["BÁO ĐIỆN BIÊN PHỦ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên", "Xã hội >> Chính sách", "(ĐBP)",
     "Ông Lò Văn Pành trao quà cho các hộ nghèo xã Sen Thượng. Ảnh: Quang Hưng",
     "Ngân hàng TMCP Công thương Việt Nam", "Tết vì người nghèo và nạn nhân chất độc da cam", "Vì người nghèo",
     "Nậm Pố", "Huổi Lụ", "Lượt xem: 1.902"],
    ["Thứ Bảy, 21/12/2019", "20.12.2019 | 08:45", "12 đồng chí", "Canh Tý 2020", "năm thứ 5", "năm 2019", "Lượt xem: 1.902"]))
