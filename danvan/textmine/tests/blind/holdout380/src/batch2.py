from lib import *
PAGES = []

PAGES.append(page("b9083-hatinh-mttq-tongket-2017", """
Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Thời sự >> Chính trị
Thứ Năm, 28/12/2017, 16:45
Ông Trần Đình Hà phát biểu kết luận hội nghị. Ảnh: Phúc Quang
Năm 2017, Quỹ "Vì người nghèo" Hà Tĩnh tiếp nhận hơn 32 tỷ đồng
Chiều 27/12, Ủy ban MTTQ tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác vận động, quản lý, sử dụng Quỹ "Vì người nghèo" và Quỹ cứu trợ năm 2017. Ông Trần Đình Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Năm 2017, sau các đợt bão số 10 và lũ lụt, Quỹ "Vì người nghèo" các cấp trong tỉnh tiếp nhận hơn 32 tỷ đồng, trong đó cấp tỉnh 11,8 tỷ đồng; Quỹ cứu trợ tiếp nhận 46,5 tỷ đồng và hàng trăm tấn hàng hóa. Từ nguồn quỹ, các cấp Mặt trận đã hỗ trợ xây mới 1.042 nhà Đại đoàn kết, sửa chữa 526 nhà cho hộ nghèo; hỗ trợ 3.150 hộ khôi phục sản xuất sau bão lũ với tổng kinh phí 9,45 tỷ đồng, mỗi hộ 3 triệu đồng.
Theo Quyết định số 1246/QĐ-MTTQ-BTT ngày 10/11/2017 của Ban Thường trực Ủy ban MTTQ tỉnh, các huyện Hương Khê, Vũ Quang, Kỳ Anh được ưu tiên 70% số tiền hỗ trợ nhà ở. Việc phân bổ, cấp phát thực hiện đúng Nghị định số 64/2008/NĐ-CP ngày 14/5/2008 của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ nhân dân khắc phục khó khăn do thiên tai.
Tại hội nghị, các đại biểu thảo luận về cách làm hay trong vận động. Bà Phan Thị Hòa, Chủ tịch Ủy ban MTTQ huyện Can Lộc, cho biết huyện duy trì mô hình "Mỗi hộ một viên gạch" với 28 xã tham gia. Ông Nguyễn Hữu Thường, Trưởng Ban công tác Mặt trận thôn Trung Bắc, xã Thạch Long, chia sẻ kinh nghiệm vận động con em xa quê góp hơn 200 triệu đồng xây 4 nhà cho hộ nghèo. Ông Võ Văn Tài, Chủ tịch Ủy ban MTTQ xã Kỳ Lạc, nêu khó khăn khi vận chuyển vật liệu vào các thôn bị chia cắt.
Tỷ lệ hộ nghèo toàn tỉnh cuối năm 2017 còn 7,5%, giảm 2,1% so với năm 2016. Tuy vậy, vẫn còn khoảng 2.300 hộ nghèo đang ở nhà tạm, nhà dột nát.
Phát biểu kết luận, ông Trần Đình Hà yêu cầu các cấp Mặt trận tiếp tục thực hiện Kế hoạch số 85/KH-MTTQ ngày 2/10/2017 về Tháng cao điểm "Vì người nghèo"; thực hiện tốt việc công khai, minh bạch, không để xảy ra sai sót; vận động xây dựng ít nhất 1.000 nhà Đại đoàn kết trong năm 2018, phấn đấu hết năm 2020 cơ bản xóa nhà tạm cho hộ nghèo.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 36 tập thể, 22 cá nhân; các ông, bà Nguyễn Văn Lộc, Lê Thị Thu - Giám đốc doanh nghiệp trên địa bàn được tuyên dương vì đóng góp nhiều năm liền cho Quỹ.
Phúc Quang
Tin liên quan
- Vũ Quang: 120 hộ nghèo được hỗ trợ khôi phục sản xuất sau lũ (20/12/2017)
- MTTQ tỉnh phân bổ tiền cứu trợ đợt 2 (08/11/2017)
- Ra quân Tháng cao điểm Vì người nghèo năm 2017 (17/10/2017)
- Hương Khê: trao 30 nhà Đại đoàn kết (10/10/2017)
""", "2017-12-28", 'Năm 2017, Quỹ "Vì người nghèo" Hà Tĩnh tiếp nhận hơn 32 tỷ đồng',
E("tong_ket", "2017", "2017-12-27"),
[P("Trần Đình Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phan Thị Hòa", "Chủ tịch Ủy ban MTTQ huyện Can Lộc"),
 P("Nguyễn Hữu Thường", "Trưởng Ban công tác Mặt trận thôn Trung Bắc"),
 P("Võ Văn Tài", "Chủ tịch Ủy ban MTTQ xã Kỳ Lạc"),
 P("Nguyễn Văn Lộc", "Giám đốc doanh nghiệp"),
 P("Lê Thị Thu", "Giám đốc doanh nghiệp")],
[Q("hơn 32 tỷ đồng", 32000000000, "đồng", "over"), Q("11,8 tỷ đồng", 11800000000, "đồng"),
 Q("46,5 tỷ đồng", 46500000000, "đồng"), Q("1.042 nhà Đại đoàn kết", 1042, "nhà Đại đoàn kết"),
 Q("526 nhà", 526, "nhà"), Q("3.150 hộ", 3150, "hộ"), Q("9,45 tỷ đồng", 9450000000, "đồng"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("70%", 70, "%"), Q("28 xã", 28, "xã"),
 Q("hơn 200 triệu đồng", 200000000, "đồng", "over"), Q("4 nhà", 4, "nhà"),
 Q("7,5%", 7.5, "%"), Q("2,1%", 2.1, "%"), Q("khoảng 2.300 hộ nghèo", 2300, "hộ nghèo", "approx"),
 Q("ít nhất 1.000 nhà Đại đoàn kết", 1000, "nhà Đại đoàn kết", "over"),
 Q("36 tập thể", 36, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Quyết định", "1246", "QĐ-MTTQ-BTT", "2017-11-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 1246/QĐ-MTTQ-BTT ngày 10/11/2017"),
 D("Nghị định", "64", "2008/NĐ-CP", "2008-05-14", "Chính phủ", "Nghị định số 64/2008/NĐ-CP ngày 14/5/2008"),
 D("Kế hoạch", "85", "KH-MTTQ", "2017-10-02", None, "Kế hoạch số 85/KH-MTTQ ngày 2/10/2017")],
[prov("Hà Tĩnh"), com("Thạch Long"), com("Kỳ Lạc")],
["Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Thời sự >> Chính trị",
 "Ông Trần Đình Hà phát biểu kết luận hội nghị. Ảnh: Phúc Quang", "Vì người nghèo", "Mỗi hộ một viên gạch"],
["Thứ Năm, 28/12/2017, 16:45", "bão số 10", "năm 2017", "năm 2016", "năm 2018", "năm 2020", "hàng trăm tấn"]))

PAGES.append(page("b9084-bentre-mttq-phatdong-2017", """
BÁO ĐỒNG KHỞI ONLINE
Trang chủ › Xã hội › Chính sách
17-10-2017 10:30
Bến Tre phát động Tháng cao điểm "Vì người nghèo" năm 2017
Sáng 17/10, tại Hội trường UBND tỉnh, Ủy ban MTTQ Việt Nam tỉnh Bến Tre long trọng tổ chức lễ phát động Tháng cao điểm "Vì người nghèo" (từ 17/10 đến 18/11/2017). Dự buổi lễ có ông Phan Văn Mười, Bí thư Tỉnh ủy; ông Cao Văn Trường, Chủ tịch UBND tỉnh; bà Lê Thị Thu Trang, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Thay mặt Ban vận động Quỹ "Vì người nghèo" tỉnh, ông Nguyễn Văn Cao, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, cho biết: năm 2017 (tính từ 17/10/2016), Quỹ các cấp tiếp nhận 28,6 tỷ đồng, đạt 114% kế hoạch. Nguồn quỹ đã hỗ trợ xây mới 486 căn nhà Đại đoàn kết, sửa chữa 212 căn; cấp 5.400 thẻ bảo hiểm y tế cho hộ cận nghèo; trao 1.260 suất học bổng; hỗ trợ vốn, con giống cho 740 hộ nghèo làm ăn.
Năm nay, tỉnh phấn đấu vận động tối thiểu 25 tỷ đồng, xây dựng 400 căn nhà Đại đoàn kết với mức hỗ trợ 40 triệu đồng/căn. Ủy ban MTTQ tỉnh đề nghị mỗi cán bộ, công chức, viên chức, người lao động ủng hộ ít nhất 1 ngày lương; các doanh nghiệp, nhà hảo tâm, người Bến Tre xa quê chung tay ủng hộ.
Ngay tại buổi lễ, 54 cơ quan, đơn vị, doanh nghiệp đã đăng ký ủng hộ với tổng số tiền hơn 7,3 tỷ đồng. Trong đó, Công ty TNHH Thủy sản Hải Vương ủng hộ 1 tỷ đồng, Ngân hàng Nông nghiệp chi nhánh tỉnh 500 triệu đồng, Hiệp hội Doanh nghiệp tỉnh 300 triệu đồng.
Phát biểu tại lễ phát động, ông Phan Văn Mười nhấn mạnh: "Giảm nghèo không chỉ là trách nhiệm của Nhà nước mà là của cả hệ thống chính trị và toàn xã hội". Ông đề nghị các cấp, các ngành thực hiện tốt Chỉ thị số 21-CT/TU ngày 5/9/2017 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác giảm nghèo bền vững giai đoạn 2017 - 2020, gắn với Nghị quyết số 76/2014/QH13 của Quốc hội về đẩy mạnh thực hiện mục tiêu giảm nghèo bền vững; đồng thời giao Ủy ban MTTQ các cấp công khai kết quả vận động trên phương tiện thông tin đại chúng.
Dịp này, Ủy ban MTTQ tỉnh trao tượng trưng 20 căn nhà Đại đoàn kết cho hộ nghèo các huyện Thạnh Phú, Ba Tri, Bình Đại. Ông Trần Văn Út, ngụ ấp An Bình, xã An Thuận, một trong những hộ được nhận nhà, bày tỏ niềm vui vì sắp có nhà vững chắc để vượt qua mùa mưa bão. Cùng ngày, các huyện, thành phố đồng loạt tổ chức lễ phát động.
Hữu Hiệp
Tin liên quan
- Ba Tri: 6 tháng vận động hơn 1 tỷ đồng cho người nghèo (12/10/2017)
- Trao 15 căn nhà tình thương cho hộ nghèo xã Thạnh Hải (04/10/2017)
- Hội nghị giao ban công tác Mặt trận quý III (28/09/2017)
- Giồng Trôm: tổng kết mô hình tiết kiệm vì người nghèo (20/09/2017)
""", "2017-10-17", 'Bến Tre phát động Tháng cao điểm "Vì người nghèo" năm 2017',
E("khac", None, None),
[P("Phan Văn Mười", "Bí thư Tỉnh ủy"),
 P("Cao Văn Trường", "Chủ tịch UBND tỉnh"),
 P("Lê Thị Thu Trang", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Cao", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Trần Văn Út")],
[Q("28,6 tỷ đồng", 28600000000, "đồng"), Q("114%", 114, "%"),
 Q("486 căn nhà Đại đoàn kết", 486, "căn nhà Đại đoàn kết"), Q("212 căn", 212, "căn"),
 Q("5.400 thẻ bảo hiểm y tế", 5400, "thẻ bảo hiểm y tế"), Q("1.260 suất học bổng", 1260, "suất học bổng"),
 Q("740 hộ nghèo", 740, "hộ nghèo"), Q("tối thiểu 25 tỷ đồng", 25000000000, "đồng"),
 Q("400 căn nhà Đại đoàn kết", 400, "căn nhà Đại đoàn kết"), Q("40 triệu đồng/căn", 40000000, "đồng"),
 Q("54 cơ quan, đơn vị, doanh nghiệp", 54, "cơ quan, đơn vị, doanh nghiệp"),
 Q("hơn 7,3 tỷ đồng", 7300000000, "đồng", "over"), Q("1 tỷ đồng", 1000000000, "đồng"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("20 căn nhà Đại đoàn kết", 20, "căn nhà Đại đoàn kết")],
[D("Chỉ thị", "21", "CT/TU", "2017-09-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 5/9/2017"),
 D("Nghị quyết", "76", "2014/QH13", None, "Quốc hội", "Nghị quyết số 76/2014/QH13")],
[prov("Bến Tre"), com("An Thuận")],
["BÁO ĐỒNG KHỞI ONLINE", "Trang chủ › Xã hội › Chính sách", "Vì người nghèo", "Hội trường UBND tỉnh",
 "Công ty TNHH Thủy sản Hải Vương", "Ngân hàng Nông nghiệp chi nhánh tỉnh", "Hiệp hội Doanh nghiệp tỉnh"],
["17-10-2017 10:30", "năm 2017", "1 ngày lương", "giai đoạn 2017 - 2020", "17/10/2016"]))

PAGES.append(page("b9085-hoabinh-mttq-traoqua-2018", """
Cổng TTĐT Ủy ban MTTQ Việt Nam tỉnh Hòa Bình
Vị trí: Trang chủ :: Hoạt động :: An sinh xã hội
Cập nhật lúc 15:05 ngày 25/01/2018
Hỗ trợ gần 1,6 tỷ đồng từ Quỹ "Vì người nghèo" cho hộ nghèo huyện Đà Bắc
Ngày 24/1/2018, Ban Thường trực Ủy ban MTTQ tỉnh phối hợp với Ủy ban MTTQ huyện Đà Bắc trao kinh phí hỗ trợ xây nhà và quà Tết cho hộ nghèo tại xã Tiền Phong, xã Suối Nánh và xã Đồng Chum. Đoàn do bà Bùi Thị Kim Dung, Phó Chủ tịch Ủy ban MTTQ tỉnh, làm trưởng đoàn.
Theo Quyết định số 09/QĐ-MTTQ-BTT ngày 15/1/2018, Ủy ban MTTQ tỉnh hỗ trợ huyện Đà Bắc 1,2 tỷ đồng để xây mới 30 nhà Đại đoàn kết, mức 40 triệu đồng/nhà; trao 800 suất quà Tết, mỗi suất 500.000 đồng gồm tiền mặt và hàng hóa (tổng trị giá 400 triệu đồng). Tổng kinh phí hỗ trợ đợt này gần 1,6 tỷ đồng.
Danh sách 30 hộ được xây nhà do Ban công tác Mặt trận các xóm bình xét, UBND xã phê duyệt, niêm yết công khai. Trong đó, xã Tiền Phong 12 hộ, xã Suối Nánh 10 hộ, xã Đồng Chum 8 hộ, phần lớn là hộ người Dao, người Mường ở vùng lòng hồ thủy điện Hòa Bình.
Ông Xa Văn Thiện, Chủ tịch Ủy ban MTTQ huyện Đà Bắc, cho biết: đến cuối năm 2017 huyện còn 5.480 hộ nghèo, chiếm 35,6%; có 17 xã đặc biệt khó khăn thuộc Chương trình 135. Nhờ Quỹ "Vì người nghèo" các cấp và sự giúp đỡ của các doanh nghiệp, trong năm 2017 huyện đã xóa được 96 nhà tạm.
Nhận quà, bà Bàn Thị Liên, xóm Trụ, xã Tiền Phong, xúc động: "Năm nay nhà tôi có thêm 40 triệu đồng, cộng với vốn vay ưu đãi của Ngân hàng Chính sách xã hội, sau Tết cả nhà sẽ khởi công làm nhà mới". Ông Đinh Công Hạnh, Bí thư Chi bộ kiêm Trưởng xóm Bưa, xã Đồng Chum, cho biết bà con trong xóm đã hẹn nhau góp 10 ngày công cho mỗi hộ được hỗ trợ.
Tại buổi trao quà, bà Bùi Thị Kim Dung đề nghị chính quyền các xã hướng dẫn các hộ xây nhà đúng tiêu chuẩn "3 cứng", hoàn thành trước ngày 30/6/2018 và thực hiện Hướng dẫn số 02/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về nghiệm thu, gắn biển nhà Đại đoàn kết. Các hộ phải cam kết sử dụng đúng mục đích, không bán, cho thuê nhà sau khi được hỗ trợ.
Những năm qua, Quỹ "Vì người nghèo" các cấp ở Hòa Bình được quản lý chặt chẽ, có sự giám sát của Ban Thanh tra nhân dân và người dân nơi cư trú. Nhiều xóm vùng cao đã hình thành nếp "nhà nghèo được hỗ trợ, cả xóm cùng làm": người góp gỗ, người góp công, các chi hội phụ nữ lo cơm nước cho thợ, đoàn viên thanh niên vận chuyển vật liệu từ đường lớn vào tận nơi làm nhà.
Trước đó, đoàn đã thăm, tặng 50 suất quà cho học sinh nghèo Trường Tiểu học và THCS Suối Nánh.
Thanh Hải
Các tin đã đưa
- Lạc Sơn: tặng 300 suất quà Tết cho hộ nghèo (22/01/2018)
- Hội nghị tổng kết công tác Mặt trận năm 2017 (28/12/2017)
- Mai Châu trao 15 nhà Đại đoàn kết (20/12/2017)
""", "2018-01-25", 'Hỗ trợ gần 1,6 tỷ đồng từ Quỹ "Vì người nghèo" cho hộ nghèo huyện Đà Bắc',
E("trao_qua", None, "2018-01-24"),
[P("Bùi Thị Kim Dung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Xa Văn Thiện", "Chủ tịch Ủy ban MTTQ huyện Đà Bắc"),
 P("Bàn Thị Liên"),
 P("Đinh Công Hạnh", "Bí thư Chi bộ kiêm Trưởng xóm Bưa")],
[Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("30 nhà Đại đoàn kết", 30, "nhà Đại đoàn kết"), Q("40 triệu đồng/nhà", 40000000, "đồng"),
 Q("800 suất quà Tết", 800, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("400 triệu đồng", 400000000, "đồng"),
 Q("12 hộ", 12, "hộ"), Q("10 hộ", 10, "hộ"), Q("8 hộ", 8, "hộ"),
 Q("5.480 hộ nghèo", 5480, "hộ nghèo"), Q("35,6%", 35.6, "%"), Q("17 xã đặc biệt khó khăn", 17, "xã đặc biệt khó khăn"),
 Q("96 nhà tạm", 96, "nhà tạm"), Q("40 triệu đồng", 40000000, "đồng"), Q("10 ngày công", 10, "ngày công"),
 Q("50 suất quà", 50, "suất quà")],
[D("Quyết định", "09", "QĐ-MTTQ-BTT", "2018-01-15", None, "Quyết định số 09/QĐ-MTTQ-BTT ngày 15/1/2018"),
 D("Hướng dẫn", "02", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 02/HD-MTTQ-BTT")],
[prov("Hòa Bình"), com("Tiền Phong"), com("Suối Nánh"), com("Đồng Chum")],
["Cổng TTĐT Ủy ban MTTQ Việt Nam tỉnh Hòa Bình", "Vị trí: Trang chủ :: Hoạt động :: An sinh xã hội",
 "Vì người nghèo", "3 cứng", "Chương trình 135", "Ngân hàng Chính sách xã hội", "nhà nghèo được hỗ trợ, cả xóm cùng làm"],
["Cập nhật lúc 15:05 ngày 25/01/2018", "3 cứng", "Chương trình 135", "năm 2017", "Năm nay"]))

PAGES.append(page("b9086-binhduong-mttq-tongket-2018", """
BÁO BÌNH DƯƠNG ONLINE
Chính trị | Mặt trận - Đoàn thể
Ngày 21/12/2018 | 17:20
Ảnh: Các đại biểu chụp ảnh lưu niệm.
Vận động Quỹ "Vì người nghèo" vượt 126% kế hoạch
Ngày 20/12, Ủy ban MTTQ Việt Nam tỉnh Bình Dương tổ chức hội nghị tổng kết công tác vận động Quỹ "Vì người nghèo" và an sinh xã hội năm 2018. Dự hội nghị có đồng chí Võ Văn Mạnh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Nguyễn Thị Cúc, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2018, Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được hơn 63,2 tỷ đồng, đạt 126,4% kế hoạch, tăng 9,7 tỷ đồng so với năm 2017. Toàn tỉnh đã xây tặng 168 căn nhà Đại đoàn kết với mức hỗ trợ 50 triệu đồng/căn; sửa chữa 95 căn nhà; trao 12.600 phần quà Tết; cấp 8.900 thẻ bảo hiểm y tế; hỗ trợ 2.450 suất học bổng và 132 xe đạp cho học sinh nghèo.
Theo chuẩn nghèo riêng của tỉnh (thu nhập dưới 2,5 triệu đồng/người/tháng ở khu vực thành thị), Bình Dương còn 1.823 hộ nghèo, chiếm 0,57%. Chương trình "Ngôi nhà mơ ước" do Ủy ban MTTQ tỉnh phối hợp với Báo Bình Dương thực hiện đã trao thêm 12 căn nhà cho người lao động nhập cư có hoàn cảnh khó khăn.
Tại hội nghị, ông Huỳnh Văn Nam, Chủ tịch Ủy ban MTTQ thị xã Bến Cát, chia sẻ kinh nghiệm vận động các khu công nghiệp; bà Trần Thị Kim Hương, Chủ tịch Ủy ban MTTQ phường Thới Hòa, đề nghị mở rộng hỗ trợ cho công nhân thuê trọ lâu năm. Ông Lê Văn Dũng, Trưởng Ban công tác Mặt trận khu phố 3, phường Thới Hòa, cho biết khu phố đã vận động 46 nhà trọ giảm giá thuê cho công nhân mất việc.
Phát biểu chỉ đạo, đồng chí Võ Văn Mạnh đề nghị Mặt trận các cấp tiếp tục thực hiện Kế hoạch số 120-KH/TU ngày 3/4/2018 của Tỉnh ủy về giảm nghèo bền vững, không để hộ nào thiếu nhà ở, không để người dân nào không có Tết; chú ý chăm lo đối tượng người lao động ngoài tỉnh đang sinh sống trên địa bàn.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 42 tập thể, 30 cá nhân và các doanh nghiệp: Công ty Cổ phần Becamex IDC, Tổng Công ty Sản xuất - Xuất nhập khẩu Bình Dương. Các ông Trương Văn Đông, Nguyễn Hữu Lợi - Phó Chủ tịch Ủy ban MTTQ tỉnh công bố quyết định khen thưởng và trao biểu trưng ghi nhận cho 15 nhà hảo tâm ủng hộ từ 100 triệu đồng trở lên.
Trước khi bế mạc, hội nghị ra mắt Ban vận động Quỹ "Vì người nghèo" tỉnh năm 2019 với 25 thành viên. Danh sách hộ được hỗ trợ và các khoản thu, chi của Quỹ được công khai trên Cổng thông tin của Ủy ban MTTQ tỉnh.
Phương Lê
Tin liên quan
- Dĩ An trao 20 căn nhà Đại đoàn kết (14/12/2018)
- Hội nghị đại biểu các dân tộc thiểu số tỉnh (30/11/2018)
- Bàu Bàng: vận động hơn 3 tỷ đồng cho người nghèo (25/11/2018)
""", "2018-12-21", 'Vận động Quỹ "Vì người nghèo" vượt 126% kế hoạch',
E("tong_ket", "2018", "2018-12-20"),
[P("Võ Văn Mạnh", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Cúc", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Nam", "Chủ tịch Ủy ban MTTQ thị xã Bến Cát"),
 P("Trần Thị Kim Hương", "Chủ tịch Ủy ban MTTQ phường Thới Hòa"),
 P("Lê Văn Dũng", "Trưởng Ban công tác Mặt trận khu phố 3"),
 P("Trương Văn Đông", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Hữu Lợi", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("126%", 126, "%"), Q("hơn 63,2 tỷ đồng", 63200000000, "đồng", "over"), Q("126,4%", 126.4, "%"),
 Q("9,7 tỷ đồng", 9700000000, "đồng"), Q("168 căn nhà Đại đoàn kết", 168, "căn nhà Đại đoàn kết"),
 Q("50 triệu đồng/căn", 50000000, "đồng"), Q("95 căn nhà", 95, "căn nhà"), Q("12.600 phần quà Tết", 12600, "phần quà"),
 Q("8.900 thẻ bảo hiểm y tế", 8900, "thẻ bảo hiểm y tế"), Q("2.450 suất học bổng", 2450, "suất học bổng"),
 Q("132 xe đạp", 132, "xe đạp"), Q("2,5 triệu đồng", 2500000, "đồng"), Q("1.823 hộ nghèo", 1823, "hộ nghèo"),
 Q("0,57%", 0.57, "%"), Q("12 căn nhà", 12, "căn nhà"), Q("46 nhà trọ", 46, "nhà trọ"),
 Q("42 tập thể", 42, "tập thể"), Q("30 cá nhân", 30, "cá nhân"), Q("15 nhà hảo tâm", 15, "nhà hảo tâm"),
 Q("từ 100 triệu đồng trở lên", 100000000, "đồng", "over"), Q("25 thành viên", 25, "thành viên")],
[D("Kế hoạch", "120", "KH/TU", "2018-04-03", "Tỉnh ủy", "Kế hoạch số 120-KH/TU ngày 3/4/2018")],
[prov("Bình Dương"), com("Thới Hòa")],
["BÁO BÌNH DƯƠNG ONLINE", "Chính trị | Mặt trận - Đoàn thể", "Ảnh: Các đại biểu chụp ảnh lưu niệm.",
 "Vì người nghèo", "Ngôi nhà mơ ước", "Báo Bình Dương", "Công ty Cổ phần Becamex IDC",
 "Tổng Công ty Sản xuất - Xuất nhập khẩu Bình Dương"],
["Ngày 21/12/2018 | 17:20", "năm 2018", "năm 2017", "năm 2019"]))

PAGES.append(page("b9087-gialai-mttq-phanbo-2019", """
Báo Gia Lai điện tử
Chính trị - Xã hội / Mặt trận
12/04/2019 - 08:10
Gia Lai thống nhất phân bổ 10,5 tỷ đồng Quỹ "Vì người nghèo"
(GLO)- Sáng 11/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị phân bổ Quỹ "Vì người nghèo" năm 2019. Ông Huỳnh Văn Chí, Phó Chủ tịch Ủy ban MTTQ tỉnh, chủ trì. Tham dự có lãnh đạo Ủy ban MTTQ 17 huyện, thị xã, thành phố và đại diện các sở: Lao động - Thương binh và Xã hội, Tài chính, Xây dựng.
Theo báo cáo, đợt cao điểm năm 2018 Quỹ cấp tỉnh tiếp nhận gần 10,8 tỷ đồng. Hội nghị thống nhất phân bổ 10,5 tỷ đồng, trong đó xây mới 215 căn nhà Đại đoàn kết, mỗi căn 40 triệu đồng (8,6 tỷ đồng); sửa chữa 46 căn, mỗi căn 20 triệu đồng (920 triệu đồng); hỗ trợ 196 hộ nghèo phát triển sản xuất với số tiền 980 triệu đồng.
Theo ông Huỳnh Văn Chí, việc phân bổ căn cứ số hộ nghèo người dân tộc thiểu số và kết quả vận động của từng địa phương, ưu tiên các huyện Krông Pa, Ia Pa, Kông Chro có tỷ lệ hộ nghèo trên 30%. Hộ được hỗ trợ phải có đất ở ổn định, không tranh chấp và được bình xét tại hội nghị làng. Việc thực hiện theo Quy chế số 02/QC-MTTQ ngày 28/2/2019 của Ban Thường trực Ủy ban MTTQ tỉnh về quản lý, sử dụng Quỹ.
Góp ý tại hội nghị, ông Ksor Phước, Chủ tịch Ủy ban MTTQ huyện Krông Pa, đề nghị nâng mức hỗ trợ lên 50 triệu đồng/căn vì giá vật liệu tăng. Bà Rơ Châm H'Nhim, Chủ tịch Ủy ban MTTQ xã Ia Mlah, cho biết năm 2018 xã được hỗ trợ 14 căn nhà, đến nay 12 căn đã hoàn thành, nhiều hộ người Jrai đã có nhà kiên cố. Ông Đinh Văn Bỗ, già làng làng Kon Hoa, xã Đăk Pơ Pho, đề nghị cho dân làng góp gỗ, góp công để giảm chi phí.
Bà Siu H'Mai, Phó Chủ tịch Ủy ban MTTQ tỉnh, lưu ý năm 2018 còn 2 huyện chậm quyết toán, 5 căn nhà chưa hoàn thành đúng hạn; đề nghị các địa phương báo cáo tiến độ hằng quý, gửi hồ sơ nghiệm thu về Ban Thường trực trước ngày 30/11/2019.
Nhiều đại biểu cũng cho rằng, bên cạnh hỗ trợ nhà ở, cần dành nguồn quỹ phù hợp để hỗ trợ sinh kế như bò giống, cây cà phê, hồ tiêu, kèm theo hướng dẫn kỹ thuật, để hộ nghèo có thu nhập ổn định và thoát nghèo bền vững.
Kết luận hội nghị, ông Huỳnh Văn Chí đề nghị Ủy ban MTTQ các huyện phối hợp với Phòng Lao động - Thương binh và Xã hội rà soát kỹ danh sách; thực hiện tốt Chỉ thị số 12-CT/TU ngày 16/5/2017 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác giảm nghèo; phấn đấu năm 2019 giảm ít nhất 3% hộ nghèo người dân tộc thiểu số.
Minh Nguyệt
Tin liên quan
- Chư Sê: trao 10 căn nhà Đại đoàn kết (05/04/2019)
- Ia Grai vận động Quỹ Vì người nghèo được 1,2 tỷ đồng (28/03/2019)
- Tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới" (20/03/2019)
""", "2019-04-12", 'Gia Lai thống nhất phân bổ 10,5 tỷ đồng Quỹ "Vì người nghèo"',
E("hoi_nghi", "2019", "2019-04-11"),
[P("Huỳnh Văn Chí", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ksor Phước", "Chủ tịch Ủy ban MTTQ huyện Krông Pa"),
 P("Rơ Châm H'Nhim", "Chủ tịch Ủy ban MTTQ xã Ia Mlah"),
 P("Đinh Văn Bỗ", "già làng làng Kon Hoa"),
 P("Siu H'Mai", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("10,5 tỷ đồng", 10500000000, "đồng"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("gần 10,8 tỷ đồng", 10800000000, "đồng", "approx"), Q("215 căn nhà Đại đoàn kết", 215, "căn nhà Đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("8,6 tỷ đồng", 8600000000, "đồng"), Q("46 căn", 46, "căn"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("920 triệu đồng", 920000000, "đồng"), Q("196 hộ nghèo", 196, "hộ nghèo"),
 Q("980 triệu đồng", 980000000, "đồng"), Q("trên 30%", 30, "%", "over"), Q("50 triệu đồng/căn", 50000000, "đồng"),
 Q("14 căn nhà", 14, "căn nhà"), Q("12 căn", 12, "căn"), Q("2 huyện", 2, "huyện"), Q("5 căn nhà", 5, "căn nhà"),
 Q("ít nhất 3%", 3, "%", "over")],
[D("Quy chế", "02", "QC-MTTQ", "2019-02-28", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quy chế số 02/QC-MTTQ ngày 28/2/2019"),
 D("Chỉ thị", "12", "CT/TU", "2017-05-16", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 16/5/2017")],
[prov("Gia Lai"), com("Ia Mlah"), com("Đăk Pơ Pho")],
["Báo Gia Lai điện tử", "Chính trị - Xã hội / Mặt trận", "(GLO)", "Vì người nghèo"],
["12/04/2019 - 08:10", "năm 2019", "năm 2018"]))

PAGES.append(page("b9088-camau-mttq-giamsat-2019", """
BÁO CÀ MAU
Thời sự › Chính trị
Thứ Sáu, 23/08/2019 | 09:55
Thành viên đoàn giám sát kiểm tra căn nhà Đại đoàn kết tại ấp Kênh Tư.
Giám sát sử dụng Quỹ "Vì người nghèo" tại huyện Đầm Dơi
(CMO) Từ ngày 20 đến ngày 22/8, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh Cà Mau do bà Lữ Thị Ngọc Trinh, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn, giám sát việc quản lý, sử dụng Quỹ "Vì người nghèo" năm 2019 tại huyện Đầm Dơi và 3 xã Tân Thuận, Tạ An Khương, Quách Phẩm Bắc.
Cuộc giám sát được thực hiện theo Chương trình phối hợp số 15/CTr-MTTQ-BTT ngày 2/7/2019 và Kế hoạch số 47/KH-MTTQ-BTT ngày 26/7/2019 của Ban Thường trực Ủy ban MTTQ tỉnh, căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội.
Báo cáo của Ủy ban MTTQ huyện Đầm Dơi cho thấy, từ tháng 10/2018 đến tháng 7/2019, Quỹ các cấp trong huyện tiếp nhận 2,84 tỷ đồng, đã chi 2,31 tỷ đồng. Trong đó, xây 38 căn nhà Đại đoàn kết, mỗi căn 40 triệu đồng; sửa chữa 22 căn nhà; hỗ trợ 65 hộ nghèo phương tiện sinh kế (xuồng, lưới, máy bơm); thăm, tặng 1.100 phần quà cho hộ nghèo, hộ cận nghèo.
Kiểm tra thực tế 18 căn nhà, đoàn ghi nhận các căn nhà cơ bản đúng thiết kế, có biển Đại đoàn kết; tuy nhiên 2 căn xây chậm do ảnh hưởng triều cường, 1 hộ được hỗ trợ không còn ở địa phương mà chưa thu hồi, chuyển cho hộ khác. Việc mở sổ theo dõi thu, chi ở xã Quách Phẩm Bắc chưa đúng mẫu.
Ông Trần Văn Tâm, Chủ tịch Ủy ban MTTQ huyện Đầm Dơi, tiếp thu và cam kết khắc phục trong tháng 9. Ông Phạm Hoàng Em, Chủ tịch Ủy ban MTTQ xã Tân Thuận, cho biết xã đã lập tổ giám sát gồm 5 thành viên là đại diện Ban Thanh tra nhân dân, Hội Cựu chiến binh và người có uy tín trong ấp.
Qua trao đổi trực tiếp, các hộ được hỗ trợ đều phấn khởi, cho biết việc bình xét được thực hiện công khai tại cuộc họp ấp, có sự tham gia của Ban công tác Mặt trận, chi hội các đoàn thể. Nhiều hộ sau khi có nhà ở ổn định đã mạnh dạn vay vốn nuôi tôm, nuôi cua, trồng rừng đước để tăng thu nhập.
Bà Lữ Thị Ngọc Trinh đề nghị huyện sớm hoàn thành 2 căn nhà còn lại trước ngày 30/9/2019; công khai danh sách tại ấp, xã; thực hiện nghiêm việc quản lý Quỹ theo Thông tư liên tịch số 24/2016/TTLT-BTC-MTTQ và chỉ đạo của Trung ương Mặt trận. Đoàn sẽ tổng hợp kết quả, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh và kiến nghị UBND tỉnh.
Kim Cương
Tin liên quan
- Cà Mau: hơn 500 hộ nghèo được hỗ trợ nhà ở (15/08/2019)
- Ngọc Hiển trao 12 căn nhà Đại đoàn kết (09/08/2019)
- Hội nghị giao ban công tác Mặt trận 6 tháng đầu năm (12/07/2019)
- Năm Căn: ra mắt mô hình tiết kiệm vì người nghèo (03/07/2019)
""", "2019-08-23", 'Giám sát sử dụng Quỹ "Vì người nghèo" tại huyện Đầm Dơi',
E("giam_sat", "2019", "2019-08-20"),
[P("Lữ Thị Ngọc Trinh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Văn Tâm", "Chủ tịch Ủy ban MTTQ huyện Đầm Dơi"),
 P("Phạm Hoàng Em", "Chủ tịch Ủy ban MTTQ xã Tân Thuận")],
[Q("3 xã", 3, "xã"), Q("2,84 tỷ đồng", 2840000000, "đồng"), Q("2,31 tỷ đồng", 2310000000, "đồng"),
 Q("38 căn nhà Đại đoàn kết", 38, "căn nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("22 căn nhà", 22, "căn nhà"), Q("65 hộ nghèo", 65, "hộ nghèo"), Q("1.100 phần quà", 1100, "phần quà"),
 Q("18 căn nhà", 18, "căn nhà"), Q("2 căn", 2, "căn"), Q("1 hộ", 1, "hộ"), Q("5 thành viên", 5, "thành viên"),
 Q("2 căn nhà", 2, "căn nhà")],
[D("Chương trình phối hợp", "15", "CTr-MTTQ-BTT", "2019-07-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Chương trình phối hợp số 15/CTr-MTTQ-BTT ngày 2/7/2019"),
 D("Kế hoạch", "47", "KH-MTTQ-BTT", "2019-07-26", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 47/KH-MTTQ-BTT ngày 26/7/2019"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Thông tư liên tịch", "24", "2016/TTLT-BTC-MTTQ", None, None, "Thông tư liên tịch số 24/2016/TTLT-BTC-MTTQ")],
[prov("Cà Mau"), com("Tân Thuận"), com("Tạ An Khương"), com("Quách Phẩm Bắc")],
["BÁO CÀ MAU", "Thời sự › Chính trị", "Thành viên đoàn giám sát kiểm tra căn nhà Đại đoàn kết tại ấp Kênh Tư.",
 "(CMO)", "Vì người nghèo", "Quy chế giám sát và phản biện xã hội"],
["Thứ Sáu, 23/08/2019 | 09:55", "năm 2019", "tháng 10/2018", "tháng 7/2019", "tháng 9"]))
