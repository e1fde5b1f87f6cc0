from lib import *
PAGES = []

PAGES.append(page("b6365-thainguyen-ldld-tongket-2011", """
CÔNG ĐOÀN THÁI NGUYÊN - Cổng thông tin điện tử Liên đoàn Lao động tỉnh Thái Nguyên
Trang chủ > Tin tức > Bảo hộ lao động
08:15 | 16/12/2011
Toàn cảnh hội nghị tổng kết. Ảnh: Hà Linh
Thái Nguyên: Giảm 11 vụ tai nạn lao động so với năm trước
Ngày 15/12, Liên đoàn Lao động (LĐLĐ) tỉnh Thái Nguyên phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức hội nghị tổng kết công tác bảo hộ lao động, an toàn vệ sinh lao động năm 2011. Đồng chí Dương Thị Hảo, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh và đồng chí Hoàng Văn Kiên, Phó Giám đốc Sở Lao động - Thương binh và Xã hội đồng chủ trì. Dự hội nghị có 115 đại biểu là chủ tịch công đoàn cơ sở, cán bộ an toàn của các doanh nghiệp khai thác khoáng sản, luyện kim, xây dựng.
Báo cáo tổng kết cho biết, năm 2011 toàn tỉnh xảy ra 37 vụ tai nạn lao động, giảm 11 vụ so với năm 2010, làm chết 9 người, bị thương nặng 21 người. Riêng ngành khai thác mỏ chiếm gần 40% số vụ. Các cấp công đoàn đã phối hợp tổ chức 64 lớp tập huấn cho trên 6.200 lượt người lao động; vận động doanh nghiệp chi khoảng 18,5 tỷ đồng cho trang bị phương tiện bảo vệ cá nhân, cải thiện điều kiện làm việc. Mạng lưới an toàn vệ sinh viên được củng cố với 3.140 an toàn vệ sinh viên tại 412 cơ sở.
LĐLĐ tỉnh đã ban hành Hướng dẫn số 27/HD-LĐLĐ ngày 14/3/2011 về tổ chức Tuần lễ quốc gia về an toàn vệ sinh lao động - phòng chống cháy nổ lần thứ 13 và Kế hoạch 52, 53/KH-LĐLĐ về kiểm tra liên ngành tại các mỏ than, mỏ sắt. Thực hiện Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác an toàn lao động trong khai thác khoáng sản, các huyện Đại Từ, Phú Lương, Đồng Hỷ đã kiểm tra 86 điểm mỏ, đình chỉ 14 điểm khai thác.
Tại hội nghị, ông Lý Văn Páo, Chủ tịch Công đoàn Công ty cổ phần Khoáng sản Hà Thượng, chia sẻ cách làm "mỗi ca một lời nhắc an toàn" giúp công ty 3 năm liền không để xảy ra tai nạn nặng. Bà Ma Thị Duyên, Phó Chủ tịch UBND xã Hà Thượng, đề nghị các doanh nghiệp ký cam kết với chính quyền xã về bảo đảm an toàn cho người lao động là con em địa phương, nhất là lao động thời vụ người Tày, Nùng, Dao.
Nhiều ý kiến chỉ ra rằng một số chủ doanh nghiệp tư nhân còn xem nhẹ huấn luyện an toàn, khoán trắng cho đội thợ; người lao động chưa tự giác sử dụng mũ, ủng, khẩu trang; việc điều tra, báo cáo tai nạn có nơi còn chậm.
Phát biểu kết luận, đồng chí Dương Thị Hảo yêu cầu năm 2012 các cấp công đoàn tập trung tuyên truyền, hướng dẫn người lao động tự bảo vệ; phối hợp với cơ quan chức năng kiểm tra định kỳ các mỏ, công trường; nhân rộng cách làm của các công đoàn cơ sở tiêu biểu.
Dịp này, LĐLĐ tỉnh tặng bằng khen cho 15 tập thể, 28 cá nhân; mỗi tập thể được thưởng 1,5 triệu đồng.
Thu Hằng
Lượt xem: 1.204
Tin liên quan
- Phú Lương: 2 công nhân tử vong do sập lò (02/12/2011)
- Tập huấn nghiệp vụ cho 300 an toàn vệ sinh viên (18/11/2011)
- LĐLĐ tỉnh kiểm tra an toàn tại Nhà máy Cán thép Gia Sàng (05/11/2011)
""", "2011-12-16", "Thái Nguyên: Giảm 11 vụ tai nạn lao động so với năm trước",
E("tong_ket", "2011", "2011-12-15"),
[P("Dương Thị Hảo", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Hoàng Văn Kiên", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Lý Văn Páo", "Chủ tịch Công đoàn Công ty cổ phần Khoáng sản Hà Thượng"),
 P("Ma Thị Duyên", "Phó Chủ tịch UBND xã Hà Thượng")],
[Q("11 vụ tai nạn lao động", 11, "vụ tai nạn lao động"), Q("115 đại biểu", 115, "đại biểu"),
 Q("37 vụ tai nạn lao động", 37, "vụ tai nạn lao động"), Q("chết 9 người", 9, "người"), Q("21 người", 21, "người"),
 Q("gần 40%", 40, "%", "approx"), Q("64 lớp tập huấn", 64, "lớp tập huấn"),
 Q("trên 6.200 lượt người lao động", 6200, "lượt người lao động", "over"),
 Q("khoảng 18,5 tỷ đồng", 18500000000, "đồng", "approx"), Q("3.140 an toàn vệ sinh viên", 3140, "an toàn vệ sinh viên"),
 Q("412 cơ sở", 412, "cơ sở"), Q("86 điểm mỏ", 86, "điểm mỏ"), Q("14 điểm khai thác", 14, "điểm khai thác"),
 Q("15 tập thể", 15, "tập thể"), Q("28 cá nhân", 28, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Hướng dẫn", "27", "HD-LĐLĐ", "2011-03-14", "LĐLĐ tỉnh", "Hướng dẫn số 27/HD-LĐLĐ ngày 14/3/2011"),
 D("Kế hoạch", "52", "KH-LĐLĐ", None, "LĐLĐ tỉnh", "Kế hoạch 52, 53/KH-LĐLĐ"),
 D("Kế hoạch", "53", "KH-LĐLĐ", None, "LĐLĐ tỉnh", "Kế hoạch 52, 53/KH-LĐLĐ"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU")],
[prov("Thái Nguyên"), com("Hà Thượng")],
["CÔNG ĐOÀN THÁI NGUYÊN - Cổng thông tin điện tử Liên đoàn Lao động tỉnh Thái Nguyên", "Trang chủ > Tin tức > Bảo hộ lao động",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Hà Linh", "mỗi ca một lời nhắc an toàn", "Lượt xem: 1.204"],
["08:15 | 16/12/2011", "lần thứ 13", "3 năm liền", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b6366-quangnam-bdv-soket-2013", """
Báo Quảng Nam Online
Hôm nay: Thứ Hai, 22/07/2013
Thời sự | Dân vận | Công đoàn
Cập nhật: 14:30, 19/07/2013 (GMT+7)
Vận động công nhân nâng cao ý thức tự bảo vệ trong lao động
(QNO) - Chiều 18/7, Ban Dân vận Tỉnh ủy phối hợp với Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2013 thực hiện Quy chế phối hợp số 02-QCPH/BDV-LĐLĐ về vận động công nhân, lao động chấp hành pháp luật về an toàn, vệ sinh lao động. Đồng chí Nguyễn Văn Thắm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Thị Kim Oanh, Alăng Thị Bé.
Quang cảnh hội nghị. Ảnh: Vĩnh Quý
Theo báo cáo, 6 tháng đầu năm trên địa bàn tỉnh xảy ra 19 vụ tai nạn lao động làm 7 người chết, tập trung ở các công trình thủy điện miền núi và các cơ sở khai thác đá. Khối dân vận và công đoàn các cấp đã tổ chức 42 cuộc tuyên truyền tại nơi làm việc cho hơn 8.500 lượt công nhân; phối hợp kiểm tra 126 doanh nghiệp, phát hiện 35 doanh nghiệp chưa thành lập hội đồng bảo hộ lao động, 97% công nhân được ký hợp đồng lao động. Các doanh nghiệp đã đầu tư trên 2,3 tỷ đồng cải thiện hệ thống thông gió, chống ồn.
Thực hiện Kế hoạch số 118-KH/TU của Tỉnh ủy về triển khai Nghị định số 45/2013/NĐ-CP của Chính phủ quy định chi tiết một số điều của Bộ luật Lao động về thời giờ làm việc, thời giờ nghỉ ngơi và an toàn lao động, vệ sinh lao động, Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 09-HD/BDVTU hướng dẫn các huyện miền núi đưa nội dung an toàn lao động vào sinh hoạt thôn, bản.
Tại hội nghị, ông Clâu Nhấp, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, cho biết 4 nhà máy thủy điện trên địa bàn thu hút hơn 1.200 công nhân, phần lớn là đồng bào Cơ Tu chưa qua đào tạo nghề, nên phải vận động qua già làng và người có uy tín. Bà Bh'riu Thị Hoa, Chủ tịch Công đoàn các Khu công nghiệp tỉnh, kiến nghị xử lý nghiêm doanh nghiệp không trang bị phương tiện bảo hộ. Ông Lê Văn Lực, Chủ tịch Công đoàn cơ sở Công ty TNHH Giày da Trường Xuân, giới thiệu phong trào "3 không" (không tai nạn, không cháy nổ, không bệnh nghề nghiệp) với 2.400 đoàn viên tham gia tại nhà máy của công ty ở xã Tam Hiệp.
Kết luận hội nghị, đồng chí Nguyễn Văn Thắm đề nghị 6 tháng cuối năm phát huy vai trò của tổ dân vận ở các công trình, mở rộng đối thoại giữa chủ doanh nghiệp với công nhân, kịp thời nắm tư tưởng người lao động để không phát sinh đình công, lãn công.
Quang Vinh
Tin khác
- Hội thi an toàn vệ sinh viên giỏi năm 2013 (10/07/2013)
- Núi Thành: tai nạn tại công trường cảng, 1 người tử vong (02/07/2013)
- Vận động đồng bào Cơ Tu tham gia bảo hiểm xã hội tự nguyện (25/06/2013)
""", "2013-07-19", "Vận động công nhân nâng cao ý thức tự bảo vệ trong lao động",
E("so_ket", "2013-H1", "2013-07-18"),
[P("Nguyễn Văn Thắm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Kim Oanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Alăng Thị Bé", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Clâu Nhấp", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Bh'riu Thị Hoa", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh"),
 P("Lê Văn Lực", "Chủ tịch Công đoàn cơ sở Công ty TNHH Giày da Trường Xuân")],
[Q("19 vụ tai nạn lao động", 19, "vụ tai nạn lao động"), Q("7 người", 7, "người"), Q("42 cuộc tuyên truyền", 42, "cuộc tuyên truyền"),
 Q("hơn 8.500 lượt công nhân", 8500, "lượt công nhân", "over"), Q("126 doanh nghiệp", 126, "doanh nghiệp"),
 Q("35 doanh nghiệp", 35, "doanh nghiệp"), Q("97%", 97, "%"), Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("4 nhà máy thủy điện", 4, "nhà máy thủy điện"), Q("hơn 1.200 công nhân", 1200, "công nhân", "over"),
 Q("2.400 đoàn viên", 2400, "đoàn viên")],
[D("Quy chế phối hợp", "02", "QCPH/BDV-LĐLĐ", None, None, "Quy chế phối hợp số 02-QCPH/BDV-LĐLĐ"),
 D("Kế hoạch", "118", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 118-KH/TU"),
 D("Nghị định", "45", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 45/2013/NĐ-CP"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU")],
[prov("Quảng Nam"), com("Tam Hiệp")],
["Báo Quảng Nam Online", "Thời sự | Dân vận | Công đoàn", "(QNO)", "Quang cảnh hội nghị. Ảnh: Vĩnh Quý", "3 không", "Bộ luật Lao động"],
["Hôm nay: Thứ Hai, 22/07/2013", "Cập nhật: 14:30, 19/07/2013 (GMT+7)", "6 tháng đầu năm 2013", "6 tháng cuối năm", "3 không"]))

PAGES.append(page("b6367-daklak-hnd-taphuan-2014", """
HỘI NÔNG DÂN TỈNH ĐẮK LẮK
Trang chủ › Hoạt động Hội › Đào tạo - Tập huấn
Ngày đăng 12/09/2014 | 16:20
Đồng chí Y Bhin Niê phát biểu tại lớp tập huấn.
Cư M'gar: 120 hội viên nông dân được tập huấn an toàn lao động trong sản xuất nông nghiệp
Thực hiện kế hoạch tập huấn năm 2014, trong 2 ngày 10 và 11/9, Hội Nông dân tỉnh phối hợp với Hội Nông dân huyện Cư M'gar tổ chức lớp tập huấn an toàn lao động trong sử dụng thuốc bảo vệ thực vật và máy móc nông nghiệp cho 120 hội viên là đồng bào Êđê, Mnông tại xã Ea Tul. Đồng chí Y Bhin Niê, Phó Chủ tịch Hội Nông dân tỉnh dự và phát biểu khai mạc. Đây là lớp thứ ba trong chuỗi lớp tập huấn về an toàn lao động mà Hội Nông dân tỉnh Đắk Lắk mở tại các xã vùng đồng bào dân tộc thiểu số trong năm nay, sau các lớp ở Krông Búk và Lắk.
Theo Hội Nông dân tỉnh, toàn xã có gần 3.000 hộ trồng cà phê, hồ tiêu; việc phun thuốc trừ sâu không có đồ bảo hộ còn phổ biến. Từ đầu năm đến nay, trên địa bàn huyện xảy ra 6 vụ ngộ độc thuốc bảo vệ thực vật làm 14 người phải đi cấp cứu, 3 trường hợp bị thương do máy cày, máy tuốt lúa. Khảo sát của Hội tại 4 buôn cho thấy chỉ khoảng 35% hộ có bình phun đúng tiêu chuẩn.
Tại lớp học, ThS. Nguyễn Hữu Đạt, giảng viên Trường Cao đẳng Nghề Thanh niên dân tộc Tây Nguyên, hướng dẫn học viên cách pha, phun thuốc đúng liều lượng, cách sơ cứu người bị ngộ độc, cách kiểm tra máy trước khi vận hành. Nội dung được dịch sang tiếng Êđê để bà con dễ hiểu. Bà H'Yên Mlô, Chủ tịch Hội Nông dân xã Ea Tul, cho biết sau lớp học, chi hội các buôn sẽ tổ chức sinh hoạt chuyên đề để hội viên truyền đạt lại cho gia đình.
Ông Y Sương Byă, người có uy tín buôn Kroa A, xã Ea Tul, chia sẻ: "Trước đây bà con phun thuốc xong còn ăn uống ngay ngoài rẫy, nay được học rồi thì mình về nói lại cho con cháu nghe".
Lớp tập huấn triển khai Kế hoạch số 34-KH/HND của Ban Thường vụ Hội Nông dân tỉnh thực hiện Nghị quyết số 26-NQ/TW của BCH Trung ương (khóa X) về nông nghiệp, nông dân, nông thôn và Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn.
Dịp này, Hội Nông dân tỉnh trao tặng 50 bộ bảo hộ lao động gồm quần áo, găng tay, kính và khẩu trang chuyên dụng cho hội viên nghèo, mỗi bộ trị giá 350.000 đồng, tổng trị giá 17,5 triệu đồng do Công ty TNHH Phân bón Tây Nguyên tài trợ.
H'Mai
Xem thêm
- Krông Pắc: nông dân được hướng dẫn sử dụng máy sấy cà phê an toàn (28/08/2014)
- Hội thi nhà nông đua tài năm 2014 (15/08/2014)
- Hội Nông dân tỉnh ký kết phối hợp với Sở Nông nghiệp (30/07/2014)
""", "2014-09-12", "Cư M'gar: 120 hội viên nông dân được tập huấn an toàn lao động trong sản xuất nông nghiệp",
E("tap_huan", "2014", "2014-09-10"),
[P("Y Bhin Niê", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Hữu Đạt", "ThS.", "giảng viên Trường Cao đẳng Nghề Thanh niên dân tộc Tây Nguyên"),
 P("H'Yên Mlô", "Chủ tịch Hội Nông dân xã Ea Tul"),
 P("Y Sương Byă", "người có uy tín buôn Kroa A")],
[Q("120 hội viên", 120, "hội viên"), Q("gần 3.000 hộ", 3000, "hộ", "approx"),
 Q("6 vụ ngộ độc thuốc bảo vệ thực vật", 6, "vụ ngộ độc thuốc bảo vệ thực vật"), Q("14 người", 14, "người"),
 Q("3 trường hợp", 3, "trường hợp"), Q("4 buôn", 4, "buôn"), Q("khoảng 35%", 35, "%", "approx"),
 Q("50 bộ bảo hộ lao động", 50, "bộ bảo hộ lao động"), Q("350.000 đồng", 350000, "đồng"), Q("17,5 triệu đồng", 17500000, "đồng")],
[D("Kế hoạch", "34", "KH/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 34-KH/HND"),
 D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 26-NQ/TW"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg")],
[prov("Đắk Lắk"), com("Ea Tul")],
["HỘI NÔNG DÂN TỈNH ĐẮK LẮK", "Trang chủ › Hoạt động Hội › Đào tạo - Tập huấn", "Đồng chí Y Bhin Niê phát biểu tại lớp tập huấn.",
 "Công ty TNHH Phân bón Tây Nguyên"],
["Ngày đăng 12/09/2014 | 16:20", "2 ngày", "khóa X", "năm 2014"]))

PAGES.append(page("b6368-binhduong-mttq-giamsat-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG
Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Giám sát, phản biện
Thứ Sáu, 21/10/2016 - 09:40
Giám sát việc thực hiện Luật An toàn, vệ sinh lao động tại doanh nghiệp
Ngày 20/10, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do ông Trần Minh Hiếu, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Luật An toàn, vệ sinh lao động số 84/2015/QH13 của Quốc hội tại 3 doanh nghiệp trên địa bàn thị xã Thuận An, tỉnh Bình Dương. Đây là nội dung trong chương trình giám sát năm 2016 của Mặt trận tỉnh. Tham gia đoàn có bà Phạm Thị Lệ, ông Huỳnh Văn Sang - Ủy viên Ủy ban MTTQ Việt Nam tỉnh, đại diện LĐLĐ tỉnh, Sở Lao động - Thương binh và Xã hội.
Đoàn giám sát làm việc tại Công ty TNHH Gỗ Hưng Phát (phường An Phú).
Ba doanh nghiệp được giám sát sử dụng tổng cộng 4.850 công nhân, trong đó trên 1.000 công nhân làm việc ở vị trí nặng nhọc, độc hại. Từ ngày Luật có hiệu lực (1/7/2016), các doanh nghiệp đã rà soát nội quy, bổ sung 62% số thiết bị có yêu cầu nghiêm ngặt được kiểm định; chi 286 triệu đồng tổ chức huấn luyện cho 100% công nhân mới. Tuy vậy, trong 9 tháng năm 2016 vẫn xảy ra 2 vụ tai nạn lao động, trong đó một người tử vong do cuốn vào máy bào.
Ông Chen Wei Ming, Tổng Giám đốc Công ty TNHH Gỗ Hưng Phát, thừa nhận việc triển khai Nghị định số 39/2016/NĐ-CP ngày 15/5/2016 của Chính phủ về khai báo, điều tra tai nạn lao động còn lúng túng. Bà Đinh Thị Thu, Chủ tịch Công đoàn cơ sở công ty, cho biết công đoàn đã thu thập 7 kiến nghị của công nhân về tiếng ồn, bụi gỗ và thời gian nghỉ giữa ca.
Đoàn cũng kiểm tra việc thực hiện Quyết định số 1125/QĐ-UBND của UBND tỉnh về kế hoạch Tháng hành động về an toàn, vệ sinh lao động và Kế hoạch 47, 48/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát chính sách đối với người lao động trong các khu công nghiệp.
Kết luận buổi giám sát, ông Trần Minh Hiếu đề nghị các doanh nghiệp khắc phục ngay các tồn tại, lắp đặt che chắn cho máy cưa, máy bào; thành lập bộ phận y tế; định kỳ đối thoại với công nhân. Ủy ban MTTQ phường An Phú và Ban Thanh tra nhân dân các công ty sẽ tiếp tục theo dõi việc khắc phục, báo cáo kết quả về đoàn trước ngày 30/11/2016.
Ông Hiếu nói: "Mặt trận không thay cơ quan thanh tra, nhưng tiếng nói của công nhân phải được doanh nghiệp lắng nghe".
Ngọc Thạch
Bài viết liên quan
- Giám sát thực hiện chính sách bảo hiểm xã hội tại Tân Uyên (12/10/2016)
- Hội nghị phản biện dự thảo quy định hỗ trợ nhà ở công nhân (28/09/2016)
- MTTQ thị xã Dĩ An tiếp xúc công nhân khu nhà trọ (15/09/2016)
""", "2016-10-21", "Giám sát việc thực hiện Luật An toàn, vệ sinh lao động tại doanh nghiệp",
E("giam_sat", "2016", "2016-10-20"),
[P("Trần Minh Hiếu", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Lệ", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Sang", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chen Wei Ming", "Tổng Giám đốc Công ty TNHH Gỗ Hưng Phát"),
 P("Đinh Thị Thu", "Chủ tịch Công đoàn cơ sở công ty")],
[Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("4.850 công nhân", 4850, "công nhân"), Q("trên 1.000 công nhân", 1000, "công nhân", "over"),
 Q("62%", 62, "%"), Q("286 triệu đồng", 286000000, "đồng"), Q("100%", 100, "%"),
 Q("2 vụ tai nạn lao động", 2, "vụ tai nạn lao động"), Q("7 kiến nghị", 7, "kiến nghị")],
[D("Luật", "84", "2015/QH13", None, "Quốc hội", "Luật An toàn, vệ sinh lao động số 84/2015/QH13"),
 D("Nghị định", "39", "2016/NĐ-CP", "2016-05-15", "Chính phủ", "Nghị định số 39/2016/NĐ-CP ngày 15/5/2016"),
 D("Quyết định", "1125", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1125/QĐ-UBND"),
 D("Kế hoạch", "47", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 47, 48/KH-MTTQ-BTT"),
 D("Kế hoạch", "48", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 47, 48/KH-MTTQ-BTT")],
[prov("Bình Dương"), com("An Phú")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG", "Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Giám sát, phản biện",
 "Đoàn giám sát làm việc tại Công ty TNHH Gỗ Hưng Phát (phường An Phú).", "Tháng hành động về an toàn, vệ sinh lao động"],
["Thứ Sáu, 21/10/2016 - 09:40", "năm 2016", "9 tháng năm 2016", "1/7/2016", "30/11/2016"]))

PAGES.append(page("b6369-haiphong-anduong-doithoai-2017", """
Cổng thông tin điện tử huyện An Dương - Thành phố Hải Phòng
Tin tức - Sự kiện >> Lao động - Việc làm
12/05/2017 - 15:45
An Dương: Đối thoại với gần 200 công nhân về an toàn lao động
Ngày 11/5, UBND huyện An Dương phối hợp với Liên đoàn Lao động huyện tổ chức hội nghị đối thoại năm 2017 giữa lãnh đạo huyện với công nhân lao động trong các doanh nghiệp về an toàn, vệ sinh lao động. Đồng chí Vũ Đức Thịnh, HUV, Phó Chủ tịch UBND huyện An Dương và đồng chí Bùi Thị Nhàn, Chủ tịch LĐLĐ huyện chủ trì đối thoại với gần 200 công nhân đến từ 46 doanh nghiệp.
Toàn cảnh buổi đối thoại tại hội trường UBND huyện.
Mở đầu, Trưởng phòng Lao động - Thương binh và Xã hội huyện Phạm Văn Quế thông tin: trên địa bàn huyện có khoảng 27.000 lao động làm việc trong các khu, cụm công nghiệp; năm 2016 xảy ra 12 vụ tai nạn lao động, làm 3 người chết. Huyện đã ban hành Kế hoạch số 112/KH-UBND ngày 5/4/2017 của UBND huyện về triển khai Tháng hành động về an toàn, vệ sinh lao động năm 2017, thực hiện Chỉ thị 29-CT/TW ngày 18/12/2013 của Ban Bí thư về đẩy mạnh công tác an toàn lao động, vệ sinh lao động trong thời kỳ công nghiệp hóa, hiện đại hóa và hội nhập quốc tế.
Tại buổi đối thoại, 23 ý kiến được nêu trực tiếp. Chị Đỗ Thị Huệ, công nhân Công ty TNHH Điện tử Nam Hải, phản ánh phân xưởng hàn nóng, thiếu quạt thông gió, suất ăn giữa ca chỉ 15.000 đồng. Anh Nguyễn Văn Toản, tổ trưởng an toàn vệ sinh viên Công ty cổ phần Thép Việt Đức, đề nghị huyện đôn đốc doanh nghiệp khám sức khỏe định kỳ và khám phát hiện bệnh nghề nghiệp theo Nghị định 44/2016/NĐ-CP của Chính phủ. Một số công nhân ở xã An Hồng phản ánh đường vào cụm công nghiệp thiếu đèn chiếu sáng, dễ xảy ra tai nạn khi đi ca đêm.
Đại diện các doanh nghiệp và phòng chuyên môn đã giải đáp 18 ý kiến ngay tại hội nghị; các ý kiến còn lại được ghi nhận để trả lời bằng văn bản trong 15 ngày.
Phát biểu kết luận, đồng chí Vũ Đức Thịnh yêu cầu các doanh nghiệp nâng mức suất ăn giữa ca lên tối thiểu 20.000 đồng, bảo đảm nguyên tắc "2 không" (không để xảy ra tai nạn chết người, không để công nhân làm việc khi chưa được huấn luyện); giao UBND xã An Hồng phối hợp lắp 40 bóng đèn chiếu sáng trước ngày 30/6. LĐLĐ huyện sẽ duy trì đối thoại định kỳ mỗi quý một lần.
Sau hội nghị, nhiều công nhân cho biết đây là lần đầu được trực tiếp gặp lãnh đạo huyện để nói về điều kiện làm việc. Chị Lương Thị Hường, Chủ tịch Công đoàn cơ sở Công ty TNHH May Hải Anh, cho rằng cần có thêm các buổi đối thoại tại chính nhà xưởng để công nhân đi ca không phải nghỉ việc. Đồng chí Bùi Thị Nhàn cho biết LĐLĐ huyện sẽ thí điểm hình thức này tại 5 doanh nghiệp trong quý III.
Phạm Tuấn
Tin khác
- Huyện An Dương phát động Tháng công nhân năm 2017 (02/05/2017)
- Kiểm tra an toàn tại Cụm công nghiệp Tân Tiến (20/04/2017)
- Trao 50 suất quà cho công nhân nghèo (18/01/2017)
""", "2017-05-12", "An Dương: Đối thoại với gần 200 công nhân về an toàn lao động",
E("doi_thoai", "2017", "2017-05-11"),
[P("Vũ Đức Thịnh", "HUV", "Phó Chủ tịch UBND huyện An Dương"),
 P("Bùi Thị Nhàn", "Chủ tịch LĐLĐ huyện"),
 P("Phạm Văn Quế", "Trưởng phòng Lao động - Thương binh và Xã hội huyện"),
 P("Đỗ Thị Huệ", "công nhân Công ty TNHH Điện tử Nam Hải"),
 P("Nguyễn Văn Toản", "tổ trưởng an toàn vệ sinh viên Công ty cổ phần Thép Việt Đức"),
 P("Lương Thị Hường", "Chủ tịch Công đoàn cơ sở Công ty TNHH May Hải Anh")],
[Q("gần 200 công nhân", 200, "công nhân", "approx"), Q("46 doanh nghiệp", 46, "doanh nghiệp"),
 Q("khoảng 27.000 lao động", 27000, "lao động", "approx"), Q("12 vụ tai nạn lao động", 12, "vụ tai nạn lao động"),
 Q("3 người", 3, "người"), Q("23 ý kiến", 23, "ý kiến"), Q("15.000 đồng", 15000, "đồng"), Q("18 ý kiến", 18, "ý kiến"),
 Q("20.000 đồng", 20000, "đồng"), Q("40 bóng đèn chiếu sáng", 40, "bóng đèn chiếu sáng"), Q("5 doanh nghiệp", 5, "doanh nghiệp")],
[D("Kế hoạch", "112", "KH-UBND", "2017-04-05", "UBND huyện", "Kế hoạch số 112/KH-UBND ngày 5/4/2017"),
 D("Chỉ thị", "29", "CT/TW", "2013-12-18", "Ban Bí thư", "Chỉ thị 29-CT/TW ngày 18/12/2013"),
 D("Nghị định", "44", "2016/NĐ-CP", None, "Chính phủ", "Nghị định 44/2016/NĐ-CP")],
[prov("Hải Phòng"), com("An Hồng")],
["Cổng thông tin điện tử huyện An Dương - Thành phố Hải Phòng", "Tin tức - Sự kiện >> Lao động - Việc làm",
 "Toàn cảnh buổi đối thoại tại hội trường UBND huyện.", "2 không", "Tháng hành động về an toàn, vệ sinh lao động"],
["12/05/2017 - 15:45", "năm 2017", "năm 2016", "2 không", "15 ngày", "mỗi quý một lần", "quý III"]))

PAGES.append(page("b6370-camau-ldld-traoqua-2018", """
BÁO CÀ MAU ĐIỆN TỬ
Thứ Sáu, 28/12/2018
Xã hội | Công đoàn
Trao 60 suất quà cho gia đình nạn nhân tai nạn lao động
Ảnh: Lãnh đạo tỉnh trao quà cho gia đình nạn nhân.
Chiều 27/12, Liên đoàn Lao động tỉnh Cà Mau phối hợp với Ban Dân vận Tỉnh ủy tổ chức thăm, tặng 60 suất quà cho gia đình nạn nhân tai nạn lao động và người lao động mắc bệnh nghề nghiệp có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Kỷ Hợi 2019. Đến dự có đồng chí Thạch Văn Sên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trương Văn Hởi, Chủ tịch LĐLĐ tỉnh.
Mỗi suất quà gồm 2 triệu đồng tiền mặt và nhu yếu phẩm, tổng trị giá 120 triệu đồng, trích từ Quỹ Xã hội Công đoàn và nguồn vận động các doanh nghiệp chế biến thủy sản. Trong số các gia đình nhận quà có 11 gia đình có người chết do tai nạn lao động trong năm; mỗi gia đình này được hỗ trợ thêm 5 triệu đồng.
Theo LĐLĐ tỉnh, năm 2018 toàn tỉnh xảy ra 17 vụ tai nạn lao động làm 12 người chết, phần lớn là lao động đi biển, lao động trong các công trình xây dựng nhà dân và các vụ điện giật tại cơ sở chế biến. Có 34 trường hợp chưa được bồi thường đầy đủ do chủ sử dụng lao động là hộ kinh doanh cá thể. Thực hiện Kế hoạch số 21-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 29-CT/TW, công đoàn các cấp đã hỗ trợ pháp lý cho 26 người lao động đòi bồi thường, giúp thu về hơn 840 triệu đồng.
Tại buổi trao quà ở xã Khánh Bình Tây, bà Sơn Thị Mỹ Lài, vợ của một ngư dân tử nạn trên biển hồi tháng 9, xúc động cảm ơn sự quan tâm của các cấp. Ông Danh Hoàng Em, Chủ tịch UBND xã Khánh Bình Tây, cho biết xã sẽ ưu tiên cho các gia đình này vay vốn từ Quỹ hỗ trợ nông dân, mỗi hộ tối đa 30 triệu đồng, để ổn định cuộc sống.
Thay mặt lãnh đạo tỉnh, đồng chí Thạch Văn Sên đề nghị các cấp công đoàn, Mặt trận và chính quyền cơ sở tiếp tục vận động chủ tàu, chủ thầu xây dựng mua bảo hiểm tai nạn cho người lao động; tăng cường tuyên truyền bằng tiếng Khmer tại các ấp có đông đồng bào dân tộc. Theo kế hoạch, trong dịp Tết, LĐLĐ tỉnh sẽ trao thêm 450 phần quà Tết cho công nhân lao động nghèo với tổng kinh phí khoảng 450 triệu đồng.
Cùng ngày, đoàn đã đến thăm gia đình anh Trần Văn Thắng ở ấp Kinh Hòn, bị tai nạn khi làm việc tại công trình xây dựng năm 2017, đến nay vẫn chưa đi lại được. Đoàn trao thêm 3 triệu đồng từ nguồn đóng góp của cán bộ, đoàn viên khối dân vận và động viên gia đình vượt qua khó khăn.
Hải Nguyên
Lượt truy cập: 5.812.330
Tin liên quan
- Ngư dân Trần Văn Thời mất tích trên biển (20/12/2018)
- Tổng kết phong trào thi đua lao động giỏi năm 2018 (14/12/2018)
- Tập huấn an toàn điện cho 80 công nhân (03/12/2018)
""", "2018-12-28", "Trao 60 suất quà cho gia đình nạn nhân tai nạn lao động",
E("trao_qua", None, "2018-12-27"),
[P("Thạch Văn Sên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Văn Hởi", "Chủ tịch LĐLĐ tỉnh"),
 P("Sơn Thị Mỹ Lài"),
 P("Danh Hoàng Em", "Chủ tịch UBND xã Khánh Bình Tây"),
 P("Trần Văn Thắng")],
[Q("60 suất quà", 60, "suất quà"), Q("2 triệu đồng", 2000000, "đồng"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("11 gia đình", 11, "gia đình"), Q("5 triệu đồng", 5000000, "đồng"), Q("17 vụ tai nạn lao động", 17, "vụ tai nạn lao động"),
 Q("12 người", 12, "người"), Q("34 trường hợp", 34, "trường hợp"), Q("26 người lao động", 26, "người lao động"),
 Q("hơn 840 triệu đồng", 840000000, "đồng", "over"), Q("tối đa 30 triệu đồng", 30000000, "đồng"),
 Q("450 phần quà", 450, "phần quà"), Q("3 triệu đồng", 3000000, "đồng"), Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx")],
[D("Kế hoạch", "21", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 21-KH/TU"),
 D("Chỉ thị", "29", "CT/TW", None, None, "Chỉ thị số 29-CT/TW")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["BÁO CÀ MAU ĐIỆN TỬ", "Xã hội | Công đoàn", "Ảnh: Lãnh đạo tỉnh trao quà cho gia đình nạn nhân.", "Quỹ Xã hội Công đoàn",
 "Quỹ hỗ trợ nông dân", "Lượt truy cập: 5.812.330"],
["Thứ Sáu, 28/12/2018", "Kỷ Hợi 2019", "năm 2018", "tháng 9", "Lượt truy cập: 5.812.330"]))
