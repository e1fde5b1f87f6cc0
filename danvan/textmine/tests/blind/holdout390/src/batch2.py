from lib import *
PAGES = []

PAGES.append(page("b9323-caobang-mttq-traoqua-tet-2017", """
BÁO CAO BẰNG ĐIỆN TỬ
Trang chủ :: Xã hội :: Vì người nghèo
Thứ Sáu, 20/01/2017, 14:32
Đồng chí Lục Văn Páo trao quà Tết cho người nghèo xã Lũng Nặm.
Ấm áp Tết vùng biên Hà Quảng
Ngày 19/1/2017, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Cao Bằng do đồng chí Lục Văn Páo, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã đến thăm, chúc Tết và trao 500 phần quà Tết Đinh Dậu cho hộ nghèo, hộ cận nghèo tại các xã Lũng Nặm, Vân An và Trường Hà, huyện Hà Quảng.
Mỗi phần quà gồm 300.000 đồng tiền mặt, 1 chăn bông, 5 kg gạo nếp và bánh kẹo, tổng trị giá 350 triệu đồng, do Ngân hàng TMCP Công Thương Việt Nam tài trợ thông qua Quỹ "Vì người nghèo" tỉnh. Cùng dịp, đoàn trao 3 căn nhà Đại đoàn kết cho các hộ người Nùng, người Mông đặc biệt khó khăn ở xã Lũng Nặm; mỗi căn nhà được hỗ trợ 50 triệu đồng.
Báo cáo với đoàn, ông Hoàng Văn Khẩu, Bí thư Đảng ủy xã Lũng Nặm, cho biết: Xã có 9 xóm với 1.236 nhân khẩu, tỷ lệ hộ nghèo còn 63,2%; nhiều hộ thiếu đất sản xuất, thiếu nước sinh hoạt vào mùa khô. Được sự quan tâm của cấp trên, năm 2016 xã đã xóa được 14 nhà tạm, làm mới 2 km đường bê tông liên xóm với sự góp công, hiến đất của nhân dân.
Thay mặt đoàn, đồng chí Lục Văn Páo chúc bà con đón Tết vui tươi, đầm ấm; đề nghị cấp ủy, chính quyền và Mặt trận xã tiếp tục thực hiện Chỉ thị số 58-CT/TU ngày 15/12/2016 của Ban Thường vụ Tỉnh ủy về tổ chức Tết Nguyên đán Đinh Dậu năm 2017, quan tâm chăm lo để không hộ nào không có Tết; vận động nhân dân giữ gìn an ninh biên giới, không nghe kẻ xấu lôi kéo vượt biên trái phép.
Bà Nông Thị Thoa, 68 tuổi, ở xóm Nà Giàng, xã Lũng Nặm, xúc động khi nhận quà: "Nhà tôi có hai mẹ con, con trai bị ốm lâu năm, Tết năm nay có quà của Mặt trận, có gạo, có chăn, mẹ con tôi mừng lắm".
Cũng trong dịp này, Ủy ban MTTQ tỉnh đã ban hành Công văn số 1256/MTTQ-BTT ngày 28/12/2016 đề nghị Mặt trận các huyện, thành phố phối hợp với các ngành, đoàn thể rà soát đối tượng, tổ chức thăm, tặng quà bảo đảm đúng người, công khai, không để trùng lặp. Tính đến ngày 18/1, Mặt trận các cấp trong tỉnh đã vận động được trên 4,1 tỷ đồng và 12.600 suất quà Tết; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Bế Thị Ngần, Triệu Đức Lâm được phân công dẫn các đoàn đi thăm, tặng quà ở các huyện Bảo Lâm, Hạ Lang, Trùng Khánh.
Bà Đàm Thị Mến, Chủ tịch Ủy ban MTTQ xã Vân An, cho biết Mặt trận xã đã phối hợp với chi hội phụ nữ các xóm tổ chức gói bánh chưng tặng người già neo đơn, vận động con em làm ăn xa quê gửi tiền ủng hộ hộ nghèo ăn Tết.
Thu Hằng
Lượt xem: 964
Tin liên quan
- Trao 200 suất quà Tết cho hộ nghèo huyện Bảo Lạc (17/01/2017)
- Hội nghị tổng kết công tác Mặt trận năm 2016 (06/01/2017)
- Ngày hội Đại đoàn kết ở xóm Phja Đén (18/11/2016)
- Trùng Khánh khánh thành 8 nhà Đại đoàn kết (02/11/2016)
""", "2017-01-20", "Ấm áp Tết vùng biên Hà Quảng",
E("trao_qua", None, "2017-01-19"),
[P("Lục Văn Páo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Khẩu", "Bí thư Đảng ủy xã Lũng Nặm"),
 P("Nông Thị Thoa"),
 P("Bế Thị Ngần", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Triệu Đức Lâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàm Thị Mến", "Chủ tịch Ủy ban MTTQ xã Vân An")],
[Q("500 phần quà", 500, "phần quà"), Q("300.000 đồng", 300000, "đồng"), Q("5 kg", 5, "kg"),
 Q("350 triệu đồng", 350000000, "đồng"), Q("3 căn nhà Đại đoàn kết", 3, "căn nhà Đại đoàn kết"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("9 xóm", 9, "xóm"), Q("1.236 nhân khẩu", 1236, "nhân khẩu"),
 Q("63,2%", 63.2, "%"), Q("14 nhà tạm", 14, "nhà tạm"), Q("2 km", 2, "km"),
 Q("trên 4,1 tỷ đồng", 4100000000, "đồng", "over"), Q("12.600 suất quà", 12600, "suất quà")],
[D("Chỉ thị", "58", "CT/TU", "2016-12-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 58-CT/TU ngày 15/12/2016"),
 D("Công văn", "1256", "MTTQ-BTT", "2016-12-28", "Ủy ban MTTQ tỉnh", "Công văn số 1256/MTTQ-BTT ngày 28/12/2016")],
[prov("Cao Bằng"), com("Lũng Nặm"), com("Vân An"), com("Trường Hà")],
["BÁO CAO BẰNG ĐIỆN TỬ", "Trang chủ :: Xã hội :: Vì người nghèo", "Đồng chí Lục Văn Páo trao quà Tết cho người nghèo xã Lũng Nặm.",
 "Ngân hàng TMCP Công Thương Việt Nam", "Vì người nghèo", "Nà Giàng", "Lượt xem: 964"],
["Thứ Sáu, 20/01/2017, 14:32", "1 chăn bông", "68 tuổi", "năm 2016", "Tết Nguyên đán Đinh Dậu năm 2017", "hai mẹ con",
 "Lượt xem: 964"]))

PAGES.append(page("b9324-bentre-mttq-taphuan-quy-2017", """
ỦY BAN MTTQ VIỆT NAM TỈNH BẾN TRE
Trang chủ | Tin tức | Tập huấn - Bồi dưỡng
11.05.2017 | 09:20
Nâng cao kỹ năng quản lý Quỹ "Vì người nghèo" cho cán bộ Mặt trận cơ sở
Trong 2 ngày 9 và 10/5/2017, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức lớp tập huấn nghiệp vụ vận động, quản lý, sử dụng Quỹ "Vì người nghèo" và xây dựng nhà Đại đoàn kết năm 2017 cho 164 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và cán bộ kế toán Quỹ cấp huyện.
Học viên trao đổi tại lớp tập huấn. Ảnh: Kim Ngân
Phát biểu khai mạc, bà Lê Thị Mộng Tuyền, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, cho biết năm 2016 Quỹ "Vì người nghèo" các cấp trong tỉnh tiếp nhận trên 19,7 tỷ đồng; xây mới 642 căn nhà Đại đoàn kết, sửa chữa 118 căn; hỗ trợ 1.530 lượt học sinh nghèo và 2.210 thẻ bảo hiểm y tế cho người cận nghèo. Tuy vậy, qua kiểm tra cho thấy ở 17 xã việc mở sổ sách theo dõi thu, chi Quỹ chưa đúng quy định, có nơi chậm công khai.
Tại lớp tập huấn, các học viên được ThS. Võ Minh Tâm, Trưởng phòng Tài chính hành chính sự nghiệp Sở Tài chính, hướng dẫn chế độ kế toán Quỹ; ông Đoàn Văn Bé, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, quán triệt Quyết định số 1289/QĐ-MTTW-BTT ngày 6/5/2016 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam ban hành quy chế quản lý Quỹ và Nghị định số 64/2008/NĐ-CP ngày 14/5/2008 của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện.
Các học viên cũng được giới thiệu Quy chế phối hợp số 03/QCPH-MTTQ-SLĐTBXH giữa Ủy ban MTTQ tỉnh và Sở Lao động - Thương binh và Xã hội trong rà soát hộ nghèo, cách lập hồ sơ đề nghị hỗ trợ nhà ở, quy trình bình xét công khai tại hội nghị khu dân cư. Theo quy định, mỗi căn nhà Đại đoàn kết được hỗ trợ 40 triệu đồng, diện tích tối thiểu 30 m2.
Trao đổi tại lớp học, ông Nguyễn Văn Chín, Chủ tịch Ủy ban MTTQ xã An Hiệp, chia sẻ cách vận động con em xa quê ở Thành phố Hồ Chí Minh góp được 180 triệu đồng cất 5 căn nhà cho hộ nghèo. Bà Huỳnh Thị Kiều, Phó Chủ tịch Ủy ban MTTQ xã Thạnh Phú Đông, đề nghị tỉnh sớm có hướng dẫn về hỗ trợ hộ nghèo bị ảnh hưởng xâm nhập mặn.
Bế mạc lớp tập huấn, bà Lê Thị Mộng Tuyền đề nghị mỗi xã, phường, thị trấn phải lập đủ sổ sách, thực hiện công khai thu, chi Quỹ mỗi quý một lần tại trụ sở và trên hệ thống truyền thanh; phấn đấu năm 2017 cả tỉnh xây mới ít nhất 700 căn nhà Đại đoàn kết.
Kim Ngân
Số lần xem: 388
Các tin đã đưa
- Giồng Trôm: trao 12 căn nhà Đại đoàn kết (04/05/2017)
- Sơ kết quý I công tác Mặt trận (12/04/2017)
- Ba Tri hỗ trợ 300 hộ nghèo bị hạn mặn (30/03/2017)
- Tập huấn công tác giám sát, phản biện xã hội (15/03/2017)
""", "2017-05-11", "Nâng cao kỹ năng quản lý Quỹ \"Vì người nghèo\" cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2017", "2017-05-09"),
[P("Lê Thị Mộng Tuyền", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Minh Tâm", "ThS.", "Trưởng phòng Tài chính hành chính sự nghiệp Sở Tài chính"),
 P("Đoàn Văn Bé", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Chín", "Chủ tịch Ủy ban MTTQ xã An Hiệp"),
 P("Huỳnh Thị Kiều", "Phó Chủ tịch Ủy ban MTTQ xã Thạnh Phú Đông")],
[Q("164 học viên", 164, "học viên"), Q("trên 19,7 tỷ đồng", 19700000000, "đồng", "over"),
 Q("642 căn nhà Đại đoàn kết", 642, "căn nhà Đại đoàn kết"), Q("118 căn", 118, "căn"),
 Q("1.530 lượt học sinh nghèo", 1530, "lượt học sinh nghèo"), Q("2.210 thẻ bảo hiểm y tế", 2210, "thẻ bảo hiểm y tế"),
 Q("17 xã", 17, "xã"), Q("40 triệu đồng", 40000000, "đồng"), Q("tối thiểu 30 m2", 30, "m2"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("5 căn nhà", 5, "căn nhà"),
 Q("ít nhất 700 căn nhà Đại đoàn kết", 700, "căn nhà Đại đoàn kết", "over")],
[D("Quyết định", "1289", "QĐ-MTTW-BTT", "2016-05-06", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Quyết định số 1289/QĐ-MTTW-BTT ngày 6/5/2016"),
 D("Nghị định", "64", "2008/NĐ-CP", "2008-05-14", "Chính phủ", "Nghị định số 64/2008/NĐ-CP ngày 14/5/2008"),
 D("Quy chế phối hợp", "03", "QCPH-MTTQ-SLĐTBXH", None, None, "Quy chế phối hợp số 03/QCPH-MTTQ-SLĐTBXH")],
[prov("Bến Tre"), com("An Hiệp"), com("Thạnh Phú Đông"), prov("Hồ Chí Minh")],
["ỦY BAN MTTQ VIỆT NAM TỈNH BẾN TRE", "Trang chủ | Tin tức | Tập huấn - Bồi dưỡng", "Học viên trao đổi tại lớp tập huấn. Ảnh: Kim Ngân",
 "Vì người nghèo", "Số lần xem: 388"],
["11.05.2017 | 09:20", "2 ngày", "năm 2016", "năm 2017", "mỗi quý một lần", "Số lần xem: 388"]))

PAGES.append(page("b9325-daklak-mttq-traoqua-tet-2018", """
Báo Đắk Lắk điện tử
Xã hội - Vì cộng đồng
Thứ Năm, 08/02/2018 - 07:45
Xuân sớm trên buôn làng Ea Súp
Chiều 7/2, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk phối hợp với Quỹ Bảo trợ trẻ em tỉnh tổ chức thăm, tặng 400 suất quà Tết Mậu Tuất cho hộ nghèo, hộ đồng bào dân tộc thiểu số tại xã Ia Rvê và xã Ia Lốp, huyện Ea Súp.
Bà con buôn Đrang Phốk nhận quà Tết.
Đoàn do bà H'Nơn Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn. Mỗi suất quà trị giá 500.000 đồng, gồm tiền mặt, gạo, dầu ăn, bánh kẹo; riêng 60 suất dành cho học sinh nghèo vượt khó có thêm cặp sách, áo ấm. Tổng kinh phí 215 triệu đồng trích từ Quỹ "Vì người nghèo" tỉnh và nguồn ủng hộ của các doanh nghiệp.
Ea Súp là huyện biên giới, có 25 dân tộc cùng sinh sống, tỷ lệ hộ nghèo trên 30%. Hai xã Ia Rvê, Ia Lốp có đông đồng bào Mông, Nùng, Dao từ các tỉnh phía Bắc di cư vào lập nghiệp; hiện còn 312 hộ di cư tự do chưa ổn định chỗ ở. Ông Sùng A Dình, Chủ tịch Ủy ban MTTQ xã Ia Rvê, cho biết trong năm 2017 xã đã được Quỹ "Vì người nghèo" huyện hỗ trợ xây 7 căn nhà Đại đoàn kết, mỗi căn 45 triệu đồng, và được Bộ đội Biên phòng giúp khoan 4 giếng nước.
Thăm hỏi bà con, bà H'Nơn Byă ghi nhận những nỗ lực của đồng bào trong lao động, sản xuất, giữ gìn an ninh trật tự vùng biên; đề nghị cấp ủy, chính quyền địa phương quan tâm giải quyết đất ở, đất sản xuất cho các hộ di cư theo Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số và miền núi giai đoạn 2017 - 2020.
Cùng đi với đoàn có các ông: Y Kriêng Êban, Ama Liêm - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Tại buôn Đrang Phốk, ông Y Kriêng Êban đã trao tặng 2 con bò giống cho hai hộ nghèo người Êđê để phát triển chăn nuôi; đồng thời đề nghị già làng, trưởng buôn tiếp tục vận động bà con đón Tết vui vẻ, an toàn, không uống rượu say, không đốt pháo, giữ gìn bản sắc văn hóa cồng chiêng của dân tộc.
Ông Hoàng Văn Tằng, người có uy tín thôn 2, xã Ia Lốp, bày tỏ: "Bà con người Nùng chúng tôi vào đây đã hơn mười năm, năm nào cũng được Đảng, Nhà nước quan tâm. Chúng tôi hứa sẽ vận động con cháu không phá rừng, không nghe kẻ xấu".
Cũng dịp Tết này, thực hiện Kế hoạch số 95/KH-MTTQ-BTT ngày 22/12/2017 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Mặt trận các cấp trong tỉnh đã trao gần 21.000 suất quà cho hộ nghèo, gia đình chính sách với tổng trị giá khoảng 8,5 tỷ đồng.
H'Xíu
Lượt xem: 1.502
Tin khác
- Krông Bông: bàn giao 10 nhà Đại đoàn kết (30/01/2018)
- Ban Dân vận Tỉnh ủy thăm, chúc Tết các chức sắc tôn giáo (25/01/2018)
- Lắk: trao 300 phần quà cho hộ nghèo (22/01/2018)
""", "2018-02-08", "Xuân sớm trên buôn làng Ea Súp",
E("trao_qua", None, "2018-02-07"),
[P("H'Nơn Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng A Dình", "Chủ tịch Ủy ban MTTQ xã Ia Rvê"),
 P("Y Kriêng Êban", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ama Liêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Tằng", "người có uy tín thôn 2")],
[Q("400 suất quà", 400, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("60 suất", 60, "suất"),
 Q("215 triệu đồng", 215000000, "đồng"), Q("25 dân tộc", 25, "dân tộc"), Q("trên 30%", 30, "%", "over"),
 Q("312 hộ di cư tự do", 312, "hộ di cư tự do"), Q("7 căn nhà Đại đoàn kết", 7, "căn nhà Đại đoàn kết"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("4 giếng nước", 4, "giếng nước"), Q("2 con bò giống", 2, "con bò giống"),
 Q("gần 21.000 suất quà", 21000, "suất quà", "approx"), Q("khoảng 8,5 tỷ đồng", 8500000000, "đồng", "approx")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Kế hoạch", "95", "KH-MTTQ-BTT", "2017-12-22", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 95/KH-MTTQ-BTT ngày 22/12/2017")],
[prov("Đắk Lắk"), com("Ia Rvê"), com("Ia Lốp")],
["Báo Đắk Lắk điện tử", "Xã hội - Vì cộng đồng", "Bà con buôn Đrang Phốk nhận quà Tết.", "Quỹ Bảo trợ trẻ em tỉnh",
 "Vì người nghèo", "Bộ đội Biên phòng", "Đrang Phốk", "Lượt xem: 1.502"],
["Thứ Năm, 08/02/2018 - 07:45", "Tết Mậu Tuất", "hai hộ nghèo", "Hai xã", "hơn mười năm", "năm 2017",
 "giai đoạn 2017 - 2020", "thôn 2", "Lượt xem: 1.502"]))

PAGES.append(page("b9326-travinh-mttq-daihoi-xa-2019", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN CẦU NGANG - TỈNH TRÀ VINH
Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể
21/06/2019 - 16:05
Ông Thạch Sóc Kha phát biểu tại Đại hội.
Đại hội đại biểu MTTQ Việt Nam xã Long Sơn lần thứ XI
Ngày 20/6/2019, Ủy ban MTTQ Việt Nam xã Long Sơn, huyện Cầu Ngang, tỉnh Trà Vinh tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XI, nhiệm kỳ 2019 - 2024. Đây là xã được chọn tổ chức đại hội điểm của huyện. Về dự có đồng chí Kim Thị Sô Phi, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cầu Ngang và 110 đại biểu đại diện cho hơn 9.800 nhân khẩu trong xã, trong đó người Khmer chiếm 72%.
Báo cáo tổng kết nhiệm kỳ 2014 - 2019 cho thấy, Mặt trận xã đã phối hợp thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau". Trong 5 năm, Quỹ "Vì người nghèo" xã vận động được 2,36 tỷ đồng, cùng nguồn hỗ trợ của cấp trên đã xây dựng 86 căn nhà Đại đoàn kết, sửa chữa 23 căn; trao 3.150 phần quà Tết cho hộ nghèo, hộ khó khăn; hỗ trợ 412 thẻ bảo hiểm y tế. Tỷ lệ hộ nghèo của xã giảm từ 21,6% xuống còn 7,9%.
Đại hội cũng chỉ ra hạn chế: việc vận động Quỹ ở một số ấp còn dựa vào nguồn hỗ trợ từ trên; vai trò giám sát của Ban Thanh tra nhân dân có lúc chưa phát huy.
Phát biểu chỉ đạo, đồng chí Kim Thị Sô Phi đề nghị nhiệm kỳ tới Mặt trận xã tiếp tục thực hiện Chỉ thị số 17-CT/TW ngày 18/3/2013 của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng hoạt động của Mặt trận Tổ quốc Việt Nam ở khu dân cư và Kế hoạch số 45-KH/HU ngày 12/3/2019 của Ban Thường vụ Huyện ủy về lãnh đạo đại hội Mặt trận các cấp; chú trọng vận động các chùa Khmer, các dòng họ tham gia giúp hộ nghèo.
Đại hội đã hiệp thương cử 37 vị vào Ủy ban MTTQ Việt Nam xã khóa XI. Tại hội nghị lần thứ nhất, ông Thạch Sóc Kha được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Long Sơn khóa XI; các ông, bà Sơn Thị Chanh Thu, Huỳnh Văn Thọ được cử làm Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Phát biểu nhận nhiệm vụ, ông Thạch Sóc Kha cam kết phấn đấu trong nhiệm kỳ mới xây thêm ít nhất 50 căn nhà Đại đoàn kết, không còn hộ nghèo ở nhà tạm. Đại hội cũng đã bầu 9 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XI.
Dịp này, Ủy ban MTTQ Việt Nam huyện tặng giấy khen cho 5 tập thể và 8 cá nhân có thành tích trong nhiệm kỳ. Thượng tọa Thạch Sa Vane, trụ trì chùa Long Sơn, đại diện chức sắc tôn giáo chúc mừng Đại hội.
Minh Kha
Tin liên quan
- Xã Kim Hòa tổ chức đại hội Mặt trận (14/06/2019)
- Trao 10 căn nhà Đại đoàn kết cho hộ nghèo xã Hiệp Mỹ Đông (06/06/2019)
- Hội nghị tiếp xúc cử tri trước kỳ họp thứ 7 (28/05/2019)
""", "2019-06-21", "Đại hội đại biểu MTTQ Việt Nam xã Long Sơn lần thứ XI",
E("dai_hoi", None, "2019-06-20"),
[P("Thạch Sóc Kha", "Chủ tịch Ủy ban MTTQ Việt Nam xã Long Sơn khóa XI"),
 P("Kim Thị Sô Phi", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cầu Ngang"),
 P("Sơn Thị Chanh Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Huỳnh Văn Thọ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Sa Vane", "Thượng tọa", "trụ trì chùa Long Sơn")],
[Q("110 đại biểu", 110, "đại biểu"), Q("hơn 9.800 nhân khẩu", 9800, "nhân khẩu", "over"), Q("72%", 72, "%"),
 Q("2,36 tỷ đồng", 2360000000, "đồng"), Q("86 căn nhà Đại đoàn kết", 86, "căn nhà Đại đoàn kết"),
 Q("23 căn", 23, "căn"), Q("3.150 phần quà", 3150, "phần quà"), Q("412 thẻ bảo hiểm y tế", 412, "thẻ bảo hiểm y tế"),
 Q("21,6%", 21.6, "%"), Q("7,9%", 7.9, "%"), Q("37 vị", 37, "vị"),
 Q("ít nhất 50 căn nhà Đại đoàn kết", 50, "căn nhà Đại đoàn kết", "over"), Q("9 đại biểu", 9, "đại biểu"),
 Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân")],
[D("Chỉ thị", "17", "CT/TW", "2013-03-18", "Ban Bí thư", "Chỉ thị số 17-CT/TW ngày 18/3/2013"),
 D("Kế hoạch", "45", "KH/HU", "2019-03-12", "Ban Thường vụ Huyện ủy", "Kế hoạch số 45-KH/HU ngày 12/3/2019")],
[prov("Trà Vinh"), com("Long Sơn")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN CẦU NGANG - TỈNH TRÀ VINH", "Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể",
 "Ông Thạch Sóc Kha phát biểu tại Đại hội.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Vì người nghèo", "Ban Thanh tra nhân dân"],
["21/06/2019 - 16:05", "lần thứ XI", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2014 - 2019", "5 năm", "khóa XI", "lần thứ nhất"]))

PAGES.append(page("b9327-hatinh-mttq-tongket-quy-2020", """
Báo Hà Tĩnh
Chính trị > Mặt trận - Đoàn thể
Cập nhật: 16:10, 29/12/2020 (GMT+7)
Hà Tĩnh: Hơn 96 tỷ đồng đến với người nghèo và vùng lũ trong năm 2020
(Baohatinh.vn) - Chiều 28/12, Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác vận động, quản lý, sử dụng Quỹ "Vì người nghèo" và Quỹ cứu trợ năm 2020. Đồng chí Võ Thị Hải Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Võ Thị Hải Yến phát biểu kết luận hội nghị. Ảnh: Phan Trâm
Năm 2020 là năm đặc biệt khó khăn khi Hà Tĩnh vừa chịu ảnh hưởng của dịch Covid-19, vừa hứng chịu liên tiếp các đợt mưa lũ lịch sử vào tháng 10. Với tinh thần "lá lành đùm lá rách", Mặt trận các cấp đã tiếp nhận hơn 96 tỷ đồng, trong đó Quỹ "Vì người nghèo" hơn 31,4 tỷ đồng, Quỹ cứu trợ gần 65 tỷ đồng. Từ nguồn Quỹ, các cấp đã hỗ trợ xây mới 587 nhà Đại đoàn kết, sửa chữa 164 nhà; trao 38.700 suất quà Tết Canh Tý cho hộ nghèo, hộ cận nghèo; hỗ trợ 112 hộ có nhà bị sập, trôi do lũ, mỗi hộ 30 triệu đồng.
Việc tiếp nhận, phân bổ nguồn cứu trợ được thực hiện theo Nghị định số 64/2008/NĐ-CP của Chính phủ và Quy chế phối hợp số 02/QCPH-MTTQ-UBND giữa Ban Thường trực Ủy ban MTTQ tỉnh và UBND tỉnh; công khai trên Báo Hà Tĩnh, Cổng thông tin điện tử tỉnh. Ban Thường trực cũng đã quán triệt Nghị định số 93/2019/NĐ-CP ngày 25/11/2019 của Chính phủ về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện.
Tại hội nghị, ông Phan Văn Cường, Chủ tịch Ủy ban MTTQ xã Cẩm Quan, chia sẻ: sau lũ, xã có 2.146 hộ bị ngập, Mặt trận xã đã phân phát hàng cứu trợ "đến tận tay" người dân bằng cách lập danh sách công khai tại từng thôn, không để xảy ra khiếu nại. Bà Nguyễn Thị Hoài Thu, Chủ tịch Ủy ban MTTQ xã Hương Trạch, đề nghị ưu tiên dựng nhà chống lũ cho các hộ nghèo ven sông Ngàn Sâu.
Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Đặng Quốc Hưng, Phó Bí thư Thường trực Tỉnh ủy, ghi nhận, biểu dương những kết quả đạt được; đề nghị năm 2021 Mặt trận tiếp tục thực hiện Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về giảm nghèo bền vững và xây dựng nhà an toàn tránh lũ, phấn đấu xóa hết nhà tạm cho hộ nghèo trước ngày 30/6/2021.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh đã tặng bằng khen cho 24 tập thể, 31 cá nhân; 14 doanh nghiệp được tặng thư cảm ơn vì đã có nhiều đóng góp cho Quỹ "Vì người nghèo" và công tác cứu trợ trong năm 2020.
Phan Trâm
Tin cùng chuyên mục
- Trao 50 nhà an toàn tránh lũ cho hộ nghèo Hương Khê (21/12/2020)
- Mặt trận tỉnh phân bổ đợt 3 nguồn cứu trợ lũ lụt (04/12/2020)
- Cẩm Xuyên bàn giao 20 nhà Đại đoàn kết (20/11/2020)
""", "2020-12-29", "Hà Tĩnh: Hơn 96 tỷ đồng đến với người nghèo và vùng lũ trong năm 2020",
E("tong_ket", "2020", "2020-12-28"),
[P("Võ Thị Hải Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Cường", "Chủ tịch Ủy ban MTTQ xã Cẩm Quan"),
 P("Nguyễn Thị Hoài Thu", "Chủ tịch Ủy ban MTTQ xã Hương Trạch"),
 P("Đặng Quốc Hưng", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("Hơn 96 tỷ đồng", 96000000000, "đồng", "over"), Q("hơn 31,4 tỷ đồng", 31400000000, "đồng", "over"),
 Q("gần 65 tỷ đồng", 65000000000, "đồng", "approx"), Q("587 nhà Đại đoàn kết", 587, "nhà Đại đoàn kết"),
 Q("164 nhà", 164, "nhà"), Q("38.700 suất quà", 38700, "suất quà"), Q("112 hộ", 112, "hộ"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("2.146 hộ", 2146, "hộ"),
 Q("24 tập thể", 24, "tập thể"), Q("31 cá nhân", 31, "cá nhân"), Q("14 doanh nghiệp", 14, "doanh nghiệp")],
[D("Nghị định", "64", "2008/NĐ-CP", None, "Chính phủ", "Nghị định số 64/2008/NĐ-CP"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND"),
 D("Nghị định", "93", "2019/NĐ-CP", "2019-11-25", "Chính phủ", "Nghị định số 93/2019/NĐ-CP ngày 25/11/2019"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU")],
[prov("Hà Tĩnh"), com("Cẩm Quan"), com("Hương Trạch")],
["Báo Hà Tĩnh", "Chính trị > Mặt trận - Đoàn thể", "(Baohatinh.vn)", "Đồng chí Võ Thị Hải Yến phát biểu kết luận hội nghị. Ảnh: Phan Trâm",
 "Vì người nghèo", "lá lành đùm lá rách", "Cổng thông tin điện tử tỉnh", "Ngàn Sâu"],
["Cập nhật: 16:10, 29/12/2020 (GMT+7)", "năm 2020", "tháng 10", "Covid-19", "Tết Canh Tý", "năm 2021"]))

PAGES.append(page("b9328-laocai-mttq-baocao-hdnd-2021", """
BÁO LÀO CAI
Thời sự › Chính trị › Kỳ họp HĐND tỉnh
Thứ Sáu, 10/12/2021
Mặt trận báo cáo kết quả chăm lo cho người nghèo năm 2021 trước HĐND tỉnh
Sáng 9/12, tại kỳ họp thứ 4, HĐND tỉnh Lào Cai khóa XVI, bà Sìn Thị Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã trình bày Báo cáo số 412/BC-MTTQ-BTT ngày 3/12/2021 về công tác Mặt trận tham gia xây dựng chính quyền và tổng hợp ý kiến, kiến nghị của cử tri, nhân dân năm 2021.
Quang cảnh phiên khai mạc kỳ họp.
Theo báo cáo, dù chịu tác động của dịch Covid-19, năm 2021 Quỹ "Vì người nghèo" các cấp trong tỉnh vẫn vận động được 26,4 tỷ đồng, vượt 10% kế hoạch. Mặt trận các cấp phối hợp hỗ trợ xây mới, sửa chữa 742 nhà Đại đoàn kết, trong đó 516 nhà cho hộ đồng bào Mông, Dao, Hà Nhì ở các huyện Bát Xát, Si Ma Cai, Mường Khương; dịp Tết Tân Sửu trao 41.600 suất quà cho hộ nghèo, gia đình chính sách, tổng trị giá khoảng 16 tỷ đồng.
Hoạt động giám sát, phản biện xã hội được chú trọng: Ủy ban MTTQ tỉnh chủ trì 6 cuộc giám sát chuyên đề, trong đó có giám sát việc thực hiện Kết luận 07, 08-KL/TU của Ban Thường vụ Tỉnh ủy về hỗ trợ nhà ở cho hộ nghèo và xây dựng nông thôn mới ở các xã đặc biệt khó khăn. Qua giám sát đã kiến nghị điều chỉnh danh sách 97 hộ không đúng đối tượng.
Báo cáo nêu 128 ý kiến, kiến nghị của cử tri gửi đến kỳ họp, tập trung vào mức hỗ trợ làm nhà còn thấp so với giá vật liệu, tiến độ giải ngân vốn chương trình mục tiêu quốc gia, tình trạng sạt lở đất đe dọa nhà ở tại 23 thôn vùng cao. Cử tri xã Y Tý đề nghị sớm bố trí tái định cư cho 46 hộ ở vùng nguy cơ cao.
Ủy ban MTTQ tỉnh kiến nghị HĐND, UBND tỉnh bố trí thêm kinh phí đối ứng để nâng mức hỗ trợ xây nhà Đại đoàn kết từ 40 triệu đồng lên 50 triệu đồng/căn đối với hộ nghèo ở xã biên giới; chỉ đạo thực hiện nghiêm Nghị quyết số 10-NQ/TU ngày 16/8/2021 của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững giai đoạn 2021 - 2025.
Trao đổi bên lề kỳ họp, đại biểu Ly Seo Chứ, Bí thư Đảng ủy xã Sán Chải, cho biết năm 2021 xã đã xóa được 38 nhà tạm nhờ nguồn Quỹ "Vì người nghèo" kết hợp với sự giúp đỡ của các đồn biên phòng; bà Tẩn Mẩy Chòi, Chủ tịch Ủy ban MTTQ xã Y Tý, mong muốn Mặt trận tỉnh tiếp tục kết nối các doanh nghiệp hỗ trợ học sinh bán trú.
Kỳ họp cũng nghe đồng chí Lù Văn Tẩn, Phó Chủ tịch UBND tỉnh báo cáo giải trình về các kiến nghị liên quan đến chính sách nhà ở cho hộ nghèo và sắp xếp dân cư.
Hồng Duyên
Lượt xem: 713
Tin liên quan
- Kỳ họp thứ 4 HĐND tỉnh khóa XVI khai mạc (09/12/2021)
- Bát Xát trao 30 nhà Đại đoàn kết (25/11/2021)
- Mặt trận tỉnh phát động Tháng cao điểm "Vì người nghèo" (18/10/2021)
""", "2021-12-10", "Mặt trận báo cáo kết quả chăm lo cho người nghèo năm 2021 trước HĐND tỉnh",
E("bao_cao", "2021", "2021-12-09"),
[P("Sìn Thị Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ly Seo Chứ", "Bí thư Đảng ủy xã Sán Chải"),
 P("Tẩn Mẩy Chòi", "Chủ tịch Ủy ban MTTQ xã Y Tý"),
 P("Lù Văn Tẩn", "Phó Chủ tịch UBND tỉnh")],
[Q("26,4 tỷ đồng", 26400000000, "đồng"), Q("10%", 10, "%"), Q("742 nhà Đại đoàn kết", 742, "nhà Đại đoàn kết"),
 Q("516 nhà", 516, "nhà"), Q("41.600 suất quà", 41600, "suất quà"), Q("khoảng 16 tỷ đồng", 16000000000, "đồng", "approx"),
 Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"), Q("97 hộ", 97, "hộ"),
 Q("128 ý kiến, kiến nghị", 128, "ý kiến, kiến nghị"), Q("23 thôn vùng cao", 23, "thôn vùng cao"), Q("46 hộ", 46, "hộ"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("50 triệu đồng/căn", 50000000, "đồng"), Q("38 nhà tạm", 38, "nhà tạm")],
[D("Báo cáo", "412", "BC-MTTQ-BTT", "2021-12-03", None, "Báo cáo số 412/BC-MTTQ-BTT ngày 3/12/2021"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Nghị quyết", "10", "NQ/TU", "2021-08-16", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU ngày 16/8/2021")],
[prov("Lào Cai"), com("Y Tý"), com("Sán Chải")],
["BÁO LÀO CAI", "Thời sự › Chính trị › Kỳ họp HĐND tỉnh", "Quang cảnh phiên khai mạc kỳ họp.", "Vì người nghèo", "Lượt xem: 713"],
["Thứ Sáu, 10/12/2021", "kỳ họp thứ 4", "khóa XVI", "năm 2021", "Covid-19", "Tết Tân Sửu", "giai đoạn 2021 - 2025", "Lượt xem: 713"]))
