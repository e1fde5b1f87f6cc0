from lib import *
PAGES = []

PAGES.append(page("b4859-kiengiang-phuquoc-daihoi-2017", """
BÁO KIÊN GIANG ĐIỆN TỬ
Chính trị >> Xây dựng Đảng - Đoàn thể
22-06-2017 09:40
Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội Đoàn TNCS Hồ Chí Minh huyện Phú Quốc lần thứ XI
BKG - Trong 2 ngày 20 và 21/6, Huyện đoàn Phú Quốc tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh huyện lần thứ XI, nhiệm kỳ 2017 - 2022. Về dự có 150 đại biểu chính thức thay mặt cho hơn 5.800 đoàn viên đang sinh hoạt tại 52 cơ sở đoàn trên đảo ngọc.
Dự đại hội có đồng chí Huỳnh Quang Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Phú Quốc; đồng chí Lâm Văn Thạnh, Bí thư Tỉnh đoàn Kiên Giang; Đại tá Danh Sol, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh và đại diện Vùng 5 Hải quân, Bộ đội Biên phòng tỉnh.
Nhiệm kỳ 2012 - 2017, tuổi trẻ Phú Quốc đã thực hiện 84 công trình thanh niên với tổng giá trị trên 6,2 tỷ đồng, nổi bật là tuyến đường "Thanh niên" dài 2,4 km ở ấp Rạch Tràm, xã Bãi Thơm và 3 cây cầu bê tông ở xã Hàm Ninh, xã Cửa Dương. Đoàn viên, thanh niên các xã đảo Hòn Thơm, Thổ Châu duy trì 16 tổ thanh niên tự quản bảo vệ môi trường biển; Chi đoàn Đồn Biên phòng Thổ Châu cùng Đoàn xã tổ chức 12 đợt tuần tra, phát quang đường ra trận địa. Các cơ sở đoàn giới thiệu 426 đoàn viên ưu tú cho Đảng, 318 người được kết nạp; 100% thanh niên trúng tuyển nghĩa vụ quân sự lên đường nhập ngũ đúng hạn.
Đại hội thống nhất 4 chỉ tiêu chủ yếu: mỗi năm hỗ trợ ít nhất 30 thanh niên khởi nghiệp, 100% xã, thị trấn có "Tủ sách biển đảo", kết nạp khoảng 1.200 đoàn viên mới, vận động 85% trở lên thanh niên tham gia tổ chức hội, đội, nhóm. Nghị quyết đại hội bám sát Nghị quyết Đại hội Đảng bộ huyện lần thứ XI, Chỉ thị số 42-CT/TW của Ban Bí thư và Kết luận 80, 81-KL/TU của Ban Thường vụ Tỉnh ủy.
Phát biểu chỉ đạo, đồng chí Huỳnh Quang Hưng yêu cầu Đoàn tham mưu cấp ủy thực hiện tốt Quyết định số 633/QĐ-TTg ngày 11/5/2010 của Thủ tướng Chính phủ về xây dựng đảo Phú Quốc, chú trọng đào tạo nghề du lịch cho thanh niên địa phương.
Đại hội đã bầu Ban Chấp hành khóa XI gồm 25 đồng chí; Ban Thường vụ gồm 7 đồng chí. Đồng chí Trần Minh Khôi được tín nhiệm bầu giữ chức Bí thư Huyện đoàn khóa XI; các đồng chí Nguyễn Thị Kiều Oanh, Danh Tuấn Kiệt được bầu làm Phó Bí thư Huyện đoàn. Đại hội cũng bầu 12 đại biểu chính thức đi dự Đại hội Đoàn tỉnh lần thứ X. Đại hội kết thúc trong không khí phấn khởi, đoàn kết.
Bích Trâm
Lượt xem: 1.503
Tin liên quan
- Đại hội Đoàn thị trấn An Thới nhiệm kỳ 2017 - 2022 (10/05/2017)
- Tuổi trẻ Kiên Hải ra quân bảo vệ môi trường biển (28/04/2017)
- 100 suất quà tặng ngư dân trẻ Thổ Châu (12/02/2017)
""", "2017-06-22", "Đại hội Đoàn TNCS Hồ Chí Minh huyện Phú Quốc lần thứ XI",
E("dai_hoi", None, "2017-06-20"),
[P("Huỳnh Quang Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy Phú Quốc"),
 P("Lâm Văn Thạnh", "Bí thư Tỉnh đoàn Kiên Giang"),
 P("Danh Sol", "Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Trần Minh Khôi", "Bí thư Huyện đoàn khóa XI"),
 P("Nguyễn Thị Kiều Oanh", "Phó Bí thư Huyện đoàn"), P("Danh Tuấn Kiệt", "Phó Bí thư Huyện đoàn")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 5.800 đoàn viên", 5800, "đoàn viên", "over"), Q("52 cơ sở đoàn", 52, "cơ sở đoàn"),
 Q("84 công trình thanh niên", 84, "công trình thanh niên"), Q("trên 6,2 tỷ đồng", 6200000000, "đồng", "over"), Q("2,4 km", 2.4, "km"),
 Q("3 cây cầu bê tông", 3, "cây cầu bê tông"), Q("16 tổ thanh niên tự quản", 16, "tổ thanh niên tự quản"), Q("12 đợt tuần tra", 12, "đợt tuần tra"),
 Q("426 đoàn viên ưu tú", 426, "đoàn viên ưu tú"), Q("318 người", 318, "người"), Q("100%", 100, "%"), Q("4 chỉ tiêu chủ yếu", 4, "chỉ tiêu chủ yếu"),
 Q("ít nhất 30 thanh niên", 30, "thanh niên", "over"), Q("khoảng 1.200 đoàn viên mới", 1200, "đoàn viên mới", "approx"),
 Q("85% trở lên", 85, "%", "over"), Q("25 đồng chí", 25, "đồng chí"), Q("7 đồng chí", 7, "đồng chí"), Q("12 đại biểu chính thức", 12, "đại biểu chính thức")],
[D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 42-CT/TW"),
 D("Kết luận", "80", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 80, 81-KL/TU"),
 D("Kết luận", "81", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 80, 81-KL/TU"),
 D("Quyết định", "633", "QĐ-TTg", "2010-05-11", "Thủ tướng Chính phủ", "Quyết định số 633/QĐ-TTg ngày 11/5/2010")],
[prov("Kiên Giang"), com("Bãi Thơm"), com("Hàm Ninh"), com("Cửa Dương"), com("Hòn Thơm"), com("Thổ Châu")],
["BÁO KIÊN GIANG ĐIỆN TỬ", "Chính trị >> Xây dựng Đảng - Đoàn thể", "Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.", "BKG",
 "Tủ sách biển đảo", "Vùng 5 Hải quân", "Lượt xem: 1.503"],
["22-06-2017 09:40", "25 đồng chí", "7 đồng chí", "lần thứ XI", "nhiệm kỳ 2017 - 2022", "Nhiệm kỳ 2012 - 2017", "lần thứ X", "khóa XI", "Lượt xem: 1.503"]))

PAGES.append(page("b4860-quangnam-namtramy-caudoan-2018", """
TỈNH ĐOÀN QUẢNG NAM
Trang chủ | Tin tức | Tình nguyện vì cộng đồng
Cập nhật lúc 17:20 ngày 16/11/2018
Bàn giao cầu treo "Thanh niên" cho người Ca Dong ở Nam Trà My
Ngày 15/11, tại thôn 2, xã Trà Dơn (huyện Nam Trà My), Tỉnh đoàn Quảng Nam phối hợp với Trung ương Hội Sinh viên Việt Nam, Đoàn Khối doanh nghiệp tỉnh và nhà tài trợ tổ chức lễ khánh thành, bàn giao cầu treo "Thanh niên" bắc qua sông Tranh.
Cầu có chiều dài 96 m, rộng 1,5 m, tải trọng 1,5 tấn, tổng kinh phí xây dựng hơn 1,15 tỷ đồng; trong đó nhà tài trợ hỗ trợ 900 triệu đồng, phần còn lại do đoàn viên, thanh niên và người dân đóng góp khoảng 600 ngày công. Công trình giúp 137 hộ với hơn 580 nhân khẩu người Ca Dong ở thôn 2, thôn 3 đi lại an toàn, 94 em học sinh không còn phải lội suối đến trường vào mùa mưa lũ.
Cầu treo "Thanh niên" thôn 2, xã Trà Dơn sau khi hoàn thành. Ảnh: Tỉnh đoàn
Dự lễ có đồng chí Hồ Thị Hoa, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy; đồng chí Trần Thái Bình, Phó Chủ tịch UBND tỉnh; đồng chí Lê Thị Hà Nhi, Phó Bí thư Tỉnh đoàn - Chủ tịch Hội Sinh viên Việt Nam tỉnh; ông Hồ Văn Tư, Chủ tịch UBND xã Trà Dơn và già làng Hồ Văn Lên.
Đây là cây cầu thứ 7 trong chương trình "Cầu nối yêu thương" do Tỉnh đoàn vận động xây dựng tại các huyện miền núi từ năm 2016 theo Kế hoạch số 215-KH/TĐTN-TNNT ngày 5/3/2016 của Ban Thường vụ Tỉnh đoàn, thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy về phát triển kinh tế - xã hội miền núi gắn với định hướng đến năm 2020. Đến nay tổng giá trị các cầu đã bàn giao gần 7 tỷ đồng.
Phát biểu tại buổi lễ, đồng chí Lê Thị Hà Nhi cho biết, trong năm 2018 tuổi trẻ Quảng Nam đã thực hiện 23 công trình, phần việc ở 9 huyện miền núi như làm 4,6 km đường bê tông, xây 2 nhà văn hóa thôn, 11 "Nhà nhân ái" cho hộ nghèo, mỗi nhà 50 triệu đồng.
Đại diện người dân, già làng Hồ Văn Lên xúc động: "Trước đây mỗi mùa lũ, bà con thôn 2 bị cô lập cả tuần, con cháu phải nghỉ học. Nay có cầu, dân làng biết ơn Đảng, biết ơn Đoàn thanh niên". Ông cho biết dân làng cam kết bảo vệ cây cầu, không để trâu bò, xe quá tải qua lại.
Tại buổi lễ, Tỉnh đoàn tặng 50 suất quà cho học sinh Trường PTDT bán trú Tiểu học và THCS Trà Dơn, mỗi suất 300.000 đồng; Đội thanh niên tình nguyện Bệnh viện Đa khoa tỉnh khám, phát thuốc miễn phí cho gần 250 lượt người dân.
Thanh Hà
Lượt xem: 788
Tin khác
- Tây Giang: khánh thành điểm trường "Thắp sáng ước mơ" (30/10/2018)
- Bắc Trà My ra mắt mô hình "Thanh niên giữ rừng" (18/10/2018)
- Trao 200 triệu đồng xây nhà cho đoàn viên nghèo (02/10/2018)
""", "2018-11-16", "Bàn giao cầu treo \"Thanh niên\" cho người Ca Dong ở Nam Trà My",
E("khac", None, "2018-11-15"),
[P("Hồ Thị Hoa", "Ủy viên Ban Thường vụ", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Trần Thái Bình", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Hà Nhi", "Phó Bí thư Tỉnh đoàn - Chủ tịch Hội Sinh viên Việt Nam tỉnh"),
 P("Hồ Văn Tư", "Chủ tịch UBND xã Trà Dơn"),
 P("Hồ Văn Lên", "già làng")],
[Q("96 m", 96, "m"), Q("1,5 m", 1.5, "m"), Q("1,5 tấn", 1.5, "tấn"), Q("hơn 1,15 tỷ đồng", 1150000000, "đồng", "over"),
 Q("900 triệu đồng", 900000000, "đồng"), Q("khoảng 600 ngày công", 600, "ngày công", "approx"), Q("137 hộ", 137, "hộ"),
 Q("hơn 580 nhân khẩu", 580, "nhân khẩu", "over"), Q("94 em học sinh", 94, "em học sinh"),
 Q("gần 7 tỷ đồng", 7000000000, "đồng", "approx"), Q("23 công trình, phần việc", 23, "công trình, phần việc"), Q("9 huyện miền núi", 9, "huyện miền núi"),
 Q("4,6 km", 4.6, "km"), Q("2 nhà văn hóa thôn", 2, "nhà văn hóa thôn"), Q("11 \"Nhà nhân ái\"", 11, "Nhà nhân ái"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("50 suất quà", 50, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("gần 250 lượt người dân", 250, "lượt người dân", "approx")],
[D("Kế hoạch", "215", "KH/TĐTN-TNNT", "2016-03-05", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 215-KH/TĐTN-TNNT ngày 5/3/2016"),
 D("Nghị quyết", "05", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 05-NQ/TU")],
[prov("Quảng Nam"), com("Trà Dơn")],
["TỈNH ĐOÀN QUẢNG NAM", "Trang chủ | Tin tức | Tình nguyện vì cộng đồng", "Cầu treo \"Thanh niên\" thôn 2, xã Trà Dơn sau khi hoàn thành. Ảnh: Tỉnh đoàn",
 "Cầu nối yêu thương", "Nhà nhân ái", "Trung ương Hội Sinh viên Việt Nam", "Lượt xem: 788"],
["Cập nhật lúc 17:20 ngày 16/11/2018", "cây cầu thứ 7", "năm 2016", "năm 2020", "năm 2018", "thôn 2", "thôn 3", "cả tuần", "Lượt xem: 788"]))

PAGES.append(page("b4861-dienbien-tinhdoan-soket-2019", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Chính trị › Xây dựng Đảng - Đoàn thể
12/07/2019 - 15:30
Đồng chí Mùa A Vảng phát biểu chỉ đạo tại hội nghị.
Tuổi trẻ vùng biên Điện Biên góp sức xây dựng nông thôn mới
(ĐBP) - Ngày 10/7, Ban Thường vụ Tỉnh đoàn Điện Biên tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Mùa A Vảng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và chỉ đạo hội nghị.
6 tháng đầu năm, các cấp bộ Đoàn đã tổ chức học tập, quán triệt Chỉ thị 05-CT/TW của Bộ Chính trị và Kết luận 01, 02-KL/TĐTN của Ban Chấp hành Tỉnh đoàn cho hơn 18.000 lượt đoàn viên, thanh niên. Hưởng ứng Tháng Thanh niên, tuổi trẻ toàn tỉnh đã thực hiện 215 công trình, phần việc thanh niên với tổng trị giá khoảng 2,9 tỷ đồng; làm mới, sửa chữa 42 km đường giao thông nông thôn, 3 cầu tạm, 27 nhà vệ sinh hợp vệ sinh cho hộ nghèo; trồng hơn 65.000 cây xanh. Các đồn biên phòng phối hợp với đoàn các xã Sen Thượng, Leng Su Sìn, Chung Chải tổ chức 14 buổi giao lưu "Đêm hội biên cương", cấp 620 lá cờ Tổ quốc cho các bản.
Công tác giúp thanh niên lập nghiệp có nhiều chuyển biến: Tỉnh đoàn phối hợp giải ngân 8,4 tỷ đồng vốn vay ưu đãi cho 213 hộ thanh niên; thành lập mới 6 hợp tác xã thanh niên, nâng tổng số lên 19 hợp tác xã. Hội đồng Đội tỉnh trao 1.200 suất học bổng "Vì em hiếu học", chỉ đạo 98% liên đội tổ chức Đại hội Liên đội đúng quy định.
Tại hội nghị, các đồng chí Lò Văn Chiến, Bí thư Huyện đoàn Mường Nhé và Giàng A Tủa, Bí thư Huyện đoàn Nậm Pồ cùng chia sẻ cách làm đưa sinh hoạt chi đoàn về bản; Trung úy Sùng A Hồ, Phó Bí thư Đoàn Thanh niên Bộ đội Biên phòng tỉnh, đề nghị phối hợp chặt chẽ hơn trong tuyên truyền phòng, chống ma túy, mua bán người ở vùng biên.
Đồng chí Lò Thị Ngoan, Bí thư Tỉnh đoàn, nhận định: bên cạnh kết quả đạt được, vẫn còn 11 chi đoàn bản yếu kém, tình trạng thanh niên bỏ bản đi làm ăn xa khá phổ biến; tỷ lệ thanh niên tham gia sinh hoạt đoàn mới đạt 67%.
Phát biểu chỉ đạo, đồng chí Mùa A Vảng đề nghị Tỉnh đoàn tham mưu Tỉnh ủy tổng kết Nghị quyết số 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương Đảng khóa X về công tác thanh niên; thực hiện tốt Kế hoạch số 1573/KH-UBND của UBND tỉnh về hỗ trợ thanh niên khởi nghiệp; phấn đấu 6 tháng cuối năm kết nạp ít nhất 1.500 đoàn viên mới.
Thu Hường
Lượt xem: 945
Tin liên quan
- Mường Ảng: ra quân chiến dịch Thanh niên tình nguyện hè (28/06/2019)
- Trao 150 suất quà cho thiếu nhi bản Huổi Lụ (01/06/2019)
- Tủa Chùa tập huấn kỹ năng cho cán bộ Đoàn cơ sở (20/05/2019)
""", "2019-07-12", "Tuổi trẻ vùng biên Điện Biên góp sức xây dựng nông thôn mới",
E("so_ket", "2019-H1", "2019-07-10"),
[P("Mùa A Vảng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Chiến", "Bí thư Huyện đoàn Mường Nhé"), P("Giàng A Tủa", "Bí thư Huyện đoàn Nậm Pồ"),
 P("Sùng A Hồ", "Trung úy", "Phó Bí thư Đoàn Thanh niên Bộ đội Biên phòng tỉnh"),
 P("Lò Thị Ngoan", "Bí thư Tỉnh đoàn")],
[Q("hơn 18.000 lượt đoàn viên, thanh niên", 18000, "lượt đoàn viên, thanh niên", "over"), Q("215 công trình, phần việc thanh niên", 215, "công trình, phần việc thanh niên"),
 Q("khoảng 2,9 tỷ đồng", 2900000000, "đồng", "approx"), Q("42 km", 42, "km"), Q("3 cầu tạm", 3, "cầu tạm"),
 Q("27 nhà vệ sinh hợp vệ sinh", 27, "nhà vệ sinh hợp vệ sinh"), Q("hơn 65.000 cây xanh", 65000, "cây xanh", "over"),
 Q("14 buổi giao lưu", 14, "buổi giao lưu"), Q("620 lá cờ Tổ quốc", 620, "lá cờ Tổ quốc"), Q("8,4 tỷ đồng", 8400000000, "đồng"),
 Q("213 hộ thanh niên", 213, "hộ thanh niên"), Q("6 hợp tác xã thanh niên", 6, "hợp tác xã thanh niên"), Q("19 hợp tác xã", 19, "hợp tác xã"),
 Q("1.200 suất học bổng", 1200, "suất học bổng"), Q("98%", 98, "%"), Q("11 chi đoàn bản yếu kém", 11, "chi đoàn bản yếu kém"), Q("67%", 67, "%"),
 Q("ít nhất 1.500 đoàn viên mới", 1500, "đoàn viên mới", "over")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Kết luận", "01", "KL/TĐTN", None, "Ban Chấp hành Tỉnh đoàn", "Kết luận 01, 02-KL/TĐTN"),
 D("Kết luận", "02", "KL/TĐTN", None, "Ban Chấp hành Tỉnh đoàn", "Kết luận 01, 02-KL/TĐTN"),
 D("Nghị quyết", "25", "NQ/TW", "2008-07-25", "Ban Chấp hành Trung ương Đảng khóa X", "Nghị quyết số 25-NQ/TW ngày 25/7/2008"),
 D("Kế hoạch", "1573", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 1573/KH-UBND")],
[prov("Điện Biên"), com("Sen Thượng"), com("Leng Su Sìn"), com("Chung Chải")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Chính trị › Xây dựng Đảng - Đoàn thể", "Đồng chí Mùa A Vảng phát biểu chỉ đạo tại hội nghị.", "(ĐBP)",
 "Đêm hội biên cương", "Vì em hiếu học", "Tháng Thanh niên", "Lượt xem: 945"],
["12/07/2019 - 15:30", "6 tháng đầu năm 2019", "6 tháng cuối năm", "6 tháng đầu năm", "khóa X", "Lượt xem: 945"]))

PAGES.append(page("b4862-quangninh-coto-hocbong-2019", """
Báo Quảng Ninh điện tử
Xã hội / Giáo dục / Biển đảo
Thứ Tư, 28/08/2019, 08:05
Trao học bổng "Tiếp bước em đến trường" cho học sinh đảo Cô Tô
Chiều 26/8, tại Nhà văn hóa huyện Cô Tô, Tỉnh đoàn Quảng Ninh phối hợp với Hội đồng Đội tỉnh, Đoàn Thanh niên Bộ Tư lệnh Vùng 1 Hải quân và Bộ đội Biên phòng tỉnh trao 120 suất học bổng "Tiếp bước em đến trường" cho học sinh con ngư dân, con cán bộ, chiến sĩ đang công tác trên đảo trước thềm năm học mới 2019 - 2020.
Các đại biểu trao học bổng cho học sinh xã Thanh Lân. Ảnh: Hoàng Nga
Dự buổi trao học bổng có đồng chí Nguyễn Thị Thu Hà, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh; Thượng tá Phạm Văn Tuân, Phó Chủ nhiệm Chính trị Vùng 1 Hải quân; đồng chí Lê Hùng Sơn, HUV, Phó Chủ tịch UBND huyện Cô Tô; các đồng chí Bí thư Đoàn cơ sở: Vũ Thị Hải Yến (xã Thanh Lân), Phạm Đức Mạnh (xã Đồng Tiến), Lương Thùy Linh (thị trấn Cô Tô).
Mỗi suất học bổng gồm 1 triệu đồng tiền mặt và 1 bộ sách giáo khoa, 20 cuốn vở; tổng trị giá trên 150 triệu đồng, do Hội Doanh nhân trẻ tỉnh và các đoàn viên trong Khối doanh nghiệp đóng góp. Riêng Đồn Biên phòng Cô Tô nhận đỡ đầu 5 em học sinh theo chương trình "Nâng bước em tới trường - con nuôi đồn biên phòng" của Bộ Tư lệnh Bộ đội Biên phòng, mỗi em được hỗ trợ 500.000 đồng/tháng.
Theo đồng chí Nguyễn Thị Thu Hà, thực hiện Chương trình hành động số 12-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn về "Tuổi trẻ Quảng Ninh hướng về biển, đảo" và Quyết định số 2207/QĐ-UBND ngày 25/6/2019 của UBND tỉnh Quảng Ninh, từ đầu năm đến nay Tỉnh đoàn đã trao hơn 640 suất học bổng cho học sinh các huyện đảo Cô Tô, Vân Đồn và vùng cao Bình Liêu, Ba Chẽ, trị giá khoảng 700 triệu đồng; tặng 12 "Tủ sách biển đảo" cho các trường học.
Tại buổi lễ, Đoàn Thanh niên Vùng 1 Hải quân còn bàn giao công trình "Sân chơi cho em" tại Trường Tiểu học, THCS xã Thanh Lân trị giá 85 triệu đồng, do 60 đoàn viên, thanh niên chiến sĩ trẻ thi công trong 10 ngày. Em Nguyễn Thị Ngọc Ánh, học sinh lớp 7, đại diện các bạn nhận học bổng, hứa sẽ học tốt để sau này trở về xây dựng quê hương đảo.
Dịp này, đồng chí Lê Hùng Sơn cảm ơn tuổi trẻ các đơn vị và cho biết huyện hiện có 1.358 học sinh ở các cấp học, trong đó khoảng 35% là con hộ ngư dân khai thác xa bờ; nhiều gia đình còn khó khăn sau cơn bão năm 2018.
Cùng ngày, Đoàn Thanh niên Bộ đội Biên phòng tỉnh phối hợp với Huyện đoàn Cô Tô ra quân dọn vệ sinh bãi biển Hồng Vàn, thu gom gần 2 tấn rác thải nhựa.
Hoàng Nga
Lượt xem: 1.122
Tin liên quan
- Vân Đồn: thanh niên tình nguyện hè tại xã đảo Bản Sen (15/08/2019)
- Tỉnh đoàn trao 50 suất quà cho thiếu nhi Bình Liêu (01/06/2019)
- Cô Tô đón đoàn "Hành trình đến với biển đảo quê hương" (18/05/2019)
""", "2019-08-28", 'Trao học bổng "Tiếp bước em đến trường" cho học sinh đảo Cô Tô',
E("trao_qua", None, "2019-08-26"),
[P("Nguyễn Thị Thu Hà", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Phạm Văn Tuân", "Thượng tá", "Phó Chủ nhiệm Chính trị Vùng 1 Hải quân"),
 P("Lê Hùng Sơn", "HUV", "Phó Chủ tịch UBND huyện Cô Tô"),
 P("Vũ Thị Hải Yến", "Bí thư Đoàn cơ sở"), P("Phạm Đức Mạnh", "Bí thư Đoàn cơ sở"), P("Lương Thùy Linh", "Bí thư Đoàn cơ sở"),
 P("Nguyễn Thị Ngọc Ánh")],
[Q("120 suất học bổng", 120, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("20 cuốn vở", 20, "cuốn vở"),
 Q("trên 150 triệu đồng", 150000000, "đồng", "over"), Q("5 em học sinh", 5, "em học sinh"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 640 suất học bổng", 640, "suất học bổng", "over"), Q("khoảng 700 triệu đồng", 700000000, "đồng", "approx"),
 Q('12 "Tủ sách biển đảo"', 12, "Tủ sách biển đảo"), Q("85 triệu đồng", 85000000, "đồng"),
 Q("60 đoàn viên, thanh niên chiến sĩ trẻ", 60, "đoàn viên, thanh niên chiến sĩ trẻ"), Q("1.358 học sinh", 1358, "học sinh"),
 Q("khoảng 35%", 35, "%", "approx"), Q("gần 2 tấn", 2, "tấn", "approx")],
[D("Chương trình hành động", "12", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình hành động số 12-CTr/TĐTN"),
 D("Quyết định", "2207", "QĐ-UBND", "2019-06-25", "UBND tỉnh Quảng Ninh", "Quyết định số 2207/QĐ-UBND ngày 25/6/2019")],
[prov("Quảng Ninh"), com("Thanh Lân"), com("Đồng Tiến"), com("Cô Tô")],
["Báo Quảng Ninh điện tử", "Xã hội / Giáo dục / Biển đảo", "Các đại biểu trao học bổng cho học sinh xã Thanh Lân. Ảnh: Hoàng Nga",
 "Tiếp bước em đến trường", "Nâng bước em tới trường - con nuôi đồn biên phòng", "Tuổi trẻ Quảng Ninh hướng về biển, đảo", "Sân chơi cho em",
 "Lượt xem: 1.122"],
["Thứ Tư, 28/08/2019, 08:05", "năm học mới 2019 - 2020", "1 bộ sách giáo khoa", "10 ngày", "lớp 7", "năm 2018", "Vùng 1 Hải quân", "Lượt xem: 1.122"]))

PAGES.append(page("b4863-bariavungtau-condao-tongket-2020", """
HUYỆN ĐOÀN CÔN ĐẢO - TỈNH BÀ RỊA - VŨNG TÀU
Trang chủ >> Hoạt động >> Tin Đoàn - Hội - Đội
18.12.2020 | 16:05
Ảnh: Quang cảnh hội nghị.
Tuổi trẻ Côn Đảo: một năm nhiều dấu ấn
Sáng 16/12, Ban Chấp hành Huyện đoàn Côn Đảo tổ chức hội nghị tổng kết công tác Đoàn, Hội, Đội và phong trào thanh thiếu nhi năm 2020, triển khai phương hướng, nhiệm vụ năm 2021. Dự hội nghị có đồng chí Lê Văn Phong, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện; đồng chí Trịnh Hoàng Anh, Phó Bí thư Tỉnh đoàn; Thiếu tá Đặng Văn Cường, Phó Chính ủy Đồn Biên phòng Côn Đảo cùng 72 đại biểu.
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, các cơ sở Đoàn trên đảo đã tổ chức 18 đợt ra quân "Chủ nhật xanh", thu gom hơn 12 tấn rác thải ở các bãi biển Đầm Trầu, An Hải, Lò Vôi; thực hiện 9 công trình thanh niên trị giá trên 480 triệu đồng, trong đó có tuyến "Đường hoa thanh niên" dài 1,5 km và 2 "Nhà nhân ái". Chi đoàn Đồn Biên phòng Côn Đảo phối hợp với Đoàn Khu Dân cư số 8 tổ chức 6 buổi tuyên truyền Luật Biển Việt Nam, Luật Biên phòng Việt Nam cho khoảng 350 ngư dân trẻ.
Huyện đoàn đã kết nạp 137 đoàn viên mới, giới thiệu 46 đoàn viên ưu tú cho Đảng; Hội đồng Đội huyện trao 85 suất học bổng "Vì em hiếu học", mỗi suất 1,5 triệu đồng. Đề án "Thanh niên khởi nghiệp du lịch biển đảo" hỗ trợ 14 dự án khởi nghiệp, giải ngân 1,2 tỷ đồng vốn vay theo Quyết định số 3170/QĐ-UBND ngày 13/11/2018 của UBND tỉnh Bà Rịa - Vũng Tàu.
Tại hội nghị, chị Nguyễn Thị Thanh Thảo, Bí thư Chi đoàn Khu Dân cư số 6, chia sẻ mô hình "Cà phê không rác thải nhựa"; anh Trần Quốc Bảo, Giám đốc Hợp tác xã Thanh niên dịch vụ lặn biển Hòn Cau, kiến nghị có cơ chế cho thanh niên thuê mặt nước nuôi trồng thủy sản.
Đồng chí Huỳnh Thị Mỹ Duyên, Bí thư Huyện đoàn cho biết, năm 2021 Huyện đoàn phấn đấu 100% chi đoàn xếp loại khá trở lên, mỗi cơ sở có ít nhất 1 công trình thanh niên; tập trung thực hiện Nghị quyết số 09-NQ/HU của Ban Chấp hành Đảng bộ huyện về xây dựng Côn Đảo thành khu kinh tế - du lịch biển đảo và Chỉ thị 12, 13-CT/TĐTN của Ban Thường vụ Tỉnh đoàn.
Phát biểu chỉ đạo, đồng chí Lê Văn Phong ghi nhận sự đóng góp của tuổi trẻ trong công tác phòng, chống dịch, nhất là 45 đoàn viên tình nguyện trực chốt kiểm soát tại cảng Bến Đầm và sân bay Cỏ Ống. Dịp này, Ban Thường vụ Huyện đoàn tặng giấy khen cho 8 tập thể và 21 cá nhân xuất sắc.
Kim Ngân
Lượt xem: 604
Tin liên quan
- Côn Đảo: tuổi trẻ ra quân "Ngày Chủ nhật xanh" (22/11/2020)
- Trao 30 suất quà cho ngư dân trẻ khó khăn (05/10/2020)
- Thanh niên Côn Đảo với hành trình "Về nguồn" (27/07/2020)
""", "2020-12-18", "Tuổi trẻ Côn Đảo: một năm nhiều dấu ấn",
E("tong_ket", "2020", "2020-12-16"),
[P("Lê Văn Phong", "Tỉnh ủy viên", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Trịnh Hoàng Anh", "Phó Bí thư Tỉnh đoàn"),
 P("Đặng Văn Cường", "Thiếu tá", "Phó Chính ủy Đồn Biên phòng Côn Đảo"),
 P("Nguyễn Thị Thanh Thảo", "Bí thư Chi đoàn Khu Dân cư số 6"),
 P("Trần Quốc Bảo", "Giám đốc Hợp tác xã Thanh niên dịch vụ lặn biển Hòn Cau"),
 P("Huỳnh Thị Mỹ Duyên", "Bí thư Huyện đoàn")],
[Q("72 đại biểu", 72, "đại biểu"), Q("18 đợt ra quân", 18, "đợt ra quân"), Q("hơn 12 tấn", 12, "tấn", "over"),
 Q("9 công trình thanh niên", 9, "công trình thanh niên"), Q("trên 480 triệu đồng", 480000000, "đồng", "over"), Q("1,5 km", 1.5, "km"),
 Q('2 "Nhà nhân ái"', 2, "Nhà nhân ái"), Q("6 buổi tuyên truyền", 6, "buổi tuyên truyền"), Q("khoảng 350 ngư dân trẻ", 350, "ngư dân trẻ", "approx"),
 Q("137 đoàn viên mới", 137, "đoàn viên mới"), Q("46 đoàn viên ưu tú", 46, "đoàn viên ưu tú"), Q("85 suất học bổng", 85, "suất học bổng"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("14 dự án khởi nghiệp", 14, "dự án khởi nghiệp"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("100%", 100, "%"), Q("45 đoàn viên tình nguyện", 45, "đoàn viên tình nguyện"), Q("8 tập thể", 8, "tập thể"), Q("21 cá nhân xuất sắc", 21, "cá nhân xuất sắc")],
[D("Quyết định", "3170", "QĐ-UBND", "2018-11-13", "UBND tỉnh Bà Rịa - Vũng Tàu", "Quyết định số 3170/QĐ-UBND ngày 13/11/2018"),
 D("Nghị quyết", "09", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 09-NQ/HU"),
 D("Chỉ thị", "12", "CT/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chỉ thị 12, 13-CT/TĐTN"),
 D("Chỉ thị", "13", "CT/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chỉ thị 12, 13-CT/TĐTN")],
[prov("Bà Rịa - Vũng Tàu")],
["HUYỆN ĐOÀN CÔN ĐẢO - TỈNH BÀ RỊA - VŨNG TÀU", "Trang chủ >> Hoạt động >> Tin Đoàn - Hội - Đội", "Ảnh: Quang cảnh hội nghị.",
 "Chủ nhật xanh", "Đường hoa thanh niên", "Vì em hiếu học", "Thanh niên khởi nghiệp du lịch biển đảo", "Cà phê không rác thải nhựa",
 "Luật Biển Việt Nam", "Luật Biên phòng Việt Nam", "Lượt xem: 604"],
["18.12.2020 | 16:05", "năm 2020", "năm 2021", "Năm 2020", "Covid-19", "Khu Dân cư số 8", "Khu Dân cư số 6", "1 công trình thanh niên", "Lượt xem: 604"]))

PAGES.append(page("b4864-gialai-tinhdoan-giamsat-2020", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự › Chính trị › Đoàn thể
Ngày 09/10/2020 | 09:15
Tỉnh đoàn giám sát việc hỗ trợ thanh niên dân tộc thiểu số học nghề, lập nghiệp
(GLO) - Ngày 7/10, Đoàn giám sát của Ban Thường vụ Tỉnh đoàn Gia Lai do đồng chí Rah Lan Lâm, Phó Bí thư Tỉnh đoàn làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ thanh niên dân tộc thiểu số học nghề, vay vốn lập nghiệp tại UBND huyện Chư Prông và các xã Ia Púch, Ia Mơ, Ia Lâu.
Thành viên đoàn giám sát có các đồng chí: Nguyễn Thị Thanh Hương, Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn; Ksor H'Bé, Phó Trưởng ban Phong trào Tỉnh đoàn; đại diện Sở Lao động - Thương binh và Xã hội, Ngân hàng Chính sách xã hội tỉnh.
Đoàn giám sát làm việc với UBND huyện Chư Prông. Ảnh: Hồng Thi
Theo Kế hoạch số 86-KH/TĐTN-KT ngày 15/9/2020 của Ban Thường vụ Tỉnh đoàn, việc giám sát nhằm đánh giá kết quả thực hiện Quyết định số 53/2015/QĐ-TTg của Thủ tướng Chính phủ về chính sách nội trú đối với học sinh, sinh viên học cao đẳng, trung cấp và Quyết định 12, 13/QĐ-UBND của UBND tỉnh về hỗ trợ đào tạo nghề cho lao động nông thôn giai đoạn 2016 - 2020.
Báo cáo của UBND huyện Chư Prông cho thấy, từ năm 2016 đến nay huyện đã đào tạo nghề cho 2.415 lao động, trong đó 1.860 người là thanh niên dân tộc Jrai, chiếm 77%; sau học nghề có khoảng 65% có việc làm mới hoặc tiếp tục làm nghề cũ với thu nhập cao hơn. Nguồn vốn ủy thác qua Huyện đoàn đạt 38,6 tỷ đồng, với 21 tổ tiết kiệm và vay vốn, 947 hộ còn dư nợ; tỷ lệ nợ quá hạn 0,4%.
Tại xã Ia Mơ - xã biên giới có 96% dân số là đồng bào Jrai - đoàn giám sát ghi nhận mô hình "Thanh niên biên giới giữ đất, giữ làng" do Chi đoàn Đồn Biên phòng Ia Mơ phối hợp với Đoàn xã thực hiện, giúp 32 thanh niên có vốn trồng bời lời, nuôi bò. Anh Siu Đoan, Bí thư Đoàn xã Ia Mơ, cho biết vẫn còn 18 thanh niên học nghề xong chưa có việc làm, nhiều em đi làm thuê ở Bình Dương.
Đoàn giám sát cũng chỉ ra hạn chế: một số ngành nghề đào tạo chưa sát nhu cầu thị trường; có 3 lớp may công nghiệp mở xong học viên bỏ dở; việc theo dõi sau đào tạo chưa chặt chẽ.
Kết luận buổi giám sát, đồng chí Rah Lan Lâm đề nghị UBND huyện chỉ đạo rà soát danh sách thanh niên thất nghiệp, phối hợp với Tỉnh đoàn tổ chức ít nhất 2 phiên giao dịch việc làm lưu động trước cuối năm; kiến nghị tỉnh nâng mức hỗ trợ tiền ăn cho học viên người dân tộc thiểu số lên 30.000 đồng/ngày. Ông Rơ Châm Blêk, Phó Chủ tịch UBND huyện Chư Prông tiếp thu các ý kiến và cam kết có báo cáo bằng văn bản gửi Tỉnh đoàn.
Hồng Thi
Lượt xem: 1.036
Tin khác
- Tỉnh đoàn phát động cuộc thi "Ý tưởng khởi nghiệp" năm 2020 (30/09/2020)
- Đức Cơ: trao 100 suất quà Trung thu cho thiếu nhi làng biên giới (28/09/2020)
- Ra mắt mô hình "Cột cờ Tổ quốc" ở Ia Dom (15/09/2020)
""", "2020-10-09", "Tỉnh đoàn giám sát việc hỗ trợ thanh niên dân tộc thiểu số học nghề, lập nghiệp",
E("giam_sat", None, "2020-10-07"),
[P("Rah Lan Lâm", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Thị Thanh Hương", "Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn"),
 P("Ksor H'Bé", "Phó Trưởng ban Phong trào Tỉnh đoàn"),
 P("Siu Đoan", "Bí thư Đoàn xã Ia Mơ"),
 P("Rơ Châm Blêk", "Phó Chủ tịch UBND huyện Chư Prông")],
[Q("2.415 lao động", 2415, "lao động"), Q("1.860 người", 1860, "người"), Q("77%", 77, "%"), Q("khoảng 65%", 65, "%", "approx"),
 Q("38,6 tỷ đồng", 38600000000, "đồng"), Q("21 tổ tiết kiệm và vay vốn", 21, "tổ tiết kiệm và vay vốn"), Q("947 hộ", 947, "hộ"),
 Q("0,4%", 0.4, "%"), Q("96%", 96, "%"), Q("32 thanh niên", 32, "thanh niên"), Q("18 thanh niên", 18, "thanh niên"),
 Q("3 lớp may công nghiệp", 3, "lớp may công nghiệp"), Q("ít nhất 2 phiên giao dịch việc làm lưu động", 2, "phiên giao dịch việc làm lưu động", "over"),
 Q("30.000 đồng", 30000, "đồng")],
[D("Kế hoạch", "86", "KH/TĐTN-KT", "2020-09-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 86-KH/TĐTN-KT ngày 15/9/2020"),
 D("Quyết định", "53", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 53/2015/QĐ-TTg"),
 D("Quyết định", "12", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 12, 13/QĐ-UBND"),
 D("Quyết định", "13", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 12, 13/QĐ-UBND")],
[prov("Gia Lai"), com("Ia Púch"), com("Ia Mơ"), com("Ia Lâu"), prov("Bình Dương")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự › Chính trị › Đoàn thể", "(GLO)", "Đoàn giám sát làm việc với UBND huyện Chư Prông. Ảnh: Hồng Thi",
 "Thanh niên biên giới giữ đất, giữ làng", "Lượt xem: 1.036"],
["Ngày 09/10/2020 | 09:15", "giai đoạn 2016 - 2020", "năm 2016", "Lượt xem: 1.036"]))
