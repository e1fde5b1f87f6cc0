from lib import *
PAGES = []

PAGES.append(page("b7829-quangtri-bdv-traoqua-2011", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang chủ » Hoạt động » Tin trong tỉnh
Thứ Ba, 26/07/2011 - 09:30
Ảnh: Đoàn công tác dâng hương tại Nghĩa trang liệt sĩ quốc gia Trường Sơn.
Quảng Trị: Thăm, tặng quà gia đình chính sách nhân kỷ niệm 64 năm Ngày Thương binh - Liệt sĩ
Nhân kỷ niệm 64 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2011), từ ngày 22 đến 25/7/2011, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Lê Thị Hòa Bình, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm, tặng quà các gia đình chính sách, thương binh nặng tại các huyện Gio Linh, Cam Lộ và Hải Lăng. Cùng đi có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Đăng Khoa, Trần Thị Minh Thư.
Tại xã Gio Mai, đoàn đến thăm Mẹ Việt Nam anh hùng Nguyễn Thị Thơi, người có chồng và hai người con là liệt sĩ. Mẹ đã ngoài chín mươi tuổi, sống cùng gia đình người cháu nội, sức khỏe yếu nhưng vẫn minh mẫn. Đồng chí Lê Thị Hòa Bình ân cần hỏi thăm, mong Mẹ luôn mạnh khỏe, sống vui cùng con cháu và đề nghị cấp ủy, chính quyền địa phương tiếp tục quan tâm chăm sóc Mẹ chu đáo.
Đồng chí Lê Thị Hòa Bình tặng quà Mẹ Việt Nam anh hùng Nguyễn Thị Thơi.
Tại xã Cam Thành, đoàn thăm hỏi thương binh hạng 1/4 Trần Văn Khởi, người bị mất cả hai chân trong trận đánh ở Dốc Miếu năm 1972. Ông Hồ Văn Lành, Chủ tịch UBND xã Cam Thành cho biết, xã hiện có 186 gia đình chính sách, trong đó có 9 thương binh nặng; các gia đình đều được tặng quà dịp 27/7, không để hộ chính sách nào có mức sống thấp hơn mức sống trung bình của khu dân cư.
Ở xã Hải Thượng, đoàn đến thăm gia đình ông Hồ Văn Cu, người dân tộc Pa Kô, thương binh hạng 2/4, hiện sinh sống cùng con trai làm nghề trồng rừng. Già làng Hồ Văn Ploong cùng dự buổi thăm hỏi và kể lại những năm tháng bà con Pa Kô, Vân Kiều nuôi giấu cán bộ, tải đạn cho bộ đội trên đường Trường Sơn.
Dịp này, Ban Dân vận Tỉnh ủy trao 120 suất quà, mỗi suất trị giá 500.000 đồng, tổng trị giá 60 triệu đồng, từ nguồn vận động các doanh nghiệp và cán bộ, công chức trong khối dân vận. Thực hiện Kế hoạch số 37-KH/BDVTU ngày 12/7/2011 của Ban Dân vận Tỉnh ủy, khối dân vận các huyện, thị xã, thành phố cũng tổ chức thăm, tặng quà các gia đình chính sách trên địa bàn.
Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh hiện có hơn 70 nghĩa trang liệt sĩ và gần 2.800 thương binh, bệnh binh đang hưởng trợ cấp hằng tháng theo Pháp lệnh số 26/2005/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội. Dịp 27/7 năm nay, tỉnh đã trích hơn 9,6 tỷ đồng tặng quà người có công và bàn giao 15 nhà tình nghĩa cho các gia đình chính sách khó khăn về nhà ở. Phong trào "Đền ơn đáp nghĩa" tiếp tục được các tầng lớp nhân dân hưởng ứng.
Minh Hằng
Tin liên quan
- Thắp nến tri ân tại Thành cổ Quảng Trị (25/07/2011)
- Hải Lăng: khánh thành 3 nhà tình nghĩa (20/07/2011)
- Hội thảo về công tác dân vận trong đồng bào Vân Kiều, Pa Kô (12/07/2011)
- Đoàn đại biểu Ban Dân vận Trung ương dâng hương tại Nghĩa trang liệt sĩ quốc gia Đường 9 (28/06/2011)
""", "2011-07-26", "Quảng Trị: Thăm, tặng quà gia đình chính sách nhân kỷ niệm 64 năm Ngày Thương binh - Liệt sĩ",
E("trao_qua", None, "2011-07-22"),
[P("Lê Thị Hòa Bình", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đăng Khoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Minh Thư", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thơi", "Mẹ Việt Nam anh hùng"),
 P("Trần Văn Khởi", "thương binh hạng 1/4"),
 P("Hồ Văn Lành", "Chủ tịch UBND xã Cam Thành"),
 P("Hồ Văn Cu", "thương binh hạng 2/4"),
 P("Hồ Văn Ploong", "Già làng")],
[Q("186 gia đình chính sách", 186, "gia đình chính sách"), Q("9 thương binh nặng", 9, "thương binh nặng"),
 Q("120 suất quà", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("hơn 70 nghĩa trang liệt sĩ", 70, "nghĩa trang liệt sĩ", "over"),
 Q("gần 2.800 thương binh, bệnh binh", 2800, "thương binh, bệnh binh", "approx"),
 Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"), Q("15 nhà tình nghĩa", 15, "nhà tình nghĩa")],
[D("Kế hoạch", "37", "KH/BDVTU", "2011-07-12", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 37-KH/BDVTU ngày 12/7/2011"),
 D("Pháp lệnh", "26", "2005/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh số 26/2005/PL-UBTVQH11")],
[prov("Quảng Trị"), com("Gio Mai"), com("Cam Thành"), com("Hải Thượng")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ » Hoạt động » Tin trong tỉnh",
 "Ảnh: Đoàn công tác dâng hương tại Nghĩa trang liệt sĩ quốc gia Trường Sơn.",
 "Đồng chí Lê Thị Hòa Bình tặng quà Mẹ Việt Nam anh hùng Nguyễn Thị Thơi.", "Nghĩa trang liệt sĩ quốc gia Trường Sơn",
 "Dốc Miếu", "Đền ơn đáp nghĩa", "Ngày Thương binh - Liệt sĩ"],
["Thứ Ba, 26/07/2011 - 09:30", "64 năm", "27/7/1947 - 27/7/2011", "thương binh hạng 1/4", "thương binh hạng 2/4", "năm 1972"]))

PAGES.append(page("b7830-nghean-bchqs-tongket-2012", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự > Quốc phòng - An ninh
28-12-2012 14:20
Đội K52 quy tập 136 hài cốt liệt sĩ trong năm 2012
(Baonghean) - Ngày 26/12, Bộ Chỉ huy Quân sự tỉnh Nghệ An tổ chức hội nghị tổng kết công tác tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào năm 2012, triển khai nhiệm vụ mùa khô 2012 - 2013. Đồng chí Phan Đình Tuệ, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 515 tỉnh dự và chỉ đạo hội nghị.
Quang cảnh hội nghị. Ảnh: Đức Vũ
Báo cáo do Thượng tá Lữ Văn Hùng, Đội trưởng Đội K52 trình bày cho biết, năm 2012, Đội đã phối hợp với lực lượng quân sự các tỉnh Hủa Phăn, Xiêng Khoảng (Lào) tổ chức 5 đợt tìm kiếm với trên 1.200 ngày công, khảo sát 230 điểm theo nguồn tin do nhân dân hai nước cung cấp. Kết quả đã tìm kiếm, quy tập được 136 hài cốt liệt sĩ, đạt 113% kế hoạch, trong đó 112 hài cốt tại Lào và 24 hài cốt trên địa bàn tỉnh; xác định được danh tính 9 liệt sĩ và bàn giao về quê hương theo nguyện vọng của thân nhân.
Đáng chú ý, tại bản Nà Ngoi, lực lượng tìm kiếm đã phát hiện một hố chôn tập thể 14 hài cốt liệt sĩ nhờ thông tin của cụ Xổm Phêng, một người dân Lào từng giúp đỡ bộ đội Việt Nam. Ở trong tỉnh, cựu chiến binh Lương Văn Pặn, người dân tộc Thái ở xã Nậm Cắn, đã dẫn đường giúp Đội tìm được 3 hài cốt trên khu vực núi đá.
Tổng kinh phí thực hiện năm 2012 khoảng 3,2 tỷ đồng, trong đó tỉnh hỗ trợ 1,5 tỷ đồng. Thực hiện Hướng dẫn số 95/HD-BCĐ ngày 14/3/2012 của Ban Chỉ đạo 515 tỉnh, các địa phương đã tích cực tuyên truyền, vận động nhân dân cung cấp thông tin về mộ liệt sĩ. Bộ Chỉ huy Quân sự tỉnh cũng ban hành Quyết định số 1082/QĐ-BCH ngày 05/10/2012 kiện toàn tổ chức, biên chế của Đội.
Phát biểu tại hội nghị, ngài Bun Thoong Xay nha vông, Phó Chủ tịch tỉnh Hủa Phăn đánh giá cao tinh thần trách nhiệm của cán bộ, chiến sĩ Đội K52 và khẳng định chính quyền, nhân dân các bộ tộc Lào sẽ tiếp tục cung cấp thông tin, giúp đỡ lực lượng tìm kiếm.
Kết luận hội nghị, đồng chí Phan Đình Tuệ biểu dương những kết quả Đội K52 đạt được và nhấn mạnh: hiện còn khoảng 2.000 hài cốt liệt sĩ quân tình nguyện, chuyên gia Việt Nam hy sinh trên địa bàn các tỉnh Bắc Lào chưa được quy tập, thông tin ngày càng ít, địa hình phức tạp. Vì vậy mùa khô 2012 - 2013, Đội cần phối hợp chặt chẽ với bạn, đổi mới cách thu thập thông tin, phấn đấu quy tập không dưới 100 hài cốt liệt sĩ. Đồng chí cũng đề nghị các sở, ngành làm tốt việc đón nhận, an táng hài cốt tại Nghĩa trang liệt sĩ quốc tế Việt - Lào.
Dịp này, UBND tỉnh tặng Bằng khen cho 8 tập thể, 21 cá nhân có thành tích xuất sắc trong công tác tìm kiếm, quy tập hài cốt liệt sĩ năm 2012; Đại tá Nguyễn Hữu Tạo, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh trao Giấy khen cho 15 cán bộ, chiến sĩ của Đội.
Trần Hà
Tin khác
- Truy điệu, an táng 24 hài cốt liệt sĩ hy sinh tại Lào (15/12/2012)
- Đội K52 lên đường làm nhiệm vụ mùa khô (02/11/2012)
- Tuyên dương 50 cựu chiến binh tiêu biểu (20/10/2012)
""", "2012-12-28", "Đội K52 quy tập 136 hài cốt liệt sĩ trong năm 2012",
E("tong_ket", "2012", "2012-12-26"),
[P("Phan Đình Tuệ", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo 515 tỉnh"),
 P("Lữ Văn Hùng", "Thượng tá", "Đội trưởng Đội K52"),
 P("Xổm Phêng"),
 P("Lương Văn Pặn", "cựu chiến binh"),
 P("Bun Thoong Xay nha vông", "Phó Chủ tịch tỉnh Hủa Phăn"),
 P("Nguyễn Hữu Tạo", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")],
[Q("5 đợt", 5, "đợt"), Q("trên 1.200 ngày công", 1200, "ngày công", "over"), Q("230 điểm", 230, "điểm"),
 Q("136 hài cốt liệt sĩ", 136, "hài cốt liệt sĩ"), Q("113%", 113, "%"), Q("112 hài cốt", 112, "hài cốt"),
 Q("24 hài cốt", 24, "hài cốt"), Q("9 liệt sĩ", 9, "liệt sĩ"), Q("14 hài cốt liệt sĩ", 14, "hài cốt liệt sĩ"),
 Q("3 hài cốt", 3, "hài cốt"), Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("khoảng 2.000 hài cốt liệt sĩ quân tình nguyện, chuyên gia Việt Nam", 2000, "hài cốt liệt sĩ quân tình nguyện, chuyên gia Việt Nam", "approx"),
 Q("không dưới 100 hài cốt liệt sĩ", 100, "hài cốt liệt sĩ", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("21 cá nhân", 21, "cá nhân"), Q("15 cán bộ, chiến sĩ", 15, "cán bộ, chiến sĩ")],
[D("Hướng dẫn", "95", "HD-BCĐ", "2012-03-14", "Ban Chỉ đạo 515 tỉnh", "Hướng dẫn số 95/HD-BCĐ ngày 14/3/2012"),
 D("Quyết định", "1082", "QĐ-BCH", "2012-10-05", "Bộ Chỉ huy Quân sự tỉnh", "Quyết định số 1082/QĐ-BCH ngày 05/10/2012")],
[prov("Nghệ An"), com("Nậm Cắn")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự > Quốc phòng - An ninh", "(Baonghean)", "Quang cảnh hội nghị. Ảnh: Đức Vũ",
 "Hủa Phăn", "Xiêng Khoảng", "bản Nà Ngoi", "Nghĩa trang liệt sĩ quốc tế Việt - Lào", "Đội K52", "Ban Chỉ đạo 515"],
["28-12-2012 14:20", "mùa khô 2012 - 2013", "Đội K52", "Ban Chỉ đạo 515", "năm 2012"]))

PAGES.append(page("b7831-hagiang-bchqs-truydieu-2013", """
BÁO HÀ GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ GIANG
Hôm nay: Thứ Bảy, 27/07/2013
Trang chủ / Quốc phòng - An ninh
Truy điệu, an táng 18 hài cốt liệt sĩ hy sinh tại mặt trận Vị Xuyên
Cập nhật lúc 16:45 ngày 25/07/2013
BHG - Sáng 24/7, tại Nghĩa trang liệt sĩ quốc gia Vị Xuyên, Bộ Chỉ huy Quân sự tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức lễ truy điệu, an táng 18 hài cốt liệt sĩ được tìm thấy tại khu vực điểm cao 1509 và đồi Cô Ích, xã Thanh Thủy. Dự buổi lễ có đồng chí Lý Thị Lan, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo 515 tỉnh; Đại tá Hoàng Văn Thọ, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh cùng hơn 500 cán bộ, chiến sĩ, cựu chiến binh và nhân dân.
Các đại biểu dâng hương tưởng niệm các anh hùng liệt sĩ.
Trong số 18 hài cốt liệt sĩ được quy tập lần này, 3 hài cốt đã xác định được danh tính nhờ di vật và thông tin của đồng đội. Thượng tá Vàng Seo Pao, Chính trị viên Đội quy tập hài cốt liệt sĩ tỉnh cho biết, để tìm được các hài cốt, cán bộ, chiến sĩ của Đội đã phải bám trụ suốt 12 ngày đêm trên các điểm cao, đào bới hàng trăm hố chiến đấu cũ trong điều kiện mưa rừng, sương mù.
Ông Nông Đức Lượng, nguyên Đại đội trưởng Đại đội 3 thuộc Trung đoàn 876, một trong những người trực tiếp dẫn đường cho Đội, xúc động chia sẻ: "Nhiều đồng đội của tôi vẫn còn nằm lại nơi đây. Mỗi lần tìm thấy một hài cốt, chúng tôi như được gặp lại anh em".
Trong điếu văn, đồng chí Lý Thị Lan khẳng định: cuộc chiến đấu bảo vệ biên giới phía Bắc tại mặt trận Vị Xuyên đã có khoảng 4.000 liệt sĩ hy sinh; nhiều người đến nay chưa được quy tập. Việc tìm kiếm, quy tập hài cốt liệt sĩ là trách nhiệm, là tình cảm thiêng liêng của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Hà Giang. Theo Kế hoạch số 86/KH-BCĐ ngày 02/5/2013 của Ban Chỉ đạo 515 tỉnh, từ nay đến hết năm 2013 lực lượng chức năng tiếp tục tìm kiếm tại các khu vực xã Thanh Thủy, Thanh Đức và Minh Tân.
Nghĩa trang liệt sĩ quốc gia Vị Xuyên hiện có 1.680 ngôi mộ, trong đó hơn 300 mộ chưa xác định được danh tính. Dịp này, Hội Cựu chiến binh tỉnh và các doanh nghiệp đã ủng hộ 120 triệu đồng để xây dựng tường rào, tu bổ khu mộ mới.
Ông Sùng Mí Chứ, Bí thư Đảng ủy xã Thanh Đức cho biết, xã đã vận động 40 hộ dân dọc tuyến biên giới cung cấp thông tin về các khu vực có thể còn mộ liệt sĩ. Bà Bàn Thị Mẩy, Chủ tịch Hội Liên hiệp Phụ nữ xã Thanh Thủy cùng chị em hội viên nhận chăm sóc, thắp hương thường xuyên tại khu mộ.
Sau lễ truy điệu, 18 hài cốt liệt sĩ đã được an táng trang trọng tại khu mộ mới của Nghĩa trang.
Hữu Quân
Tin liên quan
- Vị Xuyên: dâng hương tưởng niệm nhân 66 năm Ngày Thương binh - Liệt sĩ (23/07/2013)
- Trao 35 suất quà cho thương binh nặng (19/07/2013)
- Đội quy tập hài cốt liệt sĩ tỉnh triển khai nhiệm vụ năm 2013 (15/01/2013)
""", "2013-07-25", "Truy điệu, an táng 18 hài cốt liệt sĩ hy sinh tại mặt trận Vị Xuyên",
E("khac", None, "2013-07-24"),
[P("Lý Thị Lan", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Ban Chỉ đạo 515 tỉnh"),
 P("Hoàng Văn Thọ", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Vàng Seo Pao", "Thượng tá", "Chính trị viên Đội quy tập hài cốt liệt sĩ tỉnh"),
 P("Nông Đức Lượng", "nguyên Đại đội trưởng Đại đội 3 thuộc Trung đoàn 876"),
 P("Sùng Mí Chứ", "Bí thư Đảng ủy xã Thanh Đức"),
 P("Bàn Thị Mẩy", "Chủ tịch Hội Liên hiệp Phụ nữ xã Thanh Thủy")],
[Q("18 hài cốt liệt sĩ", 18, "hài cốt liệt sĩ"), Q("hơn 500 cán bộ, chiến sĩ, cựu chiến binh và nhân dân", 500, "cán bộ, chiến sĩ, cựu chiến binh và nhân dân", "over"),
 Q("3 hài cốt", 3, "hài cốt"), Q("khoảng 4.000 liệt sĩ", 4000, "liệt sĩ", "approx"),
 Q("1.680 ngôi mộ", 1680, "ngôi mộ"), Q("hơn 300 mộ", 300, "mộ", "over"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("40 hộ dân", 40, "hộ dân")],
[D("Kế hoạch", "86", "KH-BCĐ", "2013-05-02", "Ban Chỉ đạo 515 tỉnh", "Kế hoạch số 86/KH-BCĐ ngày 02/5/2013")],
[prov("Hà Giang"), com("Thanh Thủy"), com("Thanh Đức"), com("Minh Tân")],
["BÁO HÀ GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ GIANG", "Hôm nay: Thứ Bảy, 27/07/2013",
 "Trang chủ / Quốc phòng - An ninh", "BHG", "Các đại biểu dâng hương tưởng niệm các anh hùng liệt sĩ.",
 "Nghĩa trang liệt sĩ quốc gia Vị Xuyên", "đồi Cô Ích", "Hội Cựu chiến binh tỉnh"],
["Hôm nay: Thứ Bảy, 27/07/2013", "điểm cao 1509", "Trung đoàn 876", "Đại đội 3", "12 ngày đêm", "năm 2013"]))

PAGES.append(page("b7832-binhdinh-tu-hoinghi-2014", """
Cổng thông tin điện tử tỉnh Bình Định
Tin tức - Sự kiện :: Chính trị - Xã hội
25/07/2014 | 08:15
Gặp mặt 250 người có công tiêu biểu nhân kỷ niệm 67 năm Ngày Thương binh - Liệt sĩ
Sáng 24/7, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị gặp mặt người có công với cách mạng tiêu biểu năm 2014, nhân kỷ niệm 67 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2014). Dự hội nghị có đồng chí Nguyễn Thanh Tùng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Phó Chủ tịch UBND tỉnh Phan Cao Thắng; đồng chí Võ Thị Kim Liên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Các đại biểu người có công dự hội nghị.
Các đại biểu về dự là Bà mẹ Việt Nam anh hùng, Anh hùng lực lượng vũ trang nhân dân, thương binh, thân nhân liệt sĩ, người hoạt động cách mạng bị địch bắt tù đày đến từ 11 huyện, thị xã, thành phố.
Báo cáo của Sở Lao động - Thương binh và Xã hội cho biết, toàn tỉnh có hơn 27.000 liệt sĩ, gần 16.000 thương binh, bệnh binh và 2.086 Bà mẹ Việt Nam anh hùng. Những năm qua, tỉnh thực hiện đầy đủ, kịp thời chế độ ưu đãi theo Pháp lệnh số 04/2012/UBTVQH13 của Ủy ban Thường vụ Quốc hội và Nghị định số 31/2013/NĐ-CP của Chính phủ. Thực hiện Chỉ thị số 07-CT/TU ngày 12/6/2014 của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào "Đền ơn đáp nghĩa", Quỹ Đền ơn đáp nghĩa các cấp đã vận động được 12,4 tỷ đồng; từ đầu năm đến nay xây mới 215 nhà tình nghĩa, sửa chữa 340 nhà. Đến nay, 100% gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của người dân nơi cư trú.
Tại hội nghị, Anh hùng lực lượng vũ trang nhân dân Đinh Văn Chiu, người dân tộc Ba Na ở xã An Toàn, kể lại những năm tháng cùng dân làng bám rừng, bám núi đánh địch. Bà mẹ Việt Nam anh hùng Huỳnh Thị Đẹp ở xã Ân Tín, có chồng và ba con là liệt sĩ, bày tỏ niềm vui khi được Đảng, Nhà nước quan tâm, xây tặng ngôi nhà tình nghĩa khang trang. Ông Trần Quang Hiển, thương binh 2/4, Chủ tịch Hội Cựu chiến binh xã Cát Hanh, chia sẻ mô hình nuôi heo giúp nhiều thương binh trong xã vươn lên làm giàu.
Phát biểu tại hội nghị, đồng chí Nguyễn Thanh Tùng bày tỏ lòng biết ơn sâu sắc đối với các thương binh, gia đình liệt sĩ, người có công; đề nghị các cấp ủy, chính quyền, MTTQ và các đoàn thể tiếp tục làm tốt công tác chăm lo, rà soát, giải quyết dứt điểm hồ sơ tồn đọng, đẩy mạnh xã hội hóa nguồn lực để không còn gia đình chính sách gặp khó khăn về nhà ở.
Dịp này, mỗi đại biểu được tặng 1 suất quà trị giá 1 triệu đồng. Trước đó, đoàn đại biểu lãnh đạo tỉnh đã dâng hương tại Đài tưởng niệm liệt sĩ tỉnh và Nghĩa trang liệt sĩ tỉnh.
Ngọc Thu
Tin liên quan
- Trao 1.500 suất quà cho gia đình chính sách huyện Hoài Nhơn (22/07/2014)
- Khánh thành nhà tình nghĩa tặng Mẹ Việt Nam anh hùng (18/07/2014)
- Lễ thắp nến tri ân tại Nghĩa trang liệt sĩ tỉnh (26/07/2013)
""", "2014-07-25", "Gặp mặt 250 người có công tiêu biểu nhân kỷ niệm 67 năm Ngày Thương binh - Liệt sĩ",
E("hoi_nghi", "2014", "2014-07-24"),
[P("Nguyễn Thanh Tùng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phan Cao Thắng", "Phó Chủ tịch UBND tỉnh"),
 P("Võ Thị Kim Liên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Chiu", "Anh hùng lực lượng vũ trang nhân dân"),
 P("Huỳnh Thị Đẹp", "Bà mẹ Việt Nam anh hùng"),
 P("Trần Quang Hiển", "thương binh 2/4", "Chủ tịch Hội Cựu chiến binh xã Cát Hanh")],
[Q("250 người có công tiêu biểu", 250, "người có công tiêu biểu"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("hơn 27.000 liệt sĩ", 27000, "liệt sĩ", "over"), Q("gần 16.000 thương binh, bệnh binh", 16000, "thương binh, bệnh binh", "approx"),
 Q("2.086 Bà mẹ Việt Nam anh hùng", 2086, "Bà mẹ Việt Nam anh hùng"), Q("12,4 tỷ đồng", 12400000000, "đồng"),
 Q("215 nhà tình nghĩa", 215, "nhà tình nghĩa"), Q("340 nhà", 340, "nhà"), Q("100%", 100, "%"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Pháp lệnh", "04", "2012/UBTVQH13", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh số 04/2012/UBTVQH13"),
 D("Nghị định", "31", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 31/2013/NĐ-CP"),
 D("Chỉ thị", "07", "CT/TU", "2014-06-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 12/6/2014")],
[prov("Bình Định"), com("An Toàn"), com("Ân Tín"), com("Cát Hanh")],
["Cổng thông tin điện tử tỉnh Bình Định", "Tin tức - Sự kiện :: Chính trị - Xã hội", "Các đại biểu người có công dự hội nghị.",
 "Đền ơn đáp nghĩa", "Quỹ Đền ơn đáp nghĩa", "Đài tưởng niệm liệt sĩ tỉnh", "Nghĩa trang liệt sĩ tỉnh"],
["25/07/2014 | 08:15", "67 năm", "27/7/1947 - 27/7/2014", "1 suất quà", "thương binh 2/4", "năm 2014"]))

PAGES.append(page("b7833-tayninh-bcd515-soket-2015", """
BỘ CHỈ HUY QUÂN SỰ TỈNH TÂY NINH - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Chính sách hậu phương quân đội
Đại tá Nguyễn Văn Hải phát biểu tại hội nghị.
Đội K70 quy tập 57 hài cốt liệt sĩ trên đất bạn Campuchia
10.07.2015 | 09:40
Ngày 8/7, Ban Chỉ đạo tìm kiếm, quy tập hài cốt liệt sĩ tỉnh Tây Ninh (Ban Chỉ đạo 515) tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Võ Thị Hồng Nga, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 515 tỉnh chủ trì hội nghị.
Theo báo cáo do Đại tá Nguyễn Văn Hải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo 515 tỉnh trình bày, 6 tháng qua Đội K70 đã tiếp nhận 35 nguồn tin, tổ chức khảo sát 12 khu vực với diện tích khoảng 45 ha tại các tỉnh Tbong Khmum, Svay Rieng (Campuchia) và trên địa bàn tỉnh. Kết quả, Đội đã quy tập được 57 hài cốt liệt sĩ, đạt 71,25% kế hoạch năm (80 hài cốt), trong đó 41 hài cốt tại Campuchia và 16 hài cốt ở các xã Tân Lập, Phước Vinh. Kinh phí thực hiện gần 1,8 tỷ đồng.
Công tác tìm kiếm được triển khai theo Quyết định số 1237/QĐ-TTg ngày 27/7/2013 của Thủ tướng Chính phủ phê duyệt Đề án tìm kiếm, quy tập hài cốt liệt sĩ và Kế hoạch số 1056/KH-UBND ngày 20/3/2015 của UBND tỉnh. Ban Chỉ đạo cũng quán triệt Hướng dẫn số 18, 19/HD-BCĐ của Ban Chỉ đạo 515 Quân khu 7 về thu thập thông tin và bàn giao hài cốt liệt sĩ cho thân nhân.
Trung tá Lê Hoàng Phong, Đội trưởng Đội K70 cho biết, mùa mưa năm nay đến sớm, nhiều khu vực là ruộng lúa, vườn cao su của người dân nên việc khai quật gặp khó khăn. Nhờ sự giúp đỡ của chính quyền và nhân dân Campuchia, có gia đình ông Sok Chanthy ở huyện Memot tự nguyện cho đào bới trong vườn nhà, Đội đã tìm được 7 hài cốt trong một hố chôn tập thể.
Ông Kim Sophal, Phó Tỉnh trưởng tỉnh Tbong Khmum gửi lời cảm ơn các chiến sĩ quân tình nguyện Việt Nam đã giúp nhân dân Campuchia thoát khỏi chế độ diệt chủng và cam kết tiếp tục tạo điều kiện để Đội làm nhiệm vụ.
Kết luận hội nghị, đồng chí Võ Thị Hồng Nga đề nghị 6 tháng cuối năm, Đội K70 khẩn trương chuẩn bị lực lượng, phương tiện cho mùa khô 2015 - 2016; phối hợp Sở Lao động - Thương binh và Xã hội lấy mẫu ADN đối với các hài cốt chưa xác định danh tính; phấn đấu hoàn thành vượt kế hoạch. Từ năm 2001 đến nay, các lực lượng của tỉnh đã quy tập được hơn 2.900 hài cốt liệt sĩ. Dịp này, Ban Chỉ đạo tặng Giấy khen cho 6 tập thể, 14 cá nhân.
Thanh Tùng
Tin khác
- Lễ truy điệu, an táng 41 hài cốt liệt sĩ quân tình nguyện (28/06/2015)
- Tây Ninh: giao quân năm 2015 đạt 100% chỉ tiêu (25/02/2015)
- Đội K70 xuất quân mùa khô (06/11/2014)
""", "2015-07-10", "Đội K70 quy tập 57 hài cốt liệt sĩ trên đất bạn Campuchia",
E("so_ket", "2015-H1", "2015-07-08"),
[P("Nguyễn Văn Hải", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo 515 tỉnh"),
 P("Võ Thị Hồng Nga", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo 515 tỉnh"),
 P("Lê Hoàng Phong", "Trung tá", "Đội trưởng Đội K70"),
 P("Sok Chanthy"),
 P("Kim Sophal", "Phó Tỉnh trưởng tỉnh Tbong Khmum")],
[Q("35 nguồn tin", 35, "nguồn tin"), Q("12 khu vực", 12, "khu vực"), Q("khoảng 45 ha", 45, "ha", "approx"),
 Q("57 hài cốt liệt sĩ", 57, "hài cốt liệt sĩ"), Q("71,25%", 71.25, "%"), Q("80 hài cốt", 80, "hài cốt"),
 Q("41 hài cốt", 41, "hài cốt"), Q("16 hài cốt", 16, "hài cốt"), Q("gần 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("7 hài cốt", 7, "hài cốt"), Q("hơn 2.900 hài cốt liệt sĩ", 2900, "hài cốt liệt sĩ", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quyết định", "1237", "QĐ-TTg", "2013-07-27", "Thủ tướng Chính phủ", "Quyết định số 1237/QĐ-TTg ngày 27/7/2013"),
 D("Kế hoạch", "1056", "KH-UBND", "2015-03-20", "UBND tỉnh", "Kế hoạch số 1056/KH-UBND ngày 20/3/2015"),
 D("Hướng dẫn", "18", "HD-BCĐ", None, "Ban Chỉ đạo 515 Quân khu 7", "Hướng dẫn số 18, 19/HD-BCĐ"),
 D("Hướng dẫn", "19", "HD-BCĐ", None, "Ban Chỉ đạo 515 Quân khu 7", "Hướng dẫn số 18, 19/HD-BCĐ")],
[prov("Tây Ninh"), com("Tân Lập"), com("Phước Vinh")],
["BỘ CHỈ HUY QUÂN SỰ TỈNH TÂY NINH - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Tin tức > Chính sách hậu phương quân đội",
 "Đại tá Nguyễn Văn Hải phát biểu tại hội nghị.", "Tbong Khmum", "Svay Rieng", "Memot", "Đội K70", "Ban Chỉ đạo 515",
 "Đề án tìm kiếm, quy tập hài cốt liệt sĩ"],
["10.07.2015 | 09:40", "6 tháng đầu năm 2015", "6 tháng cuối năm", "mùa khô 2015 - 2016", "Đội K70", "Ban Chỉ đạo 515", "Quân khu 7", "năm 2001"]))

PAGES.append(page("b7834-thanhhoa-mttq-giamsat-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Bạn đang ở: Trang chủ › Hoạt động giám sát, phản biện xã hội
Thứ Năm, 20/10/2016
Giám sát việc thực hiện chính sách ưu đãi người có công tại huyện Thọ Xuân
Ngày 18/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Thanh Hóa phối hợp với Ban Dân vận Tỉnh ủy do đồng chí Phạm Thị Thanh Thủy, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách ưu đãi người có công với cách mạng tại huyện Thọ Xuân, theo chương trình giám sát năm 2016.
Tham gia đoàn có các đồng chí Lê Văn Nhuận, Cầm Thị Hương - Phó Trưởng Ban Dân vận Tỉnh ủy; đại diện Sở Lao động - Thương binh và Xã hội, Hội Cựu chiến binh tỉnh.
Đoàn giám sát làm việc tại UBND huyện Thọ Xuân.
Theo báo cáo của UBND huyện do ông Lê Đình Hải, HUV, Phó Chủ tịch UBND huyện Thọ Xuân trình bày, huyện hiện có 4.873 liệt sĩ, 2.150 thương binh và người hưởng chính sách như thương binh, 312 Bà mẹ Việt Nam anh hùng, trong đó 96 mẹ còn sống. Hằng tháng, huyện chi trả trợ cấp cho 6.890 đối tượng với số tiền hơn 9,7 tỷ đồng, bảo đảm đúng, đủ, kịp thời theo Nghị định số 31/2013/NĐ-CP của Chính phủ và Thông tư liên tịch số 13/2014/TTLT-BLĐTBXH-BTC. Từ năm 2013 đến nay, huyện đã hỗ trợ 427 hộ người có công cải thiện nhà ở, mỗi nhà được hỗ trợ từ 20 đến 40 triệu đồng.
Bà Lê Thị Xoan, Trưởng phòng Lao động - Thương binh và Xã hội huyện cho biết, 100% xã, thị trấn đã rà soát hồ sơ người có công; tuy nhiên toàn huyện còn 12 nghĩa trang liệt sĩ xuống cấp, cần được tu bổ, nâng cấp.
Giám sát trực tiếp tại thị trấn Lam Sơn, xã Xuân Bái và xã Thọ Lập, đoàn phát hiện 7 hồ sơ có sai sót về thời gian hưởng trợ cấp; kiến nghị thu hồi 46,5 triệu đồng chi sai. Ông Hà Văn Pưng, thương binh, ở xã Thọ Lập phản ánh việc cấp thẻ bảo hiểm y tế còn chậm. Ông Trịnh Xuân Đức, Chủ tịch UBND xã Xuân Bái tiếp thu, cam kết khắc phục trong tháng 11.
Kết luận buổi giám sát, đồng chí Phạm Thị Thanh Thủy ghi nhận sự quan tâm của cấp ủy, chính quyền huyện đối với người có công; đề nghị huyện chỉ đạo kiểm tra chặt chẽ hồ sơ, công khai danh sách đối tượng được hưởng chính sách tại nhà văn hóa thôn, khu phố; huy động xã hội hóa để tu bổ nghĩa trang liệt sĩ. Đoàn sẽ tổng hợp các kiến nghị, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh theo Kế hoạch số 12/KH-MTTQ-BTT ngày 20/9/2016 về giám sát việc thực hiện Pháp lệnh Ưu đãi người có công với cách mạng.
Ngọc Anh
Các tin khác
- Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ nhà ở (12/10/2016)
- Giám sát thực hiện chính sách bảo hiểm y tế tại huyện Ngọc Lặc (05/10/2016)
- MTTQ huyện Như Xuân trao 30 nhà Đại đoàn kết (28/09/2016)
""", "2016-10-20", "Giám sát việc thực hiện chính sách ưu đãi người có công tại huyện Thọ Xuân",
E("giam_sat", "2016", "2016-10-18"),
[P("Phạm Thị Thanh Thủy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Nhuận", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cầm Thị Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Đình Hải", "HUV", "Phó Chủ tịch UBND huyện Thọ Xuân"),
 P("Lê Thị Xoan", "Trưởng phòng Lao động - Thương binh và Xã hội huyện"),
 P("Hà Văn Pưng", "thương binh"),
 P("Trịnh Xuân Đức", "Chủ tịch UBND xã Xuân Bái")],
[Q("4.873 liệt sĩ", 4873, "liệt sĩ"), Q("2.150 thương binh và người hưởng chính sách như thương binh", 2150, "thương binh và người hưởng chính sách như thương binh"),
 Q("312 Bà mẹ Việt Nam anh hùng", 312, "Bà mẹ Việt Nam anh hùng"), Q("96 mẹ", 96, "mẹ"),
 Q("6.890 đối tượng", 6890, "đối tượng"), Q("hơn 9,7 tỷ đồng", 9700000000, "đồng", "over"),
 Q("427 hộ người có công", 427, "hộ người có công"), Q("từ 20", 20000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("100%", 100, "%"), Q("12 nghĩa trang liệt sĩ", 12, "nghĩa trang liệt sĩ"), Q("7 hồ sơ", 7, "hồ sơ"),
 Q("46,5 triệu đồng", 46500000, "đồng")],
[D("Nghị định", "31", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 31/2013/NĐ-CP"),
 D("Thông tư liên tịch", "13", "2014/TTLT-BLĐTBXH-BTC", None, None, "Thông tư liên tịch số 13/2014/TTLT-BLĐTBXH-BTC"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", "2016-09-20", None, "Kế hoạch số 12/KH-MTTQ-BTT ngày 20/9/2016")],
[prov("Thanh Hóa"), com("Lam Sơn"), com("Xuân Bái"), com("Thọ Lập")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Bạn đang ở: Trang chủ › Hoạt động giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND huyện Thọ Xuân.", "Pháp lệnh Ưu đãi người có công với cách mạng", "Hội Cựu chiến binh tỉnh"],
["Thứ Năm, 20/10/2016", "năm 2016", "Từ năm 2013", "tháng 11"]))
