from lib import *
PAGES = []

PAGES.append(page("b8573-thainguyen-thanhuy-tongket-qd76-2011", """
Báo Thái Nguyên điện tử
Trang chủ > Chính trị > Xây dựng Đảng
Thứ Sáu, 18/11/2011 - 09:20
Toàn cảnh hội nghị tổng kết. Ảnh: Minh Hằng
TP Thái Nguyên: Tổng kết 10 năm thực hiện Quy định 76 của Bộ Chính trị
(TN) - Ngày 16/11, Thành ủy Thái Nguyên tổ chức hội nghị tổng kết 10 năm thực hiện Quy định số 76-QĐ/TW ngày 15/6/2000 của Bộ Chính trị về việc đảng viên đang công tác ở cơ quan, đơn vị thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú. Đồng chí Trần Quốc Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy chủ trì hội nghị. Dự hội nghị có 215 đại biểu là bí thư các đảng bộ, chi bộ cơ sở và bí thư chi bộ tổ dân phố, xóm trên địa bàn thành phố.
Báo cáo của Ban Tổ chức Thành ủy do đồng chí Dương Thị Thu Hà, Thành ủy viên, Trưởng Ban Tổ chức Thành ủy trình bày cho biết: thực hiện Hướng dẫn số 14-HD/BTCTW ngày 10/8/2000 của Ban Tổ chức Trung ương và Kế hoạch 35, 36-KH/TU của Ban Thường vụ Thành ủy, sau 10 năm toàn thành phố có 8.642 lượt đảng viên đang công tác ở các cơ quan, đơn vị giới thiệu về sinh hoạt, giữ mối liên hệ với chi bộ và ban công tác mặt trận nơi cư trú, đạt 97,6%. Đảng bộ thành phố hiện có 286 chi bộ tổ dân phố, xóm trực thuộc 28 đảng bộ phường, xã; hầu hết các chi bộ duy trì nền nếp sinh hoạt vào ngày mùng 5 hằng tháng.
Đảng viên nơi cư trú đã gương mẫu vận động nhân dân hiến trên 12.000 m2 đất, đóng góp hơn 18,5 tỷ đồng xây dựng đường bê tông, nhà văn hóa tổ dân phố; nhiều đồng chí được nhân dân tín nhiệm bầu làm tổ trưởng tổ dân phố, trưởng ban công tác mặt trận. Tuy nhiên, vẫn còn 204 đảng viên chưa thực hiện việc báo cáo với chi bộ nơi cư trú; một số chi bộ nơi cư trú chưa gửi nhận xét đảng viên về cơ quan đúng thời hạn.
Tại hội nghị, 9 tham luận đã làm rõ những cách làm hay. Đồng chí Lưu Văn Tâm, Bí thư Đảng ủy phường Hoàng Văn Thụ, cho biết phường lập sổ theo dõi riêng cho từng đảng viên đăng ký sinh hoạt nơi cư trú, cuối năm lấy ý kiến chi bộ trước khi nhận xét. Bà Nguyễn Thị Mận, Bí thư Chi bộ tổ dân phố 12, phường Phan Đình Phùng, nói: "Có đồng chí là giám đốc sở nhưng về tổ vẫn đi họp, vẫn nhận việc như mọi đảng viên; bà con nhìn vào đó mà tin". Thượng tá Hoàng Minh Đức, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh, đề nghị có mẫu phiếu nhận xét thống nhất giữa cơ quan và nơi cư trú.
Phát biểu kết luận, đồng chí Trần Quốc Hưng yêu cầu các cấp ủy tiếp tục quán triệt Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ; người đứng đầu cơ quan phải xem ý kiến của chi bộ nơi cư trú là một căn cứ để đánh giá, xếp loại đảng viên cuối năm.
Dịp này, Thành ủy tặng giấy khen cho 18 tập thể và 35 cá nhân có thành tích tiêu biểu trong 10 năm thực hiện Quy định 76.
Minh Hằng
Tin liên quan
- Phổ Yên: kết nạp 126 đảng viên mới trong 10 tháng (10/11/2011)
- Đại Từ nâng cao chất lượng sinh hoạt chi bộ xóm (02/11/2011)
- Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 8 (28/10/2011)
""", "2011-11-18", "TP Thái Nguyên: Tổng kết 10 năm thực hiện Quy định 76 của Bộ Chính trị",
E("tong_ket", None, "2011-11-16"),
[P("Trần Quốc Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Thành ủy"),
 P("Dương Thị Thu Hà", "Thành ủy viên", "Trưởng Ban Tổ chức Thành ủy"),
 P("Lưu Văn Tâm", "Bí thư Đảng ủy phường Hoàng Văn Thụ"),
 P("Nguyễn Thị Mận", "Bí thư Chi bộ tổ dân phố 12"),
 P("Hoàng Minh Đức", "Thượng tá", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh")],
[Q("215 đại biểu", 215, "đại biểu"), Q("8.642 lượt đảng viên", 8642, "lượt đảng viên"), Q("97,6%", 97.6, "%"),
 Q("286 chi bộ tổ dân phố, xóm", 286, "chi bộ tổ dân phố, xóm"), Q("28 đảng bộ phường, xã", 28, "đảng bộ phường, xã"),
 Q("trên 12.000 m2", 12000, "m2", "over"), Q("hơn 18,5 tỷ đồng", 18500000000, "đồng", "over"),
 Q("204 đảng viên", 204, "đảng viên"), Q("9 tham luận", 9, "tham luận"),
 Q("18 tập thể", 18, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Quy định", "76", "QĐ/TW", "2000-06-15", "Bộ Chính trị", "Quy định số 76-QĐ/TW ngày 15/6/2000 của Bộ Chính trị"),
 D("Hướng dẫn", "14", "HD/BTCTW", "2000-08-10", "Ban Tổ chức Trung ương", "Hướng dẫn số 14-HD/BTCTW ngày 10/8/2000"),
 D("Kế hoạch", "35", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch 35, 36-KH/TU"),
 D("Kế hoạch", "36", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch 35, 36-KH/TU"),
 D("Chỉ thị", "10", "CT/TW", "2007-03-30", "Ban Bí thư", "Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư")],
[prov("Thái Nguyên"), com("Hoàng Văn Thụ"), com("Phan Đình Phùng")],
["Báo Thái Nguyên điện tử", "Trang chủ > Chính trị > Xây dựng Đảng", "Toàn cảnh hội nghị tổng kết. Ảnh: Minh Hằng", "(TN)"],
["Thứ Sáu, 18/11/2011 - 09:20", "10 năm", "ngày mùng 5 hằng tháng", "Quy định 76"]))

PAGES.append(page("b8574-quangtri-dongluong-ketnap-2012", """
BÁO QUẢNG TRỊ ONLINE
Xây dựng Đảng / Sinh hoạt chi bộ
Cập nhật: 15:40, 22/08/2012 (GMT+7)
Kết nạp đảng viên ở chi bộ khu phố: chọn người, không chạy theo chỉ tiêu
QTO - Sáng 20/8, Chi bộ Khu phố 4, phường Đông Lương, thành phố Đông Hà tổ chức lễ kết nạp 2 quần chúng ưu tú vào Đảng. Đây là lần thứ ba trong năm nay chi bộ có đảng viên mới, điều mà mấy năm trước ở khu phố chưa từng có.
Lễ kết nạp đảng viên tại Chi bộ Khu phố 4. Ảnh: H.L
Hai đảng viên mới là chị Trần Thị Hoài Thương, Chi hội trưởng Chi hội Phụ nữ khu phố 4 và anh Nguyễn Đức Phong, Bí thư Chi đoàn khu phố. Dự buổi lễ có đồng chí Hoàng Thị Lài, Phó Bí thư Thường trực Đảng ủy phường Đông Lương cùng đại diện Ban công tác Mặt trận, các đoàn thể khu phố.
Đồng chí Lê Văn Thạnh, Bí thư Chi bộ Khu phố 4 cho biết, chi bộ có 47 đảng viên, trong đó 31 đồng chí là cán bộ hưu trí, nhiều người có Huy hiệu 40 năm tuổi Đảng. "Đảng viên đông nhưng già, lớp trẻ đi làm ăn xa nhiều. Chi bộ phân công mỗi đảng viên lâu năm kèm một cháu đoàn viên, theo dõi từ khi cháu tham gia sinh hoạt khu phố, đến khi đủ điều kiện thì giới thiệu học lớp nhận thức về Đảng", ông Thạnh nói.
Theo Ban Tổ chức Tỉnh ủy Quảng Trị, Đông Lương là một trong những phường có cách làm bài bản. Theo Đảng ủy phường Đông Lương, thực hiện Nghị quyết chuyên đề số 05-NQ/ĐU của Đảng ủy phường về phát triển đảng viên ở khu dân cư, năm 2012 phường đề ra chỉ tiêu kết nạp 15 đảng viên mới; đến nay đã kết nạp 11 đảng viên, đạt 73,3%. Toàn phường có 14 chi bộ khu phố với 1.250 hộ; 9 chi bộ đã có đảng viên trẻ dưới 35 tuổi. Chi bộ nào có quần chúng đủ điều kiện đều được Đảng ủy cử cán bộ về hướng dẫn lập hồ sơ, thẩm tra lý lịch, không để hồ sơ nằm chờ quá 3 tháng.
Việc sinh hoạt chi bộ cũng được đổi mới theo Hướng dẫn số 09-HD/BTCTW ngày 2/3/2012 của Ban Tổ chức Trung ương. Mỗi quý chi bộ có ít nhất 2 buổi sinh hoạt chuyên đề, có chuyên đề về vệ sinh môi trường khu phố, về giữ gìn an ninh trật tự, về vận động con em không bỏ học. Đảng viên mới được giao việc cụ thể ngay sau lễ kết nạp và được chi bộ nhận xét sau 12 tháng dự bị theo Quy định số 45-QĐ/TW ngày 1/11/2011 của BCH Trung ương.
Đồng chí Hoàng Thị Lài nhấn mạnh: "Kết nạp đảng viên ở khu dân cư khó hơn ở cơ quan, nhưng chọn đúng người thì đảng viên mới là hạt nhân của khu phố. Phường không chạy theo chỉ tiêu, có người đủ chuẩn thì kết nạp".
Hải Lê
Tin liên quan
- Đông Hà: 94 đảng viên được trao Huy hiệu Đảng (03/08/2012)
- Triệu Phong nâng cao chất lượng sinh hoạt chi bộ thôn (25/07/2012)
- Vĩnh Linh kết nạp 210 đảng viên trong 6 tháng (11/07/2012)
""", "2012-08-22", "Kết nạp đảng viên ở chi bộ khu phố: chọn người, không chạy theo chỉ tiêu",
E("khac", None, "2012-08-20"),
[P("Trần Thị Hoài Thương", "Chi hội trưởng Chi hội Phụ nữ khu phố 4"),
 P("Nguyễn Đức Phong", "Bí thư Chi đoàn khu phố"),
 P("Hoàng Thị Lài", "Phó Bí thư Thường trực Đảng ủy phường Đông Lương"),
 P("Lê Văn Thạnh", "Bí thư Chi bộ Khu phố 4")],
[Q("2 quần chúng ưu tú", 2, "quần chúng ưu tú"), Q("47 đảng viên", 47, "đảng viên"), Q("31 đồng chí", 31, "đồng chí"),
 Q("15 đảng viên mới", 15, "đảng viên mới"), Q("11 đảng viên", 11, "đảng viên"), Q("73,3%", 73.3, "%"),
 Q("14 chi bộ khu phố", 14, "chi bộ khu phố"), Q("1.250 hộ", 1250, "hộ"), Q("9 chi bộ", 9, "chi bộ"),
 Q("ít nhất 2 buổi sinh hoạt chuyên đề", 2, "buổi sinh hoạt chuyên đề", "over")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết chuyên đề số 05-NQ/ĐU của Đảng ủy phường"),
 D("Hướng dẫn", "09", "HD/BTCTW", "2012-03-02", "Ban Tổ chức Trung ương", "Hướng dẫn số 09-HD/BTCTW ngày 2/3/2012"),
 D("Quy định", "45", "QĐ/TW", "2011-11-01", "BCH Trung ương", "Quy định số 45-QĐ/TW ngày 1/11/2011 của BCH Trung ương")],
[prov("Quảng Trị"), com("Đông Lương")],
["BÁO QUẢNG TRỊ ONLINE", "Xây dựng Đảng / Sinh hoạt chi bộ", "QTO", "Lễ kết nạp đảng viên tại Chi bộ Khu phố 4. Ảnh: H.L"],
["Cập nhật: 15:40, 22/08/2012 (GMT+7)", "31 đồng chí", "lần thứ ba", "40 năm tuổi Đảng", "35 tuổi", "3 tháng", "12 tháng"]))

PAGES.append(page("b8575-cantho-ninhkieu-giaoban-q3-2013", """
Cổng thông tin điện tử quận Ninh Kiều
Trang chủ › Tin tức › Xây dựng Đảng
08:15 | 04/10/2013
Ninh Kiều giao ban với bí thư chi bộ khu vực
Chiều 3/10, Ban Thường vụ Quận ủy Ninh Kiều, TP Cần Thơ tổ chức giao ban công tác xây dựng Đảng quý III năm 2013 với bí thư các chi bộ khu vực trên địa bàn 13 phường. Đồng chí Huỳnh Thanh Phong, Phó Bí thư Thường trực Quận ủy chủ trì buổi giao ban.
Đồng chí Huỳnh Thanh Phong phát biểu chỉ đạo tại buổi giao ban.
Báo cáo do đồng chí Võ Thị Kim Xuyến, Quận ủy viên, Trưởng Ban Tổ chức Quận ủy trình bày cho biết, Đảng bộ quận hiện có 118 chi bộ khu vực với 2.936 đảng viên. Trong quý, các chi bộ khu vực tổ chức 354 cuộc sinh hoạt định kỳ và 97 cuộc sinh hoạt chuyên đề; tỷ lệ đảng viên dự sinh hoạt bình quân đạt 91,4%. Các chi bộ kết nạp 23 đảng viên mới, nâng số đảng viên được kết nạp trong 9 tháng lên 61 đồng chí. Có 412 đảng viên đang công tác ở cơ quan, doanh nghiệp đã nộp giấy giới thiệu về chi bộ khu vực nơi cư trú.
Thực hiện Kế hoạch 18, 19-KH/QU của Ban Thường vụ Quận ủy về nâng cao chất lượng sinh hoạt chi bộ khu vực và về rà soát, phân loại đảng viên, các chi bộ đã bám sát Chỉ thị 10-CT/TW của Ban Bí thư và hướng dẫn số 09-HD/BTCTW của Ban Tổ chức Trung ương, chọn nội dung sinh hoạt gắn với việc của khu vực: chỉnh trang hẻm, phòng chống ma túy, vận động người dân chấp hành quy định về lấn chiếm vỉa hè. Quận hỗ trợ mỗi chi bộ khu vực 500.000 đồng/quý để mua tài liệu, tổng cộng gần 59 triệu đồng mỗi quý.
Tại buổi giao ban, các đồng chí Phạm Văn Út, Trần Thị Bé Tư, Nguyễn Hoàng Khởi - Bí thư chi bộ khu vực phường An Khánh cho biết đảng viên là cán bộ hưu trí chiếm đa số, nhiều người tuổi cao, sức yếu nên việc phân công nhiệm vụ còn khó. Ông Tô Văn Lành, Bí thư Chi bộ khu vực 3, phường Xuân Khánh, đề nghị cơ quan nơi đảng viên công tác phản hồi sớm phiếu nhận xét. Đồng chí Lâm Minh Tâm, Bí thư Đảng ủy phường Hưng Lợi, chia sẻ cách phường giao cho mỗi đảng ủy viên phụ trách 2 chi bộ khu vực, dự sinh hoạt ít nhất 1 lần mỗi tháng.
Kết luận buổi giao ban, đồng chí Huỳnh Thanh Phong đề nghị quý IV các chi bộ tập trung chuẩn bị kiểm điểm, đánh giá, phân loại đảng viên cuối năm, phấn đấu có thêm chi bộ đạt "4 tốt"; không để tình trạng sinh hoạt chi bộ chỉ đọc văn bản. Quận ủy sẽ tổ chức giao ban định kỳ mỗi quý một lần với bí thư chi bộ khu vực.
Ngọc Trâm
Tin liên quan
- Ninh Kiều: 45 chi bộ khu vực được công nhận trong sạch, vững mạnh (12/09/2013)
- Quận ủy Ninh Kiều sơ kết 6 tháng đầu năm 2013 (10/07/2013)
- Phường Tân An kết nạp 6 đảng viên mới (24/06/2013)
- Bồi dưỡng lý luận chính trị cho 180 đảng viên mới (05/06/2013)
""", "2013-10-04", "Ninh Kiều giao ban với bí thư chi bộ khu vực",
E("giao_ban", "2013-Q3", "2013-10-03"),
[P("Huỳnh Thanh Phong", "Phó Bí thư Thường trực Quận ủy"),
 P("Võ Thị Kim Xuyến", "Quận ủy viên", "Trưởng Ban Tổ chức Quận ủy"),
 P("Phạm Văn Út", "Bí thư chi bộ khu vực phường An Khánh"),
 P("Trần Thị Bé Tư", "Bí thư chi bộ khu vực phường An Khánh"),
 P("Nguyễn Hoàng Khởi", "Bí thư chi bộ khu vực phường An Khánh"),
 P("Tô Văn Lành", "Bí thư Chi bộ khu vực 3"),
 P("Lâm Minh Tâm", "Bí thư Đảng ủy phường Hưng Lợi")],
[Q("13 phường", 13, "phường"), Q("118 chi bộ khu vực", 118, "chi bộ khu vực"), Q("2.936 đảng viên", 2936, "đảng viên"),
 Q("354 cuộc sinh hoạt định kỳ", 354, "cuộc sinh hoạt định kỳ"), Q("97 cuộc sinh hoạt chuyên đề", 97, "cuộc sinh hoạt chuyên đề"),
 Q("91,4%", 91.4, "%"), Q("23 đảng viên mới", 23, "đảng viên mới"), Q("61 đồng chí", 61, "đồng chí"),
 Q("412 đảng viên", 412, "đảng viên"), Q("500.000 đồng", 500000, "đồng"), Q("gần 59 triệu đồng", 59000000, "đồng", "approx"),
 Q("2 chi bộ khu vực", 2, "chi bộ khu vực")],
[D("Kế hoạch", "18", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch 18, 19-KH/QU"),
 D("Kế hoạch", "19", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch 18, 19-KH/QU"),
 D("Chỉ thị", "10", "CT/TW", None, "Ban Bí thư", "Chỉ thị 10-CT/TW của Ban Bí thư"),
 D("Hướng dẫn", "09", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "hướng dẫn số 09-HD/BTCTW")],
[prov("Cần Thơ"), com("An Khánh"), com("Xuân Khánh"), com("Hưng Lợi")],
["Cổng thông tin điện tử quận Ninh Kiều", "Trang chủ › Tin tức › Xây dựng Đảng",
 "Đồng chí Huỳnh Thanh Phong phát biểu chỉ đạo tại buổi giao ban.", "4 tốt"],
["08:15 | 04/10/2013", "quý III năm 2013", "61 đồng chí", "9 tháng", "1 lần mỗi tháng", "4 tốt", "quý IV"]))

PAGES.append(page("b8576-hatinh-canloc-taphuan-bithu-2014", """
BÁO HÀ TĨNH
Chính trị - Xây dựng Đảng
13/06/2014 - 10:35
Can Lộc: 186 học viên dự lớp bồi dưỡng nghiệp vụ bí thư chi bộ
(Baohatinh.vn) - Trong 3 ngày (từ 10 đến 12/6), Huyện ủy Can Lộc mở lớp bồi dưỡng nghiệp vụ công tác đảng năm 2014 cho 186 học viên là bí thư, phó bí thư chi bộ thôn, tổ dân phố trên địa bàn huyện.
Bí thư Huyện ủy Nguyễn Văn Thành phát biểu khai giảng lớp học.
Phát biểu khai giảng, Bí thư Huyện ủy Nguyễn Văn Thành nhấn mạnh: chi bộ thôn, tổ dân phố là nơi gần dân nhất, bí thư chi bộ giỏi thì thôn mạnh. Toàn huyện có 236 chi bộ trực thuộc, trong đó 198 chi bộ thôn, tổ dân phố; năm 2013 vẫn còn 14 chi bộ xếp loại yếu kém, phần lớn do sinh hoạt không đều, nội dung nghèo nàn.
Học viên được nghe 5 chuyên đề: quy trình sinh hoạt chi bộ theo Hướng dẫn số 09-HD/BTCTW của Ban Tổ chức Trung ương; công tác phát triển đảng viên và quản lý hồ sơ đảng viên theo Quy định số 45-QĐ/TW; nghiệp vụ kiểm tra, giám sát của chi bộ; công tác dân vận ở thôn; kỹ năng ghi biên bản, nghị quyết chi bộ. Báo cáo viên gồm đồng chí Trần Đình Lộc, Phó Trưởng Ban Tổ chức Tỉnh ủy; ThS. Nguyễn Thị Hằng, giảng viên Trường Chính trị Trần Phú và đồng chí Phan Văn Hùng, HUV, Trưởng Ban Tổ chức Huyện ủy Can Lộc.
Lớp học là một nội dung của Đề án số 03-ĐA/HU của Huyện ủy về nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2013 - 2015 và Kế hoạch số 112-KH/HU ngày 20/5/2014 của Ban Thường vụ Huyện ủy. Kinh phí mở lớp hơn 85 triệu đồng, trích từ ngân sách huyện; mỗi học viên được hỗ trợ 70.000 đồng/ngày.
Ông Đặng Văn Vinh, Bí thư Chi bộ thôn Trung Thịnh, xã Thiên Lộc, chia sẻ: "Trước đây chi bộ họp chủ yếu nghe đọc văn bản, nhiều đảng viên trẻ ngại đi. Từ khi đưa việc làm đường, dồn điền đổi thửa ra bàn thì buổi nào cũng đủ, có khi bà con ngồi nghe ở ngoài". Bà Lê Thị Thủy, Phó Bí thư Chi bộ tổ dân phố 3, thị trấn Nghèn, mong được hướng dẫn thêm cách lấy ý kiến nhân dân khi đánh giá đảng viên.
Theo Ban Tổ chức Tỉnh ủy Hà Tĩnh, năm 2014 toàn tỉnh có 11 huyện, thị xã mở lớp bồi dưỡng cho bí thư chi bộ; Can Lộc là đơn vị đầu tiên đưa nội dung lấy ý kiến nhân dân nơi cư trú vào chương trình. Đồng chí Trần Đình Lộc đề nghị sau lớp học mỗi bí thư chi bộ phải xây dựng được chương trình sinh hoạt cả năm, mỗi năm ít nhất 4 chuyên đề, gắn nghị quyết chi bộ với các tiêu chí xây dựng nông thôn mới ở thôn, không để nghị quyết chung chung, "đúng nhưng không làm được".
Kết thúc lớp học, 100% học viên làm bài thu hoạch, trong đó 42 bài thu hoạch đạt loại giỏi. Huyện ủy giao Đảng ủy các xã, thị trấn chọn 2 chi bộ thôn ở xã Vượng Lộc và xã Thiên Lộc tổ chức sinh hoạt mẫu trong tháng 7 để các chi bộ khác học tập.
Đức Quang
Tin liên quan
- Hương Khê: bồi dưỡng nghiệp vụ cho cán bộ tổ chức cơ sở (06/06/2014)
- Hà Tĩnh kết nạp 1.520 đảng viên trong 5 tháng (28/05/2014)
- Thạch Hà sơ kết thực hiện Chỉ thị 28 của Ban Bí thư (15/05/2014)
""", "2014-06-13", "Can Lộc: 186 học viên dự lớp bồi dưỡng nghiệp vụ bí thư chi bộ",
E("tap_huan", "2014", "2014-06-10"),
[P("Nguyễn Văn Thành", "Bí thư Huyện ủy"),
 P("Trần Đình Lộc", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Nguyễn Thị Hằng", "ThS.", "giảng viên Trường Chính trị Trần Phú"),
 P("Phan Văn Hùng", "HUV", "Trưởng Ban Tổ chức Huyện ủy Can Lộc"),
 P("Đặng Văn Vinh", "Bí thư Chi bộ thôn Trung Thịnh"),
 P("Lê Thị Thủy", "Phó Bí thư Chi bộ tổ dân phố 3")],
[Q("186 học viên", 186, "học viên"), Q("236 chi bộ", 236, "chi bộ"), Q("198 chi bộ thôn, tổ dân phố", 198, "chi bộ thôn, tổ dân phố"),
 Q("14 chi bộ", 14, "chi bộ"), Q("5 chuyên đề", 5, "chuyên đề"), Q("11 huyện, thị xã", 11, "huyện, thị xã"),
 Q("ít nhất 4 chuyên đề", 4, "chuyên đề", "over"), Q("hơn 85 triệu đồng", 85000000, "đồng", "over"),
 Q("70.000 đồng", 70000, "đồng"), Q("100%", 100, "%"), Q("42 bài thu hoạch", 42, "bài thu hoạch"),
 Q("2 chi bộ thôn", 2, "chi bộ thôn")],
[D("Hướng dẫn", "09", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 09-HD/BTCTW"),
 D("Quy định", "45", "QĐ/TW", None, None, "Quy định số 45-QĐ/TW"),
 D("Đề án", "03", "ĐA/HU", None, "Huyện ủy", "Đề án số 03-ĐA/HU"),
 D("Kế hoạch", "112", "KH/HU", "2014-05-20", "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU ngày 20/5/2014")],
[prov("Hà Tĩnh"), com("Thiên Lộc"), com("Nghèn"), com("Vượng Lộc")],
["BÁO HÀ TĨNH", "Chính trị - Xây dựng Đảng", "(Baohatinh.vn)", "Bí thư Huyện ủy Nguyễn Văn Thành phát biểu khai giảng lớp học."],
["13/06/2014 - 10:35", "3 ngày", "năm 2013", "giai đoạn 2013 - 2015", "tháng 7"]))

PAGES.append(page("b8577-laocai-batxat-daihoi-chibo-2015", """
BÁO LÀO CAI ĐIỆN TỬ
Xây dựng Đảng >> Đại hội Đảng các cấp
27-05-2015 16:45
Đại hội điểm Chi bộ thôn Sín Chải nhiệm kỳ 2015 - 2017
LCĐT - Ngày 25/5, Chi bộ thôn Sín Chải, xã Trịnh Tường, huyện Bát Xát tổ chức đại hội điểm nhiệm kỳ 2015 - 2017 để rút kinh nghiệm cho 156 chi bộ trực thuộc đảng ủy các xã, thị trấn trong huyện. Dự đại hội có đồng chí Vàng A Páo, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy Bát Xát; đồng chí Lý Văn Thanh, Bí thư Đảng ủy xã Trịnh Tường.
Đồng chí Vàng A Páo phát biểu chỉ đạo đại hội.
Chi bộ thôn Sín Chải có 19 đảng viên, trong đó 14 đồng chí là người Dao. Báo cáo chính trị do đồng chí Tẩn Láo Lở, Bí thư Chi bộ, Trưởng thôn Sín Chải trình bày cho biết, nhiệm kỳ qua chi bộ đã lãnh đạo 68 hộ với 342 nhân khẩu chuyển đổi cơ cấu cây trồng, trồng mới 25 ha thảo quả dưới tán rừng, mở 2 lớp dạy nghề thêu thổ cẩm. Thu nhập bình quân đạt 9,5 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm từ 48% xuống còn 31,2%. Chi bộ kết nạp 4 đảng viên mới, đều là đoàn viên thanh niên từng đi học ở huyện trở về thôn.
Đại hội thẳng thắn chỉ ra hạn chế: có thời điểm sinh hoạt chi bộ không đúng định kỳ do đảng viên đi làm nương xa; việc ghi sổ nghị quyết còn sơ sài; vẫn còn 3 hộ tái trồng cây anh túc năm 2013 chưa được chi bộ phát hiện kịp thời.
Đại hội được tổ chức theo đúng quy trình tại Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng, Hướng dẫn số 26-HD/BTCTW ngày 18/8/2014 của Ban Tổ chức Trung ương và Kế hoạch 45-KH/HU của Ban Thường vụ Huyện ủy Bát Xát. Đại hội thảo luận, góp ý dự thảo văn kiện đại hội Đảng bộ xã và đại hội Đảng bộ huyện với 17 ý kiến.
Phát biểu chỉ đạo, đồng chí Vàng A Páo đánh giá đại hội chuẩn bị chu đáo, văn kiện ngắn gọn, chỉ tiêu sát thực tế. Đồng chí đề nghị chi bộ nhiệm kỳ mới phân công mỗi đảng viên phụ trách 4 hộ, không để hộ nào tái trồng cây anh túc, không để trẻ em bỏ học; chú ý bồi dưỡng quần chúng là người Mông, người Giáy để kết nạp.
Đại hội bầu 3 đồng chí vào Chi ủy nhiệm kỳ 2015 - 2017, đạt tỷ lệ phiếu bầu từ 94,7% trở lên. Đồng chí Tẩn Láo Lở tái đắc cử Bí thư Chi bộ; đồng chí Phàn Thị Mẩy, Chi hội trưởng Chi hội Phụ nữ thôn, được bầu làm Phó Bí thư Chi bộ. Đại hội cũng bầu đồng chí Chảo Láo Sử làm đại biểu chính thức dự Đại hội Đảng bộ xã Trịnh Tường.
Theo Ban Tổ chức Tỉnh ủy Lào Cai, toàn tỉnh có 1.915 chi bộ sẽ tiến hành đại hội nhiệm kỳ 2015 - 2017, xong trước ngày 30/6. Theo kế hoạch, các chi bộ trực thuộc ở huyện Bát Xát hoàn thành đại hội trước ngày 15/6; xã Quang Kim và xã Mường Vi sẽ tổ chức đại hội điểm cấp cơ sở vào đầu tháng 6.
Tiến Dũng
Tin liên quan
- Sa Pa: hoàn thành đại hội chi bộ trực thuộc (22/05/2015)
- Bảo Thắng kết nạp 87 đảng viên mới (18/05/2015)
- Lào Cai chỉ đạo đại hội điểm cấp cơ sở (12/05/2015)
""", "2015-05-27", "Đại hội điểm Chi bộ thôn Sín Chải nhiệm kỳ 2015 - 2017",
E("dai_hoi", None, "2015-05-25"),
[P("Vàng A Páo", "Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức Huyện ủy Bát Xát"),
 P("Lý Văn Thanh", "Bí thư Đảng ủy xã Trịnh Tường"),
 P("Tẩn Láo Lở", "Bí thư Chi bộ", "Trưởng thôn Sín Chải"),
 P("Phàn Thị Mẩy", "Chi hội trưởng Chi hội Phụ nữ thôn", "Phó Bí thư Chi bộ"),
 P("Chảo Láo Sử")],
[Q("156 chi bộ", 156, "chi bộ"), Q("1.915 chi bộ", 1915, "chi bộ"), Q("19 đảng viên", 19, "đảng viên"), Q("14 đồng chí", 14, "đồng chí"),
 Q("68 hộ", 68, "hộ"), Q("342 nhân khẩu", 342, "nhân khẩu"), Q("25 ha", 25, "ha"), Q("2 lớp dạy nghề thêu thổ cẩm", 2, "lớp dạy nghề thêu thổ cẩm"),
 Q("9,5 triệu đồng", 9500000, "đồng"), Q("48%", 48, "%"), Q("31,2%", 31.2, "%"), Q("4 đảng viên mới", 4, "đảng viên mới"),
 Q("3 hộ", 3, "hộ"), Q("17 ý kiến", 17, "ý kiến"), Q("4 hộ", 4, "hộ"), Q("3 đồng chí", 3, "đồng chí"), Q("94,7% trở lên", 94.7, "%", "over")],
[D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị"),
 D("Hướng dẫn", "26", "HD/BTCTW", "2014-08-18", "Ban Tổ chức Trung ương", "Hướng dẫn số 26-HD/BTCTW ngày 18/8/2014"),
 D("Kế hoạch", "45", "KH/HU", None, "Ban Thường vụ Huyện ủy Bát Xát", "Kế hoạch 45-KH/HU của Ban Thường vụ Huyện ủy Bát Xát")],
[prov("Lào Cai"), com("Trịnh Tường"), com("Quang Kim"), com("Mường Vi")],
["BÁO LÀO CAI ĐIỆN TỬ", "Xây dựng Đảng >> Đại hội Đảng các cấp", "LCĐT", "Đồng chí Vàng A Páo phát biểu chỉ đạo đại hội."],
["27-05-2015 16:45", "nhiệm kỳ 2015 - 2017", "14 đồng chí", "3 đồng chí", "lần thứ XII", "năm 2013", "ngày 15/6", "ngày 30/6"]))

PAGES.append(page("b8578-binhduong-btctu-baocao-phattrien-dangvien-2016", """
Thứ Sáu, 30/12/2016
BÁO BÌNH DƯƠNG ONLINE
Chính trị » Xây dựng Đảng
Ngày đăng 29/12/2016 | 14:20
Phát triển đảng viên ở khu phố, ấp: Chuyển biến nhưng chưa đều
(BDO) Ngày 27/12, Ban Tổ chức Tỉnh ủy Bình Dương có Báo cáo số 215-BC/BTCTU về kết quả công tác phát triển đảng viên năm 2016, trong đó dành riêng một phần đánh giá việc kết nạp đảng viên ở các chi bộ khu phố, ấp.
Theo báo cáo, năm 2016 toàn Đảng bộ tỉnh kết nạp 1.846 đảng viên mới, đạt 105,5% chỉ tiêu Nghị quyết Tỉnh ủy giao. Riêng 684 chi bộ khu phố, ấp kết nạp được 412 đảng viên, chiếm 22,3%, tăng 96 đảng viên so với năm 2015. Có 8.940 đảng viên đang công tác ở cơ quan, doanh nghiệp thường xuyên giữ mối liên hệ với chi bộ và nhân dân nơi cư trú.
Ở TP Thủ Dầu Một, phường Phú Hòa là nơi có số đảng viên mới ở khu phố nhiều nhất với 27 đảng viên. Bí thư Đảng ủy phường Phú Hòa Lê Thị Ngọc Hân cho biết, phường giao chỉ tiêu tạo nguồn cho từng chi bộ, mỗi chi bộ khu phố giới thiệu ít nhất 3 quần chúng đi học lớp nhận thức về Đảng mỗi năm. "Nguồn ở khu phố là công nhân trọ, là thanh niên mới ra trường, là chủ hộ kinh doanh. Chi bộ phải đến tận nhà trọ, tận cửa hàng mà gặp", bà Hân nói.
Ông Trần Văn Bảy, Bí thư Chi bộ khu phố 8, phường Phú Hòa, kể chi bộ vừa kết nạp 2 công nhân là người ngoài tỉnh đã tạm trú ở khu phố hơn 5 năm, sau khi Đảng ủy phường phối hợp với cấp ủy nơi cư trú gốc hoàn thành thẩm tra lý lịch.
Báo cáo cũng chỉ rõ sự chưa đều giữa các địa phương. Còn 27 chi bộ ấp chưa kết nạp được đảng viên trong 2 năm liền, tập trung ở các huyện phía Bắc của tỉnh; việc thẩm tra lý lịch cho quần chúng ở nơi khác đến kéo dài, có hồ sơ trên 6 tháng chưa xong. Xã An Điền và xã Tân Định là 2 địa phương có ấp chưa có đảng viên là người trẻ tuổi.
Ông Nguyễn Văn Lộc, Phó Trưởng Ban Tổ chức Tỉnh ủy cho biết, năm 2017 Ban sẽ tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 28-CT/TW ngày 21/9/2013 của Ban Bí thư về nâng cao chất lượng kết nạp đảng viên và rà soát, sàng lọc, đưa những đảng viên không đủ tư cách ra khỏi Đảng, đồng thời hướng dẫn thực hiện Nghị quyết số 04-NQ/TU của Tỉnh ủy về phát triển đảng viên trong công nhân và ở khu dân cư. Tỉnh hỗ trợ mỗi chi bộ khu phố, ấp 1,5 triệu đồng/năm để tổ chức sinh hoạt chuyên đề.
Theo đồng chí Nguyễn Văn Lộc, chỉ tiêu năm 2017 là kết nạp từ 1.800 đảng viên trở lên, trong đó các chi bộ khu phố, ấp phấn đấu đạt không dưới 25% tổng số.
Tâm Trang
Các tin khác
- Thủ Dầu Một trao Huy hiệu Đảng cho 156 đảng viên (20/12/2016)
- Dĩ An: kiểm điểm, đánh giá đảng viên cuối năm (14/12/2016)
- Bến Cát kết nạp 120 đảng viên là công nhân (02/12/2016)
""", "2016-12-29", "Phát triển đảng viên ở khu phố, ấp: Chuyển biến nhưng chưa đều",
E("bao_cao", "2016", "2016-12-27"),
[P("Lê Thị Ngọc Hân", "Bí thư Đảng ủy phường Phú Hòa"),
 P("Trần Văn Bảy", "Bí thư Chi bộ khu phố 8"),
 P("Nguyễn Văn Lộc", "Phó Trưởng Ban Tổ chức Tỉnh ủy")],
[Q("1.846 đảng viên mới", 1846, "đảng viên mới"), Q("105,5%", 105.5, "%"), Q("684 chi bộ khu phố, ấp", 684, "chi bộ khu phố, ấp"),
 Q("412 đảng viên", 412, "đảng viên"), Q("22,3%", 22.3, "%"), Q("96 đảng viên", 96, "đảng viên"), Q("8.940 đảng viên", 8940, "đảng viên"),
 Q("27 đảng viên", 27, "đảng viên"), Q("ít nhất 3 quần chúng", 3, "quần chúng", "over"), Q("2 công nhân", 2, "công nhân"),
 Q("27 chi bộ ấp", 27, "chi bộ ấp"), Q("2 địa phương", 2, "địa phương"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("từ 1.800 đảng viên trở lên", 1800, "đảng viên", "over"), Q("không dưới 25%", 25, "%", "over")],
[D("Báo cáo", "215", "BC/BTCTU", None, "Ban Tổ chức Tỉnh ủy Bình Dương", "Báo cáo số 215-BC/BTCTU"),
 D("Chỉ thị", "28", "CT/TW", "2013-09-21", "Ban Bí thư", "Chỉ thị 28-CT/TW ngày 21/9/2013 của Ban Bí thư"),
 D("Nghị quyết", "04", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 04-NQ/TU của Tỉnh ủy")],
[prov("Bình Dương"), com("Phú Hòa"), com("An Điền"), com("Tân Định")],
["BÁO BÌNH DƯƠNG ONLINE", "Chính trị » Xây dựng Đảng", "(BDO)", "Thứ Sáu, 30/12/2016"],
["Thứ Sáu, 30/12/2016", "Ngày đăng 29/12/2016 | 14:20", "năm 2016", "năm 2015", "năm 2017", "hơn 5 năm", "2 năm liền", "6 tháng"]))
