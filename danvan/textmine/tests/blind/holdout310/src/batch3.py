from lib import *
PAGES = []

PAGES.append(page("b7409-quangtri-raoquan-doithoai-2021", """
QUẢNG TRỊ ONLINE
Trang chủ » Chính trị » Xây dựng Đảng - Dân vận
Thứ Năm, 21/10/2021 - 15:30
Gỡ vướng cho người dân tái định cư thủy điện Rào Quán
QTO - Sáng 20/10, tại nhà văn hóa thôn Tà Đủ, xã Hướng Linh, Huyện ủy, UBND huyện Hướng Hóa tổ chức hội nghị đối thoại năm 2021 giữa người đứng đầu cấp ủy, chính quyền với người dân vùng tái định cư thủy điện Rào Quán. Đồng chí Nguyễn Đăng Ánh, Tỉnh ủy viên, Bí thư Huyện ủy Hướng Hóa và ông Hồ Sỹ Trung, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện đồng chủ trì.
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân, cùng Kế hoạch số 87-KH/HU ngày 2/8/2021 của Ban Thường vụ Huyện ủy. Tham dự có khoảng 150 người dân đồng bào Vân Kiều, Pa Kô của các xã Hướng Linh, Hướng Tân, Hướng Phùng.
Đồng chí Nguyễn Đăng Ánh đối thoại với người dân.
Dự án thủy điện Rào Quán hoàn thành từ năm 2008, có 492 hộ phải di dời đến 6 khu tái định cư. Hơn 10 năm qua, dù được tỉnh Quảng Trị quan tâm đầu tư, hạ tầng ở các khu tái định cư xuống cấp; nhiều hộ thiếu đất canh tác, lại chịu ảnh hưởng của đợt mưa lũ lịch sử cuối năm 2020.
Tại hội nghị, 19 lượt ý kiến đã được nêu. Ông Hồ Văn Lực, người có uy tín thôn Tà Đủ, phản ánh tuyến đường từ khu tái định cư ra quốc lộ 9 bị sạt lở nặng, xe chở nông sản không đi được. Bà Hồ Thị Pa, thôn Xa Re, xã Hướng Phùng, đề nghị cấp đổi giấy chứng nhận quyền sử dụng đất vì diện tích ghi trong giấy khác thực tế. Ông Ăm Sinh, Bí thư Chi bộ thôn Cheng, xã Hướng Tân, mong được hỗ trợ giống cà phê để trồng lại 25 ha cà phê già cỗi.
Trả lời người dân, ông Hồ Sỹ Trung cho biết huyện đã bố trí khoảng 3,8 tỷ đồng sửa chữa 3 tuyến đường và 2 công trình nước tự chảy ở các khu tái định cư, khởi công trong tháng 11. Về đất đai, Phòng Tài nguyên và Môi trường sẽ cùng UBND xã đo đạc lại cho 64 hộ có sai lệch diện tích, hoàn thành trong quý I/2022. Huyện cũng cam kết đưa các hộ tái định cư vào danh sách được hỗ trợ giống cây theo Nghị quyết số 10/2021/NQ-HĐND của HĐND tỉnh, mức hỗ trợ tối đa 15 triệu đồng/ha.
Phát biểu kết luận, đồng chí Nguyễn Đăng Ánh đánh giá cao tinh thần thẳng thắn của bà con; yêu cầu các phòng, ban và UBND các xã tiếp thu, giải quyết dứt điểm các kiến nghị, công khai kết quả để nhân dân giám sát. Đồng chí cũng đề nghị đội ngũ già làng, trưởng bản, người có uy tín tiếp tục phát huy vai trò cầu nối giữa Đảng với đồng bào, vận động bà con không phá rừng, không nghe theo kẻ xấu.
Sau hội nghị, Ban Dân vận Huyện ủy sẽ theo dõi, đôn đốc và báo cáo kết quả giải quyết từng ý kiến với Thường trực Huyện ủy.
Thanh Trúc
Tin liên quan
- Hướng Hóa: đối thoại với nông dân về chuyển đổi cây trồng (14/10/2021)
- Hỗ trợ 200 hộ dân vùng lũ ở Hướng Phùng (02/10/2021)
- Ban Dân vận Tỉnh ủy giám sát thực hiện dân chủ ở cơ sở (24/09/2021)
""", "2021-10-21", "Gỡ vướng cho người dân tái định cư thủy điện Rào Quán",
E("doi_thoai", "2021", "2021-10-20"),
[P("Nguyễn Đăng Ánh", "Tỉnh ủy viên", "Bí thư Huyện ủy Hướng Hóa"),
 P("Hồ Sỹ Trung", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Hồ Văn Lực", "người có uy tín thôn Tà Đủ"),
 P("Hồ Thị Pa"),
 P("Ăm Sinh", "Bí thư Chi bộ thôn Cheng")],
[Q("khoảng 150 người dân", 150, "người dân", "approx"), Q("492 hộ", 492, "hộ"), Q("6 khu tái định cư", 6, "khu tái định cư"),
 Q("19 lượt ý kiến", 19, "lượt ý kiến"), Q("25 ha", 25, "ha"), Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"),
 Q("3 tuyến đường", 3, "tuyến đường"), Q("2 công trình nước tự chảy", 2, "công trình nước tự chảy"), Q("64 hộ", 64, "hộ"),
 Q("tối đa 15 triệu đồng", 15000000, "đồng")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "87", "KH/HU", "2021-08-02", "Ban Thường vụ Huyện ủy", "Kế hoạch số 87-KH/HU ngày 2/8/2021"),
 D("Nghị quyết", "10", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 10/2021/NQ-HĐND")],
[prov("Quảng Trị"), com("Hướng Linh"), com("Hướng Tân"), com("Hướng Phùng")],
["QUẢNG TRỊ ONLINE", "Trang chủ » Chính trị » Xây dựng Đảng - Dân vận", "QTO", "Đồng chí Nguyễn Đăng Ánh đối thoại với người dân."],
["Thứ Năm, 21/10/2021 - 15:30", "năm 2021", "năm 2008", "Hơn 10 năm", "năm 2020", "quốc lộ 9", "quý I/2022", "tháng 11"]))

PAGES.append(page("b7410-daklak-krongpach-giaoban-2022", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Tin tức > Chính trị > Dân tộc - Tôn giáo
05/10/2022 - 14:10
Tháo gỡ khó khăn trong bố trí tái định cư hồ chứa nước Krông Pách Thượng
Chiều 4/10, Ban Chỉ đạo bồi thường, hỗ trợ và tái định cư Dự án hồ chứa nước Krông Pách Thượng tổ chức giao ban tháng 9/2022 tại huyện M'Drắk. Dự giao ban có các đồng chí Phó Chủ tịch UBND tỉnh: Y Giang Gry Niê Knơng, Nguyễn Tuấn Hà; đồng chí Y Ngọc Ayun, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo của Ban Quản lý dự án, trong tháng 9, huyện M'Drắk đã chi trả tiền bồi thường cho 136 hộ với số tiền hơn 48,2 tỷ đồng; bàn giao 27 lô đất ở tại khu tái định cư Ea Trang. Lũy kế đến nay, dự án đã chi trả cho 1.347 hộ, đạt 87% tổng số hộ bị ảnh hưởng; còn 203 hộ chưa nhận tiền do chưa thống nhất giá bồi thường hoặc đang tranh chấp đất.
Các đại biểu dự giao ban tháng 9.
Ông Y Khuê Niê, Chủ tịch UBND xã Cư Króa, cho biết người dân vùng lòng hồ cơ bản đồng thuận với dự án nhưng nhiều hộ đồng bào Êđê, Mnông đề nghị được bố trí đất sản xuất gần nơi ở mới. Một số hộ di cư tự do từ các tỉnh phía Bắc vào sinh sống không có giấy tờ đất, khó khăn khi xác định đối tượng bồi thường; riêng xã Ea M'Doal có 58 hộ di cư tự do cần được xem xét hỗ trợ.
Bà H'Nga Byă, Phó Trưởng Ban Dân vận Huyện ủy M'Drắk, thông tin khối dân vận huyện đã thành lập 12 tổ công tác xuống từng buôn, phối hợp với người có uy tín vận động bà con. Đến nay có 9 buôn hoàn thành di dời. Già làng Y Bhông Ênuôl ở buôn Ea Bar cũng đã vận động con cháu trong dòng họ nhận tiền, tháo dỡ nhà trước thời hạn.
Kết luận giao ban, đồng chí Y Giang Gry Niê Knơng yêu cầu huyện M'Drắk và các sở, ngành thực hiện nghiêm Nghị định số 47/2014/NĐ-CP của Chính phủ và Quyết định số 22/2021/QĐ-UBND ngày 9/7/2021 của UBND tỉnh về giá bồi thường; phấn đấu trong tháng 10/2022 chi trả thêm ít nhất 100 hộ, hoàn thành san nền khu tái định cư Cư Króa. Các trường hợp khiếu nại phải được đối thoại, giải quyết theo đúng quy định, không để phát sinh thành điểm nóng.
Đồng chí Y Ngọc Ayun đề nghị các cấp ủy tiếp tục quán triệt Chỉ thị số 11-CT/TU ngày 22/3/2022 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong thực hiện các dự án trọng điểm; phát huy vai trò của Mặt trận và các đoàn thể, của già làng, người có uy tín trong vận động đồng bào.
Theo kế hoạch, hồ chứa nước Krông Pách Thượng có dung tích khoảng 230 triệu m3, khi hoàn thành sẽ cấp nước tưới cho hơn 14.000 ha đất nông nghiệp của các huyện phía đông tỉnh Đắk Lắk.
Hoàng Thu
Tin khác
- M'Drắk bàn giao mặt bằng đợt 3 cho chủ đầu tư (28/09/2022)
- Krông Bông: đối thoại với người dân vùng dự án (21/09/2022)
- Đắk Lắk tổ chức hội nghị người có uy tín năm 2022 (15/09/2022)
""", "2022-10-05", "Tháo gỡ khó khăn trong bố trí tái định cư hồ chứa nước Krông Pách Thượng",
E("giao_ban", "2022-09", "2022-10-04"),
[P("Y Giang Gry Niê Knơng", "Phó Chủ tịch UBND tỉnh"), P("Nguyễn Tuấn Hà", "Phó Chủ tịch UBND tỉnh"),
 P("Y Ngọc Ayun", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Khuê Niê", "Chủ tịch UBND xã Cư Króa"),
 P("H'Nga Byă", "Phó Trưởng Ban Dân vận Huyện ủy M'Drắk"),
 P("Y Bhông Ênuôl", "Già làng")],
[Q("136 hộ", 136, "hộ"), Q("hơn 48,2 tỷ đồng", 48200000000, "đồng", "over"), Q("27 lô đất ở", 27, "lô đất ở"),
 Q("1.347 hộ", 1347, "hộ"), Q("87%", 87, "%"), Q("203 hộ", 203, "hộ"), Q("58 hộ di cư tự do", 58, "hộ di cư tự do"),
 Q("12 tổ công tác", 12, "tổ công tác"), Q("9 buôn", 9, "buôn"), Q("ít nhất 100 hộ", 100, "hộ", "over"),
 Q("khoảng 230 triệu m3", 230000000, "m3", "approx"), Q("hơn 14.000 ha", 14000, "ha", "over")],
[D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 47/2014/NĐ-CP"),
 D("Quyết định", "22", "2021/QĐ-UBND", "2021-07-09", "UBND tỉnh", "Quyết định số 22/2021/QĐ-UBND ngày 9/7/2021"),
 D("Chỉ thị", "11", "CT/TU", "2022-03-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 22/3/2022")],
[prov("Đắk Lắk"), com("Cư Króa"), com("Ea M'Doal")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Tin tức > Chính trị > Dân tộc - Tôn giáo", "Các đại biểu dự giao ban tháng 9."],
["05/10/2022 - 14:10", "tháng 9/2022", "tháng 9", "tháng 10/2022"]))

PAGES.append(page("b7411-binhdinh-dinhbinh-giamsat-2022", """
BÌNH ĐỊNH ONLINE
Chính trị / Dân vận
17/06/2022 06:00
Giám sát thực hiện dân chủ ở cơ sở tại vùng tái định cư hồ Định Bình
(BĐ) - Ngày 15/6, Đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện dân chủ ở cơ sở trong công tác bồi thường, tái định cư tại các xã Vĩnh Hảo, Vĩnh Hiệp (huyện Vĩnh Thạnh).
Cuộc giám sát thực hiện theo Quyết định số 1250-QĐ/TU của Ban Thường vụ Tỉnh ủy về chương trình kiểm tra, giám sát năm 2022 và Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn.
Đồng chí Nguyễn Thị Thu Hà làm việc với Đảng ủy xã Vĩnh Hảo.
Hồ chứa nước Định Bình được xây dựng từ năm 2003, làm ngập hơn 2.000 ha đất của huyện Vĩnh Thạnh. Hai xã Vĩnh Hảo, Vĩnh Hiệp hiện có 512 hộ tái định cư, trong đó khoảng 60% là đồng bào Bana. Báo cáo của UBND hai xã cho thấy, việc công khai các khoản hỗ trợ, danh sách hộ được hưởng chính sách đã được niêm yết tại trụ sở xã và nhà văn hóa làng; năm 2021 các xã tổ chức 14 cuộc họp dân để lấy ý kiến về phương án giao đất sản xuất.
Tuy nhiên, đoàn cũng chỉ ra hạn chế: biên bản họp dân ở một số làng ghi chép sơ sài; việc trả lời 7 đơn kiến nghị của người dân về hỗ trợ nhà ở còn chậm; Ban Thanh tra nhân dân xã Vĩnh Hiệp chưa thực hiện giám sát chuyên đề về tái định cư.
Tại buổi làm việc, ông Đinh Văn Hrang, Bí thư Đảng ủy xã Vĩnh Hảo, cho biết xã đang rà soát 43 hộ Bana thiếu đất sản xuất để đề nghị huyện giao bổ sung. Bà Đinh Thị Bơ Nhớt, Trưởng ban Công tác Mặt trận làng Kon Trú, phản ánh nhiều hộ trẻ tách hộ sau tái định cư không có đất ở.
Các ông Lê Văn Cường, Đinh Văn Yên - Phó Chủ tịch UBND huyện Vĩnh Thạnh giải trình, cho biết huyện đã xin chủ trương của tỉnh trích khoảng 6 tỷ đồng để đầu tư mở rộng khu tái định cư Định Thiện, dự kiến bố trí 80 lô đất ở cho các hộ tách hộ.
Kết luận buổi giám sát, đồng chí Nguyễn Thị Thu Hà ghi nhận những cố gắng của các địa phương; đề nghị cấp ủy, chính quyền hai xã thực hiện đúng phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"; công khai đầy đủ kế hoạch sử dụng đất, giải quyết dứt điểm các đơn thư trước ngày 30/9/2022. Ban Dân vận Tỉnh ủy sẽ tổng hợp kiến nghị, báo cáo Thường trực Tỉnh ủy Bình Định.
Trọng Lợi
Tin liên quan
- Vân Canh: vận động đồng bào Chăm H'roi giữ rừng đầu nguồn (10/06/2022)
- Ban Dân vận Tỉnh ủy sơ kết công tác 5 tháng đầu năm (03/06/2022)
- Vĩnh Thạnh ra mắt 3 mô hình "Dân vận khéo" (26/05/2022)
""", "2022-06-17", "Giám sát thực hiện dân chủ ở cơ sở tại vùng tái định cư hồ Định Bình",
E("giam_sat", None, "2022-06-15"),
[P("Nguyễn Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Hrang", "Bí thư Đảng ủy xã Vĩnh Hảo"),
 P("Đinh Thị Bơ Nhớt", "Trưởng ban Công tác Mặt trận làng Kon Trú"),
 P("Lê Văn Cường", "Phó Chủ tịch UBND huyện Vĩnh Thạnh"), P("Đinh Văn Yên", "Phó Chủ tịch UBND huyện Vĩnh Thạnh")],
[Q("hơn 2.000 ha", 2000, "ha", "over"), Q("512 hộ tái định cư", 512, "hộ tái định cư"), Q("khoảng 60%", 60, "%", "approx"),
 Q("14 cuộc họp dân", 14, "cuộc họp dân"), Q("7 đơn kiến nghị", 7, "đơn kiến nghị"), Q("43 hộ Bana", 43, "hộ Bana"),
 Q("khoảng 6 tỷ đồng", 6000000000, "đồng", "approx"), Q("80 lô đất ở", 80, "lô đất ở")],
[D("Quyết định", "1250", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 1250-QĐ/TU"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11")],
[prov("Bình Định"), com("Vĩnh Hảo"), com("Vĩnh Hiệp")],
["BÌNH ĐỊNH ONLINE", "Chính trị / Dân vận", "(BĐ)", "Đồng chí Nguyễn Thị Thu Hà làm việc với Đảng ủy xã Vĩnh Hảo.",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"],
["17/06/2022 06:00", "năm 2022", "năm 2003", "năm 2021", "Hai xã", "hai xã"]))

PAGES.append(page("b7412-phuyen-mylam-traonha-2023", """
Báo Phú Yên Online
Xã hội - Đời sống » Vì người nghèo
Thứ Sáu, 15/09/2023
Bàn giao nhà đại đoàn kết cho hộ tái định cư hồ chứa nước Mỹ Lâm
Ngày 14/9, tại xã Hòa Mỹ Tây (huyện Tây Hòa), Ủy ban MTTQ Việt Nam tỉnh phối hợp với UBND huyện Tây Hòa tổ chức bàn giao 12 căn nhà đại đoàn kết cho các hộ tái định cư khó khăn về nhà ở thuộc vùng dự án hồ chứa nước Mỹ Lâm. Dự buổi lễ có bà Lê Thị Thanh Thúy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Ksor Y Phương, HUV, Trưởng Ban Dân vận Huyện ủy Tây Hòa.
Mỗi căn nhà có diện tích 45 m2, tổng kinh phí xây dựng 720 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 50 triệu đồng/căn, phần còn lại do gia đình, dòng họ và các nhà hảo tâm đóng góp. Ngoài ra, mỗi hộ còn được tặng 1 ti vi, 1 bộ bàn ghế và 2 triệu đồng tiền mặt.
Bà Lê Thị Thanh Thúy trao quyết định bàn giao nhà cho các hộ dân. Ảnh: Minh Quý
Dự án hồ chứa nước Mỹ Lâm có 176 hộ phải di dời, phần lớn là đồng bào Ê Đê và Chăm H'roi. Sau khi về khu tái định cư thôn Mỹ Thạnh Tây, nhiều hộ được bố trí đất ở nhưng chưa có điều kiện làm nhà kiên cố, phải ở tạm trong những căn chòi lợp tôn.
Xúc động nhận chìa khóa nhà mới, bà Ma Thị Hoa ở thôn Mỹ Thạnh Tây, chồng mất sớm, một mình nuôi 3 con, nói: "Mấy năm nay mưa gió là mẹ con phải chạy qua nhà hàng xóm. Giờ có nhà chắc chắn, tôi yên tâm đi làm thuê nuôi con ăn học".
Ông Nay Y Tuấn, Chủ tịch UBND xã Hòa Mỹ Tây, cho biết đến nay xã còn 31 hộ tái định cư ở nhà tạm, xã đang lập danh sách đề nghị hỗ trợ theo Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025. Năm 2023, tỉ lệ hộ nghèo ở khu tái định cư đã giảm xuống còn 19,6%.
Phát biểu tại buổi lễ, bà Lê Thị Thanh Thúy đề nghị chính quyền và Mặt trận xã tiếp tục thực hiện Kế hoạch số 125/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", phấn đấu đến hết năm 2024 không còn hộ tái định cư nào ở nhà tạm. Bà mong các hộ được nhận nhà tiếp tục nỗ lực lao động, sản xuất để sớm vươn lên thoát nghèo.
Cùng ngày, đoàn đã trao 50 suất quà, mỗi suất trị giá 500.000 đồng cho các hộ nghèo của xã Hòa Mỹ Tây và xã Sơn Thành Tây.
Thời gian qua, bên cạnh việc hỗ trợ nhà ở, Mặt trận các cấp còn phối hợp với ngành nông nghiệp hướng dẫn bà con trồng mì, mía theo hướng thâm canh, chăn nuôi bò sinh sản; vận động các doanh nghiệp tuyển dụng lao động trẻ ở khu tái định cư. Nhờ vậy, đời sống của đồng bào vùng dự án từng bước được cải thiện, niềm tin của nhân dân với cấp ủy, chính quyền được củng cố.
Ngọc Hân
Tin khác
- Tây Hòa: 100 học sinh vùng tái định cư nhận học bổng (08/09/2023)
- Sông Hinh bàn giao 20 căn nhà đại đoàn kết (30/08/2023)
- Vận động ủng hộ Quỹ "Vì người nghèo" năm 2023 (22/08/2023)
""", "2023-09-15", "Bàn giao nhà đại đoàn kết cho hộ tái định cư hồ chứa nước Mỹ Lâm",
E("trao_qua", None, "2023-09-14"),
[P("Lê Thị Thanh Thúy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Y Phương", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Hòa"),
 P("Ma Thị Hoa"),
 P("Nay Y Tuấn", "Chủ tịch UBND xã Hòa Mỹ Tây")],
[Q("12 căn nhà đại đoàn kết", 12, "căn nhà đại đoàn kết"), Q("45 m2", 45, "m2"), Q("720 triệu đồng", 720000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("176 hộ", 176, "hộ"), Q("3 con", 3, "con"),
 Q("31 hộ tái định cư", 31, "hộ tái định cư"), Q("19,6%", 19.6, "%"), Q("50 suất quà", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/1/2022"),
 D("Kế hoạch", "125", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 125/KH-MTTQ-BTT")],
[prov("Phú Yên"), com("Hòa Mỹ Tây"), com("Sơn Thành Tây")],
["Báo Phú Yên Online", "Xã hội - Đời sống » Vì người nghèo", "Bà Lê Thị Thanh Thúy trao quyết định bàn giao nhà cho các hộ dân. Ảnh: Minh Quý",
 "Vì người nghèo", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Chương trình mục tiêu quốc gia giảm nghèo bền vững"],
["Thứ Sáu, 15/09/2023", "1 ti vi", "1 bộ bàn ghế", "Mấy năm", "giai đoạn 2021 - 2025", "Năm 2023", "năm 2024"]))

PAGES.append(page("b7413-caobang-nalia-soket-2024", """
BÁO CAO BẰNG
Thời sự > Kinh tế
30 tháng 7, 2024 | 17:45
Ảnh: Toàn cảnh hội nghị sơ kết.
Bảo đảm quyền lợi người dân vùng dự án hồ chứa nước Nà Lìa
Ngày 29/7, Ban Chỉ đạo giải phóng mặt bằng, tái định cư Dự án hồ chứa nước Nà Lìa tổ chức sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Đàm Văn Thịnh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
6 tháng qua, huyện Thạch An và huyện Quảng Hòa đã hoàn thành kiểm đếm cho 318 hộ, phê duyệt phương án bồi thường cho 274 hộ với tổng số tiền hơn 96 tỷ đồng; 221 hộ đã nhận tiền. Khu tái định cư Nà Lìa thuộc xã Đức Xuân đạt khoảng 70% khối lượng san nền, dự kiến bàn giao 110 lô đất ở trong quý IV.
Báo cáo của Ban Dân vận Tỉnh ủy cho thấy, các cấp ủy đã thực hiện tốt Kết luận số 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo công tác giải phóng mặt bằng các dự án trọng điểm và công tác dân vận trong vùng dự án. Huyện Thạch An đã tổ chức 27 cuộc tuyên truyền, đối thoại với hơn 1.100 lượt người; hòa giải thành 8 vụ tranh chấp ranh giới đất giữa các hộ.
Phát biểu tại hội nghị, bà Nông Thị Hạnh, Trưởng Ban Dân vận Huyện ủy Thạch An, cho biết người dân đồng thuận cao với dự án; tuy nhiên một số hộ người Tày, Nùng có mồ mả, đất hương hỏa trong vùng dự án mong được hỗ trợ di dời chu đáo, đúng phong tục. Ông Lục Văn Sằn, Bí thư Chi bộ xóm Nà Lìa, kiến nghị sớm làm đường tạm để bà con vận chuyển vật liệu làm nhà.
Ông Hoàng Văn Thào, Phó Chủ tịch UBND xã Đức Xuân, đề nghị tỉnh bố trí khoảng 2,5 tỷ đồng hỗ trợ chuyển đổi nghề cho 95 lao động nữ trong vùng dự án. Đại diện chủ đầu tư cam kết thực hiện đúng Nghị định số 47/2014/NĐ-CP, Quyết định số 30/2022/QĐ-UBND của UBND tỉnh và Luật Đất đai năm 2013.
Kết luận hội nghị, đồng chí Đàm Văn Thịnh yêu cầu 6 tháng cuối năm 2024 hoàn thành chi trả cho 100% số hộ đã phê duyệt phương án; đến tháng 12/2024 bàn giao toàn bộ mặt bằng cho nhà thầu. Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh phối hợp giám sát công khai, minh bạch, bảo đảm người dân có nơi ở mới bằng hoặc tốt hơn nơi ở cũ.
Hồ chứa nước Nà Lìa có tổng mức đầu tư khoảng 650 tỷ đồng, khi hoàn thành sẽ cung cấp nước tưới cho gần 1.500 ha đất canh tác và nước sinh hoạt cho các xã vùng hạ du.
Đây là một trong những dự án thủy lợi trọng điểm của tỉnh Cao Bằng giai đoạn hiện nay. Hội nghị cũng biểu dương nhiều hộ dân đã gương mẫu bàn giao mặt bằng sớm, vận động anh em, họ hàng cùng chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước.
Vũ Hạnh
Tin cùng chuyên mục
- Thạch An: ra mắt tổ dân vận khéo vùng dự án (22/07/2024)
- Quảng Hòa kiểm đếm đất đai vùng hồ chứa (12/07/2024)
- Cao Bằng: giao ban công tác dân vận quý II (05/07/2024)
""", "2024-07-30", "Bảo đảm quyền lợi người dân vùng dự án hồ chứa nước Nà Lìa",
E("so_ket", "2024-H1", "2024-07-29"),
[P("Đàm Văn Thịnh", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Nông Thị Hạnh", "Trưởng Ban Dân vận Huyện ủy Thạch An"),
 P("Lục Văn Sằn", "Bí thư Chi bộ xóm Nà Lìa"),
 P("Hoàng Văn Thào", "Phó Chủ tịch UBND xã Đức Xuân")],
[Q("318 hộ", 318, "hộ"), Q("274 hộ", 274, "hộ"), Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"), Q("221 hộ", 221, "hộ"),
 Q("khoảng 70%", 70, "%", "approx"), Q("110 lô đất ở", 110, "lô đất ở"), Q("27 cuộc", 27, "cuộc"),
 Q("hơn 1.100 lượt người", 1100, "lượt người", "over"), Q("8 vụ tranh chấp ranh giới đất", 8, "vụ tranh chấp ranh giới đất"),
 Q("khoảng 2,5 tỷ đồng", 2500000000, "đồng", "approx"), Q("95 lao động nữ", 95, "lao động nữ"), Q("100%", 100, "%"),
 Q("khoảng 650 tỷ đồng", 650000000000, "đồng", "approx"), Q("gần 1.500 ha", 1500, "ha", "approx")],
[D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 05, 06-KL/TU"),
 D("Nghị định", "47", "2014/NĐ-CP", None, None, "Nghị định số 47/2014/NĐ-CP"),
 D("Quyết định", "30", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 30/2022/QĐ-UBND")],
[prov("Cao Bằng"), com("Đức Xuân")],
["BÁO CAO BẰNG", "Thời sự > Kinh tế", "Ảnh: Toàn cảnh hội nghị sơ kết.", "Luật Đất đai năm 2013"],
["30 tháng 7, 2024 | 17:45", "6 tháng đầu năm", "6 tháng cuối năm 2024", "6 tháng qua", "quý IV", "tháng 12/2024", "Luật Đất đai năm 2013"]))

PAGES.append(page("b7414-backan-namcat-giaoban-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC KẠN
You are here: Trang chủ › Tin tức - Sự kiện › Tin địa phương
Thứ Năm, 27/03/2025, 16:20
Giao ban quý I/2025 về bồi thường, tái định cư Dự án hồ chứa nước Nặm Cắt
Sáng 26/3, đồng chí Đinh Quang Tuyên, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp giao ban công tác bồi thường, hỗ trợ, tái định cư quý I/2025 đối với Dự án hồ chứa nước Nặm Cắt. Tham dự có đại diện các sở: Nông nghiệp và Môi trường, Tài chính, Xây dựng; lãnh đạo UBND thành phố Bắc Kạn, huyện Bạch Thông và các xã, phường trong vùng dự án.
Dự án hồ chứa nước Nặm Cắt thu hồi đất của 412 hộ tại phường Huyền Tụng, xã Dương Quang (thành phố Bắc Kạn) và xã Cẩm Giàng (huyện Bạch Thông); trong đó 87 hộ phải bố trí tái định cư. Trong quý I, các địa phương đã chi trả bổ sung cho 45 hộ với số tiền gần 7,9 tỷ đồng, cấp 29 giấy chứng nhận quyền sử dụng đất tại khu tái định cư Nà Pài.
Quang cảnh cuộc họp giao ban.
Theo ông Hà Văn Đông, Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh, còn 16 hộ chưa đồng ý phương án bồi thường đất rừng sản xuất; 5 hộ có đơn khiếu nại về giá cây trồng. Bà Triệu Thị Nhàn, người có uy tín thôn Khuổi Hẻo, xã Dương Quang, đề nghị bố trí thêm đất sản xuất cho các hộ người Dao mất đất canh tác, đồng thời sớm hoàn thiện đường nội khu tái định cư.
Ông Hoàng Văn Chuyên, Chủ tịch UBND phường Huyền Tụng, thông tin phường đã phối hợp với Ủy ban MTTQ và các đoàn thể đến từng hộ tuyên truyền; vận động được 9 hộ nhận tiền, bàn giao mặt bằng trong tháng 3. Phường đề nghị hỗ trợ chuyển đổi nghề khoảng 1,2 tỷ đồng cho lao động mất đất.
Kết luận cuộc họp, đồng chí Đinh Quang Tuyên yêu cầu các địa phương thực hiện đúng Luật Đất đai năm 2024, Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất và Quyết định số 36/2024/QĐ-UBND ngày 10/10/2024 của UBND tỉnh; giải quyết dứt điểm các đơn khiếu nại trong quý II/2025, không để khiếu kiện kéo dài. Đồng chí cũng lưu ý trong bối cảnh chuẩn bị sắp xếp đơn vị hành chính, các xã, phường phải bàn giao đầy đủ hồ sơ bồi thường, không để gián đoạn quyền lợi của người dân.
Các cơ quan dân vận được giao nắm chắc tư tưởng, nguyện vọng của nhân dân vùng dự án, kịp thời tham mưu giải quyết những vướng mắc phát sinh.
Hồ chứa nước Nặm Cắt có dung tích khoảng 11 triệu m3, cấp nước sinh hoạt cho khoảng 60.000 người dân thành phố Bắc Kạn và vùng phụ cận.
Mai Anh
Tin liên quan
- Bạch Thông: hỗ trợ chuyển đổi nghề cho hộ mất đất (18/03/2025)
- Thành phố Bắc Kạn đối thoại với người dân vùng dự án (07/03/2025)
- Tiến độ các dự án trọng điểm của tỉnh (24/02/2025)
""", "2025-03-27", "Giao ban quý I/2025 về bồi thường, tái định cư Dự án hồ chứa nước Nặm Cắt",
E("giao_ban", "2025-Q1", "2025-03-26"),
[P("Đinh Quang Tuyên", "Phó Chủ tịch UBND tỉnh"),
 P("Hà Văn Đông", "Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh"),
 P("Triệu Thị Nhàn", "người có uy tín thôn Khuổi Hẻo"),
 P("Hoàng Văn Chuyên", "Chủ tịch UBND phường Huyền Tụng")],
[Q("412 hộ", 412, "hộ"), Q("87 hộ", 87, "hộ"), Q("45 hộ", 45, "hộ"), Q("gần 7,9 tỷ đồng", 7900000000, "đồng", "approx"),
 Q("29 giấy chứng nhận quyền sử dụng đất", 29, "giấy chứng nhận quyền sử dụng đất"), Q("16 hộ", 16, "hộ"), Q("5 hộ", 5, "hộ"),
 Q("9 hộ", 9, "hộ"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("khoảng 11 triệu m3", 11000000, "m3", "approx"),
 Q("khoảng 60.000 người dân", 60000, "người dân", "approx")],
[D("Nghị định", "88", "2024/NĐ-CP", "2024-07-15", "Chính phủ", "Nghị định số 88/2024/NĐ-CP ngày 15/7/2024"),
 D("Quyết định", "36", "2024/QĐ-UBND", "2024-10-10", "UBND tỉnh", "Quyết định số 36/2024/QĐ-UBND ngày 10/10/2024")],
[prov("Bắc Kạn"), com("Huyền Tụng"), com("Dương Quang"), com("Cẩm Giàng")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC KẠN", "You are here: Trang chủ › Tin tức - Sự kiện › Tin địa phương", "Quang cảnh cuộc họp giao ban.",
 "Luật Đất đai năm 2024"],
["Thứ Năm, 27/03/2025, 16:20", "quý I/2025", "quý I", "tháng 3", "quý II/2025", "Luật Đất đai năm 2024"]))
