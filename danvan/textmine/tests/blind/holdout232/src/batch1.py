from lib import *
PAGES = []

PAGES.append(page("b5525-laocai-huyenuy-soket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT - TỈNH LÀO CAI
Trang chủ > Tin tức > Xây dựng Đảng
Thứ Sáu, 15/07/2011 - 09:20
Ảnh: Quang cảnh hội nghị sơ kết.
Bát Xát: Kết nạp 86 đảng viên mới trong 6 tháng đầu năm
Ngày 13/7, Ban Thường vụ Huyện ủy Bát Xát (Lào Cai) tổ chức hội nghị sơ kết công tác xây dựng Đảng và công tác dân vận 6 tháng đầu năm 2011, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Vàng A Dình, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có 64 đồng chí là bí thư, phó bí thư các đảng bộ, chi bộ cơ sở và trưởng các ban, ngành, đoàn thể huyện.
Theo báo cáo do đồng chí Lù Văn Chiến, HUV, Trưởng Ban Tổ chức Huyện ủy trình bày, 6 tháng qua các tổ chức cơ sở đảng đã kết nạp 86 đảng viên mới, đạt 57,3% kế hoạch năm; trong đó 71 đảng viên là người dân tộc thiểu số, 19 đảng viên nữ, 48 đảng viên là đoàn viên thanh niên. Toàn huyện còn 11 thôn chưa có chi bộ và 7 thôn chưa có đảng viên. Huyện ủy đã ban hành Nghị quyết chuyên đề số 05-NQ/HU về phát triển đảng viên ở thôn, bản vùng cao giai đoạn 2011 - 2015 và Kế hoạch số 18-KH/HU ngày 10/3/2011 về xóa "thôn trắng" đảng viên.
Các chi bộ cơ bản duy trì sinh hoạt định kỳ theo Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ. Qua đánh giá, 92% chi bộ thôn, bản tổ chức sinh hoạt đều đặn hằng tháng; 23 chi bộ đã sinh hoạt chuyên đề. Mặt trận và các đoàn thể giới thiệu 214 đoàn viên, hội viên ưu tú cho Đảng xem xét, bồi dưỡng; Huyện đoàn có 132 đoàn viên được học lớp cảm tình Đảng.
Tại hội nghị, các đại biểu tập trung thảo luận những khó khăn trong phát triển đảng viên ở vùng đồng bào Mông, Dao: trình độ học vấn của quần chúng còn hạn chế, nhiều thanh niên đi làm ăn xa. Đồng chí Sùng A Páo, Bí thư Đảng ủy xã Y Tý, cho biết xã đã giao cho mỗi đảng viên kèm cặp 1 quần chúng ưu tú, nhờ đó 6 tháng qua kết nạp được 9 đảng viên người Mông. Bà Tẩn Mý Mẩy, Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện, đề nghị quan tâm tạo nguồn đảng viên nữ từ chi hội phụ nữ thôn. Ông Chảo Láo Lở, Bí thư Chi bộ thôn Choản Thèn, xã Dền Sáng, chia sẻ cách vận động thanh niên về quê lập nghiệp và phấn đấu vào Đảng.
Phát biểu kết luận, đồng chí Vàng A Dình yêu cầu 6 tháng cuối năm các cấp ủy tiếp tục quán triệt Nghị quyết Đại hội XI của Đảng, thực hiện tốt Hướng dẫn số 03-HD/BTCTW của Ban Tổ chức Trung ương về nghiệp vụ công tác đảng viên; phấn đấu cả năm kết nạp từ 150 đảng viên trở lên, xóa ít nhất 4 thôn chưa có đảng viên. Mỗi cấp ủy viên phụ trách chi bộ phải dự sinh hoạt chi bộ ít nhất một lần mỗi quý.
Dịp này, Huyện ủy trao Huy hiệu 40 năm tuổi Đảng cho 5 đảng viên và tặng giấy khen cho 8 chi bộ trong sạch vững mạnh tiêu biểu.
Thào Mai
Lượt xem: 1.204
Tin liên quan
- Y Tý: 100% thôn có chi bộ (02/07/2011)
- Bát Xát tổng kết 5 năm thực hiện Chỉ thị 10 của Ban Bí thư (20/06/2011)
- Trao quyết định kết nạp đảng cho 12 đoàn viên ưu tú (03/06/2011)
- Huyện ủy Bát Xát giao ban khối dân vận quý II (28/05/2011)
""", "2011-07-15", "Bát Xát: Kết nạp 86 đảng viên mới trong 6 tháng đầu năm",
E("so_ket", "2011-H1", "2011-07-13"),
[P("Vàng A Dình", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Lù Văn Chiến", "HUV", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Sùng A Páo", "Bí thư Đảng ủy xã Y Tý"),
 P("Tẩn Mý Mẩy", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện"),
 P("Chảo Láo Lở", "Bí thư Chi bộ thôn Choản Thèn")],
[Q("64 đồng chí", 64, "đồng chí"), Q("86 đảng viên mới", 86, "đảng viên mới"), Q("57,3%", 57.3, "%"),
 Q("71 đảng viên", 71, "đảng viên"), Q("19 đảng viên nữ", 19, "đảng viên nữ"), Q("48 đảng viên", 48, "đảng viên"),
 Q("11 thôn", 11, "thôn"), Q("7 thôn", 7, "thôn"), Q("92%", 92, "%"), Q("23 chi bộ", 23, "chi bộ"),
 Q("214 đoàn viên, hội viên ưu tú", 214, "đoàn viên, hội viên ưu tú"), Q("132 đoàn viên", 132, "đoàn viên"),
 Q("9 đảng viên người Mông", 9, "đảng viên người Mông"), Q("từ 150 đảng viên trở lên", 150, "đảng viên", "over"),
 Q("ít nhất 4 thôn", 4, "thôn", "over"), Q("5 đảng viên", 5, "đảng viên"),
 Q("8 chi bộ trong sạch vững mạnh tiêu biểu", 8, "chi bộ trong sạch vững mạnh tiêu biểu")],
[D("Nghị quyết", "05", "NQ/HU", None, "Huyện ủy", "Nghị quyết chuyên đề số 05-NQ/HU"),
 D("Kế hoạch", "18", "KH/HU", "2011-03-10", "Huyện ủy", "Kế hoạch số 18-KH/HU ngày 10/3/2011"),
 D("Chỉ thị", "10", "CT/TW", "2007-03-30", "Ban Bí thư", "Chỉ thị số 10-CT/TW ngày 30/3/2007"),
 D("Hướng dẫn", "03", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 03-HD/BTCTW")],
[prov("Lào Cai"), com("Y Tý"), com("Dền Sáng")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT - TỈNH LÀO CAI", "Trang chủ > Tin tức > Xây dựng Đảng",
 "Ảnh: Quang cảnh hội nghị sơ kết.", "thôn trắng", "Nghị quyết Đại hội XI", "Lượt xem: 1.204"],
["Thứ Sáu, 15/07/2011 - 09:20", "64 đồng chí", "6 tháng đầu năm 2011", "6 tháng cuối năm", "giai đoạn 2011 - 2015",
 "1 quần chúng ưu tú", "40 năm tuổi Đảng", "Lượt xem: 1.204"]))

PAGES.append(page("b5526-nghean-chibo-ketnap-2012", """
BÁO NGHỆ AN ĐIỆN TỬ
Hôm nay: Thứ Sáu, 21/09/2012
Thời sự › Xây dựng Đảng › Cơ sở
Người Khơ Mú đầu tiên ở bản Huồi Xái được kết nạp vào Đảng
Cập nhật: 16:40, 20/09/2012 (GMT+7)
(Baonghean) - Sáng 19/9, Chi bộ bản Huồi Xái thuộc Đảng bộ xã Mường Lống (huyện Kỳ Sơn, tỉnh Nghệ An) tổ chức lễ kết nạp 3 đảng viên mới. Đây là lần đầu tiên sau nhiều năm bản có người Khơ Mú được đứng vào hàng ngũ của Đảng.
Đồng chí Moong Văn Xanh phát biểu cảm nghĩ tại buổi lễ. Ảnh: Hữu Vi
Dự buổi lễ có đồng chí Hồ Sỹ Thành, Phó Bí thư Thường trực Huyện ủy Kỳ Sơn; đồng chí Xeo Văn Thắm, Bí thư Đảng ủy xã Mường Lống; các đồng chí Phó Bí thư Đảng ủy xã: Vi Văn Kiên, Lữ Thị Thơm.
Ba đảng viên mới gồm anh Moong Văn Xanh, Bí thư Chi đoàn bản Huồi Xái; chị Lương Thị Hoa, Chi hội trưởng Chi hội Phụ nữ bản và anh Và Bá Dì, tổ trưởng tổ đoàn kết số 2. Cả ba đều được Chi đoàn, Chi hội Phụ nữ giới thiệu, đã học lớp bồi dưỡng nhận thức về Đảng và được chi bộ phân công đảng viên giúp đỡ hơn một năm.
Theo đồng chí Lầu Bá Xử, Bí thư Chi bộ bản Huồi Xái, bản có 86 hộ với 431 nhân khẩu, 100% là đồng bào dân tộc thiểu số, tỷ lệ hộ nghèo còn 52,3%. Chi bộ hiện có 14 đảng viên, trước đây có giai đoạn 7 năm liền không kết nạp được đảng viên nào do thanh niên học hết lớp 9 rất ít. Thực hiện Nghị quyết số 09-NQ/ĐU của Đảng ủy xã về phát triển đảng viên vùng đồng bào Mông, Khơ Mú, chi bộ giao cho mỗi đảng viên theo dõi, dìu dắt quần chúng ưu tú; Chi đoàn mở lớp học chữ buổi tối cho 27 thanh niên.
Đồng chí Xeo Văn Thắm cho biết, toàn xã có 11 chi bộ với 276 đảng viên; từ đầu năm 2012 đã kết nạp 12 đảng viên mới, vượt chỉ tiêu Kế hoạch 27-KH/HU của Huyện ủy Kỳ Sơn giao. Đảng ủy xã tặng mỗi đảng viên mới một bộ Điều lệ Đảng và 500.000 đồng để mua tài liệu.
Phát biểu tại buổi lễ, đồng chí Hồ Sỹ Thành đề nghị các đảng viên mới thực hiện nghiêm Điều lệ Đảng và Quy định số 45-QĐ/TW ngày 1/11/2011 của BCH Trung ương về thi hành Điều lệ Đảng, gương mẫu đi đầu trong phát triển kinh tế, vận động gia đình và bà con không nghe theo kẻ xấu, không di cư tự do. Đồng chí cũng đề nghị Chi bộ bản Huồi Xái duy trì sinh hoạt đúng ngày 5 hằng tháng, nội dung ngắn gọn, gắn với việc của bản. Huyện ủy sẽ tiếp tục theo dõi, bồi dưỡng các đảng viên mới trong thời gian dự bị.
Anh Moong Văn Xanh xúc động: "Tôi sẽ cố gắng làm đúng lời hứa khi đứng dưới cờ Đảng, trước hết là vận động thanh niên trong bản không bỏ học".
Hữu Vi - Thái Hiền
Tin liên quan
- Kỳ Sơn: 4 bản thoát "trắng" đảng viên (15/09/2012)
- Nâng cao chất lượng sinh hoạt chi bộ ở vùng cao (06/09/2012)
- Tương Dương kết nạp 95 đảng viên trong 8 tháng (29/08/2012)
""", "2012-09-20", "Người Khơ Mú đầu tiên ở bản Huồi Xái được kết nạp vào Đảng",
E("khac", None, "2012-09-19"),
[P("Moong Văn Xanh", "Bí thư Chi đoàn bản Huồi Xái"),
 P("Hồ Sỹ Thành", "Phó Bí thư Thường trực Huyện ủy Kỳ Sơn"),
 P("Xeo Văn Thắm", "Bí thư Đảng ủy xã Mường Lống"),
 P("Vi Văn Kiên", "Phó Bí thư Đảng ủy xã"),
 P("Lữ Thị Thơm", "Phó Bí thư Đảng ủy xã"),
 P("Lương Thị Hoa", "Chi hội trưởng Chi hội Phụ nữ bản"),
 P("Và Bá Dì", "tổ trưởng tổ đoàn kết số 2"),
 P("Lầu Bá Xử", "Bí thư Chi bộ bản Huồi Xái")],
[Q("3 đảng viên mới", 3, "đảng viên mới"), Q("86 hộ", 86, "hộ"), Q("431 nhân khẩu", 431, "nhân khẩu"),
 Q("100%", 100, "%"), Q("52,3%", 52.3, "%"), Q("14 đảng viên", 14, "đảng viên"), Q("27 thanh niên", 27, "thanh niên"),
 Q("11 chi bộ", 11, "chi bộ"), Q("276 đảng viên", 276, "đảng viên"), Q("12 đảng viên mới", 12, "đảng viên mới"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU"),
 D("Kế hoạch", "27", "KH/HU", None, "Huyện ủy Kỳ Sơn", "Kế hoạch 27-KH/HU"),
 D("Quy định", "45", "QĐ/TW", "2011-11-01", "BCH Trung ương", "Quy định số 45-QĐ/TW ngày 1/11/2011")],
[prov("Nghệ An"), com("Mường Lống")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự › Xây dựng Đảng › Cơ sở", "(Baonghean)",
 "Đồng chí Moong Văn Xanh phát biểu cảm nghĩ tại buổi lễ. Ảnh: Hữu Vi", "Điều lệ Đảng"],
["Hôm nay: Thứ Sáu, 21/09/2012", "Cập nhật: 16:40, 20/09/2012 (GMT+7)", "7 năm", "lớp 9", "một bộ Điều lệ Đảng",
 "ngày 5 hằng tháng", "tổ đoàn kết số 2"]))

PAGES.append(page("b5527-gialai-bdv-giamsat-2013", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ / Hoạt động / Kiểm tra, giám sát
08:15 | 11/10/2013
Giám sát việc sinh hoạt chi bộ ở các làng đồng bào Jrai
Trong 2 ngày 9 và 10/10, đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Siu Thị Blêh, Phó Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Chỉ thị 10-CT/TW của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ và công tác tạo nguồn phát triển đảng viên tại huyện Chư Păh, tỉnh Gia Lai. Đây là cuộc giám sát thứ ba theo Kế hoạch số 36-KH/BDVTU ngày 5/3/2013 của Ban Dân vận Tỉnh ủy về kiểm tra, giám sát năm 2013.
Cùng đi có các đồng chí Chuyên viên Ban Dân vận Tỉnh ủy: Nguyễn Văn Hiền, Rah Lan Thơ và đồng chí Đinh Văn Tùng, Phó Trưởng Ban Thường trực Ban Dân vận Huyện ủy Chư Păh.
Đoàn giám sát làm việc với Đảng ủy xã Ia Ka. Ảnh: H.Nguyên
Đoàn đã làm việc với Đảng ủy 2 xã Ia Ka, Ia Nhin và dự sinh hoạt tại 4 chi bộ làng. Theo báo cáo của đồng chí Kpă Hyoanh, HUV, Bí thư Đảng ủy xã Ia Nhin, xã có 12 chi bộ với 198 đảng viên, trong đó 121 đảng viên là người Jrai. Từ đầu năm đến nay, xã kết nạp 7 đảng viên mới; 100% chi bộ duy trì sinh hoạt định kỳ vào ngày 3 hằng tháng, tỷ lệ đảng viên dự sinh hoạt đạt 87%. Việc thực hiện Hướng dẫn số 09, 10-HD/TU của Ban Thường vụ Tỉnh ủy về sinh hoạt chuyên đề và về phân công đảng viên phụ trách hộ có chuyển biến: mỗi đảng viên theo dõi một nhóm hộ gần nhà, toàn xã có trên 1.100 hộ được đảng viên phụ trách.
Tại làng Ia Lang, xã Ia Ka, đồng chí Ksor Ngơl, Bí thư Chi bộ làng Ia Lang, cho biết chi bộ có 19 đảng viên, năm nay kết nạp thêm 3 đảng viên là đoàn viên thanh niên. Chi bộ vận động 64 hộ góp công làm 1,2 km đường bê tông và lập quỹ khuyến học được 3,5 triệu đồng. Bà Rơ Châm Bluih, Trưởng Ban Công tác Mặt trận làng Ia Lang, nói: "Đảng viên nói trước, làm trước thì bà con làm theo".
Qua giám sát, đoàn ghi nhận một số hạn chế: nội dung sinh hoạt ở nhiều chi bộ còn đơn điệu, chủ yếu phổ biến văn bản; khoảng 30% chi bộ chưa xây dựng được chương trình sinh hoạt chuyên đề; nguồn kết nạp đảng ở một số làng còn ít do thanh niên học chưa hết cấp 2.
Kết luận buổi giám sát, đồng chí Siu Thị Blêh đề nghị Huyện ủy Chư Păh tiếp tục thực hiện Nghị quyết số 04-NQ/TU của Tỉnh ủy về phát triển đảng viên trong đồng bào dân tộc thiểu số, phát huy vai trò già làng, người có uy tín trong giới thiệu quần chúng ưu tú; quan tâm bồi dưỡng cho 46 bí thư chi bộ làng về kỹ năng điều hành sinh hoạt. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy trong tháng 11.
H.Nguyên
Tin liên quan
- Chư Sê: kết nạp 52 đảng viên là người Jrai, Ba Na (04/10/2013)
- Giao ban công tác dân vận quý III (27/09/2013)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (18/09/2013)
""", "2013-10-11", "Giám sát việc sinh hoạt chi bộ ở các làng đồng bào Jrai",
E("giam_sat", "2013", "2013-10-09"),
[P("Siu Thị Blêh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hiền", "Chuyên viên Ban Dân vận Tỉnh ủy"),
 P("Rah Lan Thơ", "Chuyên viên Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Tùng", "Phó Trưởng Ban Thường trực Ban Dân vận Huyện ủy Chư Păh"),
 P("Kpă Hyoanh", "HUV", "Bí thư Đảng ủy xã Ia Nhin"),
 P("Ksor Ngơl", "Bí thư Chi bộ làng Ia Lang"),
 P("Rơ Châm Bluih", "Trưởng Ban Công tác Mặt trận làng Ia Lang")],
[Q("2 xã", 2, "xã"), Q("4 chi bộ làng", 4, "chi bộ làng"), Q("12 chi bộ", 12, "chi bộ"), Q("198 đảng viên", 198, "đảng viên"),
 Q("121 đảng viên", 121, "đảng viên"), Q("7 đảng viên mới", 7, "đảng viên mới"), Q("100%", 100, "%"), Q("87%", 87, "%"),
 Q("trên 1.100 hộ", 1100, "hộ", "over"), Q("19 đảng viên", 19, "đảng viên"), Q("3 đảng viên", 3, "đảng viên"),
 Q("64 hộ", 64, "hộ"), Q("1,2 km", 1.2, "km"), Q("3,5 triệu đồng", 3500000, "đồng"), Q("khoảng 30%", 30, "%", "approx"),
 Q("46 bí thư chi bộ làng", 46, "bí thư chi bộ làng")],
[D("Chỉ thị", "10", "CT/TW", None, "Ban Bí thư", "Chỉ thị 10-CT/TW"),
 D("Kế hoạch", "36", "KH/BDVTU", "2013-03-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 36-KH/BDVTU ngày 5/3/2013"),
 D("Hướng dẫn", "09", "HD/TU", None, "Ban Thường vụ Tỉnh ủy", "Hướng dẫn số 09, 10-HD/TU"),
 D("Hướng dẫn", "10", "HD/TU", None, "Ban Thường vụ Tỉnh ủy", "Hướng dẫn số 09, 10-HD/TU"),
 D("Nghị quyết", "04", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 04-NQ/TU")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Nhin")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ / Hoạt động / Kiểm tra, giám sát",
 "Đoàn giám sát làm việc với Đảng ủy xã Ia Ka. Ảnh: H.Nguyên"],
["08:15 | 11/10/2013", "2 ngày 9 và 10/10", "cuộc giám sát thứ ba", "năm 2013", "ngày 3 hằng tháng",
 "cấp 2", "tháng 11"]))

PAGES.append(page("b5528-soctrang-btctu-taphuan-2014", """
Báo Sóc Trăng Online
Trang chủ >> Chính trị >> Xây dựng Đảng
23/05/2014 - 14:30
Tập huấn nghiệp vụ công tác đảng cho bí thư chi bộ ấp, khóm
Toàn cảnh lớp tập huấn. Ảnh: Trung Hiếu
(BSTO) - Trong 2 ngày 21 và 22/5, Ban Tổ chức Tỉnh ủy Sóc Trăng phối hợp với Ban Dân vận Tỉnh ủy mở lớp tập huấn nghiệp vụ công tác đảng năm 2014 cho 120 bí thư chi bộ ấp, khóm của 3 huyện Trần Đề, Mỹ Xuyên, Vĩnh Châu; trong đó có 38 đồng chí là người Khmer.
Đồng chí Thạch Sô Phon, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy dự và phát biểu khai mạc. Truyền đạt các chuyên đề là các đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy: Trần Văn Hải, Lý Thị Sà Rinh và đồng chí Kim Hồng Sơn, Trưởng phòng Tổ chức cơ sở đảng Ban Tổ chức Tỉnh ủy.
Học viên được hướng dẫn 6 chuyên đề, trong đó trọng tâm là quy trình kết nạp đảng viên theo Quy định số 45-QĐ/TW ngày 1/11/2011 của BCH Trung ương và Hướng dẫn số 01-HD/TW ngày 28/9/2011 của Ban Bí thư; cách chuẩn bị nội dung sinh hoạt chi bộ thường kỳ, sinh hoạt chuyên đề theo Hướng dẫn số 14, 15-HD/BTCTU của Ban Tổ chức Tỉnh ủy; cách ghi sổ biên bản, quản lý hồ sơ đảng viên và thu, nộp đảng phí.
Theo báo cáo của Ban Tổ chức Tỉnh ủy, toàn tỉnh hiện có 1.046 chi bộ ấp, khóm; năm 2013 các cấp ủy đã kết nạp 1.283 đảng viên mới, trong đó 21,4% là người Khmer. Tuy nhiên, còn 17 ấp có dưới 10 đảng viên, 5 ấp chưa có chi bộ riêng; một số chi bộ sinh hoạt chưa đều, nội dung nặng về thông báo tình hình.
Tại lớp học, nhiều học viên chia sẻ kinh nghiệm. Ông Tăng Văn Phươl, Bí thư Chi bộ ấp Prey Chóp A, xã Thạnh Thới Thuận, cho biết chi bộ đã phối hợp với Ban Quản trị chùa vận động con em đồng bào Khmer học hết trung học phổ thông để tạo nguồn, 2 năm qua kết nạp được 6 đảng viên là người Khmer. Bà Lâm Thị Ngọc Bích, Bí thư Chi bộ khóm 4, phường 2, thị xã Vĩnh Châu, đề nghị cấp trên hỗ trợ tài liệu sinh hoạt chi bộ song ngữ Việt - Khmer.
Đồng chí Sơn Thị Chanh Đa, Phó Trưởng Ban Dân vận Tỉnh ủy, lưu ý các bí thư chi bộ gắn sinh hoạt chi bộ với việc nắm tình hình dư luận trong phum, sóc, phát huy vai trò của 214 người có uy tín trong đồng bào Khmer và các vị sư cả, achar trong vận động quần chúng ưu tú phấn đấu vào Đảng.
Kết thúc lớp học, 100% học viên làm bài thu hoạch đạt yêu cầu. Kinh phí mở lớp hơn 45 triệu đồng được trích từ nguồn của Ban Tổ chức Tỉnh ủy.
Trung Hiếu
Tin cùng chuyên mục
- Mỹ Xuyên kết nạp 104 đảng viên mới (15/05/2014)
- Sinh hoạt chuyên đề "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh" ở chi bộ ấp (08/05/2014)
- Trần Đề: 100% ấp có chi bộ (25/04/2014)
""", "2014-05-23", "Tập huấn nghiệp vụ công tác đảng cho bí thư chi bộ ấp, khóm",
E("tap_huan", "2014", "2014-05-21"),
[P("Thạch Sô Phon", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Trần Văn Hải", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lý Thị Sà Rinh", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Kim Hồng Sơn", "Trưởng phòng Tổ chức cơ sở đảng Ban Tổ chức Tỉnh ủy"),
 P("Tăng Văn Phươl", "Bí thư Chi bộ ấp Prey Chóp A"),
 P("Lâm Thị Ngọc Bích", "Bí thư Chi bộ khóm 4"),
 P("Sơn Thị Chanh Đa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("120 bí thư chi bộ ấp, khóm", 120, "bí thư chi bộ ấp, khóm"), Q("3 huyện", 3, "huyện"), Q("38 đồng chí", 38, "đồng chí"),
 Q("6 chuyên đề", 6, "chuyên đề"), Q("1.046 chi bộ ấp, khóm", 1046, "chi bộ ấp, khóm"),
 Q("1.283 đảng viên mới", 1283, "đảng viên mới"), Q("21,4%", 21.4, "%"), Q("17 ấp", 17, "ấp"), Q("5 ấp", 5, "ấp"),
 Q("6 đảng viên", 6, "đảng viên"), Q("214 người có uy tín", 214, "người có uy tín"), Q("100%", 100, "%"),
 Q("hơn 45 triệu đồng", 45000000, "đồng", "over")],
[D("Quy định", "45", "QĐ/TW", "2011-11-01", "BCH Trung ương", "Quy định số 45-QĐ/TW ngày 1/11/2011"),
 D("Hướng dẫn", "01", "HD/TW", "2011-09-28", "Ban Bí thư", "Hướng dẫn số 01-HD/TW ngày 28/9/2011"),
 D("Hướng dẫn", "14", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 14, 15-HD/BTCTU"),
 D("Hướng dẫn", "15", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 14, 15-HD/BTCTU")],
[prov("Sóc Trăng"), com("Thạnh Thới Thuận"), com("phường 2")],
["Báo Sóc Trăng Online", "Trang chủ >> Chính trị >> Xây dựng Đảng", "Toàn cảnh lớp tập huấn. Ảnh: Trung Hiếu", "(BSTO)"],
["23/05/2014 - 14:30", "2 ngày 21 và 22/5", "năm 2014", "38 đồng chí", "dưới 10 đảng viên", "2 năm qua", "khóm 4", "phường 2"]))

PAGES.append(page("b5529-thaibinh-chibo-daihoi-2015", """
THÁI BÌNH ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Bình
Xây dựng Đảng - Đại hội đảng các cấp
Thứ Ba, 14/04/2015 - 10:05
Đại hội điểm chi bộ thôn Đông Thành nhiệm kỳ 2015 - 2017
Ngày 12/4, Chi bộ thôn Đông Thành thuộc Đảng bộ xã Vũ Hội (Vũ Thư) long trọng tổ chức Đại hội Chi bộ nhiệm kỳ 2015 - 2017. Đây là đại hội điểm cấp chi bộ của huyện Vũ Thư, thực hiện Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng.
Dự đại hội có đồng chí Lại Thị Hằng, Phó Trưởng Ban Tổ chức Huyện ủy Vũ Thư; đồng chí Bùi Đức Thịnh, HUV, Bí thư Đảng ủy xã Vũ Hội cùng đại diện Mặt trận và các đoàn thể xã. Chi bộ có 68 đảng viên, 61 đồng chí có mặt dự đại hội.
Các đại biểu biểu quyết thông qua báo cáo chính trị. Ảnh: Ngọc Lan
Báo cáo chính trị trình đại hội nêu rõ, nhiệm kỳ 2013 - 2015, chi bộ lãnh đạo nhân dân hoàn thành các tiêu chí nông thôn mới; 100% đường làng, ngõ xóm được cứng hóa, nhân dân đóng góp trên 1,2 tỷ đồng; thu nhập bình quân đạt 28 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 3,1%. Chi bộ duy trì sinh hoạt vào ngày 2 hằng tháng, mỗi quý có một buổi sinh hoạt chuyên đề; nhiệm kỳ qua kết nạp 7 đảng viên mới, trong đó 4 đảng viên là đoàn viên thanh niên được Chi đoàn giới thiệu. Hằng năm chi bộ đều đạt "trong sạch, vững mạnh".
Báo cáo cũng chỉ ra hạn chế: tuổi bình quân của đảng viên còn cao, 23 đảng viên được miễn sinh hoạt; việc thực hiện Kế hoạch 41-KH/ĐU của Đảng ủy xã về vận động nhân dân dồn điền đổi thửa còn chậm ở 2 xóm. Một số đảng viên trẻ đi làm ăn xa chưa thực hiện đúng việc giới thiệu sinh hoạt tạm thời.
Thảo luận tại đại hội, các đảng viên tập trung góp ý vào phương hướng nhiệm kỳ tới, đề xuất chi bộ giao Chi đoàn và Chi hội Phụ nữ thôn mỗi năm giới thiệu quần chúng ưu tú; đề nghị Đảng ủy xã quan tâm hơn đến đảng viên cao tuổi, hoàn cảnh khó khăn.
Phát biểu chỉ đạo, đồng chí Bùi Đức Thịnh đề nghị nhiệm kỳ tới chi bộ chú trọng tạo nguồn kết nạp đảng trong lực lượng thanh niên, phụ nữ, phấn đấu mỗi năm kết nạp ít nhất 2 đảng viên; thực hiện tốt Hướng dẫn số 12-HD/BTCTU của Ban Tổ chức Tỉnh ủy về nội dung sinh hoạt chi bộ thôn, làng.
Đại hội đã bầu 3 đồng chí vào Chi ủy khóa mới. Đồng chí Phạm Văn Tuấn được tín nhiệm bầu giữ chức Bí thư Chi bộ thôn Đông Thành nhiệm kỳ 2015 - 2017 với 98,4% số phiếu; đồng chí Nguyễn Thị Nhàn giữ chức Phó Bí thư Chi bộ; các đồng chí Đỗ Văn Khoa, Trần Văn Lực - Chi ủy viên. Đại hội cũng bầu 2 đại biểu đi dự Đại hội Đảng bộ xã Vũ Hội lần thứ XXIV.
Ngọc Lan
Tin liên quan
- Vũ Thư hoàn thành đại hội điểm chi bộ trực thuộc (10/04/2015)
- Hướng dẫn đại hội chi bộ trực thuộc đảng ủy cơ sở (26/03/2015)
- Kết nạp 215 đảng viên mới trong quý I (20/03/2015)
""", "2015-04-14", "Đại hội điểm chi bộ thôn Đông Thành nhiệm kỳ 2015 - 2017",
E("dai_hoi", None, "2015-04-12"),
[P("Lại Thị Hằng", "Phó Trưởng Ban Tổ chức Huyện ủy Vũ Thư"),
 P("Bùi Đức Thịnh", "HUV", "Bí thư Đảng ủy xã Vũ Hội"),
 P("Phạm Văn Tuấn", "Bí thư Chi bộ thôn Đông Thành nhiệm kỳ 2015 - 2017"),
 P("Nguyễn Thị Nhàn", "Phó Bí thư Chi bộ"),
 P("Đỗ Văn Khoa", "Chi ủy viên"),
 P("Trần Văn Lực", "Chi ủy viên")],
[Q("68 đảng viên", 68, "đảng viên"), Q("61 đồng chí", 61, "đồng chí"), Q("100%", 100, "%"),
 Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("28 triệu đồng", 28000000, "đồng"), Q("3,1%", 3.1, "%"),
 Q("7 đảng viên mới", 7, "đảng viên mới"), Q("4 đảng viên", 4, "đảng viên"), Q("23 đảng viên", 23, "đảng viên"),
 Q("2 xóm", 2, "xóm"), Q("ít nhất 2 đảng viên", 2, "đảng viên", "over"), Q("3 đồng chí", 3, "đồng chí"),
 Q("98,4%", 98.4, "%"), Q("2 đại biểu", 2, "đại biểu")],
[D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014"),
 D("Kế hoạch", "41", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 41-KH/ĐU"),
 D("Hướng dẫn", "12", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 12-HD/BTCTU")],
[prov("Thái Bình"), com("Vũ Hội")],
["THÁI BÌNH ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Bình", "Xây dựng Đảng - Đại hội đảng các cấp",
 "Các đại biểu biểu quyết thông qua báo cáo chính trị. Ảnh: Ngọc Lan", "trong sạch, vững mạnh"],
["Thứ Ba, 14/04/2015 - 10:05", "nhiệm kỳ 2015 - 2017", "nhiệm kỳ 2013 - 2015", "61 đồng chí", "3 đồng chí",
 "ngày 2 hằng tháng", "lần thứ XII", "lần thứ XXIV"]))

PAGES.append(page("b5530-quangtri-bdv-giaoban-2016", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang chủ | Tin tức - Sự kiện | Dân vận các cấp
Ngày đăng 08/04/2016 | 15:20
Đồng chí Lê Thị Thu Hà phát biểu tại hội nghị giao ban.
Đoàn thể giới thiệu 412 quần chúng ưu tú cho Đảng
Ngày 7/4, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức giao ban công tác dân vận quý I/2016 với Mặt trận, các đoàn thể tỉnh và ban dân vận các huyện, thị, thành ủy. Đồng chí Lê Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hồ Thị Lan, Trần Quốc Dũng.
Báo cáo tại hội nghị cho biết, trong quý I, Mặt trận và các đoàn thể chính trị - xã hội đã giới thiệu 412 quần chúng ưu tú cho các chi bộ xem xét, bồi dưỡng; trong đó 296 người đã học lớp bồi dưỡng nhận thức về Đảng. Các tổ chức cơ sở đảng đã kết nạp 187 đảng viên mới, có 143 đảng viên là đoàn viên thanh niên và 58 hội viên phụ nữ. Khối dân vận tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị số 12, 13-CT/TU về công tác dân vận ở vùng giáo và về phát triển đảng viên trong đồng bào Vân Kiều, Pa Kô; triển khai Quyết định 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Trong quý, các cơ quan dân vận đã tiếp 24 lượt công dân, nhận 9 đơn thư; ở 2 xã miền núi của huyện Hướng Hóa đã xảy ra tranh chấp đất rẫy, được hòa giải kịp thời, không để phát sinh điểm nóng.
Tại hội nghị, đồng chí Kray Sức, Phó Bí thư Tỉnh đoàn, cho biết Tỉnh đoàn đã triển khai Kế hoạch số 45-KH/TĐTN về "Đoàn viên ưu tú - nguồn bổ sung cho Đảng", phấn đấu năm 2016 giới thiệu trên 700 đoàn viên ưu tú. Đồng chí Hồ Văn Đom, Trưởng Ban Dân vận Huyện ủy Hướng Hóa, nêu thực tế ở các xã Hướng Lập, Hướng Việt: thanh niên đủ tiêu chuẩn còn ít, nhiều người đi làm thuê ở Lào nên việc thẩm tra lý lịch kéo dài. Ông Nguyễn Đăng Khoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị các chi bộ ghi nhận ý kiến của Ban công tác Mặt trận khu dân cư khi xét kết nạp.
Kết luận hội nghị, đồng chí Lê Thị Thu Hà yêu cầu quý II khối dân vận tiếp tục thực hiện Quy chế dân vận của hệ thống chính trị, phối hợp với Ban Tổ chức Tỉnh ủy rà soát 31 thôn, bản chưa có đảng viên hoặc có dưới 3 đảng viên để giao chỉ tiêu tạo nguồn cho từng đoàn thể; mỗi đoàn thể cấp xã giới thiệu ít nhất 1 quần chúng ưu tú mỗi quý.
Hoàng Anh
Các tin khác
- Hướng Hóa sơ kết công tác dân vận vùng đồng bào dân tộc (30/03/2016)
- Trao quyết định kết nạp Đảng cho 15 đoàn viên (18/03/2016)
- Triển khai Kế hoạch 45 về tạo nguồn phát triển đảng viên (02/03/2016)
""", "2016-04-08", "Đoàn thể giới thiệu 412 quần chúng ưu tú cho Đảng",
E("giao_ban", "2016-Q1", "2016-04-07"),
[P("Lê Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Dũng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kray Sức", "Phó Bí thư Tỉnh đoàn"),
 P("Hồ Văn Đom", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Nguyễn Đăng Khoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("412 quần chúng ưu tú", 412, "quần chúng ưu tú"), Q("296 người", 296, "người"), Q("187 đảng viên mới", 187, "đảng viên mới"),
 Q("143 đảng viên", 143, "đảng viên"), Q("58 hội viên phụ nữ", 58, "hội viên phụ nữ"), Q("24 lượt công dân", 24, "lượt công dân"),
 Q("9 đơn thư", 9, "đơn thư"), Q("2 xã miền núi", 2, "xã miền núi"), Q("trên 700 đoàn viên ưu tú", 700, "đoàn viên ưu tú", "over"),
 Q("31 thôn, bản", 31, "thôn, bản")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12, 13-CT/TU"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "45", "KH/TĐTN", None, "Tỉnh đoàn", "Kế hoạch số 45-KH/TĐTN")],
[prov("Quảng Trị"), com("Hướng Lập"), com("Hướng Việt")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ | Tin tức - Sự kiện | Dân vận các cấp",
 "Đồng chí Lê Thị Thu Hà phát biểu tại hội nghị giao ban.", "Đoàn viên ưu tú - nguồn bổ sung cho Đảng", "Quy chế dân vận"],
["Ngày đăng 08/04/2016 | 15:20", "quý I/2016", "quý II", "năm 2016", "dưới 3 đảng viên", "1 quần chúng ưu tú"]))
