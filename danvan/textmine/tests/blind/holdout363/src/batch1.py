from lib import *
PAGES = []

PAGES.append(page("b8669-namdinh-mttq-hoinghi-thue-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NAM ĐỊNH
Trang chủ > Hoạt động Mặt trận > Mặt trận cơ sở
Thứ Năm, 18/08/2011 - 09:30
Mặt trận và ngành Thuế phối hợp vận động hộ kinh doanh kê khai thuế
Ngày 16/8/2011, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Hải Hậu phối hợp với Chi cục Thuế huyện tổ chức hội nghị triển khai công tác phối hợp vận động hộ kinh doanh cá thể kê khai, nộp thuế năm 2011. Dự hội nghị có ông Trần Văn Khoát, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Vũ Thị Hằng, HUV, Chủ tịch Ủy ban MTTQ huyện Hải Hậu cùng 64 đại biểu là chủ tịch Ủy ban MTTQ, trưởng ban công tác Mặt trận các xã, thị trấn.
Toàn cảnh hội nghị. Ảnh: Đức Thắng
Theo ông Đỗ Minh Tuấn, Chi cục trưởng Chi cục Thuế huyện Hải Hậu, đến hết tháng 7, toàn huyện có 3.418 hộ kinh doanh cá thể đang hoạt động, trong đó 2.960 hộ nộp thuế theo phương pháp khoán; còn khoảng 450 hộ kinh doanh nhỏ ở các chợ quê, ven đường chưa được đưa vào quản lý thuế. Số thu từ khu vực kinh tế ngoài quốc doanh 7 tháng đạt 18,6 tỷ đồng, bằng 61% dự toán. Việc thực hiện Thông tư số 28/2011/TT-BTC ngày 28/2/2011 của Bộ Tài chính hướng dẫn Luật Quản lý thuế đã giúp thủ tục kê khai đơn giản hơn, song nhiều hộ vẫn ngại đến cơ quan thuế.
Hội nghị đã ký kết Quy chế phối hợp số 02/QCPH-MTTQ-CCT giữa Ban Thường trực Ủy ban MTTQ huyện và Chi cục Thuế. Theo đó, Mặt trận các xã sẽ lồng ghép tuyên truyền chính sách thuế vào các buổi họp khu dân cư và cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; các ban công tác Mặt trận nắm số hộ mới mở cửa hàng, cung cấp cho đội thuế liên xã. Mỗi năm, hai bên tổ chức ít nhất 2 đợt đối thoại với hộ kinh doanh tại các chợ lớn như chợ Cồn, chợ Thịnh Long.
Nhiều ý kiến tại hội nghị đề nghị công khai mức thuế khoán tại trụ sở UBND xã và nhà văn hóa xóm. Ông Phạm Văn Nghĩa, Chủ tịch Ủy ban MTTQ thị trấn Yên Định, cho biết sau khi niêm yết công khai, thị trấn đã vận động được 37 hộ tự nguyện đăng ký kinh doanh, nộp thuế môn bài. Bà Nguyễn Thị Thoa, Trưởng ban công tác Mặt trận xóm 5, xã Hải Đông, kiến nghị xem xét miễn thuế cho các hộ bán hàng rong có thu nhập thấp.
Phát biểu chỉ đạo, ông Trần Văn Khoát ghi nhận cách làm của Hải Hậu và đề nghị nhân rộng ra các huyện Giao Thủy, Nghĩa Hưng; đồng thời yêu cầu cán bộ Mặt trận gương mẫu, vận động gia đình mình thực hiện nghĩa vụ thuế trước. Theo kế hoạch số 17/KH-MTTQ ngày 5/8/2011 của Ban Thường trực Ủy ban MTTQ huyện, từ nay đến hết năm 2011 sẽ có 35 xã, thị trấn tổ chức họp dân về chính sách thuế.
Được biết, năm 2011 Cục Thuế tỉnh Nam Định giao Chi cục Thuế Hải Hậu dự toán thu ngoài quốc doanh 30,5 tỷ đồng. Ông Đỗ Minh Tuấn cho rằng nếu có sự vào cuộc của Mặt trận ở từng xóm, số hộ kê khai sẽ tăng, giảm tình trạng so bì giữa hộ đã nộp thuế và hộ chưa nộp.
Phạm Hà
Tin liên quan
- Hải Hậu: 120 hộ nghèo được tặng quà nhân dịp 2/9 (12/08/2011)
- Xuân Trường sơ kết cuộc vận động "Ngày vì người nghèo" (05/08/2011)
- Ủy ban MTTQ tỉnh giám sát việc thu các khoản đóng góp ở nông thôn (28/07/2011)
""", "2011-08-18", "Mặt trận và ngành Thuế phối hợp vận động hộ kinh doanh kê khai thuế",
E("hoi_nghi", "2011", "2011-08-16"),
[P("Trần Văn Khoát", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Thị Hằng", "HUV", "Chủ tịch Ủy ban MTTQ huyện Hải Hậu"),
 P("Đỗ Minh Tuấn", "Chi cục trưởng Chi cục Thuế huyện Hải Hậu"),
 P("Phạm Văn Nghĩa", "Chủ tịch Ủy ban MTTQ thị trấn Yên Định"),
 P("Nguyễn Thị Thoa", "Trưởng ban công tác Mặt trận xóm 5")],
[Q("64 đại biểu", 64, "đại biểu"), Q("3.418 hộ kinh doanh cá thể", 3418, "hộ kinh doanh cá thể"),
 Q("2.960 hộ", 2960, "hộ"), Q("khoảng 450 hộ kinh doanh nhỏ", 450, "hộ kinh doanh nhỏ", "approx"),
 Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("61%", 61, "%"), Q("ít nhất 2 đợt đối thoại", 2, "đợt đối thoại", "over"),
 Q("37 hộ", 37, "hộ"), Q("35 xã, thị trấn", 35, "xã, thị trấn"), Q("30,5 tỷ đồng", 30500000000, "đồng")],
[D("Thông tư", "28", "2011/TT-BTC", "2011-02-28", "Bộ Tài chính", "Thông tư số 28/2011/TT-BTC ngày 28/2/2011"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-CCT", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-CCT"),
 D("Kế hoạch", "17", "KH-MTTQ", "2011-08-05", "Ban Thường trực Ủy ban MTTQ huyện", "kế hoạch số 17/KH-MTTQ ngày 5/8/2011")],
[prov("Nam Định"), com("Yên Định"), com("Hải Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NAM ĐỊNH", "Trang chủ > Hoạt động Mặt trận > Mặt trận cơ sở",
 "Toàn cảnh hội nghị. Ảnh: Đức Thắng", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Luật Quản lý thuế",
 "chợ Cồn", "chợ Thịnh Long"],
["Thứ Năm, 18/08/2011 - 09:30", "tháng 7", "7 tháng", "năm 2011", "xóm 5"]))

PAGES.append(page("b8670-thanhhoa-bdvhu-soket-thue-2012", """
Báo Thanh Hóa điện tử
Thời sự | Chính trị | Dân vận
Cập nhật: 14:05, 12/07/2012 (GMT+7)
Ảnh: Quang cảnh hội nghị sơ kết.
Vận động hộ kinh doanh nộp thuế: thu ngân sách ngoài quốc doanh tăng 18%
(Baothanhhoa.vn) - Ngày 10/7, Ban Dân vận Huyện ủy Tĩnh Gia tổ chức hội nghị sơ kết 6 tháng đầu năm 2012 thực hiện Đề án số 03-ĐA/HU của Ban Thường vụ Huyện ủy về "Vận động hộ kinh doanh cá thể chấp hành pháp luật thuế giai đoạn 2011 - 2015". Đồng chí Lê Thị Hương, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị. Dự có các đồng chí Phó Chủ tịch UBND huyện: Nguyễn Văn Hòa, Lê Đình Thắng.
Báo cáo sơ kết cho thấy, 6 tháng qua khối dân vận các cấp phối hợp với Chi cục Thuế rà soát 4.126 hộ kinh doanh trên địa bàn, đưa thêm 312 hộ vào diện quản lý thuế, nâng tổng số hộ nộp thuế khoán lên 3.874 hộ. Thu ngân sách từ khu vực ngoài quốc doanh đạt 42,3 tỷ đồng, tăng 18% so với cùng kỳ. Thực hiện Nghị quyết số 08/2011/QH13 của Quốc hội về bổ sung một số giải pháp về thuế, huyện đã miễn thuế khoán cho 1.046 hộ kinh doanh nhà trọ, cho thuê nhà cho công nhân khu kinh tế Nghi Sơn với tổng số tiền gần 1,2 tỷ đồng.
Các tổ chức chính trị - xã hội đã tổ chức 58 buổi tuyên truyền lồng ghép, in và phát hơn 6.000 tờ rơi về chính sách thuế. Hội Liên hiệp Phụ nữ huyện vận động 215 hội viên là chủ hộ kinh doanh ký cam kết thực hiện đúng nghĩa vụ thuế; Huyện đoàn duy trì 12 đội thanh niên tình nguyện hướng dẫn hộ kinh doanh làm thủ tục.
Tại hội nghị, ông Lê Văn Cường, Phó Chi cục trưởng Chi cục Thuế huyện, thừa nhận việc ấn định mức thuế ở một số chợ còn chưa sát doanh thu thực tế, gây thắc mắc trong tiểu thương. Đồng chí Hoàng Văn Đức, Bí thư Đảng ủy xã Hải Thanh, cho biết xã đã thành lập Hội đồng tư vấn thuế gồm 7 thành viên, trong đó có đại diện Mặt trận và Hội Nông dân, nên việc bình xét công khai, ít khiếu nại. Bà Mai Thị Lý, tiểu thương chợ Còng, mong cơ quan thuế thông báo sớm mức thuế để hộ chủ động.
Cũng theo báo cáo, vẫn còn 9 xã, thị trấn có tỷ lệ hộ kinh doanh nợ đọng thuế trên 5%; số nợ thuế của hộ cá thể toàn huyện đến 30/6 là 1,56 tỷ đồng. Một số cấp ủy cơ sở chưa coi vận động nộp thuế là nhiệm vụ của khối dân vận mà khoán trắng cho ngành thuế.
Kết luận hội nghị, đồng chí Lê Thị Hương đề nghị 6 tháng cuối năm, các xã, thị trấn tiếp tục thực hiện kế hoạch số 21-KH/BDVHU ngày 2/3/2012 của Ban Dân vận Huyện ủy; phấn đấu đến cuối năm 2012 có 100% hộ kinh doanh có địa điểm cố định được cấp mã số thuế; kịp thời biểu dương những hộ gương mẫu.
Lê Hà
Tin khác
- Tĩnh Gia: Hơn 300 hộ dân bàn giao mặt bằng cho dự án lọc hóa dầu (05/07/2012)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận chính quyền tại Như Thanh (28/06/2012)
- Nông Cống xây dựng 20 mô hình "Dân vận khéo" (20/06/2012)
""", "2012-07-12", "Vận động hộ kinh doanh nộp thuế: thu ngân sách ngoài quốc doanh tăng 18%",
E("so_ket", "2012-H1", "2012-07-10"),
[P("Lê Thị Hương", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Hòa", "Phó Chủ tịch UBND huyện"), P("Lê Đình Thắng", "Phó Chủ tịch UBND huyện"),
 P("Lê Văn Cường", "Phó Chi cục trưởng Chi cục Thuế huyện"),
 P("Hoàng Văn Đức", "Bí thư Đảng ủy xã Hải Thanh"),
 P("Mai Thị Lý", "tiểu thương chợ Còng")],
[Q("18%", 18, "%"), Q("4.126 hộ kinh doanh", 4126, "hộ kinh doanh"), Q("312 hộ", 312, "hộ"), Q("3.874 hộ", 3874, "hộ"),
 Q("42,3 tỷ đồng", 42300000000, "đồng"),
 Q("1.046 hộ kinh doanh nhà trọ, cho thuê nhà", 1046, "hộ kinh doanh nhà trọ, cho thuê nhà"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("58 buổi tuyên truyền lồng ghép", 58, "buổi tuyên truyền lồng ghép"),
 Q("hơn 6.000 tờ rơi", 6000, "tờ rơi", "over"), Q("215 hội viên", 215, "hội viên"),
 Q("12 đội thanh niên tình nguyện", 12, "đội thanh niên tình nguyện"), Q("7 thành viên", 7, "thành viên"), Q("9 xã, thị trấn", 9, "xã, thị trấn"), Q("trên 5%", 5, "%", "over"),
 Q("1,56 tỷ đồng", 1560000000, "đồng"),
 Q("100% hộ kinh doanh", 100, "%")],
[D("Đề án", "03", "ĐA/HU", None, "Ban Thường vụ Huyện ủy", "Đề án số 03-ĐA/HU"),
 D("Nghị quyết", "08", "2011/QH13", None, "Quốc hội", "Nghị quyết số 08/2011/QH13"),
 D("Kế hoạch", "21", "KH/BDVHU", "2012-03-02", "Ban Dân vận Huyện ủy", "kế hoạch số 21-KH/BDVHU ngày 2/3/2012")],
[prov("Thanh Hóa"), com("Hải Thanh")],
["Báo Thanh Hóa điện tử", "Thời sự | Chính trị | Dân vận", "Ảnh: Quang cảnh hội nghị sơ kết.", "(Baothanhhoa.vn)",
 "Vận động hộ kinh doanh cá thể chấp hành pháp luật thuế giai đoạn 2011 - 2015", "Hội đồng tư vấn thuế", "chợ Còng",
 "khu kinh tế Nghi Sơn"],
["Cập nhật: 14:05, 12/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "giai đoạn 2011 - 2015", "năm 2012"]))

PAGES.append(page("b8671-quangnam-hlhpn-taphuan-uynhiemthu-2013", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG NAM
Bạn đang ở: Trang chủ / Hoạt động hội / Tin cơ sở
08:20 | 21/11/2013
Tập huấn kỹ năng vận động tiểu thương nộp thuế cho cán bộ hội cơ sở
Trong 2 ngày 19 và 20/11, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Cục Thuế tỉnh Quảng Nam tổ chức lớp tập huấn năm 2013 về chính sách thuế và kỹ năng vận động cho 85 học viên là chủ tịch, phó chủ tịch hội phụ nữ cơ sở và thành viên các tổ ủy nhiệm thu thuế tại chợ.
Lớp tập huấn nằm trong Chương trình phối hợp số 05/CTPH-HPN-CT giữa Hội LHPN tỉnh và Cục Thuế giai đoạn 2012 - 2016. Phát biểu khai mạc, bà Trần Thị Kim Hoa, Phó Chủ tịch Hội LHPN tỉnh nhấn mạnh: "Hơn 70% tiểu thương ở các chợ là chị em phụ nữ. Cán bộ hội hiểu luật thì mới vận động hội viên hiểu và làm theo được".
Các học viên trong giờ thực hành. Ảnh: Thu Hà
Các báo cáo viên của Cục Thuế: Huỳnh Văn Tám, Lê Thị Mỹ Dung - Phó Trưởng phòng Tuyên truyền - Hỗ trợ người nộp thuế, đã giới thiệu những điểm mới của Thông tư số 156/2013/TT-BTC ngày 6/11/2013 của Bộ Tài chính hướng dẫn thi hành Luật Quản lý thuế, cách xác định doanh thu khoán, thủ tục tạm nghỉ kinh doanh và miễn, giảm thuế khi gặp thiên tai. Ông Nguyễn Đình Thi, Phó Cục trưởng Cục Thuế tỉnh, thông tin: toàn tỉnh hiện có 146 chợ với 212 tổ ủy nhiệm thu; 10 tháng đầu năm, các tổ đã thu hộ hơn 9,4 tỷ đồng tiền thuế của hộ kinh doanh nhỏ, được hưởng mức thù lao 3% trên số thuế thu được theo Quyết định số 2536/QĐ-UBND ngày 14/8/2013 của UBND tỉnh.
Theo Cục Thuế, năm 2013 toàn tỉnh Quảng Nam có khoảng 27.500 hộ kinh doanh cá thể, trong đó hơn 60% do phụ nữ làm chủ. Qua 3 năm thực hiện chương trình phối hợp, các cấp hội đã tổ chức 430 buổi sinh hoạt chuyên đề về thuế, vận động 1.150 hội viên đăng ký kinh doanh.
Học viên được chia nhóm, đóng vai người thu thuế và tiểu thương để luyện cách giải thích khi hộ kinh doanh chưa đồng tình với mức thuế. Bà Bhriu Thị Hoa, Chủ tịch Hội LHPN xã Lăng, huyện Tây Giang, chia sẻ: ở chợ phiên vùng cao, nhiều chị em người Cơ Tu chỉ bán vài buổi một tuần, nên cần hướng dẫn bằng tiếng đồng bào và mời già làng cùng vận động. Bà Phan Thị Ngọc, Tổ trưởng tổ ủy nhiệm thu chợ Hội An, kể lại việc tổ đã vận động 18 hộ nợ đọng nộp đủ thuế mà không phải cưỡng chế.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài kiểm tra. Hội LHPN tỉnh sẽ cấp tài liệu hỏi - đáp về thuế cho 18 huyện, thành phố và nhân rộng mô hình "Chợ văn minh, tiểu thương thân thiện" tại phường Minh An, xã Điện Nam Bắc.
Ngọc Ánh
Tin cùng chuyên mục
- Núi Thành: ra mắt câu lạc bộ phụ nữ kinh doanh giỏi (14/11/2013)
- 300 hội viên được vay vốn từ nguồn ủy thác (06/11/2013)
- Hội LHPN tỉnh hỗ trợ phụ nữ vùng lũ (28/10/2013)
""", "2013-11-21", "Tập huấn kỹ năng vận động tiểu thương nộp thuế cho cán bộ hội cơ sở",
E("tap_huan", "2013", "2013-11-19"),
[P("Trần Thị Kim Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Huỳnh Văn Tám", "Phó Trưởng phòng Tuyên truyền - Hỗ trợ người nộp thuế"),
 P("Lê Thị Mỹ Dung", "Phó Trưởng phòng Tuyên truyền - Hỗ trợ người nộp thuế"),
 P("Nguyễn Đình Thi", "Phó Cục trưởng Cục Thuế tỉnh"),
 P("Bhriu Thị Hoa", "Chủ tịch Hội LHPN xã Lăng"),
 P("Phan Thị Ngọc", "Tổ trưởng tổ ủy nhiệm thu chợ Hội An")],
[Q("85 học viên", 85, "học viên"), Q("khoảng 27.500 hộ kinh doanh cá thể", 27500, "hộ kinh doanh cá thể", "approx"),
 Q("hơn 60%", 60, "%", "over"), Q("430 buổi sinh hoạt chuyên đề", 430, "buổi sinh hoạt chuyên đề"), Q("1.150 hội viên", 1150, "hội viên"), Q("Hơn 70%", 70, "%", "over"), Q("146 chợ", 146, "chợ"), Q("212 tổ ủy nhiệm thu", 212, "tổ ủy nhiệm thu"),
 Q("hơn 9,4 tỷ đồng", 9400000000, "đồng", "over"), Q("3%", 3, "%"), Q("18 hộ nợ đọng", 18, "hộ nợ đọng"),
 Q("100% học viên", 100, "%"), Q("18 huyện, thành phố", 18, "huyện, thành phố")],
[D("Chương trình phối hợp", "05", "CTPH-HPN-CT", None, None, "Chương trình phối hợp số 05/CTPH-HPN-CT"),
 D("Thông tư", "156", "2013/TT-BTC", "2013-11-06", "Bộ Tài chính", "Thông tư số 156/2013/TT-BTC ngày 6/11/2013"),
 D("Quyết định", "2536", "QĐ-UBND", "2013-08-14", "UBND tỉnh", "Quyết định số 2536/QĐ-UBND ngày 14/8/2013")],
[prov("Quảng Nam"), com("Lăng"), com("Minh An"), com("Điện Nam Bắc")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG NAM", "Bạn đang ở: Trang chủ / Hoạt động hội / Tin cơ sở", "Các học viên trong giờ thực hành. Ảnh: Thu Hà",
 "Luật Quản lý thuế", "Chợ văn minh, tiểu thương thân thiện", "chợ Hội An"],
["08:20 | 21/11/2013", "2 ngày", "3 năm", "năm 2013", "giai đoạn 2012 - 2016", "10 tháng đầu năm"]))

PAGES.append(page("b8672-daklak-doithoai-tieuthuong-2014", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Kinh tế » Tài chính - Ngân hàng
25/04/2014 - 16:40
Quang cảnh buổi đối thoại. Ảnh: H.Gia
Đối thoại với tiểu thương về thuế khoán: nhiều kiến nghị được giải đáp ngay
Chiều 23/4, UBND thành phố Buôn Ma Thuột phối hợp với Ủy ban MTTQ Việt Nam thành phố tổ chức buổi đối thoại năm 2014 giữa lãnh đạo thành phố với hộ kinh doanh về chính sách thuế. Ông Y Dhăm Ênuôl, Phó Chủ tịch UBND thành phố, chủ trì; tham dự có hơn 200 tiểu thương các chợ trên địa bàn.
Theo đồng chí Nguyễn Văn Thành, Thành ủy viên, Chi cục trưởng Chi cục Thuế thành phố, Buôn Ma Thuột hiện có 11.320 hộ kinh doanh nộp thuế khoán; mức thuế khoán bình quân khoảng 450.000 đồng/tháng. Năm 2014, thực hiện Thông tư số 219/2013/TT-BTC ngày 31/12/2013 của Bộ Tài chính, mức thuế của một số nhóm ngành hàng được điều chỉnh tăng bình quân 15%, khiến nhiều hộ băn khoăn.
Theo Cục Thuế tỉnh Đắk Lắk, năm 2013 số thu từ hộ kinh doanh cá thể toàn tỉnh đạt 215 tỷ đồng, riêng Buôn Ma Thuột chiếm gần một nửa. Việc đối thoại định kỳ được thành phố duy trì từ năm 2011, mỗi năm hai đợt, giúp giảm đáng kể số đơn thư khiếu nại về thuế.
Tại buổi đối thoại có 48 ý kiến được nêu. Bà Lê Thị Bích Thủy, tiểu thương ngành hàng vải chợ trung tâm, cho rằng sức mua giảm mạnh nhưng thuế lại tăng. Ông Y Khu Byă (buôn Ale A, xã Ea Tu) hỏi vì sao cơ sở mộc gia đình vừa mở 3 tháng đã bị ấn định thuế như hộ kinh doanh lâu năm. Bà H'Linh Niê, Chủ tịch Ủy ban MTTQ phường Tân Lập, phản ánh tình trạng hộ bán hàng rong, hàng online không kê khai nhưng cạnh tranh với hộ có cửa hàng.
Trả lời các ý kiến, ông Nguyễn Văn Thành cho biết theo Quyết định số 1235/QĐ-UBND ngày 20/2/2014 của UBND thành phố, Hội đồng tư vấn thuế xã, phường đã được kiện toàn với sự tham gia của đại diện Mặt trận, tổ dân phố; Chi cục sẽ phối hợp với 21 xã, phường rà soát lại mức khoán, hộ nào doanh thu thực tế giảm sẽ được điều chỉnh. Ngay tại buổi đối thoại, Chi cục đã chấp thuận xem xét giảm thuế cho 27 hộ có đơn đề nghị; hộ kinh doanh có thu nhập dưới mức phải chịu thuế thu nhập cá nhân chỉ nộp thuế giá trị gia tăng và thuế môn bài.
Ông Y Dhăm Ênuôl đề nghị Ủy ban MTTQ thành phố giám sát việc niêm yết công khai danh sách hộ nộp thuế tại phường Thành Công, phường Tân Lập và các chợ lớn; các ý kiến chưa được trả lời sẽ được giải quyết bằng văn bản trước ngày 15/5.
Hoàng Gia
Tin liên quan
- Ea Kar: Thu ngân sách quý I đạt 28% dự toán (18/04/2014)
- Cục Thuế tỉnh tôn vinh 120 doanh nghiệp nộp thuế tiêu biểu (10/04/2014)
- Tuyên truyền chính sách thuế cho đồng bào dân tộc thiểu số (02/04/2014)
""", "2014-04-25", "Đối thoại với tiểu thương về thuế khoán: nhiều kiến nghị được giải đáp ngay",
E("doi_thoai", "2014", "2014-04-23"),
[P("Y Dhăm Ênuôl", "Phó Chủ tịch UBND thành phố"),
 P("Nguyễn Văn Thành", "Thành ủy viên", "Chi cục trưởng Chi cục Thuế thành phố"),
 P("Lê Thị Bích Thủy", "tiểu thương ngành hàng vải chợ trung tâm"),
 P("Y Khu Byă"),
 P("H'Linh Niê", "Chủ tịch Ủy ban MTTQ phường Tân Lập")],
[Q("hơn 200 tiểu thương", 200, "tiểu thương", "over"), Q("11.320 hộ kinh doanh", 11320, "hộ kinh doanh"),
 Q("khoảng 450.000 đồng", 450000, "đồng", "approx"), Q("15%", 15, "%"), Q("215 tỷ đồng", 215000000000, "đồng"), Q("48 ý kiến", 48, "ý kiến"),
 Q("21 xã, phường", 21, "xã, phường"), Q("27 hộ", 27, "hộ")],
[D("Thông tư", "219", "2013/TT-BTC", "2013-12-31", "Bộ Tài chính", "Thông tư số 219/2013/TT-BTC ngày 31/12/2013"),
 D("Quyết định", "1235", "QĐ-UBND", "2014-02-20", "UBND thành phố", "Quyết định số 1235/QĐ-UBND ngày 20/2/2014")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Tân Lập"), com("Thành Công")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Kinh tế » Tài chính - Ngân hàng", "Quang cảnh buổi đối thoại. Ảnh: H.Gia", "Hội đồng tư vấn thuế xã, phường",
 "buôn Ale A"],
["25/04/2014 - 16:40", "năm 2014", "năm 2013", "năm 2011", "3 tháng", "Năm 2014", "450.000 đồng/tháng"]))

PAGES.append(page("b8673-cantho-bdvqu-giaoban-q3-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU
Vị trí: Trang chủ :: Tin tức - Sự kiện :: Dân vận
Ngày đăng 09/10/2015 | 10:15
Khối dân vận quận Ninh Kiều giao ban quý III
Sáng 7/10, Ban Dân vận Quận ủy Ninh Kiều tổ chức giao ban khối dân vận quý III/2015, tập trung đánh giá kết quả vận động hộ kinh doanh đăng ký, kê khai thuế theo quy định mới. Đồng chí Huỳnh Văn Tư, Quận ủy viên, Trưởng Ban Dân vận Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận chủ trì. Cùng dự có các đồng chí Trần Thị Ngọc Hạnh, Lê Hoàng Minh - Phó Trưởng Ban Dân vận Quận ủy.
Theo báo cáo, quý III, các phường phối hợp Chi cục Thuế quận triển khai Thông tư số 92/2015/TT-BTC ngày 15/6/2015 của Bộ Tài chính về thuế giá trị gia tăng, thuế thu nhập cá nhân đối với cá nhân cư trú có hoạt động kinh doanh. Toàn quận hiện có 9.846 hộ kinh doanh, trong đó 326 hộ kinh doanh mới trong quý; số thu thuế ngoài quốc doanh 9 tháng đạt 71,5 tỷ đồng, bằng 76,2% dự toán. Các phường An Hòa, Xuân Khánh, Tân An đã tổ chức 14 buổi họp dân tại khu vực, phát 2.500 tờ gấp hỏi - đáp về thuế.
Phong trào "3 không" (không bán hàng giả, không trốn thuế, không lấn chiếm lòng lề đường) tiếp tục được tiểu thương chợ Tân An hưởng ứng với 412 hộ ký cam kết. Tuy nhiên, theo đồng chí Phan Thanh Sơn, Phó Chi cục trưởng Chi cục Thuế quận, vẫn còn khoảng 180 hộ kinh doanh nhà trọ, quán ăn ở phường An Cư, Xuân Khánh chưa kê khai đầy đủ doanh thu.
Năm 2015, thành phố Cần Thơ giao quận Ninh Kiều thu 94 tỷ đồng từ khu vực công thương nghiệp ngoài quốc doanh, cao nhất trong 9 quận, huyện. Để đạt dự toán, quý IV quận sẽ rà soát 1.200 hộ có dấu hiệu kinh doanh nhưng chưa đăng ký, tập trung trên các tuyến đường Nguyễn Văn Cừ, 3/2 và khu chợ đêm.
Bà Tăng Thị Sa Rết, Chủ tịch Hội LHPN phường An Hòa, đề nghị cơ quan thuế bố trí cán bộ hướng dẫn ngay tại phường vào buổi tối để tiểu thương không phải nghỉ bán. Ông Lâm Quốc Việt, Bí thư Đoàn phường Xuân Khánh, cho biết đoàn viên đã giúp 96 hộ làm hồ sơ khai thuế qua mạng.
Kết luận giao ban, đồng chí Huỳnh Văn Tư đề nghị quý IV các đoàn thể tiếp tục thực hiện Chỉ thị 18, 19-CT/QU của Ban Thường vụ Quận ủy về công tác dân vận trong lĩnh vực kinh tế và chỉnh trang đô thị; thực hiện kế hoạch số 45-KH/BDVQU của Ban Dân vận Quận ủy về "Dân vận khéo" trong thu ngân sách; mỗi phường phấn đấu có ít nhất 1 mô hình tuyên truyền thuế hiệu quả.
Ngọc Trân
Các tin khác
- Ninh Kiều: họp mặt 120 tiểu thương tiêu biểu (30/09/2015)
- Phường Cái Khế ra mắt tổ tự quản an ninh trật tự (25/09/2015)
- Hội nghị đối thoại giữa Chủ tịch UBND quận với nhân dân năm 2015 (18/09/2015)
""", "2015-10-09", "Khối dân vận quận Ninh Kiều giao ban quý III",
E("giao_ban", "2015-Q3", "2015-10-07"),
[P("Huỳnh Văn Tư", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Trần Thị Ngọc Hạnh", "Phó Trưởng Ban Dân vận Quận ủy"), P("Lê Hoàng Minh", "Phó Trưởng Ban Dân vận Quận ủy"),
 P("Phan Thanh Sơn", "Phó Chi cục trưởng Chi cục Thuế quận"),
 P("Tăng Thị Sa Rết", "Chủ tịch Hội LHPN phường An Hòa"),
 P("Lâm Quốc Việt", "Bí thư Đoàn phường Xuân Khánh")],
[Q("9.846 hộ kinh doanh", 9846, "hộ kinh doanh"), Q("326 hộ kinh doanh mới", 326, "hộ kinh doanh mới"),
 Q("71,5 tỷ đồng", 71500000000, "đồng"), Q("94 tỷ đồng", 94000000000, "đồng"), Q("9 quận, huyện", 9, "quận, huyện"),
 Q("1.200 hộ", 1200, "hộ"), Q("76,2%", 76.2, "%"), Q("14 buổi họp dân", 14, "buổi họp dân"),
 Q("2.500 tờ gấp hỏi - đáp về thuế", 2500, "tờ gấp"), Q("412 hộ", 412, "hộ"),
 Q("khoảng 180 hộ kinh doanh nhà trọ, quán ăn", 180, "hộ kinh doanh nhà trọ, quán ăn", "approx"), Q("96 hộ", 96, "hộ"),
 Q("ít nhất 1 mô hình tuyên truyền thuế", 1, "mô hình tuyên truyền thuế", "over")],
[D("Thông tư", "92", "2015/TT-BTC", "2015-06-15", "Bộ Tài chính", "Thông tư số 92/2015/TT-BTC ngày 15/6/2015"),
 D("Chỉ thị", "18", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị 18, 19-CT/QU"),
 D("Chỉ thị", "19", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị 18, 19-CT/QU"),
 D("Kế hoạch", "45", "KH/BDVQU", None, "Ban Dân vận Quận ủy", "kế hoạch số 45-KH/BDVQU")],
[prov("Cần Thơ"), com("An Hòa"), com("Xuân Khánh"), com("Tân An"), com("An Cư")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU", "Vị trí: Trang chủ :: Tin tức - Sự kiện :: Dân vận", "Dân vận khéo", "chợ Tân An",
 "không bán hàng giả, không trốn thuế, không lấn chiếm lòng lề đường"],
["Ngày đăng 09/10/2015 | 10:15", "quý III/2015", "3 không", "3/2", "Năm 2015", "9 tháng", "quý IV"]))

PAGES.append(page("b8674-laocai-chicucthue-tongket-2016", """
Báo Lào Cai
Trang chủ › Kinh tế › Thuế - Tài chính
29-12-2016 15:20
Bát Xát: Vận động hộ kinh doanh vùng biên thực hiện nghĩa vụ thuế
Ngày 27/12, Chi cục Thuế huyện Bát Xát phối hợp với Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác phối hợp tuyên truyền, vận động hộ kinh doanh thực hiện nghĩa vụ thuế năm 2016. Dự hội nghị có bà Vàng Thị Mai, HUV, Trưởng Ban Dân vận Huyện ủy Bát Xát; ông Lò Văn Tỉnh, Chi cục trưởng Chi cục Thuế huyện Bát Xát cùng lãnh đạo 22 xã, thị trấn.
Năm 2016, toàn huyện có 1.082 hộ kinh doanh thuộc diện quản lý thuế, tăng 96 hộ so với năm 2015, phần lớn buôn bán nông sản, hàng tiêu dùng tại 14 chợ phiên vùng cao và khu vực cửa khẩu. Tổng thu ngân sách từ khu vực này đạt 12,8 tỷ đồng, bằng 104% dự toán. Các cơ quan đã phối hợp tổ chức 26 hội nghị tuyên truyền bằng tiếng Mông, tiếng Dao với gần 3.000 lượt người nghe; Đài Truyền thanh huyện phát 48 tin, bài về chính sách thuế.
Thực hiện Nghị quyết chuyên đề số 05-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển thương mại, dịch vụ vùng biên, khối dân vận đã vận động khoảng 230 hộ buôn bán nhỏ lẻ ở chợ Mường Hum, chợ Trung Lèng Hồ tự giác kê khai doanh thu. Ông Sùng A Chư, Bí thư Đảng ủy xã Mường Hum, cho biết: "Mình nói bằng tiếng của bà con, lấy ví dụ hộ trong bản đóng thuế để làm đường, làm trường, bà con nghe là hiểu".
Ông Lý Láo Tả, Chủ tịch UBND xã Y Tý, đề nghị cơ quan thuế sớm hướng dẫn hộ kinh doanh homestay mới mở ở các thôn du lịch. Ông Phạm Quang Hưng, vừa được bổ nhiệm làm Phó Chi cục trưởng Chi cục Thuế huyện, phổ biến những điểm mới của Nghị định số 139/2016/NĐ-CP ngày 4/10/2016 của Chính phủ và Thông tư số 302/2016/TT-BTC ngày 15/11/2016 của Bộ Tài chính về lệ phí môn bài, áp dụng từ ngày 1/1/2017; theo đó hộ có doanh thu từ 100 triệu đồng/năm trở xuống được miễn lệ phí môn bài, mức cao nhất với hộ kinh doanh là 1 triệu đồng/năm.
Hội nghị cũng chỉ ra việc quản lý hộ kinh doanh tại các chợ phiên còn khó vì người bán thay đổi theo phiên, nhiều hộ từ nơi khác đến; có 37 hộ nợ thuế kéo dài với số tiền trên 180 triệu đồng. Năm 2017, Chi cục Thuế đặt mục tiêu thu từ hộ kinh doanh đạt 14 tỷ đồng, nợ đọng không quá 3% tổng thu.
Dịp này, Chi cục Thuế tặng giấy khen cho 8 tập thể và 15 hộ kinh doanh chấp hành tốt nghĩa vụ thuế, trong đó có 4 hộ người Dao ở xã A Mú Sung.
Hoàng Thu
Tin liên quan
- Lào Cai thu ngân sách vượt 10% kế hoạch (26/12/2016)
- Sa Pa: Hướng dẫn hộ làm du lịch cộng đồng đăng ký kinh doanh (15/12/2016)
- Bát Xát tổng kết công tác Mặt trận năm 2016 (09/12/2016)
""", "2016-12-29", "Bát Xát: Vận động hộ kinh doanh vùng biên thực hiện nghĩa vụ thuế",
E("tong_ket", "2016", "2016-12-27"),
[P("Vàng Thị Mai", "HUV", "Trưởng Ban Dân vận Huyện ủy Bát Xát"),
 P("Lò Văn Tỉnh", "Chi cục trưởng Chi cục Thuế huyện Bát Xát"),
 P("Sùng A Chư", "Bí thư Đảng ủy xã Mường Hum"),
 P("Lý Láo Tả", "Chủ tịch UBND xã Y Tý"),
 P("Phạm Quang Hưng", "Phó Chi cục trưởng Chi cục Thuế huyện")],
[Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("1.082 hộ kinh doanh", 1082, "hộ kinh doanh"), Q("96 hộ", 96, "hộ"),
 Q("14 chợ phiên vùng cao", 14, "chợ phiên vùng cao"), Q("12,8 tỷ đồng", 12800000000, "đồng"), Q("104%", 104, "%"),
 Q("26 hội nghị tuyên truyền", 26, "hội nghị tuyên truyền"), Q("gần 3.000 lượt người", 3000, "lượt người", "approx"),
 Q("48 tin, bài", 48, "tin, bài"), Q("khoảng 230 hộ buôn bán nhỏ lẻ", 230, "hộ buôn bán nhỏ lẻ", "approx"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("37 hộ", 37, "hộ"), Q("trên 180 triệu đồng", 180000000, "đồng", "over"), Q("14 tỷ đồng", 14000000000, "đồng"),
 Q("không quá 3%", 3, "%"), Q("8 tập thể", 8, "tập thể"), Q("15 hộ kinh doanh", 15, "hộ kinh doanh"), Q("4 hộ người Dao", 4, "hộ người Dao")],
[D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết chuyên đề số 05-NQ/HU"),
 D("Nghị định", "139", "2016/NĐ-CP", "2016-10-04", "Chính phủ", "Nghị định số 139/2016/NĐ-CP ngày 4/10/2016"),
 D("Thông tư", "302", "2016/TT-BTC", "2016-11-15", "Bộ Tài chính", "Thông tư số 302/2016/TT-BTC ngày 15/11/2016")],
[prov("Lào Cai"), com("Mường Hum"), com("Y Tý"), com("A Mú Sung")],
["Báo Lào Cai", "Trang chủ › Kinh tế › Thuế - Tài chính", "chợ Mường Hum", "chợ Trung Lèng Hồ", "Đài Truyền thanh huyện"],
["29-12-2016 15:20", "Năm 2016", "Năm 2017", "năm 2016", "năm 2015", "100 triệu đồng/năm", "1 triệu đồng/năm", "ngày 1/1/2017"]))
