from lib import *
PAGES = []

PAGES.append(page("b9035-hatinh-tinhdoan-kyket-2017", """
BÁO HÀ TĨNH
Chính trị | Thời sự | Xã hội | Giáo dục
Thứ Tư, 15/03/2017 - 08:30
Đồng chí Trần Tú Anh phát biểu tại hội nghị.
Ký kết phối hợp bảo đảm an toàn giao thông trong trường học
(Baohatinh.vn) - Chiều 14/3, Tỉnh đoàn, Công an tỉnh và Sở Giáo dục và Đào tạo Hà Tĩnh tổ chức hội nghị ký kết Chương trình phối hợp số 07/CTPH-TĐ-CA-SGDĐT về tuyên truyền, giáo dục an toàn giao thông và xây dựng "cổng trường an toàn giao thông" giai đoạn 2017 - 2020.
Dự hội nghị có đồng chí Trần Tú Anh, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban An toàn giao thông tỉnh; đồng chí Nguyễn Thị Nữ Ý, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy. Ký kết chương trình có các đồng chí: Nguyễn Quốc Tuấn, Bí thư Tỉnh đoàn; Đại tá Nguyễn Hồng Phong, Phó Giám đốc Công an tỉnh; Đặng Văn Phước, Phó Giám đốc Sở Giáo dục và Đào tạo.
Theo báo cáo, năm học 2015 - 2016, toàn tỉnh có 176 trường THCS, THPT với trên 95.000 học sinh; qua kiểm tra vẫn còn 1.832 lượt học sinh vi phạm trật tự an toàn giao thông, trong đó 64% là không đội mũ bảo hiểm, 21% là điều khiển xe mô tô khi chưa đủ tuổi. Năm 2016, có 11 học sinh tử vong do tai nạn giao thông.
Chương trình phối hợp đề ra 5 nhóm nội dung chính: tuyên truyền pháp luật về trật tự an toàn giao thông; xây dựng mỗi trường học ít nhất một mô hình "cổng trường an toàn giao thông"; duy trì các đội thanh niên tình nguyện hướng dẫn giao thông giờ cao điểm; phát hiện, thông báo học sinh vi phạm về nhà trường, gia đình; tổ chức các cuộc thi tìm hiểu Luật Giao thông đường bộ. Mục tiêu đến năm 2020, 100% học sinh đội mũ bảo hiểm khi ngồi trên mô tô, xe máy điện, giảm ít nhất 10% số vụ vi phạm mỗi năm.
Tại hội nghị, đồng chí Nguyễn Quốc Tuấn cho biết Tỉnh đoàn sẽ giao chỉ tiêu cho 13 huyện, thành, thị đoàn và đoàn trực thuộc; mỗi cơ sở đoàn ở xã, phường, thị trấn nhận đỡ đầu ít nhất một cổng trường. Anh Lê Văn Đông, Bí thư Đoàn phường Thạch Linh (TP Hà Tĩnh), chia sẻ kinh nghiệm duy trì đội hình "Thanh niên xung kích vì an toàn giao thông" suốt 2 năm qua.
Phát biểu chỉ đạo, đồng chí Trần Tú Anh đề nghị các bên cụ thể hóa chương trình bằng kế hoạch hằng năm, gắn với thực hiện Chỉ thị số 18-CT/TW ngày 04/9/2012 của Ban Bí thư, Nghị định số 46/2016/NĐ-CP của Chính phủ và Kế hoạch số 49/KH-UBND ngày 16/02/2017 của UBND tỉnh về bảo đảm trật tự an toàn giao thông năm 2017. Đồng chí lưu ý việc vận động phụ huynh phải đi trước một bước, "không để các em đội mũ bảo hiểm chỉ vì sợ bị phạt".
Sau lễ ký kết, Tỉnh đoàn và Công an tỉnh trao tặng 300 mũ bảo hiểm cho học sinh Trường THCS Thạch Linh, tổng trị giá 45 triệu đồng, do các doanh nghiệp trên địa bàn tài trợ.
Thu Hà
Tin liên quan
- Tuổi trẻ Hà Tĩnh ra quân tháng thanh niên 2017 (02/03/2017)
- Trao mũ bảo hiểm cho học sinh vùng lũ (18/11/2016)
- Tổng kết công tác an toàn giao thông năm 2016 (28/12/2016)
""", "2017-03-15", "Ký kết phối hợp bảo đảm an toàn giao thông trong trường học",
E("hoi_nghi", "2017", "2017-03-14"),
[P("Trần Tú Anh", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban An toàn giao thông tỉnh"),
 P("Nguyễn Thị Nữ Ý", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Quốc Tuấn", "Bí thư Tỉnh đoàn"),
 P("Nguyễn Hồng Phong", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Đặng Văn Phước", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Lê Văn Đông", "Bí thư Đoàn phường Thạch Linh")],
[Q("176 trường THCS, THPT", 176, "trường THCS, THPT"),
 Q("trên 95.000 học sinh", 95000, "học sinh", "over"),
 Q("1.832 lượt học sinh", 1832, "lượt học sinh"),
 Q("64%", 64, "%"), Q("21%", 21, "%"),
 Q("11 học sinh", 11, "học sinh"),
 Q("5 nhóm nội dung", 5, "nhóm nội dung"),
 Q("100% học sinh", 100, "%"), Q("ít nhất 10%", 10, "%", "over"),
 Q("13 huyện, thành, thị đoàn và đoàn trực thuộc", 13, "huyện, thành, thị đoàn và đoàn trực thuộc"),
 Q("300 mũ bảo hiểm", 300, "mũ bảo hiểm"), Q("45 triệu đồng", 45000000, "đồng")],
[D("Chương trình phối hợp", "07", "CTPH-TĐ-CA-SGDĐT", None, None, "Chương trình phối hợp số 07/CTPH-TĐ-CA-SGDĐT"),
 D("Chỉ thị", "18", "CT/TW", "2012-09-04", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 04/9/2012"),
 D("Nghị định", "46", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 46/2016/NĐ-CP"),
 D("Kế hoạch", "49", "KH-UBND", "2017-02-16", "UBND tỉnh", "Kế hoạch số 49/KH-UBND ngày 16/02/2017")],
[prov("Hà Tĩnh"), com("Thạch Linh")],
["BÁO HÀ TĨNH", "Chính trị | Thời sự | Xã hội | Giáo dục", "Đồng chí Trần Tú Anh phát biểu tại hội nghị.", "(Baohatinh.vn)",
 "cổng trường an toàn giao thông", "Thanh niên xung kích vì an toàn giao thông", "Luật Giao thông đường bộ", "Trường THCS Thạch Linh"],
["Thứ Tư, 15/03/2017 - 08:30", "giai đoạn 2017 - 2020", "năm học 2015 - 2016", "Năm 2016", "năm 2020", "2 năm qua", "năm 2017", "một mô hình", "một cổng trường"]))

PAGES.append(page("b9036-gialai-tinhdoan-traomu-2018", """
Báo Gia Lai điện tử
Xã hội › Giáo dục
Cập nhật lúc 17:20 ngày 10/09/2018
Học sinh làng Plei Ơi nhận mũ bảo hiểm.
Gần 2.000 học sinh lớp 1 vùng sâu được tặng mũ bảo hiểm
(GLO)- Từ ngày 6 đến 8/9, Tỉnh đoàn Gia Lai phối hợp với Phòng Cảnh sát giao thông Công an tỉnh và Hội Liên hiệp Thanh niên Việt Nam tỉnh tổ chức trao tặng 1.950 mũ bảo hiểm cho học sinh lớp 1 tại 26 trường tiểu học ở các huyện Chư Păh, Ia Grai, Đức Cơ và Chư Prông trong khuôn khổ chương trình "Toàn dân đội mũ bảo hiểm cho trẻ em" năm học 2018 - 2019.
Tổng trị giá số mũ bảo hiểm là hơn 292 triệu đồng, do Quỹ Phòng chống thương vong châu Á (AIP) và một số doanh nghiệp tài trợ. Ngoài mũ, mỗi em còn được tặng 1 bộ sách giáo khoa và 10 quyển vở. Tham gia trao quà có anh Rơ Châm Tuấn, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh; Thượng tá Nguyễn Văn Hải, Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh.
Tại điểm trường làng Plei Ơi, xã Ia Kreng (huyện Chư Păh), có 64 em học sinh người Jrai nhận mũ. Thầy Ksor Nghen, Hiệu trưởng Trường Tiểu học Ia Kreng, cho biết phần lớn phụ huynh làm rẫy, chở con đến trường bằng xe máy trên đường đất đỏ; trước đây gần như không em nào đội mũ bảo hiểm. "Chúng tôi sẽ giữ mũ tại lớp cho các em vào mùa mưa, và nhắc phụ huynh mỗi buổi đón", thầy Nghen nói.
Chị Siu H'Lan, Bí thư Đoàn xã Ia Kreng, cho biết đoàn viên xã sẽ phối hợp Công an xã đến từng làng tuyên truyền bằng tiếng Jrai, kết hợp sinh hoạt ở nhà rông. Già làng Rah Lan Mlô (làng Plei Ơi) nhận lời vận động bà con đưa việc đội mũ bảo hiểm cho con vào quy ước của làng.
Theo Ban Thường vụ Tỉnh đoàn, từ năm 2014 đến nay, các cấp bộ Đoàn tỉnh Gia Lai đã trao trên 18.000 mũ bảo hiểm cho học sinh vùng sâu, vùng xa; xây dựng 112 "cổng trường an toàn giao thông". Tuy vậy, theo số liệu của Công an tỉnh, 8 tháng đầu năm 2018 vẫn có 7 trẻ em tử vong do tai nạn giao thông, phần lớn không đội mũ bảo hiểm.
Anh Rơ Châm Tuấn đề nghị các cơ sở đoàn thực hiện nghiêm Kế hoạch số 215-KH/TĐTN-TNXP của Ban Thường vụ Tỉnh đoàn về triển khai chương trình năm học mới và Quyết định số 1586/QĐ-TTg ngày 24/10/2012 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia bảo đảm trật tự an toàn giao thông đường bộ. Cũng trong đợt này, Hội LHTN tỉnh trao 30 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh vượt khó học tốt.
Đức Thụy
Tin liên quan
- Ia Grai: 500 đoàn viên ra quân tình nguyện hè (20/07/2018)
- Tổng kết chiến dịch Thanh niên tình nguyện hè 2018 (25/08/2018)
- Đak Đoa: trao 200 mũ bảo hiểm cho học sinh (12/09/2017)
- Chư Sê: ra mắt mô hình cổng trường an toàn giao thông (03/04/2018)
""", "2018-09-10", "Gần 2.000 học sinh lớp 1 vùng sâu được tặng mũ bảo hiểm",
E("trao_qua", None, "2018-09-06"),
[P("Rơ Châm Tuấn", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Nguyễn Văn Hải", "Thượng tá", "Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh"),
 P("Ksor Nghen", "Hiệu trưởng Trường Tiểu học Ia Kreng"),
 P("Siu H'Lan", "Bí thư Đoàn xã Ia Kreng"),
 P("Rah Lan Mlô", "Già làng")],
[Q("Gần 2.000 học sinh", 2000, "học sinh", "approx"),
 Q("1.950 mũ bảo hiểm", 1950, "mũ bảo hiểm"), Q("26 trường tiểu học", 26, "trường tiểu học"),
 Q("hơn 292 triệu đồng", 292000000, "đồng", "over"),
 Q("10 quyển vở", 10, "quyển vở"), Q("64 em học sinh người Jrai", 64, "em học sinh người Jrai"),
 Q("trên 18.000 mũ bảo hiểm", 18000, "mũ bảo hiểm", "over"),
 Q("112", 112, "cổng trường an toàn giao thông"),
 Q("7 trẻ em", 7, "trẻ em"),
 Q("30 suất học bổng", 30, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "215", "KH/TĐTN-TNXP", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 215-KH/TĐTN-TNXP"),
 D("Quyết định", "1586", "QĐ-TTg", "2012-10-24", "Thủ tướng Chính phủ", "Quyết định số 1586/QĐ-TTg ngày 24/10/2012")],
[prov("Gia Lai"), com("Ia Kreng")],
["Báo Gia Lai điện tử", "Xã hội › Giáo dục", "Học sinh làng Plei Ơi nhận mũ bảo hiểm.", "(GLO)",
 "Toàn dân đội mũ bảo hiểm cho trẻ em", "Quỹ Phòng chống thương vong châu Á (AIP)", "cổng trường an toàn giao thông",
 "Trường Tiểu học Ia Kreng", "Chiến lược quốc gia bảo đảm trật tự an toàn giao thông đường bộ"],
["Cập nhật lúc 17:20 ngày 10/09/2018", "lớp 1", "năm học 2018 - 2019", "1 bộ sách giáo khoa", "từ năm 2014", "8 tháng đầu năm 2018"]))

PAGES.append(page("b9037-haiphong-doithoai-2019", """
Cổng thông tin Thành đoàn Hải Phòng
Trang chủ :: Tin hoạt động :: Quận, huyện đoàn
08.05.2019 | 16:05
Học sinh đối thoại với công an về văn hóa giao thông
Sáng 7/5/2019, Quận đoàn Lê Chân phối hợp Công an quận và Phòng Giáo dục và Đào tạo quận tổ chức chương trình đối thoại "Học sinh với văn hóa giao thông" năm 2019 tại Trường THCS Ngô Quyền, với sự tham gia của hơn 450 học sinh, đoàn viên, đội viên đến từ 11 trường THCS trên địa bàn quận.
Tham gia đối thoại có Thượng tá Phạm Văn Dũng, Phó Trưởng Công an quận Lê Chân; bà Vũ Thị Hương Giang, Phó Chủ tịch UBND quận; anh Đỗ Mạnh Hùng, Bí thư Quận đoàn; cô Nguyễn Thị Lan, Hiệu trưởng Trường THCS Ngô Quyền.
Các em học sinh mạnh dạn nêu nhiều câu hỏi: vì sao nhiều bạn đi xe đạp điện không đội mũ mà chưa bị xử lý; phụ huynh dừng xe giữa đường trước cổng trường có bị phạt không; học sinh 16 tuổi được đi loại xe nào. Trả lời, Thượng tá Phạm Văn Dũng cho biết theo Nghị định số 46/2016/NĐ-CP, người điều khiển, người ngồi trên xe đạp máy, xe máy điện không đội mũ bảo hiểm hoặc đội mũ không cài quai đúng quy cách bị phạt tiền từ 100.000 đồng đến 200.000 đồng. Năm học 2018 - 2019, Công an quận đã lập biên bản nhắc nhở 568 học sinh, gửi thông báo về 11 trường và UBND 15 phường.
Em Trần Minh Châu, Liên đội trưởng Trường THCS Ngô Quyền, đề xuất lắp đèn tín hiệu và vạch sơn cho người đi bộ trên tuyến phố Nguyễn Công Trứ. Bà Vũ Thị Hương Giang ghi nhận và giao UBND phường Trại Cau, phường Dư Hàng Kênh khảo sát, đề xuất trong tháng 5. Em Lê Hoàng Nam, lớp 9A2, hỏi về việc bán hàng rong lấn chiếm vỉa hè trước cổng trường; lãnh đạo phường Trại Cau cam kết ra quân giải tỏa trong 2 tuần.
Anh Đỗ Mạnh Hùng cho biết Quận đoàn đang thực hiện Kế hoạch số 46-KH/QĐ về "Tuổi trẻ Lê Chân chung tay vì an toàn giao thông" và Kế hoạch số 1025/KH-UBND ngày 20/3/2019 của UBND quận; đến nay đã có 9/11 trường THCS được công nhận "cổng trường an toàn giao thông". Quận đoàn cũng phối hợp với Hội Cha mẹ học sinh vận động 2.700 phụ huynh ký cam kết đội mũ bảo hiểm cho con.
Trao đổi thêm, cô Nguyễn Thị Lan cho biết nhà trường có 1.260 học sinh, khoảng 70% được phụ huynh đưa đón bằng xe máy. Từ đầu năm học, nhà trường phân công mỗi lớp một tổ "cờ đỏ giao thông" kiểm tra việc đội mũ bảo hiểm của bạn bè; lớp nào có học sinh vi phạm bị trừ điểm thi đua tuần. Nhờ vậy, số lượt vi phạm giảm từ 42 lượt trong tháng 9/2018 xuống còn 6 lượt trong tháng 4/2019.
Kết thúc chương trình, Công an quận trao 150 mũ bảo hiểm đạt chuẩn cho học sinh có hoàn cảnh khó khăn và 20 phần thưởng cho các em tham gia tích cực. Chương trình sẽ được duy trì mỗi học kỳ một lần.
Minh Thư
Tin khác
- Ra quân Tháng thanh niên năm 2019 (01/03/2019)
- Hội thi "Học sinh với an toàn giao thông" (15/04/2019)
- Trao 200 suất quà cho thiếu nhi (25/01/2019)
""", "2019-05-08", "Học sinh đối thoại với công an về văn hóa giao thông",
E("doi_thoai", "2019", "2019-05-07"),
[P("Phạm Văn Dũng", "Thượng tá", "Phó Trưởng Công an quận Lê Chân"),
 P("Vũ Thị Hương Giang", "Phó Chủ tịch UBND quận"),
 P("Đỗ Mạnh Hùng", "Bí thư Quận đoàn"),
 P("Nguyễn Thị Lan", "Hiệu trưởng Trường THCS Ngô Quyền"),
 P("Trần Minh Châu", "Liên đội trưởng Trường THCS Ngô Quyền"),
 P("Lê Hoàng Nam")],
[Q("hơn 450 học sinh, đoàn viên, đội viên", 450, "học sinh, đoàn viên, đội viên", "over"),
 Q("11 trường THCS", 11, "trường THCS"),
 Q("100.000 đồng", 100000, "đồng"), Q("200.000 đồng", 200000, "đồng"),
 Q("568 học sinh", 568, "học sinh"), Q("11 trường", 11, "trường"), Q("15 phường", 15, "phường"),
 Q("9/11 trường THCS", 9, "trường THCS"),
 Q("2.700 phụ huynh", 2700, "phụ huynh"),
 Q("1.260 học sinh", 1260, "học sinh"), Q("khoảng 70%", 70, "%", "approx"),
 Q("42 lượt", 42, "lượt"), Q("6 lượt", 6, "lượt"),
 Q("150 mũ bảo hiểm", 150, "mũ bảo hiểm"), Q("20 phần thưởng", 20, "phần thưởng")],
[D("Nghị định", "46", "2016/NĐ-CP", None, None, "Nghị định số 46/2016/NĐ-CP"),
 D("Kế hoạch", "46", "KH/QĐ", None, None, "Kế hoạch số 46-KH/QĐ"),
 D("Kế hoạch", "1025", "KH-UBND", "2019-03-20", "UBND quận", "Kế hoạch số 1025/KH-UBND ngày 20/3/2019")],
[prov("Hải Phòng"), com("Trại Cau"), com("Dư Hàng Kênh")],
["Cổng thông tin Thành đoàn Hải Phòng", "Trang chủ :: Tin hoạt động :: Quận, huyện đoàn", "Học sinh với văn hóa giao thông",
 "Trường THCS Ngô Quyền", "Nguyễn Công Trứ", "Tuổi trẻ Lê Chân chung tay vì an toàn giao thông", "cổng trường an toàn giao thông",
 "Hội Cha mẹ học sinh", "cờ đỏ giao thông"],
["08.05.2019 | 16:05", "năm 2019", "16 tuổi", "Năm học 2018 - 2019", "tháng 5", "2 tuần", "lớp 9A2", "mỗi học kỳ một lần", "tháng 9/2018", "tháng 4/2019"]))

PAGES.append(page("b9038-binhduong-bdv-soket-2019", """
BAN DÂN VẬN TỈNH ỦY BÌNH DƯƠNG
Trang chủ > Tin tức > Dân vận chính quyền
Thứ Ba, 16/07/2019, 14:30
Toàn cảnh hội nghị sơ kết.
Mô hình "Dân vận khéo" giữ an toàn cổng trường
Ngày 15/7, Ban Dân vận Tỉnh ủy Bình Dương phối hợp Công an tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2019 thực hiện Quy chế phối hợp số 09-QC/BDV-CAT giữa Ban Dân vận Tỉnh ủy và Công an tỉnh, trong đó tập trung đánh giá mô hình "Dân vận khéo" bảo đảm trật tự an toàn giao thông khu vực trường học.
Chủ trì hội nghị có đồng chí Trần Thị Diễm Trinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và Đại tá Trần Văn Chính, Phó Giám đốc Công an tỉnh. Dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Minh, Lê Thị Hồng Nga, cùng đại diện Tỉnh đoàn, Hội LHPN, Hội Cựu chiến binh tỉnh.
Sáu tháng đầu năm, toàn tỉnh có 47 mô hình "Dân vận khéo" về an toàn giao thông, trong đó 21 mô hình gắn với cổng trường. Các lực lượng đã tổ chức 380 cuộc tuyên truyền cho hơn 96.000 học sinh, công nhân; vận động 12.500 hộ gia đình ký cam kết không để con em chưa đủ tuổi điều khiển xe máy. Tỷ lệ học sinh đội mũ bảo hiểm khi ngồi sau xe máy ước đạt 93%. Riêng tại TP Thủ Dầu Một và thị xã Dĩ An, 56 cổng trường có lực lượng công an, đoàn viên, cựu chiến binh phân luồng vào giờ cao điểm.
Tham luận tại hội nghị, đồng chí Phan Thị Thu, Chủ tịch Hội LHPN phường Phú Hòa, giới thiệu mô hình "Đón con an toàn, không dừng xe dưới lòng đường" thu hút 320 hội viên tham gia. Thiếu tá Võ Minh Quân, Trưởng Công an phường Dĩ An, cho biết nhờ vận động phụ huynh gửi xe vào bãi trong sân trường, tình trạng ùn tắc trước 3 trường tiểu học đã giảm rõ rệt.
Tuy nhiên, hội nghị cũng chỉ ra một số hạn chế: việc nhân rộng mô hình còn chậm ở các huyện phía Bắc; một số trường chưa bố trí được bãi giữ xe; nhiều công nhân đưa đón con bằng xe máy nhưng chỉ đội mũ cho người lớn.
Phát biểu kết luận, đồng chí Trần Thị Diễm Trinh đề nghị 6 tháng cuối năm các địa phương đăng ký ít nhất 20 mô hình mới, thực hiện Kế hoạch số 125-KH/BDVTU của Ban Dân vận Tỉnh ủy và Chỉ thị số 18-CT/TW của Ban Bí thư. Đồng chí Trần Văn Chính cho biết Công an tỉnh sẽ hỗ trợ 200 triệu đồng để làm biển báo, vạch sơn trước các cổng trường trọng điểm.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 8 tập thể và 14 cá nhân có thành tích tiêu biểu.
Thanh Hà
Tin liên quan
- Bàu Bàng: tổng kết 5 năm phong trào "Dân vận khéo" (10/06/2019)
- Giao ban khối dân vận quý II năm 2019 (05/07/2019)
- Thuận An ra mắt mô hình "Tuyến đường an toàn giao thông" (22/05/2019)
""", "2019-07-16", "Mô hình \"Dân vận khéo\" giữ an toàn cổng trường",
E("so_ket", "2019-H1", "2019-07-15"),
[P("Trần Thị Diễm Trinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Chính", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Nguyễn Văn Minh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Hồng Nga", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Thị Thu", "Chủ tịch Hội LHPN phường Phú Hòa"),
 P("Võ Minh Quân", "Thiếu tá", "Trưởng Công an phường Dĩ An")],
[Q("47 mô hình", 47, "mô hình"), Q("21 mô hình", 21, "mô hình"),
 Q("380 cuộc tuyên truyền", 380, "cuộc tuyên truyền"),
 Q("hơn 96.000 học sinh, công nhân", 96000, "học sinh, công nhân", "over"),
 Q("12.500 hộ gia đình", 12500, "hộ gia đình"), Q("93%", 93, "%"),
 Q("56 cổng trường", 56, "cổng trường"), Q("320 hội viên", 320, "hội viên"),
 Q("3 trường tiểu học", 3, "trường tiểu học"),
 Q("ít nhất 20 mô hình mới", 20, "mô hình mới", "over"),
 Q("200 triệu đồng", 200000000, "đồng"),
 Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quy chế phối hợp", "09", "QC/BDV-CAT", None, None, "Quy chế phối hợp số 09-QC/BDV-CAT"),
 D("Kế hoạch", "125", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 125-KH/BDVTU"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW")],
[prov("Bình Dương"), com("Phú Hòa"), com("Dĩ An")],
["BAN DÂN VẬN TỈNH ỦY BÌNH DƯƠNG", "Trang chủ > Tin tức > Dân vận chính quyền", "Toàn cảnh hội nghị sơ kết.", "Dân vận khéo",
 "Đón con an toàn, không dừng xe dưới lòng đường"],
["Thứ Ba, 16/07/2019, 14:30", "6 tháng đầu năm 2019", "Sáu tháng đầu năm", "6 tháng cuối năm"]))

PAGES.append(page("b9039-quangnam-bdvhu-giaoban-2020", """
Đảng bộ huyện Duy Xuyên - Trang thông tin điện tử
Vị trí: Trang chủ / Công tác dân vận
Ngày 03/11/2020 | 09:15
Giao ban khối dân vận tháng 10: bàn giải pháp đưa đón học sinh an toàn mùa mưa lũ
Ngày 02/11, Ban Dân vận Huyện ủy Duy Xuyên (tỉnh Quảng Nam) tổ chức giao ban khối dân vận tháng 10/2020. Đồng chí Nguyễn Thị Kim Chi, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì. Tham dự có lãnh đạo Công an huyện, Huyện đoàn, Hội LHPN, Hội Nông dân, Hội Cựu chiến binh, LĐLĐ huyện và Phòng Giáo dục và Đào tạo.
Tháng 10, do ảnh hưởng của bão số 9 và mưa lũ kéo dài, nhiều tuyến đường liên xã bị ngập, sạt lở; học sinh tại 8 xã vùng thấp nghỉ học nhiều ngày. Khối dân vận đã phối hợp huy động 260 đoàn viên, hội viên dọn bùn non tại 19 trường học, hỗ trợ 340 áo phao và 500 mũ bảo hiểm cho học sinh đi lại qua các đoạn đường ngập. Tổng giá trị hỗ trợ trên 118 triệu đồng, trong đó Hội Chữ thập đỏ huyện vận động được 65 triệu đồng.
Báo cáo của Huyện đoàn cho biết, 100% cơ sở đoàn ở các xã, thị trấn đã ra quân hướng dẫn học sinh đội mũ bảo hiểm, không lội qua ngầm tràn. Anh Võ Văn Tùng, Bí thư Huyện đoàn, đề nghị các trường giữ lại học sinh ở lớp khi có cảnh báo lũ, chỉ giao học sinh cho phụ huynh trực tiếp đón. Chị Trương Thị Thanh, Chủ tịch Hội LHPN xã Duy Trung, cho biết chi hội phụ nữ ở thôn Mỹ Lược đã tổ chức "tổ đưa đón" với 12 chị thay nhau chở học sinh qua đoạn đường ngập.
Đồng chí Lê Văn Phú, Phó Trưởng Công an huyện, thông tin tháng 10 lực lượng chức năng đã nhắc nhở 74 trường hợp học sinh không đội mũ bảo hiểm, chở quá số người quy định; lập biên bản xử lý 9 trường hợp phụ huynh vi phạm, phạt tiền tổng cộng 4,5 triệu đồng. Khu vực cổng trường tại thị trấn Nam Phước vẫn thường xuyên ùn tắc vào giờ tan học do phụ huynh đậu xe lấn đường ĐT 610.
Phát biểu kết luận, đồng chí Nguyễn Thị Kim Chi yêu cầu các đoàn thể tiếp tục thực hiện Kế hoạch số 38-KH/HU ngày 12/6/2020 của Ban Thường vụ Huyện ủy về tăng cường công tác dân vận trong bảo đảm trật tự an toàn giao thông, Hướng dẫn số 07-HD/BDVHU của Ban Dân vận Huyện ủy về xây dựng mô hình "Cổng trường an toàn giao thông"; tháng 11 tập trung kiểm tra hư hỏng đường đến trường sau lũ, báo cáo UBND huyện trước ngày 20/11. Đồng chí cũng đề nghị Hội Cựu chiến binh phân công hội viên trực tại 4 điểm ngầm tràn trên địa bàn xã Duy Phú, xã Duy Thu.
Các đại biểu thống nhất đưa kết quả thực hiện mô hình vào đánh giá thi đua cuối năm của khối dân vận và đề nghị Thường trực Huyện ủy khen thưởng các tập thể, cá nhân có thành tích trong phòng, chống lụt bão.
Hoài Nhân
Các tin đã đưa
- Duy Xuyên: giao ban khối dân vận tháng 9/2020 (05/10/2020)
- Trao 300 suất quà cho người dân vùng lũ (25/10/2020)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND huyện (16/10/2020)
""", "2020-11-03", "Giao ban khối dân vận tháng 10: bàn giải pháp đưa đón học sinh an toàn mùa mưa lũ",
E("giao_ban", "2020-10", "2020-11-02"),
[P("Nguyễn Thị Kim Chi", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Võ Văn Tùng", "Bí thư Huyện đoàn"),
 P("Trương Thị Thanh", "Chủ tịch Hội LHPN xã Duy Trung"),
 P("Lê Văn Phú", "Phó Trưởng Công an huyện")],
[Q("8 xã vùng thấp", 8, "xã vùng thấp"),
 Q("260 đoàn viên, hội viên", 260, "đoàn viên, hội viên"), Q("19 trường học", 19, "trường học"),
 Q("340 áo phao", 340, "áo phao"), Q("500 mũ bảo hiểm", 500, "mũ bảo hiểm"),
 Q("trên 118 triệu đồng", 118000000, "đồng", "over"), Q("65 triệu đồng", 65000000, "đồng"),
 Q("100% cơ sở đoàn", 100, "%"), Q("12 chị", 12, "chị"),
 Q("74 trường hợp", 74, "trường hợp"), Q("9 trường hợp", 9, "trường hợp"),
 Q("4,5 triệu đồng", 4500000, "đồng"), Q("4 điểm ngầm tràn", 4, "điểm ngầm tràn")],
[D("Kế hoạch", "38", "KH/HU", "2020-06-12", "Ban Thường vụ Huyện ủy", "Kế hoạch số 38-KH/HU ngày 12/6/2020"),
 D("Hướng dẫn", "07", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 07-HD/BDVHU")],
[prov("Quảng Nam"), com("Duy Trung"), com("Nam Phước"), com("Duy Phú"), com("Duy Thu")],
["Đảng bộ huyện Duy Xuyên - Trang thông tin điện tử", "Vị trí: Trang chủ / Công tác dân vận", "tổ đưa đón",
 "Cổng trường an toàn giao thông", "ĐT 610"],
["Ngày 03/11/2020 | 09:15", "tháng 10/2020", "bão số 9", "Tháng 10", "ĐT 610", "ngày 20/11", "tháng 11"]))

PAGES.append(page("b9040-soctrang-tinhdoan-raquan-2020", """
BÁO SÓC TRĂNG ĐIỆN TỬ
Thời sự - Chính trị » Đoàn thể
Thứ Ba, 01/09/2020
Ra quân "Cổng trường an toàn giao thông" năm học mới
Sáng 31-8, tại Trường THCS Phú Mỹ (huyện Mỹ Tú), Tỉnh Đoàn Sóc Trăng phối hợp Công an tỉnh, Sở Giáo dục và Đào tạo tổ chức lễ ra quân thực hiện mô hình "Cổng trường an toàn giao thông" và hưởng ứng "Năm an toàn giao thông" với chủ đề "Vì an toàn của học sinh đến trường".
Đến dự có đồng chí Lâm Văn Mẫn, Phó Bí thư Tỉnh ủy; đồng chí Thạch Thị Sa Ry, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Thượng tá Sơn Sa Quênh, Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh; đồng chí Huỳnh Thị Diễm Ngọc, Bí thư Tỉnh Đoàn Sóc Trăng, cùng gần 600 đoàn viên, học sinh, giáo viên và đồng bào Khmer xã Phú Mỹ.
Theo đồng chí Huỳnh Thị Diễm Ngọc, năm học 2020 - 2021 Tỉnh Đoàn chỉ đạo mỗi huyện, thị, thành đoàn xây dựng ít nhất 3 "cổng trường an toàn giao thông", nâng tổng số mô hình trong toàn tỉnh lên 145. Đoàn Thanh niên Công an tỉnh duy trì 30 đội thanh niên tình nguyện phối hợp phân luồng giao thông tại các trường có trên 1.000 học sinh. Đặc biệt, do tình hình dịch Covid-19, các hoạt động tuyên truyền được tổ chức theo nhóm nhỏ, kết hợp trên mạng xã hội với hơn 40 video clip bằng tiếng Việt và tiếng Khmer.
Phát biểu tại lễ ra quân, đồng chí Lâm Văn Mẫn yêu cầu các cấp bộ Đoàn, Hội chủ động phối hợp với nhà trường, gia đình để học sinh "đội mũ bảo hiểm như một thói quen". Đồng chí lưu ý tỉnh có nhiều tuyến kênh rạch, học sinh đi đò, ghe qua sông, cần quan tâm cả an toàn giao thông đường thủy.
Đại đức Thạch Sóc Kha, trụ trì chùa Phú Mỹ Khmer, cho biết nhà chùa sẽ dành sân chùa làm điểm đưa đón và nhắc phụ huynh trong các dịp lễ. Ông Kim Thành Đạt, người có uy tín ấp Phú Tâm A, cam kết vận động bà con trong ấp không cho con chưa đủ tuổi chạy xe máy.
Báo cáo nhanh tại buổi lễ, Thượng tá Sơn Sa Quênh cho biết 8 tháng đầu năm 2020 toàn tỉnh xảy ra 68 vụ tai nạn giao thông, làm chết 61 người, bị thương 49 người; có 5 vụ liên quan đến học sinh. Thực hiện Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ, lực lượng cảnh sát giao thông đã xử lý 1.374 trường hợp không đội mũ bảo hiểm, trong đó có 212 học sinh.
Sau lễ ra quân, các đoàn viên xếp hàng diễu hành tuyên truyền trên tuyến Quốc lộ 1 đoạn qua xã Phú Mỹ và xã Long Hưng, phát 2.000 tờ rơi về an toàn giao thông. Hoạt động được triển khai theo Kế hoạch số 87-KH/TĐTN-ĐKT của Ban Thường vụ Tỉnh Đoàn.
Tuấn Kiệt
Tin liên quan
- Mỹ Xuyên: ra mắt cổng trường an toàn giao thông (20/08/2020)
- Tổng kết chiến dịch tình nguyện hè năm 2020 (15/08/2020)
- Tỉnh Đoàn triển khai Tháng thanh niên năm 2020 (03/03/2020)
""", "2020-09-01", "Ra quân \"Cổng trường an toàn giao thông\" năm học mới",
E("khac", None, "2020-08-31"),
[P("Lâm Văn Mẫn", "Phó Bí thư Tỉnh ủy"),
 P("Thạch Thị Sa Ry", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Sa Quênh", "Thượng tá", "Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh"),
 P("Huỳnh Thị Diễm Ngọc", "Bí thư Tỉnh Đoàn Sóc Trăng"),
 P("Thạch Sóc Kha", "Đại đức", "trụ trì chùa Phú Mỹ Khmer"),
 P("Kim Thành Đạt", "người có uy tín ấp Phú Tâm A")],
[Q("gần 600 đoàn viên, học sinh, giáo viên", 600, "đoàn viên, học sinh, giáo viên", "approx"),
 Q("ít nhất 3", 3, "cổng trường an toàn giao thông", "over"),
 Q("145", 145, "mô hình"),
 Q("30 đội thanh niên tình nguyện", 30, "đội thanh niên tình nguyện"),
 Q("trên 1.000 học sinh", 1000, "học sinh", "over"),
 Q("hơn 40 video clip", 40, "video clip", "over"),
 Q("68 vụ tai nạn giao thông", 68, "vụ tai nạn giao thông"),
 Q("61 người", 61, "người"), Q("49 người", 49, "người"), Q("5 vụ", 5, "vụ"),
 Q("1.374 trường hợp", 1374, "trường hợp"), Q("212 học sinh", 212, "học sinh"),
 Q("2.000 tờ rơi", 2000, "tờ rơi")],
[D("Nghị định", "100", "2019/NĐ-CP", "2019-12-30", "Chính phủ", "Nghị định số 100/2019/NĐ-CP ngày 30/12/2019"),
 D("Kế hoạch", "87", "KH/TĐTN-ĐKT", None, "Ban Thường vụ Tỉnh Đoàn", "Kế hoạch số 87-KH/TĐTN-ĐKT")],
[prov("Sóc Trăng"), com("Phú Mỹ"), com("Long Hưng")],
["BÁO SÓC TRĂNG ĐIỆN TỬ", "Thời sự - Chính trị » Đoàn thể", "Cổng trường an toàn giao thông", "Năm an toàn giao thông",
 "Vì an toàn của học sinh đến trường", "Trường THCS Phú Mỹ", "đội mũ bảo hiểm như một thói quen", "Covid-19", "Quốc lộ 1"],
["Thứ Ba, 01/09/2020", "Sáng 31-8", "năm học 2020 - 2021", "Covid-19", "8 tháng đầu năm 2020", "Quốc lộ 1"]))
