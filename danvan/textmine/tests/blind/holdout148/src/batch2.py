from lib import *
PAGES = []

PAGES.append(page("b3515-caobang-bchqs-khoicongduong-2017", """
Báo Cao Bằng điện tử
Trang chủ | Quốc phòng - An ninh | Dân vận
Thứ Ba, 14/03/2017 - 07:55
Ảnh: Các đại biểu thực hiện nghi thức khởi công.
Khởi công tuyến đường bê tông "Quân dân đồng lòng" tại xã Cần Yên
Sáng 13/3, Bộ Chỉ huy Quân sự tỉnh phối hợp với UBND huyện Thông Nông tổ chức lễ khởi công tuyến đường bê tông liên xóm từ xóm Nà Mần đến xóm Lũng Rỳ, xã Cần Yên, công trình chào mừng kỷ niệm 72 năm Ngày truyền thống lực lượng vũ trang tỉnh và hưởng ứng phong trào thi đua "Quân đội chung sức xây dựng nông thôn mới".
Tuyến đường dài 2,8 km, mặt đường rộng 3 m, tổng kinh phí khoảng 1,6 tỷ đồng, trong đó nguồn xi măng hỗ trợ theo cơ chế đặc thù của tỉnh là 520 tấn, nhân dân hiến hơn 3.000 m2 đất, đóng góp cát, sỏi và ngày công; Bộ Chỉ huy Quân sự tỉnh huy động 120 cán bộ, chiến sĩ Đại đội Trinh sát và Tiểu đoàn Huấn luyện - Cơ động cùng 2 máy xúc tham gia thi công trong 45 ngày.
Phát biểu tại lễ khởi công, Đại tá Nông Văn Tằng, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh nhấn mạnh: thực hiện Nghị quyết số 49-NQ/QUTW ngày 15/02/2016 của Quân ủy Trung ương về công tác dân vận của Quân đội trong tình hình mới, mỗi năm lực lượng vũ trang tỉnh chọn ít nhất 2 công trình thiết thực để giúp các xã đặc biệt khó khăn.
Ông Hoàng Văn Sình, Bí thư Chi bộ xóm Nà Mần, cho biết bà con 86 hộ người Tày, Nùng trong xóm đã bàn bạc, thống nhất hiến đất, di dời 14 cột điện, chặt bỏ hàng rào để con đường sớm thành hình. "Đường mở đến đâu, bà con phấn khởi đến đó", ông nói.
Cũng tại buổi lễ, đồng chí Đàm Thị Mai, Phó Bí thư Thường trực Huyện ủy Thông Nông, đề nghị đơn vị thi công bảo đảm chất lượng; đồng thời giao Ủy ban MTTQ xã Cần Yên và các đoàn thể vận động nhân dân tích cực tham gia, giám sát công trình theo tinh thần Quyết định số 217-QĐ/TW của Bộ Chính trị.
Năm 2016, lực lượng vũ trang tỉnh Cao Bằng đã giúp nhân dân 9.800 ngày công, làm 21 km đường giao thông nông thôn, sửa chữa 13 nhà văn hóa xóm; phối hợp tặng 600 suất quà Tết cho hộ nghèo, gia đình chính sách.
Ngay sau lễ khởi công, cán bộ, chiến sĩ đã dựng lán trại tại xóm Lũng Rỳ, cùng nhân dân dọn mặt bằng, mở rộng những đoạn cua gấp. Nhiều người già trong xóm mang rau, măng đến tặng bộ đội, không khí quân dân như ngày hội.
Theo Trung tá Lục Văn Thắng, Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh, sau công trình này đơn vị sẽ tiếp tục khảo sát để giúp xã làm thêm một số tuyến kênh mương nội đồng trong năm 2017.
Thu Hà
Lượt xem: 2.105
Các tin khác
- Ra quân huấn luyện năm 2017 (10/01/2017)
- Bàn giao 3 nhà đồng đội ở Trùng Khánh (25/12/2016)
- Lực lượng vũ trang tỉnh giúp dân thu hoạch lúa mùa (20/10/2016)
""", "2017-03-14", "Khởi công tuyến đường bê tông \"Quân dân đồng lòng\" tại xã Cần Yên",
E("khac", None, "2017-03-13"),
[P("Nông Văn Tằng", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Hoàng Văn Sình", "Bí thư Chi bộ xóm Nà Mần"),
 P("Đàm Thị Mai", "Phó Bí thư Thường trực Huyện ủy Thông Nông"),
 P("Lục Văn Thắng", "Trung tá", "Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh")],
[Q("2,8 km", 2.8, "km"), Q("3 m", 3, "m"), Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("520 tấn", 520, "tấn"),
 Q("hơn 3.000 m2", 3000, "m2", "over"), Q("120 cán bộ, chiến sĩ", 120, "cán bộ, chiến sĩ"), Q("2 máy xúc", 2, "máy xúc"),
 Q("ít nhất 2 công trình", 2, "công trình", "over"), Q("86 hộ", 86, "hộ"), Q("14 cột điện", 14, "cột điện"),
 Q("9.800 ngày công", 9800, "ngày công"), Q("21 km", 21, "km"), Q("13 nhà văn hóa xóm", 13, "nhà văn hóa xóm"),
 Q("600 suất quà", 600, "suất quà")],
[D("Nghị quyết", "49", "NQ/QUTW", "2016-02-15", "Quân ủy Trung ương", "Nghị quyết số 49-NQ/QUTW ngày 15/02/2016"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Cao Bằng"), com("Cần Yên")],
["Báo Cao Bằng điện tử", "Trang chủ | Quốc phòng - An ninh | Dân vận", "Ảnh: Các đại biểu thực hiện nghi thức khởi công.",
 "Quân dân đồng lòng", "Quân đội chung sức xây dựng nông thôn mới", "Lượt xem: 2.105", "Đại đội Trinh sát"],
["Thứ Ba, 14/03/2017 - 07:55", "72 năm", "45 ngày", "Năm 2016", "năm 2017", "Lượt xem: 2.105"]))

PAGES.append(page("b3516-dienbien-llvt-bieuduong-2018", """
ĐIỆN BIÊN PHỦ ONLINE - Cơ quan của Đảng bộ tỉnh Điện Biên
Chính trị › Dân vận
Cập nhật lúc 16:30 ngày 20/11/2018
Biểu dương 45 điển hình "Dân vận khéo" trong lực lượng vũ trang
Đồng chí Lò Văn Muôn trao bằng khen cho các tập thể. Ảnh: Q.H
Ngày 19/11/2018, Ban Dân vận Tỉnh ủy phối hợp với Bộ Chỉ huy Quân sự tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị biểu dương điển hình "Dân vận khéo" trong lực lượng vũ trang tỉnh năm 2018. Tham dự có đồng chí Lò Văn Muôn, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Mùa A Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Phạm Văn Hùng, Chỉ huy trưởng, và Đại tá Lèo Văn Phiêng, Chính ủy Bộ Chỉ huy Quân sự tỉnh.
Hội nghị biểu dương 45 điển hình, gồm 18 tập thể và 27 cá nhân. Các mô hình tiêu biểu như "Tổ công tác Biên phòng gắn với già làng, trưởng bản", "Ngôi nhà 100 đồng", "Hũ gạo tình thương quân dân" đã giúp đồng bào các dân tộc Mông, Thái, Khơ Mú, Cống, Si La vùng biên giới ổn định cuộc sống.
Theo báo cáo, năm 2018, lực lượng vũ trang tỉnh đã giúp nhân dân 14.600 ngày công, tu sửa 38 km đường giao thông, khai hoang 25 ha ruộng nước; xây dựng 31 nhà đại đoàn kết, nhà đồng đội trị giá 1,24 tỷ đồng; tổ chức khám bệnh, cấp thuốc miễn phí cho hơn 6.000 lượt người. Các đồn biên phòng vận động nhân dân giao nộp 27 khẩu súng tự chế.
Chia sẻ tại hội nghị, Thiếu tá Lý A Chư, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Sín Thầu, cho biết: đơn vị nhận đỡ đầu 15 "con nuôi", vận động 100% hộ ở xã Sín Thầu đăng ký "Gia đình văn hóa". Thượng úy Quàng Thị Lả, Trợ lý Dân vận Ban Chỉ huy Quân sự huyện Tuần Giáo, chia sẻ cách đội công tác "ăn cùng, ở cùng, làm cùng, nói cùng tiếng dân tộc" với đồng bào.
Phát biểu, đồng chí Lò Văn Muôn đánh giá cao kết quả thực hiện Chỉ thị số 16-CT/TU ngày 08/5/2017 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong lực lượng vũ trang, đề nghị tiếp tục thực hiện hiệu quả Nghị quyết 49-NQ/QUTW của Quân ủy Trung ương và Kết luận 120, 121-KL/TU của Ban Thường vụ Tỉnh ủy.
Các ý kiến tại hội nghị cũng thẳng thắn chỉ ra: một số đơn vị còn coi công tác dân vận là việc của cơ quan chính trị; việc nắm tình hình ở các bản xa chưa thường xuyên; chưa có cơ chế khuyến khích cán bộ học tiếng dân tộc.
Ông Sùng A Hồ, người có uy tín bản Tá Miếu, xã Sín Thầu, đại diện đồng bào phát biểu cảm ơn bộ đội.
Ban Dân vận Tỉnh ủy đã tặng giấy khen cho 18 tập thể, 27 cá nhân; mỗi điển hình được tặng 1 phần quà trị giá 1 triệu đồng.
Quang Hưng
Bài viết liên quan
- Mường Nhé: nhân rộng mô hình "Dân vận khéo" (01/11/2018)
- Bộ đội Biên phòng tỉnh trao 500 suất quà cho đồng bào (15/10/2018)
- Ra mắt 6 mô hình "Dân vận khéo" trong LLVT (20/09/2018)
""", "2018-11-20", "Biểu dương 45 điển hình \"Dân vận khéo\" trong lực lượng vũ trang",
E("hoi_nghi", "2018", "2018-11-19"),
[P("Lò Văn Muôn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Mùa A Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Hùng", "Đại tá", "Chỉ huy trưởng"),
 P("Lèo Văn Phiêng", "Đại tá", "Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Lý A Chư", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Sín Thầu"),
 P("Quàng Thị Lả", "Thượng úy", "Trợ lý Dân vận Ban Chỉ huy Quân sự huyện Tuần Giáo"),
 P("Sùng A Hồ", "người có uy tín bản Tá Miếu")],
[Q("45 điển hình", 45, "điển hình"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân"),
 Q("14.600 ngày công", 14600, "ngày công"), Q("38 km", 38, "km"), Q("25 ha", 25, "ha"),
 Q("31 nhà đại đoàn kết, nhà đồng đội", 31, "nhà đại đoàn kết, nhà đồng đội"), Q("1,24 tỷ đồng", 1240000000, "đồng"), Q("hơn 6.000 lượt người", 6000, "lượt người", "over"),
 Q("27 khẩu súng tự chế", 27, "khẩu súng tự chế"), Q("15 \"con nuôi\"", 15, "con nuôi"), Q("100%", 100, "%"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "16", "CT/TU", "2017-05-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 08/5/2017"),
 D("Nghị quyết", "49", "NQ/QUTW", None, "Quân ủy Trung ương", "Nghị quyết 49-NQ/QUTW"),
 D("Kết luận", "120", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 120, 121-KL/TU"),
 D("Kết luận", "121", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 120, 121-KL/TU")],
[prov("Điện Biên"), com("Sín Thầu")],
["ĐIỆN BIÊN PHỦ ONLINE - Cơ quan của Đảng bộ tỉnh Điện Biên", "Chính trị › Dân vận",
 "Đồng chí Lò Văn Muôn trao bằng khen cho các tập thể. Ảnh: Q.H", "Dân vận khéo", "Tổ công tác Biên phòng gắn với già làng, trưởng bản",
 "Ngôi nhà 100 đồng", "Hũ gạo tình thương quân dân", "Gia đình văn hóa", "ăn cùng, ở cùng, làm cùng, nói cùng tiếng dân tộc"],
["Cập nhật lúc 16:30 ngày 20/11/2018", "Ngôi nhà 100 đồng", "năm 2018", "1 phần quà"]))

PAGES.append(page("b3517-tayninh-bdbp-tongket-2019", """
BÁO TÂY NINH ONLINE
Quốc phòng - An ninh / Biên giới
24.12.2019 | 10:20
Hôm nay: Thứ Tư, 25/12/2019
Đồn Biên phòng Tân Hà: điểm tựa của dân vùng biên
Toàn cảnh hội nghị tổng kết.
Ngày 23/12, Đồn Biên phòng Tân Hà (Bộ đội Biên phòng tỉnh) phối hợp với Đảng ủy, UBND xã Tân Hà tổ chức tổng kết công tác vận động quần chúng và phong trào "Toàn dân tham gia tự quản đường biên, mốc quốc giới" năm 2019. Dự có Đại tá Huỳnh Văn Đông, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh; bà Nguyễn Thị Kim Thoa, HUV, Trưởng Ban Dân vận Huyện ủy Tân Châu.
Báo cáo do Thiếu tá Trần Văn Lợi, Chính trị viên phó Đồn Biên phòng Tân Hà trình bày cho biết, năm 2019 đơn vị duy trì 6 tổ tự quản đường biên với 84 hộ tham gia, tuần tra chung với nhân dân 96 lượt; cán bộ đồn tham gia sinh hoạt tại 4 chi bộ ấp. Thực hiện Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ, lực lượng đã phối hợp tuyên truyền 52 buổi cho hơn 2.400 lượt người; vận động 12 hộ người Khmer, người Chăm thay đổi nếp sống.
Về hỗ trợ dân sinh, đơn vị giúp dân 1.150 ngày công, nâng cấp 4,5 km đường tuần tra kết hợp dân sinh, trao 2 căn nhà "Mái ấm tình thương" cho hộ ông Chau Sóc Ly và bà Mohamad Ly Sa; mỗi căn trị giá 60 triệu đồng. Đồn cũng duy trì mô hình "Cơm có thịt" cho 24 học sinh nghèo, "Nâng bước em tới trường" cho 10 em, mỗi em 500.000 đồng/tháng.
Bà Nguyễn Thị Kim Thoa đánh giá việc phối hợp theo Kế hoạch số 18-KH/HU của Huyện ủy Tân Châu và Quy chế 07-QC/BDVHU-ĐBP đã mang lại hiệu quả rõ nét, nhất là trong giải quyết 5 vụ tranh chấp đất sản xuất ở khu vực giáp biên ngay từ cơ sở.
Ông Sa Ly Man, Ủy viên Ban Đại diện Cộng đồng Hồi giáo tỉnh, cho biết bà con người Chăm ở ấp Tân Khai rất tin tưởng lực lượng biên phòng; ông Trần Văn Mẫn, Trưởng ấp Tân Đông, đề nghị tăng cường chốt chặn phòng chống buôn lậu.
Phát biểu, Đại tá Huỳnh Văn Đông yêu cầu đơn vị năm 2020 thực hiện tốt Nghị định số 34/2014/NĐ-CP của Chính phủ về Quy chế khu vực biên giới đất liền, phối hợp xây dựng xã Tân Hà đạt chuẩn nông thôn mới, xây dựng "Khu dân cư an toàn, phòng chống tội phạm".
Những năm gần đây, tuyến biên giới tỉnh Tây Ninh giáp Campuchia luôn giữ ổn định; người dân các ấp biên giới coi đồn biên phòng như "nhà của mình", chủ động báo tin về các đối tượng buôn lậu, vượt biên trái phép. Đó là kết quả của sự bền bỉ "bám dân, bám đất" của cán bộ, chiến sĩ đồn qua nhiều thế hệ.
Dịp này, Bộ đội Biên phòng tỉnh tặng giấy khen 3 tập thể, 7 cá nhân.
Kim Ngân
Tin liên quan
- Đồn Biên phòng Chàng Riệc trao 50 phần quà cho hộ nghèo (20/12/2019)
- Lễ ra quân "Tháng cao điểm phòng chống buôn lậu" (10/12/2019)
- Tân Châu ra mắt 3 tổ tự quản đường biên (25/11/2019)
""", "2019-12-24", "Đồn Biên phòng Tân Hà: điểm tựa của dân vùng biên",
E("tong_ket", "2019", "2019-12-23"),
[P("Huỳnh Văn Đông", "Đại tá", "Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Nguyễn Thị Kim Thoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Tân Châu"),
 P("Trần Văn Lợi", "Thiếu tá", "Chính trị viên phó Đồn Biên phòng Tân Hà"),
 P("Chau Sóc Ly"), P("Mohamad Ly Sa"),
 P("Sa Ly Man", "Ủy viên Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Trần Văn Mẫn", "Trưởng ấp Tân Đông")],
[Q("6 tổ tự quản đường biên", 6, "tổ tự quản đường biên"), Q("84 hộ", 84, "hộ"), Q("96 lượt", 96, "lượt"),
 Q("4 chi bộ ấp", 4, "chi bộ ấp"), Q("52 buổi", 52, "buổi"), Q("hơn 2.400 lượt người", 2400, "lượt người", "over"),
 Q("12 hộ người Khmer, người Chăm", 12, "hộ người Khmer, người Chăm"), Q("1.150 ngày công", 1150, "ngày công"),
 Q("4,5 km", 4.5, "km"), Q("2 căn nhà", 2, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("24 học sinh nghèo", 24, "học sinh nghèo"), Q("10 em", 10, "em"), Q("500.000 đồng/tháng", 500000, "đồng"),
 Q("5 vụ tranh chấp đất sản xuất", 5, "vụ tranh chấp đất sản xuất"), Q("3 tập thể", 3, "tập thể"), Q("7 cá nhân", 7, "cá nhân")],
[D("Chỉ thị", "01", "CT-TTg", "2015-01-09", "Thủ tướng Chính phủ", "Chỉ thị số 01/CT-TTg ngày 09/01/2015"),
 D("Kế hoạch", "18", "KH/HU", None, "Huyện ủy Tân Châu", "Kế hoạch số 18-KH/HU"),
 D("Quy chế", "07", "QC/BDVHU-ĐBP", None, None, "Quy chế 07-QC/BDVHU-ĐBP"),
 D("Nghị định", "34", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 34/2014/NĐ-CP")],
[prov("Tây Ninh"), com("Tân Hà")],
["BÁO TÂY NINH ONLINE", "Quốc phòng - An ninh / Biên giới", "Hôm nay: Thứ Tư, 25/12/2019", "Toàn cảnh hội nghị tổng kết.",
 "Toàn dân tham gia tự quản đường biên, mốc quốc giới", "Mái ấm tình thương", "Cơm có thịt", "Nâng bước em tới trường",
 "Khu dân cư an toàn, phòng chống tội phạm", "Quy chế khu vực biên giới đất liền", "bám dân, bám đất"],
["24.12.2019 | 10:20", "Hôm nay: Thứ Tư, 25/12/2019", "năm 2019", "năm 2020"]))

PAGES.append(page("b3518-quangbinh-bchqs-traoqua-2019", """
Cổng thông tin điện tử Quảng Bình
Trang chủ :: Tin tức :: Quốc phòng - An ninh
Thứ Sáu, 25/10/2019 - 08:40
Bộ đội giúp dân vùng lũ Lệ Thủy khắc phục hậu quả mưa lũ
Ảnh: Cán bộ, chiến sĩ Trung đoàn 996 dọn bùn tại trường học.
Những ngày qua, sau đợt mưa lũ lớn, Bộ Chỉ huy Quân sự tỉnh đã điều động 450 cán bộ, chiến sĩ, dân quân cùng 6 xe ô tô, 4 xuồng máy xuống các xã vùng trũng huyện Lệ Thủy giúp nhân dân khắc phục hậu quả. Ngày 23/10/2019, đoàn công tác của Bộ Chỉ huy Quân sự tỉnh do Đại tá Đinh Xuân Quyết, Chính ủy dẫn đầu đã đến thăm, tặng quà các hộ bị thiệt hại nặng ở xã An Thủy, xã Tân Ninh.
Tại đây, đoàn đã trao 300 suất quà, mỗi suất gồm 20 kg gạo, mì tôm, nước uống và 500.000 đồng tiền mặt; tổng trị giá khoảng 210 triệu đồng, do cán bộ, chiến sĩ trong lực lượng vũ trang tỉnh đóng góp 1 ngày lương và các nhà hảo tâm ủng hộ. Riêng 8 hộ có nhà bị sập, tốc mái được hỗ trợ mỗi hộ 5 triệu đồng.
Trước đó, lực lượng vũ trang tỉnh đã giúp di dời 1.260 hộ dân ra khỏi vùng ngập sâu, sơ tán an toàn hơn 4.000 người; dọn vệ sinh 17 trường học, 5 trạm y tế và hàng chục km đường thôn xóm. Bà Lê Thị Hoa, ở thôn Phú Thọ, xã An Thủy, kể lại: "Nước lên giữa đêm, bộ đội đến bế từng đứa nhỏ, cõng người già lên xuồng. Không có các anh, chắc gia đình tôi không còn".
Đại tá Đinh Xuân Quyết cho biết, thực hiện Chỉ thị số 1266/CT-BQP của Bộ trưởng Bộ Quốc phòng về phòng, chống thiên tai, tìm kiếm cứu nạn và Kế hoạch số 2896/KH-BCH của Bộ Chỉ huy Quân sự tỉnh, đơn vị luôn duy trì lực lượng trực 24/24 giờ, sẵn sàng cơ động khi có tình huống. "Ở đâu dân khó, ở đó có bộ đội" là mệnh lệnh từ trái tim của mỗi người lính.
Ông Nguyễn Văn Thanh, Chủ tịch UBND xã Tân Ninh, bày tỏ lòng biết ơn; đồng thời cho biết toàn xã có 1.840 ngôi nhà bị ngập, 2 cầu tràn bị hư hỏng, nhiều diện tích lúa vụ đông bị mất trắng.
Cùng ngày, Thượng tá Hoàng Minh Đức, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Lệ Thủy, đã chỉ đạo lực lượng dân quân các xã tiếp tục giúp dân dọn dẹp nhà cửa, tiêu độc khử trùng, không để dịch bệnh phát sinh sau lũ; ưu tiên giúp các gia đình chính sách, người già neo đơn.
Trao đổi với phóng viên, đồng chí Trần Thị Minh Tâm, Phó Trưởng Ban Dân vận Huyện ủy Lệ Thủy, đánh giá sự có mặt kịp thời của bộ đội đã góp phần ổn định tâm lý người dân, thể hiện sinh động phẩm chất "Bộ đội Cụ Hồ" trong thời bình.
Văn Hùng
Tin khác
- Đồn Biên phòng Cà Xèng tặng quà đồng bào Ma Coong (18/10/2019)
- Hội nghị rút kinh nghiệm công tác phòng chống lụt bão (10/10/2019)
- Ra quân giúp dân thu hoạch lúa hè thu (25/08/2019)
- Trao 5 nhà đồng đội tại Quảng Ninh (12/08/2019)
""", "2019-10-25", "Bộ đội giúp dân vùng lũ Lệ Thủy khắc phục hậu quả mưa lũ",
E("trao_qua", None, "2019-10-23"),
[P("Đinh Xuân Quyết", "Đại tá", "Chính ủy"),
 P("Lê Thị Hoa"),
 P("Nguyễn Văn Thanh", "Chủ tịch UBND xã Tân Ninh"),
 P("Hoàng Minh Đức", "Thượng tá", "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Lệ Thủy"),
 P("Trần Thị Minh Tâm", "Phó Trưởng Ban Dân vận Huyện ủy Lệ Thủy")],
[Q("450 cán bộ, chiến sĩ, dân quân", 450, "cán bộ, chiến sĩ, dân quân"), Q("6 xe ô tô", 6, "xe ô tô"), Q("4 xuồng máy", 4, "xuồng máy"),
 Q("300 suất quà", 300, "suất quà"), Q("20 kg", 20, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 210 triệu đồng", 210000000, "đồng", "approx"), Q("8 hộ", 8, "hộ"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("1.260 hộ dân", 1260, "hộ dân"), Q("hơn 4.000 người", 4000, "người", "over"), Q("17 trường học", 17, "trường học"),
 Q("5 trạm y tế", 5, "trạm y tế"), Q("1.840 ngôi nhà", 1840, "ngôi nhà"), Q("2 cầu tràn", 2, "cầu tràn")],
[D("Chỉ thị", "1266", "CT-BQP", None, "Bộ trưởng Bộ Quốc phòng", "Chỉ thị số 1266/CT-BQP"),
 D("Kế hoạch", "2896", "KH-BCH", None, "Bộ Chỉ huy Quân sự tỉnh", "Kế hoạch số 2896/KH-BCH")],
[prov("Quảng Bình"), com("An Thủy"), com("Tân Ninh")],
["Cổng thông tin điện tử Quảng Bình", "Trang chủ :: Tin tức :: Quốc phòng - An ninh",
 "Ảnh: Cán bộ, chiến sĩ Trung đoàn 996 dọn bùn tại trường học.", "Ở đâu dân khó, ở đó có bộ đội", "Bộ đội Cụ Hồ"],
["Thứ Sáu, 25/10/2019 - 08:40", "1 ngày lương", "24/24 giờ", "hàng chục km", "Trung đoàn 996"]))

PAGES.append(page("b3519-gialai-binhdoan15-soket-2020", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự › Quốc phòng
Thứ Sáu, 10/07/2020, 09:10
Đồng chí Rơ Mah Tuân phát biểu. Ảnh: Hà Phương
Binh đoàn 15 làm tốt công tác dân vận trong mùa dịch
(GLO)- Ngày 8/7, Đảng ủy, Bộ Tư lệnh Binh đoàn 15 tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Dự hội nghị có đồng chí Rơ Mah Tuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại tá Lê Văn Hoàng, Phó Chính ủy Binh đoàn 15 chủ trì.
Báo cáo cho thấy, trong bối cảnh dịch Covid-19, các công ty, đoàn kinh tế - quốc phòng của Binh đoàn vẫn duy trì 5 đội công tác dân vận ở các làng đồng bào Jrai, Bahnar vùng biên giới tỉnh Gia Lai. 6 tháng qua, đơn vị tuyển dụng 1.320 lao động là người dân tộc thiểu số, nâng tổng số công nhân người đồng bào lên hơn 7.800 người, thu nhập bình quân khoảng 5,2 triệu đồng/người/tháng; hỗ trợ 2.600 phần quà, 15 tấn gạo cho hộ khó khăn vì dịch, trị giá hơn 1,9 tỷ đồng; xây 6 nhà đồng đội và 4 nhà đại đoàn kết cho công nhân nghèo.
Thực hiện Nghị quyết 49-NQ/QUTW của Quân ủy Trung ương và Kế hoạch số 1520/KH-BĐ ngày 12/02/2020 của Bộ Tư lệnh Binh đoàn, các đơn vị phối hợp với xã Ia Dom, xã Ia Chia tổ chức 28 buổi tuyên truyền phòng, chống dịch bằng tiếng Jrai, tiếng Bahnar.
Tại hội nghị, Trung tá Ksor Phi Lơ, Phó Giám đốc Công ty 74, chia sẻ kinh nghiệm vận động bà con giao đất trồng cao su: "Mình phải nói bằng tiếng mẹ đẻ, bà con mới hiểu, mới tin". Bà Siu H'Bia, Bí thư Đảng ủy xã Ia Chia, đề nghị Binh đoàn tiếp tục ưu tiên tuyển con em đồng bào vào làm công nhân; ông Rah Lan Blưk, già làng làng Tao, cảm ơn bộ đội đã làm giếng nước cho 46 hộ trong làng.
Phát biểu, đồng chí Rơ Mah Tuân ghi nhận Binh đoàn 15 là lực lượng nòng cốt trong thực hiện Chỉ thị 12-CT/TU của Tỉnh ủy về công tác dân vận vùng biên giới; đề nghị 6 tháng cuối năm tập trung giúp đồng bào ổn định sản xuất sau dịch, tiếp tục thực hiện phong trào thi đua "Quân đội chung sức xây dựng nông thôn mới" và "Dân vận khéo".
Kết luận, Đại tá Lê Văn Hoàng yêu cầu các đơn vị giữ vững mối quan hệ "quân với dân một ý chí", không để người dân thiếu đói; khen thưởng 6 tập thể, 12 cá nhân.
Cũng trong 6 tháng, các đơn vị của Binh đoàn đã khám bệnh miễn phí cho khoảng 3.000 lượt người tại các bệnh xá quân dân y kết hợp, cấp phát thuốc cho người già, trẻ em ở các làng xa; tổ chức 2 đợt ra quân vệ sinh môi trường, phun thuốc khử khuẩn tại các điểm trường trước khi học sinh trở lại lớp.
Hà Phương
Tin cùng chuyên mục
- Đồn Biên phòng Ia Púch trao 40 suất quà cho người nghèo (02/07/2020)
- Chư Prông: Bộ đội giúp dân phòng, chống dịch (20/06/2020)
- Binh đoàn 15 trao nhà cho công nhân nghèo (05/06/2020)
""", "2020-07-10", "Binh đoàn 15 làm tốt công tác dân vận trong mùa dịch",
E("so_ket", "2020-H1", "2020-07-08"),
[P("Rơ Mah Tuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hoàng", "Đại tá", "Phó Chính ủy Binh đoàn 15"),
 P("Ksor Phi Lơ", "Trung tá", "Phó Giám đốc Công ty 74"),
 P("Siu H'Bia", "Bí thư Đảng ủy xã Ia Chia"),
 P("Rah Lan Blưk", "già làng làng Tao")],
[Q("5 đội công tác dân vận", 5, "đội công tác dân vận"), Q("1.320 lao động", 1320, "lao động"),
 Q("hơn 7.800 người", 7800, "người", "over"), Q("khoảng 5,2 triệu đồng", 5200000, "đồng", "approx"),
 Q("2.600 phần quà", 2600, "phần quà"), Q("15 tấn", 15, "tấn"), Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"),
 Q("6 nhà đồng đội", 6, "nhà đồng đội"), Q("4 nhà đại đoàn kết", 4, "nhà đại đoàn kết"), Q("28 buổi tuyên truyền", 28, "buổi tuyên truyền"), Q("46 hộ", 46, "hộ"),
 Q("6 tập thể", 6, "tập thể"), Q("12 cá nhân", 12, "cá nhân"), Q("khoảng 3.000 lượt người", 3000, "lượt người", "approx"),
 Q("2 đợt", 2, "đợt")],
[D("Nghị quyết", "49", "NQ/QUTW", None, "Quân ủy Trung ương", "Nghị quyết 49-NQ/QUTW"),
 D("Kế hoạch", "1520", "KH-BĐ", "2020-02-12", "Bộ Tư lệnh Binh đoàn", "Kế hoạch số 1520/KH-BĐ ngày 12/02/2020"),
 D("Chỉ thị", "12", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 12-CT/TU")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia Chia")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự › Quốc phòng", "Đồng chí Rơ Mah Tuân phát biểu. Ảnh: Hà Phương", "(GLO)",
 "Quân đội chung sức xây dựng nông thôn mới", "Dân vận khéo", "quân với dân một ý chí", "Công ty 74"],
["Thứ Sáu, 10/07/2020, 09:10", "6 tháng đầu năm 2020", "6 tháng cuối năm", "Binh đoàn 15", "Công ty 74", "Covid-19"]))

PAGES.append(page("b3520-binhthuan-llvt-daihoi-2020", """
BÌNH THUẬN ONLINE
Chính trị - Quốc phòng > Lực lượng vũ trang
27/08/2020 - 15:25
Đại hội thi đua quyết thắng lực lượng vũ trang tỉnh: dân vận là điểm sáng
Đại biểu dự đại hội. Ảnh: N.Lân
Ngày 26/8/2020, Bộ Chỉ huy Quân sự tỉnh Bình Thuận long trọng tổ chức Đại hội thi đua quyết thắng lực lượng vũ trang tỉnh giai đoạn 2015 - 2020. Đồng chí Nguyễn Mạnh Hùng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Bí thư Đảng ủy Quân sự tỉnh dự và chỉ đạo. Đại hội có 215 đại biểu là điển hình tiên tiến của các cơ quan, đơn vị, địa phương.
Báo cáo tại đại hội nêu rõ, 5 năm qua, phong trào thi đua "Quân đội chung sức xây dựng nông thôn mới" được các đơn vị hưởng ứng sâu rộng. Lực lượng vũ trang tỉnh đã giúp nhân dân hơn 48.000 ngày công, làm mới 62 km đường giao thông nông thôn, xây dựng 57 nhà đồng đội, nhà tình nghĩa với tổng kinh phí trên 3,4 tỷ đồng; nhận giúp đỡ 17 xã đạt chuẩn nông thôn mới. Đồng bào Chăm, Raglai, K'Ho ở các xã Phan Dũng, Phan Sơn, La Dạ được bộ đội giúp chuyển đổi cây trồng, nhiều hộ thoát nghèo.
Tham luận tại đại hội, Trung tá Đàng Văn Tùng, Chính trị viên Ban Chỉ huy Quân sự huyện Bắc Bình, báo cáo mô hình "Dân quân giúp dân" với 120 lượt dân quân tham gia mỗi tháng; Đại úy Mang Thị Nhiên, Trợ lý Dân vận Phòng Chính trị, chia sẻ việc xây dựng "Ngày hội quân dân" ở xã La Dạ. Ông Kiều Ba, người có uy tín thôn 2, xã Phan Sơn, đại diện đồng bào gửi lời cảm ơn bộ đội.
Phát biểu chỉ đạo, đồng chí Nguyễn Mạnh Hùng biểu dương những thành tích lực lượng vũ trang tỉnh đạt được; yêu cầu tiếp tục thực hiện Nghị quyết số 28-NQ/TW của Ban Chấp hành Trung ương khóa XI về Chiến lược bảo vệ Tổ quốc trong tình hình mới và Chỉ thị 16-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với lực lượng dân quân tự vệ, gắn với công tác dân vận theo Quyết định số 23-QĐ/TW của Bộ Chính trị.
Thừa ủy quyền, Đại tá Phan Văn Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh trao Bằng khen của Bộ Quốc phòng cho 8 tập thể, 12 cá nhân; UBND tỉnh tặng bằng khen cho 21 tập thể, 34 cá nhân có thành tích xuất sắc trong phong trào thi đua quyết thắng giai đoạn 2015 - 2020.
Đại hội đã phát động phong trào thi đua giai đoạn 2020 - 2025 với chủ đề "Đoàn kết, kỷ luật, chủ động, sáng tạo, xây dựng lực lượng vũ trang tỉnh vững mạnh", trong đó đề ra chỉ tiêu mỗi năm giúp dân ít nhất 8.000 ngày công, xây dựng 10 nhà đồng đội.
Nguyễn Lân
Tin liên quan
- Hội thao quân sự dân quân tự vệ năm 2020 (15/08/2020)
- Bộ CHQS tỉnh trao 200 suất quà cho ngư dân (30/07/2020)
- Lễ ra quân giúp dân xây dựng nông thôn mới (20/06/2020)
""", "2020-08-27", "Đại hội thi đua quyết thắng lực lượng vũ trang tỉnh: dân vận là điểm sáng",
E("dai_hoi", None, "2020-08-26"),
[P("Nguyễn Mạnh Hùng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Bí thư Đảng ủy Quân sự tỉnh"),
 P("Đàng Văn Tùng", "Trung tá", "Chính trị viên Ban Chỉ huy Quân sự huyện Bắc Bình"),
 P("Mang Thị Nhiên", "Đại úy", "Trợ lý Dân vận Phòng Chính trị"),
 P("Kiều Ba", "người có uy tín thôn 2"),
 P("Phan Văn Cường", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")],
[Q("215 đại biểu", 215, "đại biểu"), Q("hơn 48.000 ngày công", 48000, "ngày công", "over"), Q("62 km", 62, "km"),
 Q("57 nhà đồng đội, nhà tình nghĩa", 57, "nhà đồng đội, nhà tình nghĩa"), Q("trên 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("17 xã", 17, "xã"), Q("120 lượt dân quân", 120, "lượt dân quân"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("21 tập thể", 21, "tập thể"), Q("34 cá nhân", 34, "cá nhân"), Q("ít nhất 8.000 ngày công", 8000, "ngày công", "over"),
 Q("10 nhà đồng đội", 10, "nhà đồng đội")],
[D("Nghị quyết", "28", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 28-NQ/TW"),
 D("Chỉ thị", "16", "CT/TW", None, "Ban Bí thư", "Chỉ thị 16-CT/TW"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW")],
[prov("Bình Thuận"), com("Phan Dũng"), com("Phan Sơn"), com("La Dạ")],
["BÌNH THUẬN ONLINE", "Chính trị - Quốc phòng > Lực lượng vũ trang", "Đại biểu dự đại hội. Ảnh: N.Lân",
 "Quân đội chung sức xây dựng nông thôn mới", "Dân quân giúp dân", "Ngày hội quân dân",
 "Đoàn kết, kỷ luật, chủ động, sáng tạo, xây dựng lực lượng vũ trang tỉnh vững mạnh", "Chiến lược bảo vệ Tổ quốc trong tình hình mới"],
["27/08/2020 - 15:25", "giai đoạn 2015 - 2020", "5 năm qua", "giai đoạn 2020 - 2025", "khóa XI"]))
