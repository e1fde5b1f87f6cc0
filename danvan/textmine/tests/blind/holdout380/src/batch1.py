from lib import *
PAGES = []

PAGES.append(page("b9077-nghean-mttq-tongket-quyvnn-2011", """
ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN
Trang chủ » Hoạt động Mặt trận » Quỹ Vì người nghèo
Thứ Hai, 26/12/2011 - 09:20
Toàn cảnh hội nghị tổng kết. Ảnh: Hữu Vinh
Nghệ An: Quỹ "Vì người nghèo" năm 2011 tiếp nhận trên 21,6 tỷ đồng
Ngày 23/12/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức hội nghị tổng kết công tác vận động, quản lý và sử dụng Quỹ "Vì người nghèo" năm 2011. Đồng chí Hoàng Viết Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban vận động Quỹ "Vì người nghèo" tỉnh chủ trì hội nghị. Dự hội nghị có 64 đồng chí là chủ tịch Ủy ban MTTQ các huyện, thành, thị và đại diện các sở, ngành.
Báo cáo do bà Nguyễn Thị Lam, Phó Chủ tịch Ủy ban MTTQ tỉnh, trình bày cho biết: thực hiện Kế hoạch số 112/KH-MTTQ-BTT ngày 10/10/2011 của Ban Thường trực Ủy ban MTTQ tỉnh, toàn tỉnh đã vận động được trên 21,6 tỷ đồng, trong đó cấp tỉnh 6,45 tỷ đồng, cấp huyện và cơ sở hơn 15,1 tỷ đồng. Từ nguồn quỹ, các cấp Mặt trận đã hỗ trợ xây mới 1.126 nhà Đại đoàn kết, sửa chữa 347 nhà; hỗ trợ 2.850 học sinh nghèo và 915 lượt người nghèo khám, chữa bệnh. Mỗi nhà xây mới được hỗ trợ 15 triệu đồng, nhà sửa chữa 7 triệu đồng.
Tỷ lệ hộ nghèo toàn tỉnh giảm từ 22,5% xuống còn khoảng 18,6%. Các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong được ưu tiên phân bổ 60% nguồn quỹ cấp tỉnh.
Tại hội nghị, ông Lô Văn Hùng, Chủ tịch Ủy ban MTTQ huyện Quế Phong, chia sẻ cách làm "nhà nước và nhân dân cùng làm" khi xây nhà cho đồng bào Thái, Mông. Ông Vi Văn Sơn, Trưởng Ban công tác Mặt trận bản Huồi Tụ, xã Huồi Tụ, cho biết bà con trong bản đã góp 230 ngày công giúp 9 hộ dựng nhà mới. Bà Trần Thị Hoa, Chủ tịch Ủy ban MTTQ xã Nghi Phong, đề nghị tỉnh sớm ban hành hướng dẫn mức hỗ trợ đối với hộ cận nghèo.
Phát biểu kết luận, đồng chí Hoàng Viết Cường đề nghị các cấp Mặt trận tiếp tục thực hiện Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ về hỗ trợ hộ nghèo về nhà ở; công khai, minh bạch các khoản thu, chi Quỹ; gắn việc vận động Quỹ với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Năm 2012, phấn đấu xây mới ít nhất 1.000 nhà Đại đoàn kết.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 27 tập thể và 35 cá nhân có thành tích xuất sắc trong vận động Quỹ "Vì người nghèo" năm 2011.
Hữu Vinh
Tin liên quan
- Diễn Châu trao 20 nhà Đại đoàn kết cho hộ nghèo (15/12/2011)
- Ra quân Tháng cao điểm "Vì người nghèo" năm 2011 (17/10/2011)
- Kỳ Sơn: 300 hộ nghèo được hỗ trợ nhà ở (05/10/2011)
- Hội nghị giao ban công tác Mặt trận 9 tháng (28/09/2011)
""", "2011-12-26", 'Nghệ An: Quỹ "Vì người nghèo" năm 2011 tiếp nhận trên 21,6 tỷ đồng',
E("tong_ket", "2011", "2011-12-23"),
[P("Hoàng Viết Cường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", 'Trưởng Ban vận động Quỹ "Vì người nghèo" tỉnh'),
 P("Nguyễn Thị Lam", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lô Văn Hùng", "Chủ tịch Ủy ban MTTQ huyện Quế Phong"),
 P("Vi Văn Sơn", "Trưởng Ban công tác Mặt trận bản Huồi Tụ"),
 P("Trần Thị Hoa", "Chủ tịch Ủy ban MTTQ xã Nghi Phong")],
[Q("trên 21,6 tỷ đồng", 21600000000, "đồng", "over"), Q("64 đồng chí", 64, "đồng chí"),
 Q("6,45 tỷ đồng", 6450000000, "đồng"), Q("hơn 15,1 tỷ đồng", 15100000000, "đồng", "over"),
 Q("1.126 nhà Đại đoàn kết", 1126, "nhà Đại đoàn kết"), Q("347 nhà", 347, "nhà"),
 Q("2.850 học sinh nghèo", 2850, "học sinh nghèo"), Q("915 lượt người nghèo", 915, "lượt người nghèo"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("7 triệu đồng", 7000000, "đồng"),
 Q("22,5%", 22.5, "%"), Q("khoảng 18,6%", 18.6, "%", "approx"), Q("60%", 60, "%"),
 Q("230 ngày công", 230, "ngày công"), Q("9 hộ", 9, "hộ"),
 Q("ít nhất 1.000 nhà Đại đoàn kết", 1000, "nhà Đại đoàn kết", "over"),
 Q("27 tập thể", 27, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Kế hoạch", "112", "KH-MTTQ-BTT", "2011-10-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 10/10/2011"),
 D("Quyết định", "167", "2008/QĐ-TTg", "2008-12-12", "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008")],
[prov("Nghệ An"), com("Huồi Tụ"), com("Nghi Phong")],
["ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "Trang chủ » Hoạt động Mặt trận » Quỹ Vì người nghèo",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Hữu Vinh", "Vì người nghèo", "nhà nước và nhân dân cùng làm",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["Thứ Hai, 26/12/2011 - 09:20", "64 đồng chí", "năm 2011", "Năm 2012"]))

PAGES.append(page("b9078-thainguyen-mttq-traonha-2012", """
Báo Thái Nguyên điện tử
Xã hội | Giảm nghèo
08:35 | 13/01/2012
Trao 42 nhà Đại đoàn kết cho hộ nghèo huyện Võ Nhai
(TN) - Ngày 12/1, Ủy ban MTTQ tỉnh phối hợp với UBND huyện Võ Nhai tổ chức lễ bàn giao 42 nhà Đại đoàn kết cho hộ nghèo các xã Thần Sa, Sảng Mộc và Nghinh Tường. Tới dự có đồng chí Ma Thị Thanh Nguyên, Phó Bí thư Thường trực Tỉnh ủy; bà Dương Thị Bích Hằng, Chủ tịch Ủy ban MTTQ tỉnh.
Các đại biểu cắt băng khánh thành nhà Đại đoàn kết tại xóm Kim Sơn.
Các ngôi nhà được xây dựng từ nguồn Quỹ "Vì người nghèo" của tỉnh, mỗi nhà được hỗ trợ 20 triệu đồng, tổng số tiền 840 triệu đồng. Ngoài ra, các gia đình được anh em, dòng họ và bà con xóm giúp đỡ gần 1.500 ngày công, nhiều hộ vay thêm vốn ưu đãi 8 triệu đồng theo Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ. Diện tích mỗi nhà từ 40 m2 trở lên, đảm bảo "3 cứng": nền cứng, khung cứng, mái cứng.
Ông Hoàng Văn Thạo, Phó Chủ tịch UBND huyện Võ Nhai, cho biết toàn huyện hiện còn 4.137 hộ nghèo, chiếm 31,2% số hộ; phần lớn là đồng bào Dao, Mông, Tày ở vùng cao. Năm 2011, huyện đã xóa 118 nhà tạm, trong đó 42 nhà do Quỹ "Vì người nghèo" tỉnh hỗ trợ, số còn lại do các doanh nghiệp và Chương trình 134 hỗ trợ.
Xúc động khi nhận chìa khóa nhà mới, anh Triệu Văn Phin, xóm Đồng Dình, xã Thần Sa, nói: "Gia đình tôi 6 người ở trong căn nhà tranh dột nát hơn 10 năm, nay có nhà mới rồi, Tết này không còn lo mưa rét nữa".
Phát biểu tại buổi lễ, đồng chí Ma Thị Thanh Nguyên ghi nhận sự vào cuộc của các cấp Mặt trận và đề nghị huyện Võ Nhai tiếp tục rà soát, lập danh sách hộ nghèo khó khăn về nhà ở để đề xuất hỗ trợ trong năm 2012. Theo Kế hoạch số 05/KH-MTTQ ngày 6/1/2012 của Ủy ban MTTQ tỉnh, năm 2012 toàn tỉnh phấn đấu xây mới khoảng 300 nhà Đại đoàn kết.
Theo ghi nhận, việc xây nhà ở Võ Nhai được thực hiện theo phương châm hộ gia đình tự làm là chính, Mặt trận và chính quyền cơ sở hỗ trợ giám sát chất lượng. Ban công tác Mặt trận các xóm đã tổ chức họp dân bình xét công khai, ưu tiên hộ có người già cô đơn, người khuyết tật, hộ đông con. Nhiều đoàn viên thanh niên, hội viên phụ nữ tham gia vận chuyển vật liệu lên các xóm vùng cao, nơi xe tải không vào được.
Cùng ngày, đoàn đã tặng 200 suất quà Tết cho hộ nghèo, mỗi suất trị giá 300.000 đồng, và 150 chăn ấm cho học sinh bán trú Trường PTDT bán trú THCS Sảng Mộc.
Thu Hà
Tin khác
- Phú Lương: Quỹ Vì người nghèo tiếp nhận gần 600 triệu đồng (09/01/2012)
- Định Hóa bàn giao 15 nhà tình nghĩa (28/12/2011)
- MTTQ tỉnh tổng kết công tác năm 2011 (22/12/2011)
- Đồng Hỷ: Hỗ trợ hộ nghèo đón Tết (20/12/2011)
- Ra mắt Ban vận động Quỹ Vì người nghèo các xã vùng cao (12/12/2011)
""", "2012-01-13", "Trao 42 nhà Đại đoàn kết cho hộ nghèo huyện Võ Nhai",
E("trao_qua", None, "2012-01-12"),
[P("Ma Thị Thanh Nguyên", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Dương Thị Bích Hằng", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Thạo", "Phó Chủ tịch UBND huyện Võ Nhai"),
 P("Triệu Văn Phin")],
[Q("42 nhà Đại đoàn kết", 42, "nhà Đại đoàn kết"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("840 triệu đồng", 840000000, "đồng"), Q("gần 1.500 ngày công", 1500, "ngày công", "approx"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("40 m2 trở lên", 40, "m2", "over"),
 Q("4.137 hộ nghèo", 4137, "hộ nghèo"), Q("31,2%", 31.2, "%"), Q("118 nhà tạm", 118, "nhà tạm"),
 Q("6 người", 6, "người"),
 Q("khoảng 300 nhà Đại đoàn kết", 300, "nhà Đại đoàn kết", "approx"),
 Q("200 suất quà Tết", 200, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("150 chăn ấm", 150, "chăn ấm")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Kế hoạch", "05", "KH-MTTQ", "2012-01-06", "Ủy ban MTTQ tỉnh", "Kế hoạch số 05/KH-MTTQ ngày 6/1/2012")],
[prov("Thái Nguyên"), com("Thần Sa"), com("Sảng Mộc"), com("Nghinh Tường")],
["Báo Thái Nguyên điện tử", "Xã hội | Giảm nghèo", "(TN)", "Các đại biểu cắt băng khánh thành nhà Đại đoàn kết tại xóm Kim Sơn.",
 "Vì người nghèo", "3 cứng", "Chương trình 134"],
["08:35 | 13/01/2012", "3 cứng", "hơn 10 năm", "Năm 2011", "năm 2012", "Chương trình 134"]))

PAGES.append(page("b9079-quangnam-mttq-phanbo-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Bạn đang ở: Trang chủ > Tin tức > Hoạt động Mặt trận
Ngày đăng 08/03/2013 | 15:40
Phân bổ hơn 9,2 tỷ đồng Quỹ "Vì người nghèo" năm 2013
Sáng 7/3, Ban vận động Quỹ "Vì người nghèo" tỉnh Quảng Nam tổ chức hội nghị thống nhất phương án phân bổ Quỹ "Vì người nghèo" năm 2013. Bà Nguyễn Thị Thu Lan, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, Phó Trưởng ban Thường trực Ban vận động chủ trì hội nghị.
Theo báo cáo, trong đợt cao điểm từ 17/10/2012 đến 18/11/2012, Quỹ cấp tỉnh tiếp nhận 9.246 triệu đồng từ 312 tập thể và cá nhân, tăng 14% so với năm trước. Trong đó, các doanh nghiệp đóng góp hơn 5 tỷ đồng, cán bộ, công chức, viên chức đóng góp một ngày lương được 1,8 tỷ đồng.
Hội nghị thống nhất phân bổ cho 9 huyện miền núi 6,5 tỷ đồng để xây mới 325 nhà Đại đoàn kết, mức hỗ trợ 20 triệu đồng/nhà; dành 1,2 tỷ đồng hỗ trợ sửa chữa 240 nhà, 850 triệu đồng hỗ trợ sinh kế cho 170 hộ nghèo (bò giống, heo giống), phần còn lại hỗ trợ học bổng và khám, chữa bệnh. Theo Hướng dẫn số 03/HD-MTTQ-BTT ngày 20/2/2013 của Ban Thường trực Ủy ban MTTQ tỉnh, việc bình xét hộ được hỗ trợ phải họp dân công khai tại thôn.
Các thành viên Ban vận động gồm các ông, bà: Lê Văn Thanh, Trần Minh Cả, Phan Thị Ngọc - Phó Trưởng ban vận động Quỹ "Vì người nghèo" tỉnh đều thống nhất với phương án, đồng thời đề nghị ưu tiên các xã biên giới của huyện Tây Giang, Nam Giang.
Đại diện huyện Nam Giang, ông Zơrâm Ngang, Chủ tịch Ủy ban MTTQ huyện Nam Giang, cho biết huyện có 2.016 hộ nghèo, tỷ lệ 47,6%, nhiều hộ Cơ Tu còn ở nhà tạm; ông đề nghị nâng mức hỗ trợ lên 25 triệu đồng/nhà vì vật liệu phải vận chuyển xa. Ông Bhling Mia, Chủ tịch Ủy ban MTTQ xã La Dêê, kiến nghị cho phép hộ nghèo tận dụng gỗ tạp do dân góp.
Nhiều ý kiến cho rằng việc hỗ trợ sinh kế cần gắn với hướng dẫn kỹ thuật chăn nuôi, trồng trọt để hộ nghèo sử dụng vốn hiệu quả, tránh tình trạng nhận bò giống rồi bán đi. Một số đại biểu đề nghị tăng cường giám sát của Ban Thanh tra nhân dân và Ban công tác Mặt trận thôn đối với các công trình nhà Đại đoàn kết, kịp thời phát hiện sai sót trong bình xét đối tượng, thi công không đúng thiết kế.
Kết luận hội nghị, bà Nguyễn Thị Thu Lan giao Văn phòng Ủy ban MTTQ tỉnh hoàn chỉnh Quyết định phân bổ để trình Thường trực; yêu cầu các địa phương khởi công trước ngày 30/6/2013, hoàn thành trước mùa mưa bão.
Minh Hoàng
Tin liên quan
- Điện Bàn: trao 12 nhà Đại đoàn kết (01/03/2013)
- MTTQ tỉnh thăm, chúc Tết hộ nghèo huyện Phước Sơn (05/02/2013)
- Quỹ Vì người nghèo Tam Kỳ vượt chỉ tiêu (20/12/2012)
- Hội nghị tổng kết công tác Mặt trận năm 2012 (26/12/2012)
""", "2013-03-08", 'Phân bổ hơn 9,2 tỷ đồng Quỹ "Vì người nghèo" năm 2013',
E("hoi_nghi", "2013", "2013-03-07"),
[P("Nguyễn Thị Thu Lan", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Phó Trưởng ban Thường trực Ban vận động"),
 P("Lê Văn Thanh", 'Phó Trưởng ban vận động Quỹ "Vì người nghèo" tỉnh'),
 P("Trần Minh Cả", 'Phó Trưởng ban vận động Quỹ "Vì người nghèo" tỉnh'),
 P("Phan Thị Ngọc", 'Phó Trưởng ban vận động Quỹ "Vì người nghèo" tỉnh'),
 P("Zơrâm Ngang", "Chủ tịch Ủy ban MTTQ huyện Nam Giang"),
 P("Bhling Mia", "Chủ tịch Ủy ban MTTQ xã La Dêê")],
[Q("hơn 9,2 tỷ đồng", 9200000000, "đồng", "over"), Q("9.246 triệu đồng", 9246000000, "đồng"),
 Q("312 tập thể và cá nhân", 312, "tập thể và cá nhân"), Q("14%", 14, "%"),
 Q("hơn 5 tỷ đồng", 5000000000, "đồng", "over"), Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("9 huyện miền núi", 9, "huyện miền núi"), Q("6,5 tỷ đồng", 6500000000, "đồng"),
 Q("325 nhà Đại đoàn kết", 325, "nhà Đại đoàn kết"), Q("20 triệu đồng/nhà", 20000000, "đồng"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("240 nhà", 240, "nhà"), Q("850 triệu đồng", 850000000, "đồng"),
 Q("170 hộ nghèo", 170, "hộ nghèo"), Q("2.016 hộ nghèo", 2016, "hộ nghèo"), Q("47,6%", 47.6, "%"),
 Q("25 triệu đồng/nhà", 25000000, "đồng")],
[D("Hướng dẫn", "03", "HD-MTTQ-BTT", "2013-02-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 03/HD-MTTQ-BTT ngày 20/2/2013")],
[prov("Quảng Nam"), com("La Dêê")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Bạn đang ở: Trang chủ > Tin tức > Hoạt động Mặt trận", "Vì người nghèo"],
["Ngày đăng 08/03/2013 | 15:40", "năm 2013", "một ngày lương", "17/10/2012", "18/11/2012"]))

PAGES.append(page("b9080-soctrang-mttq-giamsat-2014", """
Cổng thông tin điện tử tỉnh Sóc Trăng
Tin tức - Sự kiện / Mặt trận và các đoàn thể
Cập nhật: 14:10, 19/09/2014 (GMT+7)
Ảnh: Đoàn giám sát làm việc tại xã Vĩnh Hải.
Giám sát việc quản lý, sử dụng Quỹ "Vì người nghèo" tại thị xã Vĩnh Châu
Từ ngày 16 đến 18/9/2014, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng do ông Trần Văn Hiếu, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn, đã giám sát việc vận động, quản lý và sử dụng Quỹ "Vì người nghèo" năm 2014 tại thị xã Vĩnh Châu và các xã Vĩnh Hải, Lạc Hòa và Phường 2.
Cuộc giám sát thực hiện theo Quyết định số 217-QĐ/MTTQ-BTT ngày 5/9/2014 của Ban Thường trực Ủy ban MTTQ tỉnh và Quyết định số 26/2014/QĐ-TTg ngày 26/3/2014 của Thủ tướng Chính phủ quy định chức năng, nhiệm vụ của MTTQ Việt Nam. Tham gia đoàn có đại diện Sở Tài chính, Sở Lao động - Thương binh và Xã hội, Hội Nông dân tỉnh.
Theo báo cáo của Ủy ban MTTQ thị xã, từ đầu năm đến nay Quỹ các cấp tại Vĩnh Châu tiếp nhận 1,36 tỷ đồng, đã chi 1,12 tỷ đồng, đạt 82,3%. Trong đó hỗ trợ xây 31 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer, mỗi căn 25 triệu đồng; sửa chữa 18 căn nhà; hỗ trợ 420 phần quà; cấp 96 thẻ bảo hiểm y tế cho người cận nghèo.
Qua kiểm tra hồ sơ và đến tận nhà 27 hộ thụ hưởng, đoàn ghi nhận việc bình xét đúng đối tượng, có biên bản họp dân ở từng ấp; tuy nhiên 3 căn nhà chưa gắn biển Đại đoàn kết, sổ sách ở 1 xã chưa ghi chép kịp thời, một số chứng từ chi còn thiếu chữ ký người nhận.
Ông Thạch Sô Phol, Chủ tịch Ủy ban MTTQ xã Vĩnh Hải, giải trình: xã có 1.254 hộ nghèo, tỷ lệ 21,4%, số tiền vận động được tại chỗ còn ít nên chủ yếu dựa vào nguồn cấp trên. Bà Lâm Thị Sa Vươl, Trưởng Ban công tác Mặt trận ấp Huỳnh Ký, cho biết nhiều hộ nghèo đề nghị được hỗ trợ con giống thay vì quà.
Đoàn cũng đánh giá cao cách làm của các chùa Phật giáo Nam tông Khmer trên địa bàn trong việc vận động bà con, sư sãi góp công, góp của xây nhà cho hộ nghèo; nhiều ngôi nhà được hoàn thành chỉ trong thời gian ngắn nhờ sự chung tay của bà con trong phum, sóc. Người dân được hỗ trợ đều phấn khởi, cam kết giữ gìn nhà ở và cố gắng vươn lên thoát nghèo.
Kết luận buổi giám sát, ông Trần Văn Hiếu đề nghị Ủy ban MTTQ thị xã khắc phục ngay các thiếu sót, công khai danh sách hộ thụ hưởng tại trụ sở ấp và báo cáo kết quả về Ban Thường trực trước ngày 15/10/2014.
Minh Tâm
Các tin khác
- Mỹ Xuyên: vận động Quỹ Vì người nghèo được 800 triệu đồng (12/09/2014)
- Ra mắt mô hình "Ấp không có hộ nghèo" (05/09/2014)
- Trao 10 căn nhà Đại đoàn kết ở Trần Đề (29/08/2014)
- Hội nghị giao ban công tác Mặt trận khu vực đồng bào Khmer (20/08/2014)
""", "2014-09-19", 'Giám sát việc quản lý, sử dụng Quỹ "Vì người nghèo" tại thị xã Vĩnh Châu',
E("giam_sat", "2014", "2014-09-16"),
[P("Trần Văn Hiếu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Thạch Sô Phol", "Chủ tịch Ủy ban MTTQ xã Vĩnh Hải"),
 P("Lâm Thị Sa Vươl", "Trưởng Ban công tác Mặt trận ấp Huỳnh Ký")],
[Q("1,36 tỷ đồng", 1360000000, "đồng"), Q("1,12 tỷ đồng", 1120000000, "đồng"), Q("82,3%", 82.3, "%"),
 Q("31 căn nhà Đại đoàn kết", 31, "căn nhà Đại đoàn kết"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("18 căn nhà", 18, "căn nhà"), Q("420 phần quà", 420, "phần quà"),
 Q("96 thẻ bảo hiểm y tế", 96, "thẻ bảo hiểm y tế"), Q("27 hộ", 27, "hộ"), Q("3 căn nhà", 3, "căn nhà"),
 Q("1.254 hộ nghèo", 1254, "hộ nghèo"), Q("21,4%", 21.4, "%")],
[D("Quyết định", "217", "QĐ/MTTQ-BTT", "2014-09-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 217-QĐ/MTTQ-BTT ngày 5/9/2014"),
 D("Quyết định", "26", "2014/QĐ-TTg", "2014-03-26", "Thủ tướng Chính phủ", "Quyết định số 26/2014/QĐ-TTg ngày 26/3/2014")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Lạc Hòa"), com("Phường 2")],
["Cổng thông tin điện tử tỉnh Sóc Trăng", "Tin tức - Sự kiện / Mặt trận và các đoàn thể",
 "Ảnh: Đoàn giám sát làm việc tại xã Vĩnh Hải.", "Vì người nghèo"],
["Cập nhật: 14:10, 19/09/2014 (GMT+7)", "năm 2014", "1 xã"]))

PAGES.append(page("b9081-laocai-mttq-soket-2015", """
BÁO LÀO CAI
Chính trị - Xã hội › Mặt trận - Đoàn thể
10/07/2015 - 16:25
Sơ kết 6 tháng: Quỹ "Vì người nghèo" các cấp tiếp nhận gần 7,4 tỷ đồng
Chiều 9/7, Ban Thường trực Ủy ban MTTQ tỉnh Lào Cai tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2015, trong đó có kết quả vận động, sử dụng Quỹ "Vì người nghèo". Đồng chí Vàng Seo Sử, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh chủ trì; dự có 9 huyện, thành phố tham gia tại điểm cầu chính và 164 điểm cầu xã.
Theo báo cáo, 6 tháng qua Quỹ "Vì người nghèo" các cấp tiếp nhận gần 7,4 tỷ đồng (cấp tỉnh 2,1 tỷ đồng), đã chi hỗ trợ 5,85 tỷ đồng. Từ nguồn quỹ và các nguồn xã hội hóa, đã khởi công 236 nhà Đại đoàn kết, hoàn thành 158 nhà; hỗ trợ 1.320 lượt hộ nghèo vật tư nông nghiệp; tặng 3.640 suất quà cho hộ nghèo, trẻ em người dân tộc thiểu số.
Thực hiện Chỉ thị số 16-CT/TU ngày 18/3/2015 của Ban Thường vụ Tỉnh ủy về đẩy mạnh giảm nghèo bền vững, các cấp Mặt trận đã phối hợp tổ chức 56 buổi tuyên truyền cho khoảng 4.800 lượt người. Toàn tỉnh có 12 xã đặc biệt khó khăn đăng ký thoát nghèo ngay trong năm.
Tại hội nghị, bà Lù Thị Dung, Phó Chủ tịch Ủy ban MTTQ tỉnh, nêu hạn chế: một số huyện chậm giải ngân, hồ sơ thanh quyết toán chưa đầy đủ, còn 78 nhà chưa khởi công do khó vận chuyển vật liệu lên thôn bản vùng cao. Ông Giàng A Chu, Chủ tịch Ủy ban MTTQ huyện Bắc Hà, và ông Lý Láo Ông, Chủ tịch Ủy ban MTTQ xã Y Tý, đề nghị tỉnh cho phép linh hoạt mức hỗ trợ theo địa bàn.
Đại biểu các huyện cũng phản ánh, ở nhiều thôn vùng cao, việc vận chuyển cát, xi măng, tôn lợp phải dùng ngựa thồ hoặc gùi bộ hàng giờ liền, chi phí làm nhà vì vậy cao hơn vùng thấp. Các cấp Mặt trận đã vận động dòng họ, bà con trong thôn góp công, góp gỗ, giúp hộ nghèo sớm có nhà ở ổn định trước mùa mưa lũ.
Kết luận hội nghị, đồng chí Vàng Seo Sử yêu cầu 6 tháng cuối năm hoàn thành 100% nhà Đại đoàn kết đã khởi công trước ngày 31/10; chuẩn bị tốt Tháng cao điểm "Vì người nghèo" từ 17/10 đến 18/11/2015; tiếp tục triển khai Kế hoạch số 27/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 8 tập thể và 11 cá nhân.
Văn Thông
Tin cùng chuyên mục
- Sa Pa: hỗ trợ 40 hộ nghèo làm nhà (03/07/2015)
- Mường Khương đón nhận 2 tỷ đồng hỗ trợ giảm nghèo (26/06/2015)
- Hội nghị giao ban Mặt trận quý I (10/04/2015)
- Bát Xát: ra mắt mô hình dòng họ giúp nhau thoát nghèo (02/04/2015)
- Văn Bàn: trao nhà Đại đoàn kết cho hộ nghèo người Dao (27/03/2015)
- Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở (20/03/2015)
""", "2015-07-10", 'Sơ kết 6 tháng: Quỹ "Vì người nghèo" các cấp tiếp nhận gần 7,4 tỷ đồng',
E("so_ket", "2015-H1", "2015-07-09"),
[P("Vàng Seo Sử", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lù Thị Dung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Giàng A Chu", "Chủ tịch Ủy ban MTTQ huyện Bắc Hà"),
 P("Lý Láo Ông", "Chủ tịch Ủy ban MTTQ xã Y Tý")],
[Q("gần 7,4 tỷ đồng", 7400000000, "đồng", "approx"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("164 điểm cầu xã", 164, "điểm cầu xã"), Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("5,85 tỷ đồng", 5850000000, "đồng"),
 Q("236 nhà Đại đoàn kết", 236, "nhà Đại đoàn kết"), Q("158 nhà", 158, "nhà"),
 Q("1.320 lượt hộ nghèo", 1320, "lượt hộ nghèo"), Q("3.640 suất quà", 3640, "suất quà"),
 Q("56 buổi tuyên truyền", 56, "buổi tuyên truyền"), Q("khoảng 4.800 lượt người", 4800, "lượt người", "approx"),
 Q("12 xã đặc biệt khó khăn", 12, "xã đặc biệt khó khăn"), Q("78 nhà", 78, "nhà"), Q("100%", 100, "%"),
 Q("8 tập thể", 8, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Chỉ thị", "16", "CT/TU", "2015-03-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 18/3/2015"),
 D("Kế hoạch", "27", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT")],
[prov("Lào Cai"), com("Y Tý")],
["BÁO LÀO CAI", "Chính trị - Xã hội › Mặt trận - Đoàn thể", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["10/07/2015 - 16:25", "6 tháng đầu năm 2015", "6 tháng cuối năm", "Tháng cao điểm"]))

PAGES.append(page("b9082-daklak-xa-congkhai-quy-2016", """
ỦY BAN NHÂN DÂN XÃ EA TUL - HUYỆN CƯ M'GAR - TỈNH ĐẮK LẮK
Trang chủ / Tin tức - Sự kiện / Mặt trận
Ngày 30/12/2016
Báo cáo công khai kết quả vận động, sử dụng Quỹ "Vì người nghèo" xã Ea Tul năm 2016
Ngày 28/12/2016, Ban Thường trực Ủy ban MTTQ Việt Nam xã Ea Tul ban hành Báo cáo số 41/BC-MTTQ về kết quả vận động, quản lý và sử dụng Quỹ "Vì người nghèo" năm 2016, đồng thời niêm yết công khai tại trụ sở UBND xã và 14 buôn, thôn.
Theo báo cáo, số dư năm 2015 chuyển sang là 12.450.000 đồng. Trong năm, xã vận động được 186.300.000 đồng từ 2.105 hộ gia đình, 9 cơ quan, trường học và 4 doanh nghiệp trên địa bàn; Ủy ban MTTQ huyện hỗ trợ thêm 60 triệu đồng. Tổng thu 258.750.000 đồng.
Về chi: hỗ trợ xây mới 3 nhà Đại đoàn kết cho hộ nghèo đồng bào Êđê, mỗi nhà 40 triệu đồng (120 triệu đồng); sửa chữa 2 nhà, 15 triệu đồng; tặng 160 suất quà Tết, mỗi suất 300.000 đồng (48 triệu đồng); hỗ trợ 25 học sinh nghèo, 500.000 đồng/em; thăm hỏi 14 trường hợp ốm đau 7 triệu đồng. Tổng chi 202.500.000 đồng, tồn quỹ chuyển sang năm 2017 là 56.250.000 đồng.
Các hộ được hỗ trợ làm nhà gồm: ông Y Khuê Niê, buôn Ea Bông; bà H'Lim Êban, buôn Sah A; ông Y Bhin Mlô, buôn Tring. Việc bình xét được thực hiện tại các cuộc họp buôn, có sự tham gia của già làng, người có uy tín.
Ông Y Thoa Niê, Chủ tịch Ủy ban MTTQ xã, cho biết: "Cuối năm 2016 toàn xã còn 287 hộ nghèo, chiếm 8,9%; năm tới Mặt trận xã tiếp tục phối hợp với các đoàn thể vận động mỗi hộ ủng hộ ít nhất 20.000 đồng, cán bộ, công chức ủng hộ 1 ngày lương".
Báo cáo cũng nêu rõ, việc quản lý Quỹ thực hiện theo Hướng dẫn số 24/HD-MTTQ-BTT ngày 15/8/2016 của Ban Thường trực Ủy ban MTTQ huyện Cư M'gar; sổ sách thu, chi được Ban Thanh tra nhân dân xã kiểm tra định kỳ. Bà H'Duyên Byă, Trưởng ban Thanh tra nhân dân xã, xác nhận các khoản chi đều có chứng từ hợp lệ.
Ban Thường trực Ủy ban MTTQ xã Ea Tul, tỉnh Đắk Lắk trân trọng cảm ơn các tập thể, cá nhân, các hộ gia đình trong và ngoài xã đã chung tay ủng hộ Quỹ; đề nghị các chi hội, đoàn thể tiếp tục phổ biến báo cáo này trong các buổi sinh hoạt buôn, thôn để nhân dân cùng biết, cùng giám sát.
Mọi ý kiến thắc mắc xin liên hệ Ủy ban MTTQ xã, điện thoại 0262.3530.123.
BTT UBMTTQ xã
Tin khác
- Xã Ea Tul tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2016)
- Phát động Tháng cao điểm Vì người nghèo năm 2016 (17/10/2016)
- Kết quả bầu cử đại biểu HĐND xã (25/05/2016)
- Hội nghị tổng kết công tác Mặt trận năm 2015 (30/12/2015)
- Thông báo lịch tiếp công dân của Chủ tịch UBND xã tháng 1 (28/12/2016)
- Ra mắt tổ hòa giải buôn Ea Bông (10/11/2016)
""", "2016-12-30", 'Báo cáo công khai kết quả vận động, sử dụng Quỹ "Vì người nghèo" xã Ea Tul năm 2016',
E("bao_cao", "2016", "2016-12-28"),
[P("Y Khuê Niê"), P("H'Lim Êban"), P("Y Bhin Mlô"),
 P("Y Thoa Niê", "Chủ tịch Ủy ban MTTQ xã"),
 P("H'Duyên Byă", "Trưởng ban Thanh tra nhân dân xã")],
[Q("14 buôn, thôn", 14, "buôn, thôn"), Q("12.450.000 đồng", 12450000, "đồng"), Q("186.300.000 đồng", 186300000, "đồng"),
 Q("2.105 hộ gia đình", 2105, "hộ gia đình"), Q("9 cơ quan, trường học", 9, "cơ quan, trường học"),
 Q("4 doanh nghiệp", 4, "doanh nghiệp"), Q("60 triệu đồng", 60000000, "đồng"), Q("258.750.000 đồng", 258750000, "đồng"),
 Q("3 nhà Đại đoàn kết", 3, "nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("2 nhà", 2, "nhà"), Q("15 triệu đồng", 15000000, "đồng"), Q("160 suất quà Tết", 160, "suất quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("48 triệu đồng", 48000000, "đồng"), Q("25 học sinh nghèo", 25, "học sinh nghèo"),
 Q("500.000 đồng/em", 500000, "đồng"), Q("14 trường hợp", 14, "trường hợp"), Q("7 triệu đồng", 7000000, "đồng"),
 Q("202.500.000 đồng", 202500000, "đồng"), Q("56.250.000 đồng", 56250000, "đồng"),
 Q("287 hộ nghèo", 287, "hộ nghèo"), Q("8,9%", 8.9, "%"), Q("ít nhất 20.000 đồng", 20000, "đồng", "over")],
[D("Báo cáo", "41", "BC-MTTQ", None, "Ban Thường trực Ủy ban MTTQ Việt Nam xã Ea Tul", "Báo cáo số 41/BC-MTTQ"),
 D("Hướng dẫn", "24", "HD-MTTQ-BTT", "2016-08-15", "Ban Thường trực Ủy ban MTTQ huyện Cư M'gar", "Hướng dẫn số 24/HD-MTTQ-BTT ngày 15/8/2016")],
[prov("Đắk Lắk"), com("Ea Tul")],
["ỦY BAN NHÂN DÂN XÃ EA TUL - HUYỆN CƯ M'GAR - TỈNH ĐẮK LẮK", "Trang chủ / Tin tức - Sự kiện / Mặt trận",
 "Vì người nghèo", "BTT UBMTTQ xã"],
["Ngày 30/12/2016", "năm 2016", "năm 2015", "năm 2017", "1 ngày lương", "0262.3530.123"]))
