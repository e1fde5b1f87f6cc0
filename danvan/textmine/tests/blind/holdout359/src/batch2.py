from lib import *
PAGES = []

PAGES.append(page("b8579-hanam-lynhan-hoinghi-sinhhoat-chibo-2017", """
BÁO HÀ NAM ĐIỆN TỬ
Vị trí: Trang chủ / Chính trị / Xây dựng Đảng
15.09.2017 | 16:05
Ảnh: Quang cảnh hội nghị.
Lý Nhân: Đổi mới nội dung sinh hoạt chi bộ thôn, xóm
Ngày 13/9, Huyện ủy Lý Nhân tổ chức hội nghị chuyên đề về nâng cao chất lượng sinh hoạt chi bộ và trách nhiệm của đảng viên nơi cư trú. Đồng chí Trần Văn Khoa, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có các đồng chí Phó Bí thư Huyện ủy: Nguyễn Thị Hương, Đỗ Mạnh Cường; đồng chí Nguyễn Văn Tuấn, Phó Trưởng Ban Tổ chức Tỉnh ủy Hà Nam và 256 đồng chí là bí thư chi bộ thôn, xóm, tổ dân phố trong huyện.
Đảng bộ huyện Lý Nhân hiện có 42 tổ chức cơ sở đảng, 318 chi bộ trực thuộc với 9.870 đảng viên; trong đó có 226 chi bộ thôn, xóm, tổ dân phố. Thực hiện Chỉ thị 10-CT/TW của Ban Bí thư, Hướng dẫn 09-HD/BTCTW của Ban Tổ chức Trung ương và Kết luận 15, 16-KL/HU của Ban Thường vụ Huyện ủy, năm 2016 có 92,4% chi bộ duy trì sinh hoạt đều đặn hằng tháng, 78 chi bộ tổ chức sinh hoạt chuyên đề mỗi quý một lần. Nhiều chi bộ đưa việc học tập và làm theo Bác theo Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị vào nội dung sinh hoạt thường kỳ.
Đảng viên nơi cư trú đã vận động nhân dân đóng góp hơn 3,2 tỷ đồng và 14.500 ngày công làm đường giao thông, kênh mương nội đồng; nhiều đảng viên là cán bộ, giáo viên nghỉ hưu nhận làm tổ trưởng tổ hòa giải, tổ an ninh xóm.
Hội nghị nghe 6 tham luận. Bà Trần Thị Nhung, Bí thư Chi bộ xóm 5, xã Nhân Nghĩa, kể chi bộ từng có buổi sinh hoạt chỉ 11/23 đảng viên đến dự; từ khi chi bộ gửi giấy mời kèm nội dung sẽ bàn trước 3 ngày, số đảng viên dự luôn trên 90%. Ông Lại Văn Bình, Bí thư Chi bộ, Trưởng thôn Đồng Bài, xã Hòa Hậu, đề nghị huyện có hướng dẫn cụ thể hơn về việc đảng viên đang công tác ở cơ quan báo cáo với chi bộ nơi cư trú. Đồng chí Vũ Thị Hạnh, Bí thư Đảng ủy thị trấn Vĩnh Trụ, nêu kinh nghiệm chia chi bộ đông đảng viên thành các tổ đảng theo cụm dân cư.
"Sinh hoạt chi bộ mà chỉ đọc nghị quyết, đọc báo cáo thì đảng viên trẻ không muốn đến. Phải bàn việc của xóm, việc của dân, bàn xong thì phân công người làm", đồng chí Nguyễn Văn Tuấn nói.
Kết luận hội nghị, đồng chí Trần Văn Khoa yêu cầu từ nay đến cuối năm, mỗi đảng ủy cơ sở chọn ít nhất 2 chi bộ thôn, xóm làm điểm về sinh hoạt chuyên đề; các chi bộ thực hiện nghiêm việc ghi biên bản, sổ nghị quyết; Ban Tổ chức Huyện ủy tổng hợp ý kiến để tham mưu sửa đổi quy chế làm việc mẫu của chi bộ thôn, xóm.
Thu Hằng
Tin liên quan
- Thanh Liêm kết nạp 112 đảng viên mới (08/09/2017)
- Duy Tiên: giao ban công tác tổ chức xây dựng Đảng quý III (30/08/2017)
- Bình Lục nâng cao chất lượng đảng viên nơi cư trú (18/08/2017)
""", "2017-09-15", "Lý Nhân: Đổi mới nội dung sinh hoạt chi bộ thôn, xóm",
E("hoi_nghi", None, "2017-09-13"),
[P("Trần Văn Khoa", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Nguyễn Thị Hương", "Phó Bí thư Huyện ủy"),
 P("Đỗ Mạnh Cường", "Phó Bí thư Huyện ủy"),
 P("Nguyễn Văn Tuấn", "Phó Trưởng Ban Tổ chức Tỉnh ủy Hà Nam"),
 P("Trần Thị Nhung", "Bí thư Chi bộ xóm 5"),
 P("Lại Văn Bình", "Bí thư Chi bộ", "Trưởng thôn Đồng Bài"),
 P("Vũ Thị Hạnh", "Bí thư Đảng ủy thị trấn Vĩnh Trụ")],
[Q("256 đồng chí", 256, "đồng chí"), Q("42 tổ chức cơ sở đảng", 42, "tổ chức cơ sở đảng"), Q("318 chi bộ", 318, "chi bộ"),
 Q("9.870 đảng viên", 9870, "đảng viên"), Q("226 chi bộ thôn, xóm, tổ dân phố", 226, "chi bộ thôn, xóm, tổ dân phố"),
 Q("92,4%", 92.4, "%"), Q("78 chi bộ", 78, "chi bộ"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("14.500 ngày công", 14500, "ngày công"), Q("6 tham luận", 6, "tham luận"), Q("11/23 đảng viên", 11, "đảng viên"),
 Q("trên 90%", 90, "%", "over"), Q("ít nhất 2 chi bộ thôn, xóm", 2, "chi bộ thôn, xóm", "over")],
[D("Chỉ thị", "10", "CT/TW", None, "Ban Bí thư", "Chỉ thị 10-CT/TW của Ban Bí thư"),
 D("Hướng dẫn", "09", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn 09-HD/BTCTW"),
 D("Kết luận", "15", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 15, 16-KL/HU"),
 D("Kết luận", "16", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 15, 16-KL/HU"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị")],
[prov("Hà Nam"), com("Nhân Nghĩa"), com("Hòa Hậu"), com("Vĩnh Trụ")],
["BÁO HÀ NAM ĐIỆN TỬ", "Vị trí: Trang chủ / Chính trị / Xây dựng Đảng", "Ảnh: Quang cảnh hội nghị."],
["15.09.2017 | 16:05", "256 đồng chí", "năm 2016", "3 ngày", "mỗi quý một lần"]))

PAGES.append(page("b8580-gialai-chupah-soket-ct28-2018", """
Báo Gia Lai điện tử
Chính trị - Xã hội | Xây dựng Đảng
Cập nhật lúc 17:20 ngày 07/11/2018
Chư Păh: Sơ kết 5 năm thực hiện Chỉ thị 28-CT/TW của Ban Bí thư
(GLO)- Sáng 6/11, Huyện ủy Chư Păh tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 28-CT/TW ngày 21/9/2013 của Ban Bí thư về nâng cao chất lượng kết nạp đảng viên và rà soát, sàng lọc, đưa những đảng viên không đủ tư cách ra khỏi Đảng. Đồng chí Trần Minh Khải, Phó Trưởng Ban Tổ chức Tỉnh ủy dự và phát biểu chỉ đạo. Đồng chí Rơ Mah Thuyên, Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Thu Sương
Theo báo cáo, thực hiện Kế hoạch số 65-KH/HU ngày 4/12/2013 của Ban Thường vụ Huyện ủy và Hướng dẫn 14, 15-HD/BTCTU của Ban Tổ chức Tỉnh ủy, sau 5 năm Đảng bộ huyện đã kết nạp 1.126 đảng viên mới, trong đó 487 đảng viên là người dân tộc thiểu số Jrai, Ba Na, chiếm 43,2%. Toàn huyện đã xóa được 6 làng chưa có đảng viên; đến nay 100% thôn, làng có chi bộ, trong đó 61 chi bộ làng có bí thư chi bộ là người đồng bào dân tộc thiểu số.
Qua rà soát, sàng lọc theo Quy định 29-QĐ/TW ngày 25/7/2016 của BCH Trung ương, các chi bộ đã đưa 38 đảng viên không đủ tư cách ra khỏi Đảng, gồm xóa tên 21 đảng viên và khai trừ 17 đảng viên, chủ yếu do bỏ sinh hoạt, vi phạm chính sách dân số hoặc theo đạo trái pháp luật. Huyện hỗ trợ 200.000 đồng cho mỗi quần chúng đi học lớp nhận thức về Đảng; tổng kinh phí 5 năm gần 1,1 tỷ đồng.
Tại hội nghị, các đồng chí Bí thư Đảng ủy xã: Nay Hlim (Ia Khươl), Puih Kim (Hà Tây), Đinh Văn Thắm (Ia Nhin) cho biết khó nhất là tạo nguồn ở các làng vùng sâu: thanh niên học hết lớp 9 đã đi làm thuê ở nơi khác, số ở lại thì trình độ chưa đáp ứng. Bà Ksor H'Bơ Lôi, Bí thư Chi bộ làng Bông Phun, xã Ia Khươl, chia sẻ: "Chi bộ làng mình giao mỗi đảng viên kèm một thanh niên, dắt đi họp chi đoàn, đi làm đường làng. Năm nay làng có 3 người được kết nạp, đều là người Jrai".
Đồng chí Siu Đoan, Trưởng Ban Tổ chức Huyện ủy, cho biết thời gian thẩm tra lý lịch quần chúng ở các xã đã rút từ 4 tháng xuống còn khoảng 45 ngày; tuy vậy vẫn còn 9 chi bộ làng 2 năm liền không kết nạp được đảng viên, thị trấn Ia Ly có 2 chi bộ tổ dân phố sinh hoạt chưa đều.
Phát biểu chỉ đạo, đồng chí Trần Minh Khải đề nghị Huyện ủy Chư Păh tiếp tục chú trọng chất lượng hơn số lượng; không kết nạp người chưa đủ điều kiện chỉ vì chạy theo chỉ tiêu; quan tâm tạo nguồn trong đoàn viên, người có uy tín và già làng. Dịp này, Huyện ủy khen thưởng 7 tập thể, 12 cá nhân tiêu biểu.
Ngọc Thu
Tin liên quan
- Đak Đoa: kết nạp 98 đảng viên là người Ba Na (30/10/2018)
- Gia Lai sơ kết Quy định 76 ở các huyện phía Tây (19/10/2018)
- Ia Grai: tập huấn nghiệp vụ cho bí thư chi bộ làng (05/10/2018)
""", "2018-11-07", "Chư Păh: Sơ kết 5 năm thực hiện Chỉ thị 28-CT/TW của Ban Bí thư",
E("so_ket", None, "2018-11-06"),
[P("Trần Minh Khải", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Rơ Mah Thuyên", "Phó Bí thư Thường trực Huyện ủy"),
 P("Nay Hlim", "Bí thư Đảng ủy xã"),
 P("Puih Kim", "Bí thư Đảng ủy xã"),
 P("Đinh Văn Thắm", "Bí thư Đảng ủy xã"),
 P("Ksor H'Bơ Lôi", "Bí thư Chi bộ làng Bông Phun"),
 P("Siu Đoan", "Trưởng Ban Tổ chức Huyện ủy")],
[Q("1.126 đảng viên mới", 1126, "đảng viên mới"), Q("487 đảng viên", 487, "đảng viên"), Q("43,2%", 43.2, "%"),
 Q("6 làng", 6, "làng"), Q("100%", 100, "%"), Q("61 chi bộ làng", 61, "chi bộ làng"), Q("38 đảng viên", 38, "đảng viên"),
 Q("21 đảng viên", 21, "đảng viên"), Q("17 đảng viên", 17, "đảng viên"), Q("200.000 đồng", 200000, "đồng"),
 Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("3 người", 3, "người"), Q("9 chi bộ làng", 9, "chi bộ làng"),
 Q("2 chi bộ tổ dân phố", 2, "chi bộ tổ dân phố"), Q("7 tập thể", 7, "tập thể"), Q("12 cá nhân tiêu biểu", 12, "cá nhân tiêu biểu")],
[D("Chỉ thị", "28", "CT/TW", "2013-09-21", "Ban Bí thư", "Chỉ thị số 28-CT/TW ngày 21/9/2013 của Ban Bí thư"),
 D("Kế hoạch", "65", "KH/HU", "2013-12-04", "Ban Thường vụ Huyện ủy", "Kế hoạch số 65-KH/HU ngày 4/12/2013"),
 D("Hướng dẫn", "14", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn 14, 15-HD/BTCTU"),
 D("Hướng dẫn", "15", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn 14, 15-HD/BTCTU"),
 D("Quy định", "29", "QĐ/TW", "2016-07-25", "BCH Trung ương", "Quy định 29-QĐ/TW ngày 25/7/2016 của BCH Trung ương")],
[prov("Gia Lai"), com("Ia Khươl"), com("Hà Tây"), com("Ia Nhin"), com("Ia Ly")],
["Báo Gia Lai điện tử", "Chính trị - Xã hội | Xây dựng Đảng", "(GLO)", "Quang cảnh hội nghị. Ảnh: Thu Sương"],
["Cập nhật lúc 17:20 ngày 07/11/2018", "5 năm", "lớp 9", "4 tháng", "khoảng 45 ngày", "2 năm liền"]))

PAGES.append(page("b8581-bacgiang-tandinh-tongket-2019", """
Hôm nay: Thứ Bảy, 28/12/2019
BÁO BẮC GIANG
Trang chủ >> Chính trị >> Xây dựng Đảng
Thứ Sáu, 27/12/2019, 08:05
Tân Dĩnh: Chi bộ thôn là hạt nhân xây dựng nông thôn mới nâng cao
BGĐT - Ngày 25/12, Đảng ủy xã Tân Dĩnh (Lạng Giang) tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2019, triển khai nhiệm vụ năm 2020. Dự hội nghị có đồng chí Ngô Thị Lan, HUV, Phó Chủ tịch UBND huyện Lạng Giang.
Đồng chí Thân Văn Quý, Bí thư Đảng ủy xã Tân Dĩnh trao giấy khen cho các chi bộ hoàn thành xuất sắc nhiệm vụ.
Đảng bộ xã Tân Dĩnh có 17 chi bộ với 512 đảng viên, trong đó 14 chi bộ thôn. Thực hiện Nghị quyết số 08-NQ/ĐU ngày 5/1/2019 của Đảng ủy xã về nâng cao chất lượng sinh hoạt chi bộ thôn và Hướng dẫn 12-HD/BTCTW ngày 6/7/2018 của Ban Tổ chức Trung ương về một số vấn đề về nâng cao chất lượng sinh hoạt chi bộ, 100% chi bộ thôn duy trì sinh hoạt vào ngày mùng 3 hằng tháng; mỗi chi bộ tổ chức ít nhất 4 buổi sinh hoạt chuyên đề trong năm. Năm 2019, Đảng bộ kết nạp 9 đảng viên mới, vượt 2 đảng viên so với chỉ tiêu; trao Huy hiệu Đảng cho 23 đảng viên, trong đó có 2 đảng viên nhận Huy hiệu 70 năm tuổi Đảng.
Kết quả đánh giá, xếp loại cuối năm: 3 chi bộ hoàn thành xuất sắc nhiệm vụ, 12 chi bộ hoàn thành tốt nhiệm vụ, 2 chi bộ hoàn thành nhiệm vụ; 96,1% đảng viên hoàn thành tốt nhiệm vụ trở lên.
Dưới sự lãnh đạo của các chi bộ thôn, nhân dân đã hiến 3.200 m2 đất, đóng góp 4,6 tỷ đồng cùng hơn 6.000 ngày công để cứng hóa 7,4 km đường trục thôn, xây mới 3 nhà văn hóa. Đến nay, 5/14 thôn đạt chuẩn khu dân cư kiểu mẫu.
Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Nguyễn Thị Hoa cho biết, khâu còn yếu là việc quản lý đảng viên đi làm ăn xa: toàn xã có 41 đảng viên làm việc ở các khu công nghiệp ngoài tỉnh, một số chưa làm thủ tục chuyển sinh hoạt tạm thời. Ông Giáp Văn Thịnh, Bí thư Chi bộ thôn Mai Hạ, đề nghị Đảng ủy có mẫu sổ theo dõi đảng viên đi làm ăn xa thống nhất cho các chi bộ.
Phát biểu tại hội nghị, đồng chí Ngô Thị Lan đề nghị năm 2020 Đảng bộ xã chuẩn bị tốt đại hội chi bộ trực thuộc và Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025 theo Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị và Kế hoạch 103, 104-KH/HU của Ban Thường vụ Huyện ủy Lạng Giang.
Tân Dĩnh là một trong 20 xã của tỉnh Bắc Giang được chọn xây dựng xã nông thôn mới nâng cao giai đoạn 2019 - 2020. Năm 2020, Đảng bộ xã đặt mục tiêu kết nạp 10 đảng viên mới, 100% chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên, có thêm 3 thôn đạt khu dân cư kiểu mẫu.
Thanh Nga
Tin liên quan
- Lạng Giang: 96 đảng viên nhận Huy hiệu Đảng dịp 7/11 (08/11/2019)
- Yên Thế hoàn thành đại hội điểm chi bộ trực thuộc (20/12/2019)
- Bắc Giang kết nạp hơn 3.200 đảng viên mới năm 2019 (18/12/2019)
""", "2019-12-27", "Tân Dĩnh: Chi bộ thôn là hạt nhân xây dựng nông thôn mới nâng cao",
E("tong_ket", "2019", "2019-12-25"),
[P("Ngô Thị Lan", "HUV", "Phó Chủ tịch UBND huyện Lạng Giang"),
 P("Thân Văn Quý", "Bí thư Đảng ủy xã Tân Dĩnh"),
 P("Nguyễn Thị Hoa", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Giáp Văn Thịnh", "Bí thư Chi bộ thôn Mai Hạ")],
[Q("17 chi bộ", 17, "chi bộ"), Q("512 đảng viên", 512, "đảng viên"), Q("14 chi bộ thôn", 14, "chi bộ thôn"),
 Q("100%", 100, "%"), Q("ít nhất 4 buổi sinh hoạt chuyên đề", 4, "buổi sinh hoạt chuyên đề", "over"),
 Q("9 đảng viên mới", 9, "đảng viên mới"), Q("2 đảng viên so với chỉ tiêu", 2, "đảng viên"), Q("23 đảng viên", 23, "đảng viên"),
 Q("2 đảng viên nhận", 2, "đảng viên"),
 Q("3 chi bộ hoàn thành xuất sắc", 3, "chi bộ"), Q("12 chi bộ", 12, "chi bộ"), Q("2 chi bộ hoàn thành nhiệm vụ", 2, "chi bộ"),
 Q("96,1%", 96.1, "%"), Q("3.200 m2", 3200, "m2"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("hơn 6.000 ngày công", 6000, "ngày công", "over"),
 Q("7,4 km", 7.4, "km"), Q("3 nhà văn hóa", 3, "nhà văn hóa"), Q("5/14 thôn", 5, "thôn"), Q("41 đảng viên", 41, "đảng viên"),
 Q("20 xã", 20, "xã"), Q("10 đảng viên mới", 10, "đảng viên mới"), Q("3 thôn", 3, "thôn")],
[D("Nghị quyết", "08", "NQ/ĐU", "2019-01-05", "Đảng ủy xã", "Nghị quyết số 08-NQ/ĐU ngày 5/1/2019 của Đảng ủy xã"),
 D("Hướng dẫn", "12", "HD/BTCTW", "2018-07-06", "Ban Tổ chức Trung ương", "Hướng dẫn 12-HD/BTCTW ngày 6/7/2018 của Ban Tổ chức Trung ương"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị"),
 D("Kế hoạch", "103", "KH/HU", None, "Ban Thường vụ Huyện ủy Lạng Giang", "Kế hoạch 103, 104-KH/HU"),
 D("Kế hoạch", "104", "KH/HU", None, "Ban Thường vụ Huyện ủy Lạng Giang", "Kế hoạch 103, 104-KH/HU")],
[prov("Bắc Giang"), com("Tân Dĩnh")],
["Hôm nay: Thứ Bảy, 28/12/2019", "BÁO BẮC GIANG", "Trang chủ >> Chính trị >> Xây dựng Đảng", "BGĐT",
 "Đồng chí Thân Văn Quý, Bí thư Đảng ủy xã Tân Dĩnh trao giấy khen cho các chi bộ hoàn thành xuất sắc nhiệm vụ."],
["Hôm nay: Thứ Bảy, 28/12/2019", "Thứ Sáu, 27/12/2019, 08:05", "ngày mùng 3 hằng tháng", "70 năm tuổi Đảng",
 "nhiệm kỳ 2020 - 2025", "năm 2020", "giai đoạn 2019 - 2020"]))

PAGES.append(page("b8582-bentre-phutuc-soket-6thang-2019", """
BÁO ĐỒNG KHỞI ONLINE
Chính trị | Xây dựng Đảng | Cơ sở
Cập nhật: 09:42, 05/07/2019 (GMT+7)
Phú Túc: 100% chi bộ ấp có sinh hoạt chuyên đề
Ảnh: Toàn cảnh hội nghị.
(ĐK) - Ngày 3/7, Đảng ủy xã Phú Túc, huyện Châu Thành tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm. Điểm nổi bật là 100% chi bộ ấp đã tổ chức sinh hoạt chuyên đề theo hướng dẫn của Huyện ủy.
Bí thư Đảng ủy xã Huỳnh Văn Be chủ trì hội nghị; dự có đồng chí Đoàn Thị Ngọc Hân, Phó Trưởng Ban Tổ chức Huyện ủy Châu Thành.
Theo báo cáo, Đảng bộ xã có 9 chi bộ ấp và 4 chi bộ cơ quan, trường học với 286 đảng viên. Thực hiện Kế hoạch số 27-KH/ĐU ngày 15/3/2019 của Đảng ủy xã, mỗi chi bộ ấp đã có 2 buổi sinh hoạt chuyên đề, chủ đề được chọn từ việc của ấp như chuyển đổi vườn dừa kém hiệu quả, giữ vệ sinh kênh rạch, phòng chống dịch tả heo châu Phi. Tỷ lệ đảng viên dự sinh hoạt bình quân đạt 93,5%. Đảng ủy đã kết nạp 5 đảng viên mới, đạt 62,5% chỉ tiêu năm; đang bồi dưỡng 11 quần chúng ưu tú.
Phát huy vai trò đảng viên nơi cư trú, các chi bộ ấp vận động nhân dân đóng góp 320 triệu đồng làm 1,2 km đường đal ở ấp Phú Thạnh và vận động Quỹ "Vì người nghèo" được 86 triệu đồng. Qua Quy chế phối hợp số 02-QC/ĐU giữa Đảng ủy và Ủy ban MTTQ xã, chi bộ và ban công tác mặt trận các ấp đã hòa giải thành 7 vụ việc tranh chấp đất đai giữa các hộ; tiếp nhận 14 ý kiến, kiến nghị của cử tri gửi đến Đảng ủy.
Tuy nhiên, hội nghị cũng chỉ ra: 2 chi bộ ấp còn có buổi sinh hoạt không đủ số lượng theo quy định; việc đảng viên đang công tác ở cơ quan huyện báo cáo với chi bộ nơi cư trú chưa đầy đủ, còn 13 đảng viên chưa nộp bản đăng ký.
Theo Ban Tổ chức Tỉnh ủy Bến Tre, 6 tháng đầu năm toàn tỉnh kết nạp 946 đảng viên mới; 157 xã, phường, thị trấn đã triển khai sinh hoạt chuyên đề ở chi bộ ấp, khu phố. Đồng chí Đoàn Thị Ngọc Hân đánh giá Phú Túc là xã làm đều tay, biên bản sinh hoạt ghi rõ việc giao cho ai, làm đến đâu, tháng sau chi bộ kiểm điểm lại; đề nghị Đảng ủy xã chọn chi bộ ấp Phú Khương báo cáo kinh nghiệm tại hội nghị của huyện.
Ông Võ Văn Tư, Bí thư Chi bộ ấp Phú Khương cho rằng, sinh hoạt chuyên đề giúp đảng viên nói được, làm được: "Chi bộ bàn chuyện chuyển đổi vườn dừa, đảng viên làm trước, dân thấy có lời thì làm theo".
Phó Bí thư Đảng ủy, Chủ tịch UBND xã Nguyễn Thị Mỹ Linh đề nghị 6 tháng cuối năm các chi bộ tập trung thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, chuẩn bị nhân sự chi ủy; phấn đấu kết nạp thêm ít nhất 3 đảng viên mới để hoàn thành chỉ tiêu năm.
Thu Thảo
Tin liên quan
- Châu Thành: tập huấn nghiệp vụ công tác đảng cho bí thư chi bộ (25/06/2019)
- Xã Tân Thạch ra mắt mô hình "Chi bộ ấp 4 tốt" (12/06/2019)
- Bến Tre kết nạp 812 đảng viên trong 5 tháng (04/06/2019)
""", "2019-07-05", "Phú Túc: 100% chi bộ ấp có sinh hoạt chuyên đề",
E("so_ket", "2019-H1", "2019-07-03"),
[P("Huỳnh Văn Be", "Bí thư Đảng ủy xã"),
 P("Đoàn Thị Ngọc Hân", "Phó Trưởng Ban Tổ chức Huyện ủy Châu Thành"),
 P("Võ Văn Tư", "Bí thư Chi bộ ấp Phú Khương"),
 P("Nguyễn Thị Mỹ Linh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã")],
[Q("100%", 100, "%"), Q("9 chi bộ ấp", 9, "chi bộ ấp"), Q("4 chi bộ cơ quan, trường học", 4, "chi bộ cơ quan, trường học"),
 Q("286 đảng viên", 286, "đảng viên"), Q("2 buổi sinh hoạt chuyên đề", 2, "buổi sinh hoạt chuyên đề"), Q("93,5%", 93.5, "%"),
 Q("5 đảng viên mới", 5, "đảng viên mới"), Q("62,5%", 62.5, "%"), Q("11 quần chúng ưu tú", 11, "quần chúng ưu tú"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("1,2 km", 1.2, "km"), Q("86 triệu đồng", 86000000, "đồng"),
 Q("7 vụ việc tranh chấp đất đai", 7, "vụ việc tranh chấp đất đai"), Q("14 ý kiến, kiến nghị", 14, "ý kiến, kiến nghị"),
 Q("946 đảng viên mới", 946, "đảng viên mới"), Q("157 xã, phường, thị trấn", 157, "xã, phường, thị trấn"),
 Q("2 chi bộ ấp", 2, "chi bộ ấp"), Q("13 đảng viên", 13, "đảng viên"), Q("ít nhất 3 đảng viên mới", 3, "đảng viên mới", "over")],
[D("Kế hoạch", "27", "KH/ĐU", "2019-03-15", "Đảng ủy xã", "Kế hoạch số 27-KH/ĐU ngày 15/3/2019 của Đảng ủy xã"),
 D("Quy chế phối hợp", "02", "QC/ĐU", None, None, "Quy chế phối hợp số 02-QC/ĐU"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 35-CT/TW của Bộ Chính trị")],
[prov("Bến Tre"), com("Phú Túc")],
["BÁO ĐỒNG KHỞI ONLINE", "Chính trị | Xây dựng Đảng | Cơ sở", "Ảnh: Toàn cảnh hội nghị.", "(ĐK)", "Vì người nghèo"],
["Cập nhật: 09:42, 05/07/2019 (GMT+7)", "6 tháng đầu năm 2019", "6 tháng cuối năm", "6 tháng cuối năm các chi bộ"]))

PAGES.append(page("b8583-thanhhoa-thuongxuan-daihoi-chibo-2020", """
BÁO THANH HÓA
Thời sự > Xây dựng Đảng > Đại hội Đảng
20/05/2020 - 10:05
Thường Xuân: Đại hội điểm chi bộ trực thuộc nhiệm kỳ 2020 - 2022
(Baothanhhoa.vn) - Ngày 18/5, Chi bộ thôn Na Mèo, xã Xuân Dương, huyện Thường Xuân tổ chức đại hội điểm nhiệm kỳ 2020 - 2022. Đây là chi bộ được Ban Thường vụ Huyện ủy chọn làm điểm để 97 chi bộ trực thuộc đảng ủy các xã, thị trấn trong huyện học tập, rút kinh nghiệm. Toàn tỉnh Thanh Hóa có hơn 7.000 chi bộ trực thuộc đảng ủy cơ sở tiến hành đại hội trong tháng 5 và tháng 6.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Dự đại hội có các đồng chí: Cầm Bá Lực, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy Thường Xuân; Lương Thị Hoa, Phó Bí thư Thường trực Đảng ủy xã Xuân Dương. Do yêu cầu phòng, chống dịch Covid-19 theo Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, đại hội được tổ chức gọn, 100% đại biểu đeo khẩu trang, sát khuẩn tay trước khi vào hội trường.
Chi bộ thôn Na Mèo có 32 đảng viên sinh hoạt, phần lớn là người Thái. Nhiệm kỳ 2017 - 2020, chi bộ lãnh đạo nhân dân trồng mới 46 ha keo, luồng; giúp 18 hộ thoát nghèo, tỷ lệ hộ nghèo còn 8,7%; vận động 126 hộ hiến đất, tháo dỡ tường rào để mở rộng 2,3 km đường thôn với tổng giá trị đóng góp khoảng 1,4 tỷ đồng. Chi bộ kết nạp được 3 đảng viên mới, 2 năm liền đạt chi bộ hoàn thành tốt nhiệm vụ.
Đồng chí Lò Văn Thắm, Bí thư Chi bộ thôn Na Mèo nhiệm kỳ 2017 - 2020 cho biết, cái khó nhất là giữ nền nếp sinh hoạt khi nhiều đảng viên trẻ đi làm công nhân ở các tỉnh phía Nam. Chi bộ lập nhóm Zalo để thông báo nội dung sinh hoạt, đảng viên đi xa gửi ý kiến về chi bộ; mỗi năm 2 lần chi bộ gọi điện cho cấp ủy nơi đảng viên tạm trú để nắm tình hình.
Đại hội được tiến hành theo Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, Hướng dẫn số 26-HD/BTCTW ngày 6/9/2019 của Ban Tổ chức Trung ương và Kế hoạch số 55-KH/HU của Huyện ủy Thường Xuân. Đại hội thảo luận, góp 12 ý kiến vào dự thảo văn kiện Đại hội Đảng bộ xã lần thứ XXIV.
Đại hội đã bầu Chi ủy gồm 3 đồng chí; đồng chí Vi Văn Tuấn được tín nhiệm bầu giữ chức Bí thư Chi bộ thôn Na Mèo nhiệm kỳ 2020 - 2022, đồng chí Hà Thị Phương được bầu làm Phó Bí thư Chi bộ. Đồng chí Lò Văn Thắm được đại hội bầu làm đại biểu dự Đại hội Đảng bộ xã.
Phát biểu chỉ đạo, đồng chí Cầm Bá Lực đề nghị các chi bộ chưa đại hội rút kinh nghiệm về khâu chuẩn bị nhân sự, về thời gian thảo luận; mục tiêu nhiệm kỳ tới của chi bộ phải cụ thể, đo đếm được như tỷ lệ hộ nghèo dưới 5%, mỗi năm kết nạp ít nhất 1 đảng viên.
Lê Hợi
Tin liên quan
- Thanh Hóa: hoàn thành đại hội điểm chi bộ trực thuộc đảng ủy cơ sở (15/05/2020)
- Như Xuân chuẩn bị đại hội đảng bộ cơ sở (08/05/2020)
- Lang Chánh kết nạp 56 đảng viên người dân tộc thiểu số (28/04/2020)
""", "2020-05-20", "Thường Xuân: Đại hội điểm chi bộ trực thuộc nhiệm kỳ 2020 - 2022",
E("dai_hoi", None, "2020-05-18"),
[P("Cầm Bá Lực", "Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức Huyện ủy Thường Xuân"),
 P("Lương Thị Hoa", "Phó Bí thư Thường trực Đảng ủy xã Xuân Dương"),
 P("Lò Văn Thắm", "Bí thư Chi bộ thôn Na Mèo nhiệm kỳ 2017 - 2020"),
 P("Vi Văn Tuấn", "Bí thư Chi bộ thôn Na Mèo nhiệm kỳ 2020 - 2022"),
 P("Hà Thị Phương", "Phó Bí thư Chi bộ")],
[Q("97 chi bộ", 97, "chi bộ"), Q("hơn 7.000 chi bộ", 7000, "chi bộ", "over"), Q("100%", 100, "%"), Q("32 đảng viên", 32, "đảng viên"), Q("46 ha", 46, "ha"),
 Q("18 hộ", 18, "hộ"), Q("8,7%", 8.7, "%"), Q("126 hộ", 126, "hộ"), Q("2,3 km", 2.3, "km"),
 Q("khoảng 1,4 tỷ đồng", 1400000000, "đồng", "approx"), Q("3 đảng viên mới", 3, "đảng viên mới"), Q("12 ý kiến", 12, "ý kiến"),
 Q("3 đồng chí", 3, "đồng chí"), Q("dưới 5%", 5, "%"), Q("ít nhất 1 đảng viên", 1, "đảng viên", "over")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị"),
 D("Hướng dẫn", "26", "HD/BTCTW", "2019-09-06", "Ban Tổ chức Trung ương", "Hướng dẫn số 26-HD/BTCTW ngày 6/9/2019"),
 D("Kế hoạch", "55", "KH/HU", None, "Huyện ủy Thường Xuân", "Kế hoạch số 55-KH/HU của Huyện ủy Thường Xuân")],
[prov("Thanh Hóa"), com("Xuân Dương")],
["BÁO THANH HÓA", "Thời sự > Xây dựng Đảng > Đại hội Đảng", "(Baothanhhoa.vn)", "Các đại biểu biểu quyết thông qua nghị quyết đại hội."],
["20/05/2020 - 10:05", "nhiệm kỳ 2020 - 2022", "nhiệm kỳ 2017 - 2020", "2 năm liền", "2 lần", "lần thứ XXIV", "Covid-19", "3 đồng chí", "tháng 5 và tháng 6"]))

PAGES.append(page("b8584-khanhhoa-camranh-giamsat-qd213-2020", """
Báo Khánh Hòa điện tử
Chính trị > Xây dựng Đảng
Thứ Tư, 14/10/2020
Giám sát việc đảng viên giữ mối liên hệ với nơi cư trú
Ngày 12/10, Đoàn giám sát của Ban Thường vụ Thành ủy Cam Ranh do đồng chí Nguyễn Thị Thu Sương, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Thành ủy làm trưởng đoàn đã giám sát việc thực hiện Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị về trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú tại Đảng bộ phường Cam Lộc.
Đoàn giám sát làm việc với Đảng ủy phường Cam Lộc.
Đoàn được thành lập theo Quyết định số 1320-QĐ/TU ngày 15/9/2020 của Ban Thường vụ Thành ủy; đồng chí Lê Quang Trung, Thành ủy viên, Trưởng Ban Tổ chức Thành ủy làm phó trưởng đoàn. Theo báo cáo của Đảng ủy phường, sau khi Tỉnh ủy ban hành Hướng dẫn số 17-HD/TU hướng dẫn thực hiện Quy định 213, phường đã tiếp nhận giấy giới thiệu của 164 đảng viên đang công tác ở 38 cơ quan, đơn vị về sinh hoạt tại 8 chi bộ tổ dân phố. Có 157 đảng viên, đạt 95,7%, đã báo cáo với chi bộ nơi cư trú về nơi công tác, chức vụ, số điện thoại liên hệ và cam kết thực hiện nhiệm vụ; 7 đảng viên nộp chậm do đi công tác dài ngày trên biển.
Đảng viên nơi cư trú tham gia đầy đủ các đợt ra quân phòng, chống dịch Covid-19, 26 đồng chí trực chốt kiểm soát tại khu dân cư; đóng góp hơn 42 triệu đồng mua gạo, nhu yếu phẩm hỗ trợ 85 hộ khó khăn do ảnh hưởng của dịch.
Bà Trương Thị Hiền, Bí thư Chi bộ tổ dân phố Phúc Lộc, cho biết chi bộ đã có 21 đảng viên đang công tác đăng ký sinh hoạt, mỗi người nhận phụ trách một nhóm hộ; có đồng chí là cán bộ Sở nhưng vẫn về họp tổ dân phố, vận động hàng xóm phân loại rác tại nguồn. Tuy vậy, theo đồng chí Võ Văn Ánh, Bí thư Đảng ủy phường Cam Lộc, vẫn còn cơ quan gửi phiếu xin nhận xét đảng viên muộn, có nơi chỉ gửi trước khi họp đánh giá cuối năm 3 ngày; một số đảng viên chưa dự đủ 2 lần sinh hoạt chi bộ nơi cư trú trong năm theo quy định.
Kết luận buổi giám sát, đồng chí Nguyễn Thị Thu Sương ghi nhận Đảng ủy phường Cam Lộc triển khai Quy định 213 kịp thời, bài bản; đề nghị Đảng ủy lập sổ theo dõi đảng viên đang công tác sinh hoạt nơi cư trú theo mẫu thống nhất, định kỳ 6 tháng thông báo cho cơ quan nơi đảng viên công tác; chủ động báo cáo Thành ủy những trường hợp đảng viên không thực hiện việc giữ mối liên hệ. Theo kế hoạch, đoàn sẽ tiếp tục giám sát tại Đảng bộ phường Cam Phúc Bắc và 2 đảng bộ xã trước ngày 30/11.
Kỳ Nam
Tin liên quan
- Khánh Hòa triển khai Quy định 213 của Bộ Chính trị (12/03/2020)
- Nha Trang: đảng viên nơi cư trú tham gia phòng, chống dịch (20/08/2020)
- Cam Lâm hoàn thành đại hội đảng bộ cơ sở (30/06/2020)
""", "2020-10-14", "Giám sát việc đảng viên giữ mối liên hệ với nơi cư trú",
E("giam_sat", None, "2020-10-12"),
[P("Nguyễn Thị Thu Sương", "Ủy viên Ban Thường vụ", "Chủ nhiệm Ủy ban Kiểm tra Thành ủy", "trưởng đoàn"),
 P("Lê Quang Trung", "Thành ủy viên", "Trưởng Ban Tổ chức Thành ủy", "phó trưởng đoàn"),
 P("Trương Thị Hiền", "Bí thư Chi bộ tổ dân phố Phúc Lộc"),
 P("Võ Văn Ánh", "Bí thư Đảng ủy phường Cam Lộc")],
[Q("164 đảng viên", 164, "đảng viên"), Q("38 cơ quan, đơn vị", 38, "cơ quan, đơn vị"), Q("8 chi bộ tổ dân phố", 8, "chi bộ tổ dân phố"),
 Q("157 đảng viên", 157, "đảng viên"), Q("95,7%", 95.7, "%"), Q("7 đảng viên", 7, "đảng viên"), Q("26 đồng chí", 26, "đồng chí"),
 Q("hơn 42 triệu đồng", 42000000, "đồng", "over"), Q("85 hộ khó khăn", 85, "hộ khó khăn"), Q("21 đảng viên", 21, "đảng viên"),
 Q("2 đảng bộ xã", 2, "đảng bộ xã")],
[D("Quy định", "213", "QĐ/TW", "2020-01-02", "Bộ Chính trị", "Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị"),
 D("Quyết định", "1320", "QĐ/TU", "2020-09-15", "Ban Thường vụ Thành ủy", "Quyết định số 1320-QĐ/TU ngày 15/9/2020 của Ban Thường vụ Thành ủy"),
 D("Hướng dẫn", "17", "HD/TU", None, "Tỉnh ủy", "Hướng dẫn số 17-HD/TU")],
[prov("Khánh Hòa"), com("Cam Lộc"), com("Cam Phúc Bắc")],
["Báo Khánh Hòa điện tử", "Chính trị > Xây dựng Đảng", "Đoàn giám sát làm việc với Đảng ủy phường Cam Lộc."],
["Thứ Tư, 14/10/2020", "26 đồng chí", "Covid-19", "3 ngày", "2 lần", "6 tháng", "ngày 30/11", "Quy định 213"]))
