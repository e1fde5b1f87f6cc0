from lib import *
PAGES = []

PAGES.append(page("b8003-binhdinh-giaibaochi-xaydungdang-2017", """
BÁO BÌNH ĐỊNH ONLINE
Chính trị > Xây dựng Đảng
T4, 21/06/2017 - 08:30
Lễ trao giải Báo chí về xây dựng Đảng tỉnh Bình Định lần thứ II: 29 tác phẩm đoạt giải
Chiều 20/6, nhân kỷ niệm 92 năm Ngày Báo chí cách mạng Việt Nam, Ban Tuyên giáo Tỉnh ủy phối hợp với Hội Nhà báo tỉnh tổ chức Lễ trao Giải báo chí về xây dựng Đảng tỉnh Bình Định lần thứ II - năm 2017. Đồng chí Hồ Quốc Dũng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh và đồng chí Phan Văn Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy, Trưởng Ban Chỉ đạo giải trao giải cho các tác giả.
Giải được tổ chức theo Kế hoạch số 71-KH/BTGTU ngày 05/9/2016 của Ban Tuyên giáo Tỉnh ủy, thực hiện Nghị quyết Trung ương 4 (khóa XII) và Chỉ thị số 05-CT/TW của Bộ Chính trị. Sau gần 9 tháng phát động, Ban Tổ chức nhận được 186 tác phẩm của 97 tác giả, nhóm tác giả thuộc các cơ quan báo chí địa phương, phóng viên thường trú và cộng tác viên. Hội đồng chấm giải đã chọn 29 tác phẩm để trao giải, gồm 2 giải A, 5 giải B, 8 giải C và 14 giải Khuyến khích.
Giải A (mỗi giải 12 triệu đồng) thuộc về loạt bài "Chuyện đảng viên ở vùng biển bãi ngang" của nhóm tác giả Trần Thị Hồng Phấn, Phó Tổng Biên tập Báo Bình Định, và Lê Văn Nam, phóng viên; phóng sự truyền hình "Chi bộ trên đỉnh Đak Mang" của Đài Phát thanh và Truyền hình tỉnh, nhóm tác giả Đinh Văn Hòa, Nguyễn Thị Thùy Linh, Đặng Minh Luân.
Giải B, mỗi giải 7 triệu đồng, trao cho các tác giả: Võ Thị Xuân Mai, Trương Công Định, Huỳnh Ngọc Thắng, Bùi Thanh Tâm và nhóm phóng viên Báo Quân khu 5. Giải C mỗi giải 4 triệu đồng; giải Khuyến khích mỗi giải 1,5 triệu đồng. Tổng giá trị giải thưởng là 112 triệu đồng.
Nhiều tác phẩm đi sâu phản ánh việc thực hiện Chỉ thị 05, 10-CT/TU của Ban Thường vụ Tỉnh ủy, nêu gương những bí thư chi bộ thôn gắn bó với dân, đồng thời phê phán biểu hiện "tự diễn biến", "tự chuyển hóa" trong một bộ phận cán bộ. Phóng sự "Chi bộ trên đỉnh Đak Mang" ghi lại hành trình của ông Đinh Văn Chăm, người dân tộc Ba Na, Bí thư Chi bộ làng O3, xã An Toàn, 20 năm vận động 74 hộ định canh định cư.
Phát biểu tại lễ trao giải, đồng chí Hồ Quốc Dũng khẳng định giải báo chí đã tạo kênh thông tin quan trọng để cấp ủy lắng nghe ý kiến nhân dân. Đồng chí đề nghị năm 2018 Ban Tổ chức nâng mức thưởng giải A lên không dưới 15 triệu đồng, mở thêm thể loại ảnh báo chí.
Dịp này, Hội Nhà báo tỉnh trao 20 suất hỗ trợ cho phóng viên, cộng tác viên có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng.
Hoài Thu
Lượt đọc: 2.347
Tin cùng chuyên mục
- Tọa đàm "Báo chí với công tác xây dựng Đảng" (15/06/2017)
- Hoài Nhơn: kết nạp 56 đảng viên mới (08/06/2017)
- Ban Tuyên giáo Tỉnh ủy giao ban báo chí tháng 5/2017 (30/05/2017)
""", "2017-06-21",
"Lễ trao giải Báo chí về xây dựng Đảng tỉnh Bình Định lần thứ II: 29 tác phẩm đoạt giải",
E("khac", None, "2017-06-20"),
[P("Hồ Quốc Dũng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phan Văn Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy", "Trưởng Ban Chỉ đạo giải"),
 P("Trần Thị Hồng Phấn", "Phó Tổng Biên tập Báo Bình Định"), P("Lê Văn Nam", "phóng viên"),
 P("Đinh Văn Hòa"), P("Nguyễn Thị Thùy Linh"), P("Đặng Minh Luân"),
 P("Võ Thị Xuân Mai"), P("Trương Công Định"), P("Huỳnh Ngọc Thắng"), P("Bùi Thanh Tâm"),
 P("Đinh Văn Chăm", "Bí thư Chi bộ làng O3")],
[Q("29 tác phẩm", 29, "tác phẩm"), Q("186 tác phẩm", 186, "tác phẩm"), Q("97 tác giả, nhóm tác giả", 97, "tác giả, nhóm tác giả"),
 Q("2 giải A", 2, "giải A"), Q("5 giải B", 5, "giải B"), Q("8 giải C", 8, "giải C"), Q("14 giải Khuyến khích", 14, "giải Khuyến khích"),
 Q("12 triệu đồng", 12000000, "đồng"), Q("7 triệu đồng", 7000000, "đồng"), Q("4 triệu đồng", 4000000, "đồng"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("112 triệu đồng", 112000000, "đồng"), Q("74 hộ", 74, "hộ"),
 Q("không dưới 15 triệu đồng", 15000000, "đồng", "over"), Q("20 suất hỗ trợ", 20, "suất hỗ trợ"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "71", "KH/BTGTU", "2016-09-05", "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch số 71-KH/BTGTU ngày 05/9/2016"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 10-CT/TU"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 10-CT/TU")],
[prov("Bình Định"), com("An Toàn")],
["BÁO BÌNH ĐỊNH ONLINE", "Chính trị > Xây dựng Đảng", "Chuyện đảng viên ở vùng biển bãi ngang", "Chi bộ trên đỉnh Đak Mang",
 "Đài Phát thanh và Truyền hình tỉnh", "Báo Quân khu 5", "tự diễn biến", "tự chuyển hóa", "Nghị quyết Trung ương 4 (khóa XII)",
 "Hội Nhà báo tỉnh", "Lượt đọc: 2.347"],
["T4, 21/06/2017 - 08:30", "lần thứ II", "92 năm", "năm 2017", "gần 9 tháng", "20 năm", "năm 2018", "Lượt đọc: 2.347", "khóa XII"]))

PAGES.append(page("b8004-caobang-khuyenhoc-hocbong-2017", """
HỘI KHUYẾN HỌC TỈNH CAO BẰNG
Trang chủ - Tin tức - Hoạt động khuyến học
Thứ Ba, ngày 12 tháng 09 năm 2017
Trao 215 suất học bổng "Tiếp sức đến trường" cho học sinh, sinh viên nghèo vượt khó
Sáng 11/9/2017, tại Hội trường UBND tỉnh, Hội Khuyến học tỉnh Cao Bằng phối hợp với Quỹ Bảo trợ trẻ em tỉnh tổ chức lễ trao học bổng "Tiếp sức đến trường" năm học 2017 - 2018. Dự buổi lễ có bà Đàm Thị Lưu, Phó Chủ tịch UBND tỉnh; ông Nông Văn Pác, Chủ tịch Hội Khuyến học tỉnh; ông Hoàng Văn Thạch, Giám đốc Sở Giáo dục và Đào tạo.
Học sinh nhận học bổng tại buổi lễ. Ảnh: Văn Trung
Năm nay, từ nguồn vận động của các doanh nghiệp, nhà hảo tâm và Quỹ Khuyến học, Hội đã trao 215 suất học bổng với tổng giá trị 398,5 triệu đồng. Trong đó có 35 suất dành cho tân sinh viên người dân tộc thiểu số đỗ đại học, mỗi suất 5 triệu đồng; 120 suất cho học sinh trung học phổ thông, mỗi suất 1,5 triệu đồng; 60 suất cho học sinh tiểu học và trung học cơ sở ở các xã biên giới, mỗi suất 800.000 đồng kèm 1 bộ sách giáo khoa.
Các em được nhận học bổng đều có hoàn cảnh đặc biệt khó khăn, mồ côi cha hoặc mẹ, thuộc hộ nghèo nhưng đạt học lực khá, giỏi. Tiêu biểu như em Lục Thị Hoa, dân tộc Nùng, xóm Nà Lủng, xã Đàm Thủy, đỗ Trường Đại học Y Dược Thái Nguyên với 27,5 điểm; em Triệu Văn Pấu, dân tộc Dao, xã Phan Thanh, đạt giải Ba học sinh giỏi quốc gia môn Địa lý; em Hoàng Thị Ngân, xã Trà Lĩnh, 12 năm liền là học sinh giỏi.
Danh sách nhà tài trợ lớn: Công ty Cổ phần Khoáng sản và Luyện kim Cao Bằng trao 100 triệu đồng; Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Cao Bằng trao 70 triệu đồng; ông Lý Văn Mạnh, Giám đốc Công ty TNHH Mạnh Hùng, trao 30 triệu đồng; Câu lạc bộ doanh nhân trẻ tỉnh trao 45 suất, mỗi suất 1 triệu đồng.
Theo Quyết định số 1234/QĐ-UBND ngày 25/8/2017 của UBND tỉnh, Quỹ Khuyến học tỉnh được bổ sung 500 triệu đồng từ ngân sách. Thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị về đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập, đến nay toàn tỉnh có 177 Hội Khuyến học xã, phường, thị trấn, 2.568 chi hội với hơn 98.000 hội viên; năm học 2016 - 2017 các cấp Hội đã trao trên 12.000 suất học bổng, phần thưởng trị giá khoảng 3,2 tỷ đồng.
Phát biểu tại buổi lễ, bà Đàm Thị Lưu đề nghị các em nỗ lực học tập để trở về xây dựng quê hương. Bà cũng đề nghị các sở, ngành, huyện tiếp tục thực hiện Kế hoạch số 56/KH-UBND về xây dựng mô hình "Gia đình học tập", "Dòng họ học tập", phấn đấu đến năm 2020 có 80% số hộ đạt danh hiệu "Gia đình học tập".
Thu Hương
Tin khác
- Hội Khuyến học huyện Hà Quảng trao 50 suất học bổng (05/09/2017)
- Tuyên dương 69 học sinh, sinh viên đạt thành tích xuất sắc (20/08/2017)
- Đại hội Hội Khuyến học huyện Bảo Lạc nhiệm kỳ 2017 - 2022 (10/08/2017)
""", "2017-09-12",
'Trao 215 suất học bổng "Tiếp sức đến trường" cho học sinh, sinh viên nghèo vượt khó',
E("trao_qua", None, "2017-09-11"),
[P("Đàm Thị Lưu", "Phó Chủ tịch UBND tỉnh"), P("Nông Văn Pác", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Hoàng Văn Thạch", "Giám đốc Sở Giáo dục và Đào tạo"),
 P("Lục Thị Hoa"), P("Triệu Văn Pấu"), P("Hoàng Thị Ngân"),
 P("Lý Văn Mạnh", "Giám đốc Công ty TNHH Mạnh Hùng")],
[Q("215 suất học bổng", 215, "suất học bổng"), Q("398,5 triệu đồng", 398500000, "đồng"),
 Q("35 suất", 35, "suất"), Q("5 triệu đồng", 5000000, "đồng"), Q("120 suất", 120, "suất"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("60 suất", 60, "suất"), Q("800.000 đồng", 800000, "đồng"),
 Q("27,5 điểm", 27.5, "điểm"), Q("100 triệu đồng", 100000000, "đồng"), Q("70 triệu đồng", 70000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("45 suất", 45, "suất"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("177 Hội Khuyến học xã, phường, thị trấn", 177, "Hội Khuyến học xã, phường, thị trấn"),
 Q("2.568 chi hội", 2568, "chi hội"), Q("hơn 98.000 hội viên", 98000, "hội viên", "over"),
 Q("trên 12.000 suất học bổng, phần thưởng", 12000, "suất học bổng, phần thưởng", "over"),
 Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("80%", 80, "%")],
[D("Quyết định", "1234", "QĐ-UBND", "2017-08-25", "UBND tỉnh", "Quyết định số 1234/QĐ-UBND ngày 25/8/2017"),
 D("Chỉ thị", "11", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 11-CT/TW"),
 D("Kế hoạch", "56", "KH-UBND", None, None, "Kế hoạch số 56/KH-UBND")],
[prov("Cao Bằng"), com("Đàm Thủy"), com("Phan Thanh"), com("Trà Lĩnh")],
["HỘI KHUYẾN HỌC TỈNH CAO BẰNG", "Trang chủ - Tin tức - Hoạt động khuyến học", "Học sinh nhận học bổng tại buổi lễ. Ảnh: Văn Trung",
 "Tiếp sức đến trường", "Quỹ Bảo trợ trẻ em tỉnh", "Trường Đại học Y Dược Thái Nguyên",
 "Công ty Cổ phần Khoáng sản và Luyện kim Cao Bằng", "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Cao Bằng",
 "Câu lạc bộ doanh nhân trẻ tỉnh", "Gia đình học tập", "Dòng họ học tập"],
["Thứ Ba, ngày 12 tháng 09 năm 2017", "năm học 2017 - 2018", "1 bộ sách giáo khoa", "12 năm", "năm học 2016 - 2017", "năm 2020"]))

PAGES.append(page("b8005-cantho-bdv-cuocthianh-danvankheo-2018", """
Ban Dân vận Thành ủy Cần Thơ
You are here: Trang chủ / Tin tức / Dân vận khéo
Cập nhật lúc 16:10 ngày 26/12/2018
Toàn cảnh buổi lễ.
Ban Dân vận Thành ủy tổng kết công tác năm 2018 và trao giải Cuộc thi ảnh "Dân vận khéo"
Ngày 25/12/2018, Ban Dân vận Thành ủy Cần Thơ tổ chức hội nghị tổng kết công tác dân vận năm 2018, triển khai nhiệm vụ năm 2019, kết hợp trao giải Cuộc thi ảnh "Dân vận khéo trên quê hương Cần Thơ". Đồng chí Lê Thị Mỹ Hạnh, Thành ủy viên, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì hội nghị.
Năm 2018, khối dân vận các cấp đã tham mưu cấp ủy ban hành Kế hoạch 84, 85-KH/TU về thực hiện Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị; vận động nhân dân hiến 46.300 m2 đất, đóng góp trên 31 tỷ đồng xây dựng 215 cây cầu, 160 km đường giao thông nông thôn. Toàn thành phố có 1.024 mô hình "Dân vận khéo", trong đó 87 mô hình được công nhận cấp thành phố.
Cuộc thi ảnh thu hút 112 tác giả với 534 tác phẩm. Ban Giám khảo chọn 25 tác phẩm trao giải:
- Giải Nhất (8.000.000 đồng): bộ ảnh "Cầu nông thôn - nghĩa tình dân vận" của tác giả Trần Văn Cưng, Phó Trưởng Ban Dân vận Huyện ủy Thới Lai.
- 2 giải Nhì (5.000.000 đồng/giải): tác giả Thạch Ngọc Sang, công chức văn hóa xã Trường Xuân A, và nhóm tác giả Nguyễn Thị Kiều, Lâm Thanh Tú.
- 3 giải Ba (3.000.000 đồng/giải): các tác giả Phan Văn Bé Hai, Huỳnh Thị Mộng Tuyền, Danh Hoàng Em.
- 19 giải Khuyến khích (1.000.000 đồng/giải).
Bộ ảnh đoạt giải Nhất ghi lại cảnh bà con ấp Trường Thạnh góp 1,2 tỷ đồng và hàng trăm ngày công làm 4 cây cầu bê tông thay cầu khỉ. Tác giả Trần Văn Cưng chia sẻ đã theo chân Tổ dân vận ấp suốt 3 tháng để có những khoảnh khắc chân thực.
Theo đánh giá của Ban Giám khảo, do ông Võ Thành Lợi, Phó Chủ tịch Hội Văn học nghệ thuật thành phố làm Trưởng ban, chất lượng ảnh năm nay cao hơn hẳn năm trước; khoảng 40% tác phẩm do cán bộ dân vận cơ sở tự chụp bằng điện thoại. Tổng kinh phí giải thưởng là 54 triệu đồng, do Ban Dân vận Thành ủy và Công ty Cổ phần Xây dựng Tây Đô tài trợ.
Các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Nguyễn Văn Đực, Trương Thị Bích Ngọc trao giải Ba và Khuyến khích. Ban cũng tặng giấy khen cho 18 tập thể, 32 cá nhân tiêu biểu trong phong trào thi đua "Dân vận khéo" năm 2018.
Phát biểu kết luận, đồng chí Lê Thị Mỹ Hạnh yêu cầu năm 2019 tiếp tục thực hiện Chỉ thị số 16-CT/TU của Ban Thường vụ Thành ủy về nâng cao chất lượng phong trào, phấn đấu 100% xã, phường có ít nhất 1 mô hình tiêu biểu cấp thành phố.
Minh Khoa
Lượt xem: 905
Tin liên quan
- Ô Môn: Hội thi Dân vận khéo năm 2018 (10/12/2018)
- Ban Dân vận Thành ủy giao ban khối dân vận quý IV (05/12/2018)
- Thốt Nốt xây 12 cây cầu từ nguồn vận động (22/11/2018)
""", "2018-12-26",
'Ban Dân vận Thành ủy tổng kết công tác năm 2018 và trao giải Cuộc thi ảnh "Dân vận khéo"',
E("tong_ket", "2018", "2018-12-25"),
[P("Lê Thị Mỹ Hạnh", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Văn Cưng", "Phó Trưởng Ban Dân vận Huyện ủy Thới Lai"),
 P("Thạch Ngọc Sang", "công chức văn hóa xã Trường Xuân A"), P("Nguyễn Thị Kiều"), P("Lâm Thanh Tú"),
 P("Phan Văn Bé Hai"), P("Huỳnh Thị Mộng Tuyền"), P("Danh Hoàng Em"),
 P("Võ Thành Lợi", "Phó Chủ tịch Hội Văn học nghệ thuật thành phố", "Trưởng ban"),
 P("Nguyễn Văn Đực", "Phó Trưởng Ban Dân vận Thành ủy"), P("Trương Thị Bích Ngọc", "Phó Trưởng Ban Dân vận Thành ủy")],
[Q("46.300 m2", 46300, "m2"), Q("trên 31 tỷ đồng", 31000000000, "đồng", "over"), Q("215 cây cầu", 215, "cây cầu"),
 Q("160 km", 160, "km"), Q("1.024 mô hình", 1024, "mô hình"), Q("87 mô hình", 87, "mô hình"),
 Q("112 tác giả", 112, "tác giả"), Q("534 tác phẩm", 534, "tác phẩm"), Q("25 tác phẩm", 25, "tác phẩm"),
 Q("8.000.000 đồng", 8000000, "đồng"), Q("2 giải Nhì", 2, "giải Nhì"), Q("5.000.000 đồng", 5000000, "đồng"),
 Q("3 giải Ba", 3, "giải Ba"), Q("3.000.000 đồng", 3000000, "đồng"),
 Q("19 giải Khuyến khích", 19, "giải Khuyến khích"), Q("1.000.000 đồng", 1000000, "đồng"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("khoảng 40%", 40, "%", "approx"), Q("54 triệu đồng", 54000000, "đồng"), Q("4 cây cầu bê tông", 4, "cây cầu bê tông"),
 Q("18 tập thể", 18, "tập thể"), Q("32 cá nhân tiêu biểu", 32, "cá nhân tiêu biểu"), Q("100%", 100, "%")],
[D("Kế hoạch", "84", "KH/TU", None, None, "Kế hoạch 84, 85-KH/TU"),
 D("Kế hoạch", "85", "KH/TU", None, None, "Kế hoạch 84, 85-KH/TU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 16-CT/TU")],
[prov("Cần Thơ"), com("Trường Xuân A")],
["Ban Dân vận Thành ủy Cần Thơ", "You are here: Trang chủ / Tin tức / Dân vận khéo", "Toàn cảnh buổi lễ.",
 "Dân vận khéo trên quê hương Cần Thơ", "Cầu nông thôn - nghĩa tình dân vận", "Tổ dân vận ấp", "Dân vận khéo", "Công ty Cổ phần Xây dựng Tây Đô"],
["Cập nhật lúc 16:10 ngày 26/12/2018", "năm 2019", "3 tháng", "1 mô hình", "Lượt xem: 905", "quý IV"]))

PAGES.append(page("b8006-thanhhoa-tuyenduong-hsg-2019", """
Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ >> Tin tức - Sự kiện >> Giáo dục
31.05.2019 | 15:25
Thanh Hóa trao thưởng gần 1,9 tỷ đồng cho học sinh giỏi và giáo viên
Chiều 30/5, UBND tỉnh Thanh Hóa tổ chức lễ tuyên dương, khen thưởng học sinh đạt giải quốc gia, quốc tế và giáo viên có học sinh đạt giải năm học 2018 - 2019. Dự buổi lễ có các đồng chí: Đỗ Trọng Hưng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Phạm Đăng Quyền, Phó Chủ tịch UBND tỉnh; Phạm Thị Hằng, Giám đốc Sở Giáo dục và Đào tạo.
Năm học 2018 - 2019, Thanh Hóa có 68 học sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia, đứng thứ 4 toàn quốc, trong đó có 3 giải Nhất, 19 giải Nhì, 24 giải Ba và 22 giải Khuyến khích; 2 học sinh đạt huy chương Olympic quốc tế. Đặc biệt, em Lê Hoàng Minh Phúc (Trường THPT chuyên Lam Sơn) giành Huy chương Vàng Olympic Vật lý quốc tế.
Theo Quyết định số 1820/QĐ-UBND ngày 22/5/2019 của Chủ tịch UBND tỉnh, mức thưởng như sau: học sinh đạt Huy chương Vàng quốc tế được thưởng 150 triệu đồng, Huy chương Bạc 100 triệu đồng; giải Nhất quốc gia 30 triệu đồng, giải Nhì 20 triệu đồng, giải Ba 15 triệu đồng, giải Khuyến khích 8 triệu đồng. Giáo viên trực tiếp bồi dưỡng được thưởng bằng 80% mức thưởng của học sinh. Tổng số tiền thưởng là 1.872 triệu đồng, được chi theo Nghị quyết số 65/2017/NQ-HĐND của HĐND tỉnh.
Ba em đạt giải Nhất quốc gia là: Nguyễn Thị Thanh Tâm (môn Ngữ văn), Trịnh Quốc Bảo (môn Hóa học) và Lò Văn Tuấn (môn Tin học), đều là học sinh Trường THPT chuyên Lam Sơn. Em Lò Văn Tuấn, người dân tộc Thái ở xã Trung Lý, huyện Mường Lát, là học sinh dân tộc thiểu số đầu tiên của tỉnh đạt giải Nhất môn Tin học. Em Hà Thị Hồng Nhung, dân tộc Mường, học sinh Trường THPT Dân tộc nội trú tỉnh, đạt Huy chương Bạc Olympic Sinh học quốc tế.
Thầy Lê Văn Đông, Tổ trưởng tổ Vật lý Trường THPT chuyên Lam Sơn, người trực tiếp bồi dưỡng em Minh Phúc, cho biết 5 năm qua tổ đã có 27 học sinh đạt giải quốc gia, 4 học sinh đạt huy chương quốc tế.
Phát biểu tại buổi lễ, đồng chí Đỗ Trọng Hưng biểu dương thành tích của thầy và trò, đề nghị ngành giáo dục tiếp tục thực hiện Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương về đổi mới căn bản, toàn diện giáo dục và đào tạo, quan tâm phát hiện, bồi dưỡng học sinh năng khiếu ở các huyện miền núi.
Dịp này, Quỹ Khuyến học tỉnh trao thêm 30 suất quà, mỗi suất 2 triệu đồng cho học sinh đạt giải có hoàn cảnh khó khăn.
Ngọc Huấn (Báo Thanh Hóa)
Các tin khác
- Khai mạc kỳ thi tuyển sinh vào lớp 10 Trường THPT chuyên Lam Sơn (28/05/2019)
- Hội nghị tổng kết năm học 2018 - 2019 (25/05/2019)
- 88 học sinh tham dự trại hè Hoàng Sa (20/05/2019)
""", "2019-05-31",
"Thanh Hóa trao thưởng gần 1,9 tỷ đồng cho học sinh giỏi và giáo viên",
E("khac", None, "2019-05-30"),
[P("Đỗ Trọng Hưng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"), P("Phạm Đăng Quyền", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Thị Hằng", "Giám đốc Sở Giáo dục và Đào tạo"),
 P("Lê Hoàng Minh Phúc"), P("Nguyễn Thị Thanh Tâm"), P("Trịnh Quốc Bảo"), P("Lò Văn Tuấn"), P("Hà Thị Hồng Nhung"),
 P("Lê Văn Đông", "Tổ trưởng tổ Vật lý Trường THPT chuyên Lam Sơn")],
[Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("68 học sinh", 68, "học sinh"),
 Q("3 giải Nhất", 3, "giải Nhất"), Q("19 giải Nhì", 19, "giải Nhì"), Q("24 giải Ba", 24, "giải Ba"),
 Q("22 giải Khuyến khích", 22, "giải Khuyến khích"), Q("2 học sinh", 2, "học sinh"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("100 triệu đồng", 100000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("15 triệu đồng", 15000000, "đồng"), Q("8 triệu đồng", 8000000, "đồng"),
 Q("80%", 80, "%"), Q("1.872 triệu đồng", 1872000000, "đồng"),
 Q("27 học sinh", 27, "học sinh"), Q("4 học sinh", 4, "học sinh"),
 Q("30 suất quà", 30, "suất quà"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "1820", "QĐ-UBND", "2019-05-22", "Chủ tịch UBND tỉnh", "Quyết định số 1820/QĐ-UBND ngày 22/5/2019"),
 D("Nghị quyết", "65", "2017/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 65/2017/NQ-HĐND"),
 D("Nghị quyết", "29", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 29-NQ/TW")],
[prov("Thanh Hóa"), com("Trung Lý")],
["Cổng thông tin điện tử tỉnh Thanh Hóa", "Trang chủ >> Tin tức - Sự kiện >> Giáo dục", "Trường THPT chuyên Lam Sơn",
 "Trường THPT Dân tộc nội trú tỉnh", "Quỹ Khuyến học tỉnh", "Olympic Vật lý quốc tế", "Báo Thanh Hóa"],
["31.05.2019 | 15:25", "năm học 2018 - 2019", "thứ 4", "5 năm"]))

PAGES.append(page("b8007-gialai-mttq-soket-traothuong-2019", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Vị trí: Trang chủ › Tin hoạt động › Mặt trận cơ sở
Hôm nay: Thứ Sáu, 08/11/2019
Ngày đăng: 19/07/2019 - 09:40
Sơ kết 6 tháng, khen thưởng 45 khu dân cư tiêu biểu: mỗi làng nhận 10 triệu đồng
Ngày 18/7/2019, Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2019 và trao thưởng cho các khu dân cư tiêu biểu trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Đồng chí Rơ Mah Tuân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Ksor H'Bơ Khăp, Nguyễn Hữu Quế.
6 tháng đầu năm, các cấp Mặt trận đã vận động Quỹ "Vì người nghèo" được trên 5,6 tỷ đồng, hỗ trợ xây mới 112 căn nhà Đại đoàn kết, sửa chữa 38 nhà; tổ chức 214 cuộc giám sát, 96 hội nghị phản biện xã hội; hòa giải thành 187/201 vụ việc ở cơ sở. Tỷ lệ hộ nghèo toàn tỉnh giảm còn 7,5%.
Theo Quyết định số 55/QĐ-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, 45 khu dân cư tiêu biểu mỗi nơi được thưởng 10 triệu đồng bằng hiện vật (âm ly, loa, bàn ghế nhà văn hóa), 15 cá nhân tiêu biểu mỗi người được thưởng 2 triệu đồng. Danh sách khu dân cư tiêu biểu có làng Plei Ơi, xã Ia Phang; làng Kon Sơ Lăl, xã Ya Ma; buôn Ma Hrai, xã Chư A Thai; tổ 3, phường Thắng Lợi...
Cá nhân tiêu biểu gồm: già làng Rơ Lan Kưn, người có uy tín làng Plei Ơi; bà Siu H'Nhiên, Trưởng Ban công tác Mặt trận làng Bông Pim; ông Đinh Văn Khiêu, Trưởng thôn Kon Sơ Lăl; ông A Hyum, Bí thư Chi bộ làng Đê Kôn; ông Nay Blơn và bà Kpă H'Ngim - người có uy tín xã Chư Răng; ông Phạm Văn Hòa, Chủ tịch Ủy ban MTTQ xã Ia Phang.
Già làng Rơ Lan Kưn, 72 tuổi, đã vận động 36 hộ trong làng hiến trên 4.000 m2 đất làm đường bê tông, vận động con cháu bỏ tục cúng bái khi ốm đau. Trong làng hiện không còn hộ theo "Hà Mòn", 100% trẻ em trong độ tuổi đến trường.
Hội nghị cũng trao 3 giải cho đơn vị xuất sắc trong Hội thi "Tuyên truyền viên Mặt trận giỏi" năm 2019: giải Nhất cho Ủy ban MTTQ huyện Chư Pưh (6 triệu đồng), giải Nhì huyện Kbang (4 triệu đồng), giải Ba thị xã An Khê (2,5 triệu đồng).
Phát biểu kết luận, đồng chí Rơ Mah Tuân yêu cầu 6 tháng cuối năm 2019 các cấp Mặt trận tập trung thực hiện Kế hoạch 12, 13/KH-MTTQ-BTT về chuẩn bị Đại hội đại biểu MTTQ các cấp nhiệm kỳ 2019 - 2024, hoàn thành hỗ trợ 200 căn nhà Đại đoàn kết trước ngày 30/9.
Đức Thụy
Tin cùng chuyên mục
- Ia Grai: Ngày hội Đại đoàn kết điểm tại làng Dư (02/07/2019)
- Mặt trận tỉnh giám sát việc thực hiện chính sách người có uy tín (25/06/2019)
- Đak Đoa: trao 20 căn nhà Đại đoàn kết (14/06/2019)
""", "2019-07-19",
"Sơ kết 6 tháng, khen thưởng 45 khu dân cư tiêu biểu: mỗi làng nhận 10 triệu đồng",
E("so_ket", "2019-H1", "2019-07-18"),
[P("Rơ Mah Tuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor H'Bơ Khăp", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Nguyễn Hữu Quế", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Rơ Lan Kưn", "già làng", "người có uy tín làng Plei Ơi"),
 P("Siu H'Nhiên", "Trưởng Ban công tác Mặt trận làng Bông Pim"), P("Đinh Văn Khiêu", "Trưởng thôn Kon Sơ Lăl"),
 P("A Hyum", "Bí thư Chi bộ làng Đê Kôn"), P("Nay Blơn", "người có uy tín xã Chư Răng"),
 P("Kpă H'Ngim", "người có uy tín xã Chư Răng"), P("Phạm Văn Hòa", "Chủ tịch Ủy ban MTTQ xã Ia Phang")],
[Q("45 khu dân cư tiêu biểu", 45, "khu dân cư tiêu biểu"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("trên 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("112 căn nhà Đại đoàn kết", 112, "căn nhà Đại đoàn kết"),
 Q("38 nhà", 38, "nhà"), Q("214 cuộc giám sát", 214, "cuộc giám sát"), Q("96 hội nghị phản biện xã hội", 96, "hội nghị phản biện xã hội"),
 Q("187/201 vụ việc", 187, "vụ việc"), Q("7,5%", 7.5, "%"),
 Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("36 hộ", 36, "hộ"), Q("trên 4.000 m2", 4000, "m2", "over"), Q("100%", 100, "%"),
 Q("3 giải", 3, "giải"), Q("6 triệu đồng", 6000000, "đồng"), Q("4 triệu đồng", 4000000, "đồng"), Q("2,5 triệu đồng", 2500000, "đồng"),
 Q("200 căn nhà Đại đoàn kết", 200, "căn nhà Đại đoàn kết")],
[D("Quyết định", "55", "QĐ-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 55/QĐ-MTTQ-BTT"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", None, None, "Kế hoạch 12, 13/KH-MTTQ-BTT"),
 D("Kế hoạch", "13", "KH-MTTQ-BTT", None, None, "Kế hoạch 12, 13/KH-MTTQ-BTT")],
[prov("Gia Lai"), com("Ia Phang"), com("Ya Ma"), com("Chư A Thai"), com("Thắng Lợi"), com("Chư Răng")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Vị trí: Trang chủ › Tin hoạt động › Mặt trận cơ sở",
 "Hôm nay: Thứ Sáu, 08/11/2019", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Hà Mòn",
 "Tuyên truyền viên Mặt trận giỏi"],
["Hôm nay: Thứ Sáu, 08/11/2019", "Ngày đăng: 19/07/2019 - 09:40", "6 tháng đầu năm 2019", "6 tháng cuối năm 2019",
 "72 tuổi", "nhiệm kỳ 2019 - 2024", "ngày 30/9", "tổ 3"]))

PAGES.append(page("b8008-longan-cuocthi-tructuyen-lichsudang-2020", """
BÁO LONG AN ONLINE - longan.vn
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa
18/08/2020 - 17:05
Trao giải cuộc thi trực tuyến tìm hiểu lịch sử Đảng bộ tỉnh: 87.562 lượt người dự thi
Ảnh: Lãnh đạo Ban Tuyên giáo Tỉnh ủy trao giải Nhất cho thí sinh Võ Thị Kim Thoa.
Sáng 17/8, Ban Tuyên giáo Tỉnh ủy Long An tổ chức lễ tổng kết, trao giải cuộc thi trực tuyến "Tìm hiểu 90 năm lịch sử Đảng bộ tỉnh Long An" chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XI. Do tình hình dịch Covid-19, lễ trao giải được tổ chức gọn nhẹ với 60 đại biểu, tuân thủ giãn cách theo Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ.
Đồng chí Trần Văn Hùng, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy; đồng chí Lê Thị Ngọc Diễm, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, Phó Trưởng ban Tổ chức cuộc thi dự và trao giải.
Cuộc thi diễn ra trong 8 tuần, theo Kế hoạch số 187-KH/BTGTU ngày 12/5/2020 của Ban Tuyên giáo Tỉnh ủy, thu hút 87.562 lượt người dự thi trên trang web của cuộc thi; thí sinh nhỏ tuổi nhất 12 tuổi, lớn tuổi nhất 81 tuổi. Đảng bộ huyện Cần Giuộc có số lượt người dự thi cao nhất với 11.204 lượt, chiếm 12,8%.
Ban Tổ chức trao 1 giải Nhất (5 triệu đồng), 2 giải Nhì (3 triệu đồng/giải), 3 giải Ba (2 triệu đồng/giải), 24 giải Khuyến khích (500 ngàn đồng/giải) cho 30 cá nhân có kết quả đúng nhất và thời gian làm bài ngắn nhất; 8 giải tuần, mỗi giải 1 triệu đồng; 3 giải tập thể cho các đảng bộ có nhiều lượt người dự thi, mỗi giải 3,5 triệu đồng.
Danh sách đạt giải cao: giải Nhất - Võ Thị Kim Thoa, giáo viên Trường THCS Long Hòa, xã Long Hòa; giải Nhì - Nguyễn Văn Hậu, Phó Bí thư Đoàn xã Phước Lợi, và Trương Minh Nhựt, đảng viên Chi bộ ấp 5, xã Mỹ Yên; giải Ba - Lê Thị Bé Tư, Huỳnh Công Danh, Đặng Thị Thu Sương. Ba đơn vị đạt giải tập thể: Đảng bộ huyện Cần Giuộc, Đảng bộ huyện Đức Hòa, Đảng bộ Khối cơ quan và doanh nghiệp tỉnh.
Chị Võ Thị Kim Thoa cho biết chị đã đọc kỹ cuốn Lịch sử Đảng bộ tỉnh Long An tập 1 (1930 - 1975) và mất 14 phút 35 giây để hoàn thành bài thi với 30/30 câu trả lời đúng.
Phát biểu tổng kết, đồng chí Trần Văn Hùng cho biết so với cuộc thi năm 2015, số lượt người dự thi tăng gần 3 lần, tỷ lệ đoàn viên, thanh niên dự thi chiếm trên 45%. Ban Tuyên giáo Tỉnh ủy sẽ phối hợp Tỉnh đoàn tổ chức tiếp cuộc thi tìm hiểu Nghị quyết Đại hội XIII của Đảng sau khi Đại hội diễn ra. Tổng kinh phí giải thưởng khoảng 45 triệu đồng.
Hữu Nhân
Tin liên quan
- Long An: 100% chi bộ hoàn thành đại hội nhiệm kỳ 2020 - 2025 (10/08/2020)
- Tọa đàm 90 năm Ngày truyền thống Đảng bộ tỉnh (30/07/2020)
- Cần Giuộc tập huấn báo cáo viên (20/07/2020)
""", "2020-08-18",
"Trao giải cuộc thi trực tuyến tìm hiểu lịch sử Đảng bộ tỉnh: 87.562 lượt người dự thi",
E("tong_ket", None, "2020-08-17"),
[P("Võ Thị Kim Thoa", "giáo viên Trường THCS Long Hòa"),
 P("Trần Văn Hùng", "Ủy viên Ban Thường vụ", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Lê Thị Ngọc Diễm", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "Phó Trưởng ban Tổ chức cuộc thi"),
 P("Nguyễn Văn Hậu", "Phó Bí thư Đoàn xã Phước Lợi"), P("Trương Minh Nhựt", "đảng viên Chi bộ ấp 5"),
 P("Lê Thị Bé Tư"), P("Huỳnh Công Danh"), P("Đặng Thị Thu Sương")],
[Q("87.562 lượt người", 87562, "lượt người"), Q("60 đại biểu", 60, "đại biểu"),
 Q("11.204 lượt", 11204, "lượt"), Q("12,8%", 12.8, "%"),
 Q("1 giải Nhất", 1, "giải Nhất"), Q("5 triệu đồng", 5000000, "đồng"), Q("2 giải Nhì", 2, "giải Nhì"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("3 giải Ba", 3, "giải Ba"), Q("2 triệu đồng", 2000000, "đồng"), Q("24 giải Khuyến khích", 24, "giải Khuyến khích"),
 Q("500 ngàn đồng", 500000, "đồng"), Q("30 cá nhân", 30, "cá nhân"), Q("8 giải tuần", 8, "giải tuần"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("3 giải tập thể", 3, "giải tập thể"), Q("3,5 triệu đồng", 3500000, "đồng"), Q("30/30 câu trả lời đúng", 30, "câu trả lời đúng"),
 Q("gần 3 lần", 3, "lần", "approx"), Q("trên 45%", 45, "%", "over"), Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx")],
[D("Chỉ thị", "19", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 19/CT-TTg"),
 D("Kế hoạch", "187", "KH/BTGTU", "2020-05-12", "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch số 187-KH/BTGTU ngày 12/5/2020")],
[prov("Long An"), com("Long Hòa"), com("Phước Lợi"), com("Mỹ Yên")],
["BÁO LONG AN ONLINE - longan.vn", "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa",
 "Ảnh: Lãnh đạo Ban Tuyên giáo Tỉnh ủy trao giải Nhất cho thí sinh Võ Thị Kim Thoa.",
 "Tìm hiểu 90 năm lịch sử Đảng bộ tỉnh Long An", "Lịch sử Đảng bộ tỉnh Long An", "Trường THCS Long Hòa",
 "Đảng bộ huyện Cần Giuộc", "Đảng bộ huyện Đức Hòa", "Đảng bộ Khối cơ quan và doanh nghiệp tỉnh", "Nghị quyết Đại hội XIII"],
["18/08/2020 - 17:05", "lần thứ XI", "8 tuần", "12 tuổi", "81 tuổi", "tập 1 (1930 - 1975)", "14 phút 35 giây", "năm 2015", "Ba đơn vị", "90 năm"]))
