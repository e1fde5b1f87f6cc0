from lib import *
PAGES = []

PAGES.append(page("b4907-laocai-hoinghi-nguoicouytin-gpmb-2017", """
BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÀO CAI
Bạn đang ở: Trang chủ >> Chính trị >> Dân vận
Thứ Sáu, 21/04/2017 - 14:45
Ảnh: Các đại biểu dự hội nghị.
Phát huy vai trò người có uy tín trong giải phóng mặt bằng đường nối Sa Pa
Ngày 20/4, Ban Dân vận Tỉnh ủy Lào Cai phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt, đối thoại với 176 người có uy tín trong đồng bào dân tộc thiểu số vùng dự án đường nối thành phố Lào Cai - Sa Pa năm 2017.
Tới dự có các đồng chí: Giàng Seo Phử, Phó Bí thư Thường trực Tỉnh ủy; Lý Thị Vinh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Hoàng Quốc Khánh, Phó Chủ tịch Thường trực UBND tỉnh.
Báo cáo tại hội nghị cho biết, dự án đi qua 9 xã của huyện Sa Pa, huyện Bát Xát và thành phố Lào Cai, phải thu hồi trên 132 ha đất của 1.043 hộ, trong đó 684 hộ là đồng bào Mông, Dao, Giáy. Sau 4 tháng triển khai Kế hoạch số 24-KH/TU ngày 15/12/2016 của Tỉnh ủy, đã có 958 hộ nhận tiền bồi thường với tổng số tiền 214,6 tỷ đồng, đạt 91,8%; 85 hộ còn vướng mắc về nguồn gốc đất, mồ mả và đất rừng cộng đồng.
Nhiều người có uy tín đã trực tiếp đến từng nhà vận động. Ông Sùng A Páo, trưởng dòng họ Sùng ở thôn Sả Séng, xã Tả Phìn, kể: "Họ Sùng có 37 hộ trong diện thu hồi, lúc đầu còn lo, mình nói con cháu nghe theo Đảng, nay đã bàn giao hết". Bà Tẩn Thị Mẩy, người có uy tín thôn Tả Chải, xã Tả Van, đã vận động 12 hộ di dời 26 ngôi mộ đúng phong tục người Dao.
Các ý kiến đề nghị tỉnh sớm xây dựng 2 khu tái định cư tập trung ở xã Lao Chải và xã Tả Van; hỗ trợ giống cây trồng, chuyển đổi nghề cho khoảng 400 lao động; có chính sách riêng cho đất rừng do cộng đồng thôn quản lý theo Nghị định 47/2014/NĐ-CP của Chính phủ.
Phát biểu tại hội nghị, đồng chí Giàng Seo Phử ghi nhận đóng góp của đội ngũ người có uy tín, khẳng định tỉnh sẽ thực hiện đầy đủ chế độ đối với người có uy tín theo Quyết định 56/2013/QĐ-TTg của Thủ tướng Chính phủ; đề nghị mỗi người có uy tín tiếp tục là "cầu nối" giữa Đảng, chính quyền với nhân dân, không để kẻ xấu lợi dụng kích động khiếu kiện.
Đồng chí Lý Thị Vinh đề nghị các cấp ủy thực hiện tốt Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận và công tác dân tộc; Ủy ban MTTQ các xã tổ chức giám sát việc chi trả bồi thường công khai.
Dịp này, Ban tổ chức tặng 176 suất quà, mỗi suất trị giá 500.000 đồng, cho các đại biểu dự hội nghị.
Minh Ngọc
Tin liên quan
- Bát Xát: đối thoại với hộ dân vùng dự án thủy điện (10/04/2017)
- Sa Pa ra quân vận động giải phóng mặt bằng (28/03/2017)
- Hội nghị người có uy tín huyện Mường Khương (15/03/2017)
""", "2017-04-21", "Phát huy vai trò người có uy tín trong giải phóng mặt bằng đường nối Sa Pa",
E("hoi_nghi", "2017", "2017-04-20"),
[P("Giàng Seo Phử", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lý Thị Vinh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Quốc Khánh", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Sùng A Páo", "trưởng dòng họ Sùng ở thôn Sả Séng"),
 P("Tẩn Thị Mẩy", "người có uy tín thôn Tả Chải")],
[Q("176 người có uy tín", 176, "người có uy tín"), Q("9 xã", 9, "xã"), Q("trên 132 ha", 132, "ha", "over"),
 Q("1.043 hộ", 1043, "hộ"), Q("684 hộ", 684, "hộ"), Q("958 hộ", 958, "hộ"), Q("214,6 tỷ đồng", 214600000000, "đồng"),
 Q("91,8%", 91.8, "%"), Q("85 hộ", 85, "hộ"), Q("37 hộ", 37, "hộ"), Q("12 hộ", 12, "hộ"), Q("26 ngôi mộ", 26, "ngôi mộ"),
 Q("2 khu tái định cư tập trung", 2, "khu tái định cư tập trung"), Q("khoảng 400 lao động", 400, "lao động", "approx"),
 Q("176 suất quà", 176, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "24", "KH/TU", "2016-12-15", "Tỉnh ủy", "Kế hoạch số 24-KH/TU ngày 15/12/2016"),
 D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 47/2014/NĐ-CP"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 56/2013/QĐ-TTg"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU")],
[prov("Lào Cai"), com("Tả Phìn"), com("Tả Van"), com("Lao Chải")],
["BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÀO CAI", "Bạn đang ở: Trang chủ >> Chính trị >> Dân vận",
 "Ảnh: Các đại biểu dự hội nghị.", "cầu nối", "Sa Pa"],
["Thứ Sáu, 21/04/2017 - 14:45", "năm 2017", "4 tháng"]))

PAGES.append(page("b4908-daklak-hnd-daihoi-hoagiai-2018", """
Hội Nông dân tỉnh Đắk Lắk
Trang chủ › Hoạt động cơ sở › Tin tức
23/11/2018 - 08:30
Đại hội Hội Nông dân xã Ea Tu: Nông dân chung tay hòa giải tranh chấp đất rẫy
Ngày 21/11/2018, Hội Nông dân xã Ea Tu, thành phố Buôn Ma Thuột tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2018 - 2023. Về dự có đồng chí Y Ngông Niê Kdăm, Phó Chủ tịch Hội Nông dân tỉnh; đồng chí Lê Văn Thuận, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Buôn Ma Thuột; đồng chí H'Bla Êban, Bí thư Đảng ủy xã Ea Tu, cùng 118 đại biểu đại diện cho 1.352 hội viên của 14 chi hội.
Đồng chí Y Ngông Niê Kdăm tặng hoa chúc mừng Đại hội.
Báo cáo tại Đại hội cho biết, nhiệm kỳ 2013 - 2018, Hội đã phát triển 286 hội viên mới; vận động hội viên hiến 4.600 m2 đất, đóng góp hơn 1,8 tỷ đồng làm 6,2 km đường giao thông nông thôn. Nổi bật, Hội phối hợp với các tổ hòa giải buôn giải quyết 58 vụ tranh chấp đất rẫy giữa các hộ đồng bào Êđê với hộ di cư tự do, hòa giải thành 51 vụ, không có vụ việc nào phải đưa lên thành phố. Hội cũng vận động 73 hộ bàn giao mặt bằng cho dự án mở rộng Tỉnh lộ 2 đi qua buôn Kô Tam và buôn Ea Tu.
Ông Y Suôn Mlô, Chi hội trưởng Chi hội nông dân buôn Kô Tam, chia sẻ: mỗi vụ tranh chấp đều được mời già làng, trưởng buôn cùng ngồi nghe hai bên theo luật tục, rồi mới giải thích quy định của Luật Đất đai năm 2013. Bà Nguyễn Thị Hương, hội viên thôn 3, đã tự nguyện trả lại 0,3 ha đất lấn chiếm cho buôn để làm sân văn hóa.
Phát biểu chỉ đạo, đồng chí Y Ngông Niê Kdăm đề nghị Hội Nông dân xã tiếp tục thực hiện Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam", Quyết định số 81/2014/QĐ-TTg của Thủ tướng Chính phủ về phối hợp giữa các cấp Hội Nông dân với UBND các cấp trong việc giải quyết khiếu nại, tố cáo của nông dân, và Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy; phấn đấu 100% tranh chấp đất đai trong nông dân được hòa giải tại cơ sở.
Đồng chí Lê Văn Thuận đề nghị Hội phát huy vai trò hội viên trong tổ tự quản, tham gia tiếp công dân cùng UBND xã mỗi tháng 1 lần theo Quy chế phối hợp số 03-QCPH/HND-UBND.
Đại hội đã bầu Ban Chấp hành khóa mới gồm 11 đồng chí. Đồng chí Y Bhiơ Byă được tín nhiệm giữ chức Chủ tịch Hội Nông dân xã Ea Tu khóa IX; đồng chí Trần Văn Lượng được bầu làm Phó Chủ tịch Hội Nông dân xã. Đại hội bầu 5 đại biểu đi dự Đại hội Hội Nông dân thành phố.
Thu Hà
Tin khác
- Ea Kao: đối thoại với nông dân về giá đất bồi thường (15/11/2018)
- Hội Nông dân tỉnh tập huấn hòa giải cho chi hội trưởng (08/11/2018)
- Krông Pắc: 200 hộ nhận hỗ trợ giống cà phê (30/10/2018)
""", "2018-11-23", "Đại hội Hội Nông dân xã Ea Tu: Nông dân chung tay hòa giải tranh chấp đất rẫy",
E("dai_hoi", None, "2018-11-21"),
[P("Y Ngông Niê Kdăm", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Văn Thuận", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Buôn Ma Thuột"),
 P("H'Bla Êban", "Bí thư Đảng ủy xã Ea Tu"),
 P("Y Suôn Mlô", "Chi hội trưởng Chi hội nông dân buôn Kô Tam"),
 P("Nguyễn Thị Hương", "hội viên thôn 3"),
 P("Y Bhiơ Byă", "Chủ tịch Hội Nông dân xã Ea Tu khóa IX"),
 P("Trần Văn Lượng", "Phó Chủ tịch Hội Nông dân xã")],
[Q("118 đại biểu", 118, "đại biểu"), Q("1.352 hội viên", 1352, "hội viên"), Q("14 chi hội", 14, "chi hội"),
 Q("286 hội viên mới", 286, "hội viên mới"), Q("4.600 m2", 4600, "m2"), Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"),
 Q("6,2 km", 6.2, "km"), Q("58 vụ tranh chấp đất rẫy", 58, "vụ tranh chấp đất rẫy"), Q("51 vụ", 51, "vụ"),
 Q("73 hộ", 73, "hộ"), Q("0,3 ha", 0.3, "ha"), Q("100%", 100, "%"), Q("11 đồng chí", 11, "đồng chí"), Q("5 đại biểu", 5, "đại biểu")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009"),
 D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Quy chế phối hợp", "03", "QCPH/HND-UBND", None, None, "Quy chế phối hợp số 03-QCPH/HND-UBND")],
[prov("Đắk Lắk"), com("Ea Tu")],
["Hội Nông dân tỉnh Đắk Lắk", "Trang chủ › Hoạt động cơ sở › Tin tức", "Đồng chí Y Ngông Niê Kdăm tặng hoa chúc mừng Đại hội.",
 "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam", "Luật Đất đai năm 2013", "Tỉnh lộ 2"],
["23/11/2018 - 08:30", "lần thứ IX", "nhiệm kỳ 2018 - 2023", "nhiệm kỳ 2013 - 2018", "khóa IX", "1 lần", "11 đồng chí", "Tỉnh lộ 2", "thôn 3"]))

PAGES.append(page("b4909-cantho-baocao-tiepcongdan-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Tin tức > Tiếp công dân - Khiếu nại, tố cáo
Cập nhật lúc 17:20 ngày 20/12/2019
Hôm nay: Thứ Sáu, 27/12/2019
Năm 2019, các cấp tiếp 6.214 lượt công dân, hơn 70% liên quan đất đai
Theo Báo cáo số 318/BC-UBND ngày 18/12/2019 của UBND thành phố Cần Thơ về kết quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2019, các cơ quan hành chính ba cấp đã tiếp 6.214 lượt công dân với 5.187 vụ việc; có 42 đoàn đông người. Hơn 70% nội dung liên quan đến bồi thường, hỗ trợ, tái định cư khi thu hồi đất cho các dự án khu đô thị Nam Cần Thơ, khu tái định cư Cửu Long và tuyến đường Vành đai phía Tây.
Lãnh đạo UBND thành phố tiếp công dân định kỳ tại Ban Tiếp công dân thành phố. Ảnh: Bảo Anh
Chủ tịch UBND thành phố và các Phó Chủ tịch đã tiếp định kỳ 24 buổi, tiếp đột xuất 9 buổi. Các cơ quan tiếp nhận 2.873 đơn, trong đó 1.946 đơn đủ điều kiện xử lý; đã giải quyết 268/297 vụ việc khiếu nại thuộc thẩm quyền, đạt 90,2%; qua giải quyết đã trả lại cho công dân hơn 3,1 tỷ đồng và 2.460 m2 đất.
Báo cáo nêu rõ, thực hiện Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo, Kết luận số 14-KL/TU của Ban Thường vụ Thành ủy, các quận, huyện đã rà soát 38 vụ việc phức tạp, tồn đọng, kéo dài; đã giải quyết dứt điểm 29 vụ việc. Ủy ban MTTQ Việt Nam thành phố và các đoàn thể đã tham gia 112 cuộc đối thoại, hòa giải tại cơ sở.
Đồng chí Trương Quang Hoài, Phó Chủ tịch UBND thành phố, đánh giá nhiều quận đã chủ động đối thoại ngay từ khi công bố quy hoạch. Quận Cái Răng có phường Hưng Thạnh và phường Phú Thứ không phát sinh đơn vượt cấp. Tuy nhiên, còn khoảng 15% số vụ việc giải quyết quá thời hạn; một số cán bộ tiếp dân chưa thực hiện đúng Nghị định số 64/2014/NĐ-CP và Thông tư số 07/2014/TT-TTCP.
Ông Lâm Văn Mẫn, Phó Trưởng Ban Tiếp công dân thành phố, cho biết trong năm đã hướng dẫn, giải thích 1.320 lượt người; chuyển 386 đơn đến cơ quan có thẩm quyền. Bà Huỳnh Thị Kiều Oanh, Trưởng Ban Dân vận Quận ủy Ninh Kiều, đề nghị gắn việc tiếp công dân của người đứng đầu với Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị.
Năm 2020, UBND thành phố đề ra Kế hoạch số 09/KH-UBND về giải quyết 100% vụ việc tồn đọng, không để hình thành "điểm nóng", phấn đấu tỷ lệ giải quyết đạt trên 90%. Các quận, huyện được yêu cầu bố trí ít nhất 2 công chức chuyên trách tiếp công dân.
Bảo Anh
Tin liên quan
- Cái Răng: đối thoại với 120 hộ dân dự án khu tái định cư (10/12/2019)
- Ninh Kiều tổng kết công tác dân vận chính quyền (05/12/2019)
- Thanh tra thành phố giao ban quý III (08/10/2019)
""", "2019-12-20", "Năm 2019, các cấp tiếp 6.214 lượt công dân, hơn 70% liên quan đất đai",
E("bao_cao", "2019", "2019-12-18"),
[P("Trương Quang Hoài", "Phó Chủ tịch UBND thành phố"),
 P("Lâm Văn Mẫn", "Phó Trưởng Ban Tiếp công dân thành phố"),
 P("Huỳnh Thị Kiều Oanh", "Trưởng Ban Dân vận Quận ủy Ninh Kiều")],
[Q("6.214 lượt công dân", 6214, "lượt công dân"), Q("hơn 70%", 70, "%", "over"), Q("5.187 vụ việc", 5187, "vụ việc"),
 Q("42 đoàn đông người", 42, "đoàn đông người"), Q("24 buổi", 24, "buổi"), Q("9 buổi", 9, "buổi"), Q("2.873 đơn", 2873, "đơn"),
 Q("1.946 đơn", 1946, "đơn"), Q("268/297 vụ việc khiếu nại", 268, "vụ việc khiếu nại"), Q("90,2%", 90.2, "%"),
 Q("hơn 3,1 tỷ đồng", 3100000000, "đồng", "over"), Q("2.460 m2", 2460, "m2"), Q("38 vụ việc phức tạp", 38, "vụ việc phức tạp"),
 Q("29 vụ việc", 29, "vụ việc"), Q("112 cuộc đối thoại", 112, "cuộc đối thoại"), Q("khoảng 15%", 15, "%", "approx"),
 Q("1.320 lượt người", 1320, "lượt người"), Q("386 đơn", 386, "đơn"), Q("100%", 100, "%"), Q("trên 90%", 90, "%", "over"),
 Q("ít nhất 2 công chức", 2, "công chức", "over")],
[D("Báo cáo", "318", "BC-UBND", "2019-12-18", "UBND thành phố Cần Thơ", "Báo cáo số 318/BC-UBND ngày 18/12/2019"),
 D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014"),
 D("Kết luận", "14", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận số 14-KL/TU"),
 D("Nghị định", "64", "2014/NĐ-CP", None, None, "Nghị định số 64/2014/NĐ-CP"),
 D("Thông tư", "07", "2014/TT-TTCP", None, None, "Thông tư số 07/2014/TT-TTCP"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "09", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 09/KH-UBND")],
[prov("Cần Thơ"), com("Hưng Thạnh"), com("Phú Thứ")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ", "Tin tức > Tiếp công dân - Khiếu nại, tố cáo",
 "Lãnh đạo UBND thành phố tiếp công dân định kỳ tại Ban Tiếp công dân thành phố. Ảnh: Bảo Anh", "Hôm nay: Thứ Sáu, 27/12/2019", "điểm nóng"],
["Cập nhật lúc 17:20 ngày 20/12/2019", "Hôm nay: Thứ Sáu, 27/12/2019", "năm 2019", "Năm 2020"]))

PAGES.append(page("b4910-nghean-traoqua-taidinhcu-2020", """
Báo Nghệ An điện tử
Thời sự › Xã hội › Dân vận
Thứ Sáu, 17/01/2020 - 16:10
Trao 650 suất quà Tết cho hộ tái định cư thủy điện Bản Vẽ
(Baonghean.vn) - Ngày 16/1, đoàn công tác của Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh Nghệ An do đồng chí Lữ Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã thăm, chúc Tết và trao 650 suất quà cho các hộ tái định cư dự án thủy điện Bản Vẽ tại huyện Thanh Chương và huyện Tương Dương.
Đồng chí Lữ Thị Hoa trao quà cho người dân bản Hạnh Tiến. Ảnh: Thanh Lê
Mỗi suất quà gồm 500.000 đồng tiền mặt và 10 kg gạo, tổng trị giá hơn 390 triệu đồng, do Quỹ "Vì người nghèo" tỉnh và các doanh nghiệp ủng hộ. Cùng đi có các đồng chí: Vi Văn Sơn, Phó Chủ tịch Ủy ban MTTQ tỉnh; Lô Thị Kim Ngân, Phó Trưởng Ban Dân tộc tỉnh; Moong Văn Hoàn, HUV, Trưởng Ban Dân vận Huyện ủy Tương Dương.
Tại xã Thanh Sơn (huyện Thanh Chương), nơi có 3 bản tái định cư với 412 hộ đồng bào Thái, Khơ Mú từ lòng hồ chuyển đến, đồng chí Lữ Thị Hoa ghi nhận sau hơn 10 năm, đời sống bà con từng bước ổn định; tỷ lệ hộ nghèo giảm từ 78% xuống còn 41,5%. Tuy nhiên, còn 96 hộ thiếu đất sản xuất, một số hộ quay về nơi ở cũ; nhiều kiến nghị về đất sản xuất chưa được giải quyết dứt điểm.
Ông Lương Văn Thuận, Bí thư Chi bộ kiêm Trưởng bản Hạnh Tiến, phản ánh: mỗi hộ chỉ được cấp khoảng 0,5 ha đất sản xuất, đất xấu, xa nơi ở; bà con mong tỉnh sớm triển khai phương án giao bổ sung đất rừng. Bà Xồng Y Dợ, người có uy tín bản Cha Nga, đề nghị hỗ trợ nước sinh hoạt cho 64 hộ đang phải gánh nước suối.
Đồng chí Lữ Thị Hoa đề nghị chính quyền các xã tiếp tục thực hiện Quyết định số 64/2014/QĐ-TTg của Thủ tướng Chính phủ về chính sách đặc thù di dân, tái định cư các dự án thủy lợi, thủy điện và Kế hoạch số 175-KH/TU của Ban Thường vụ Tỉnh ủy; đồng thời giao Ban Dân vận Tỉnh ủy theo dõi, đôn đốc việc giải quyết 23 kiến nghị tồn đọng của người dân. Đồng chí khẳng định việc chăm lo cho đồng bào tái định cư là trách nhiệm của cả hệ thống chính trị, thể hiện tinh thần "lá lành đùm lá rách".
Cũng trong chuyến công tác, đoàn đã đến thăm, tặng 20 suất quà cho gia đình chính sách và 15 chiếc xe đạp cho học sinh vượt khó ở xã Tam Quang, xã Yên Na (huyện Tương Dương), mỗi xe trị giá 1,5 triệu đồng. Trước đó, Ủy ban MTTQ huyện Tương Dương đã vận động xây mới 12 ngôi nhà Đại đoàn kết cho hộ nghèo vùng tái định cư theo Hướng dẫn số 05-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh.
Thanh Lê
Tin liên quan
- Tương Dương: đối thoại với hộ dân vùng lòng hồ (09/01/2020)
- Ủy ban MTTQ tỉnh trao 1.000 suất quà Tết cho hộ nghèo (06/01/2020)
- Kỳ Sơn vận động đồng bào Mông không di cư tự do (25/12/2019)
""", "2020-01-17", "Trao 650 suất quà Tết cho hộ tái định cư thủy điện Bản Vẽ",
E("trao_qua", None, "2020-01-16"),
[P("Lữ Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lô Thị Kim Ngân", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Moong Văn Hoàn", "HUV", "Trưởng Ban Dân vận Huyện ủy Tương Dương"),
 P("Lương Văn Thuận", "Bí thư Chi bộ kiêm Trưởng bản Hạnh Tiến"),
 P("Xồng Y Dợ", "người có uy tín bản Cha Nga")],
[Q("650 suất quà", 650, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"),
 Q("hơn 390 triệu đồng", 390000000, "đồng", "over"), Q("3 bản tái định cư", 3, "bản tái định cư"),
 Q("412 hộ đồng bào Thái, Khơ Mú", 412, "hộ đồng bào Thái, Khơ Mú"), Q("78%", 78, "%"), Q("41,5%", 41.5, "%"),
 Q("96 hộ", 96, "hộ"), Q("khoảng 0,5 ha", 0.5, "ha", "approx"), Q("64 hộ", 64, "hộ"), Q("23 kiến nghị tồn đọng", 23, "kiến nghị tồn đọng"),
 Q("20 suất quà", 20, "suất quà"), Q("15 chiếc xe đạp", 15, "chiếc xe đạp"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("12 ngôi nhà Đại đoàn kết", 12, "ngôi nhà Đại đoàn kết")],
[D("Quyết định", "64", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 64/2014/QĐ-TTg"),
 D("Kế hoạch", "175", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 175-KH/TU"),
 D("Hướng dẫn", "05", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 05-HD/MTTQ-BTT")],
[prov("Nghệ An"), com("Thanh Sơn"), com("Tam Quang"), com("Yên Na")],
["Báo Nghệ An điện tử", "Thời sự › Xã hội › Dân vận", "(Baonghean.vn)", "Đồng chí Lữ Thị Hoa trao quà cho người dân bản Hạnh Tiến. Ảnh: Thanh Lê",
 "Vì người nghèo", "lá lành đùm lá rách", "Bản Vẽ"],
["Thứ Sáu, 17/01/2020 - 16:10", "hơn 10 năm"]))

PAGES.append(page("b4911-quangninh-phongsu-vandong-gpmb-2021", """
BÁO QUẢNG NINH
Trang chủ | Chính trị | Xây dựng Đảng | Dân vận
Thứ Ba, 14/09/2021 - 07:30
Khi lòng dân đã thuận: chuyện giải phóng mặt bằng ở xã Đoàn Kết
Bài 2: Người đứng đầu đến từng nhà
Xã Đoàn Kết (huyện Vân Đồn) từng là "điểm nóng" về khiếu kiện đất đai với 27 hộ liên tục gửi đơn vượt cấp trong 3 năm liền. Nay, xã đã bàn giao đủ 64,3 ha mặt bằng cho dự án đường cao tốc Vân Đồn - Móng Cái mà không phải cưỡng chế trường hợp nào.
Ông Đặng Văn Chằn (bên phải) trò chuyện với cán bộ xã. Ảnh: Hoàng Quỳnh
Chìa khóa, theo đồng chí Bàn Văn Thắng, Bí thư Đảng ủy, Chủ tịch HĐND xã Đoàn Kết, nằm ở việc người đứng đầu trực tiếp tiếp dân. Từ khi thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương và Kết luận 72, 73-KL/HU của Ban Thường vụ Huyện ủy Vân Đồn, Thường trực Đảng ủy xã tiếp công dân mỗi tháng 2 lần, tổ chức 18 buổi đối thoại ở 6 thôn; mỗi thành viên Ban Thường vụ Đảng ủy phụ trách 1 thôn.
Ông Đặng Văn Chằn, người có uy tín thôn Khe Ngái, người Dao Thanh Phán, nhớ lại: "Lúc đầu dân không tin, vì có nhà bị thu hồi 2.000 m2 đất rừng mà tiền bồi thường chỉ được vài chục triệu. Cán bộ xã đến nhà 5, 6 lần, cầm tờ bản đồ giải thích từng thửa, rồi mời đoàn của huyện về đo lại". Sau khi đo đạc lại, 142 thửa đất được điều chỉnh diện tích, 39 hộ được bổ sung tiền bồi thường tổng cộng hơn 4,2 tỷ đồng.
Theo bà Lý Thị Mai, Chủ tịch Ủy ban MTTQ xã, Mặt trận đã cử 12 cán bộ tham gia Hội đồng bồi thường, giám sát việc kiểm đếm, công khai phương án tại nhà văn hóa thôn trong 20 ngày. Hội Phụ nữ xã vận động 31 chị em trong diện thu hồi đất tham gia lớp học nghề may, chế biến hải sản do huyện hỗ trợ theo Nghị quyết số 06/2020/NQ-HĐND của HĐND tỉnh.
Đồng chí Hoàng Văn Phúc, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Dân vận Huyện ủy Vân Đồn, cho rằng cách làm của xã Đoàn Kết đã được huyện nhân rộng ra 11 xã, thị trấn; số đơn thư về đất đai toàn huyện giảm 46% so với năm 2019. Tỉnh Quảng Ninh cũng đang áp dụng Chỉ thị 19-CT/TU của Ban Thường vụ Tỉnh ủy về tiếp công dân của người đứng đầu ở các xã có dự án lớn.
Bà Triệu Thị Sinh, thôn Đài Van, một trong 27 hộ từng gửi đơn, nay đã nhận 1,2 tỷ đồng bồi thường và dựng nhà mới ở khu tái định cư. "Cán bộ nói thật, làm thật thì dân nghe", bà nói.
Từ một xã "nóng", Đoàn Kết nay có 3 mô hình "Dân vận khéo" cấp tỉnh; 95% hộ dân tái định cư đã có nhà kiên cố.
Bài, ảnh: Hoàng Quỳnh
Bài viết liên quan
- Bài 1: Vân Đồn và bài toán quỹ đất (13/09/2021)
- Móng Cái: hơn 300 hộ bàn giao mặt bằng cao tốc (02/09/2021)
- Hải Hà tổ chức đối thoại với người dân vùng dự án (25/08/2021)
""", "2021-09-14", "Khi lòng dân đã thuận: chuyện giải phóng mặt bằng ở xã Đoàn Kết",
E("khac", None, None),
[P("Bàn Văn Thắng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Đoàn Kết"),
 P("Đặng Văn Chằn", "người có uy tín thôn Khe Ngái"),
 P("Lý Thị Mai", "Chủ tịch Ủy ban MTTQ xã"), P("Triệu Thị Sinh"),
 P("Hoàng Văn Phúc", "Phó Bí thư Thường trực Huyện ủy", "Trưởng Ban Dân vận Huyện ủy Vân Đồn")],
[Q("27 hộ", 27, "hộ"), Q("64,3 ha", 64.3, "ha"), Q("18 buổi đối thoại", 18, "buổi đối thoại"), Q("6 thôn", 6, "thôn"),
 Q("2.000 m2", 2000, "m2"), Q("142 thửa đất", 142, "thửa đất"), Q("39 hộ", 39, "hộ"),
 Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("12 cán bộ", 12, "cán bộ"), Q("31 chị em", 31, "chị em"),
 Q("11 xã, thị trấn", 11, "xã, thị trấn"), Q("46%", 46, "%"), Q("3 mô hình", 3, "mô hình"), Q("95%", 95, "%")],
[D("Quy định", "08", "QĐi/TW", "2018-10-25", "Ban Chấp hành Trung ương", "Quy định số 08-QĐi/TW ngày 25/10/2018"),
 D("Kết luận", "72", "KL/HU", None, "Ban Thường vụ Huyện ủy Vân Đồn", "Kết luận 72, 73-KL/HU"),
 D("Kết luận", "73", "KL/HU", None, "Ban Thường vụ Huyện ủy Vân Đồn", "Kết luận 72, 73-KL/HU"),
 D("Nghị quyết", "06", "2020/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 06/2020/NQ-HĐND"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19-CT/TU")],
[prov("Quảng Ninh"), com("Đoàn Kết")],
["BÁO QUẢNG NINH", "Trang chủ | Chính trị | Xây dựng Đảng | Dân vận", "Bài 2: Người đứng đầu đến từng nhà",
 "Ông Đặng Văn Chằn (bên phải) trò chuyện với cán bộ xã. Ảnh: Hoàng Quỳnh", "điểm nóng", "Dân vận khéo"],
["Thứ Ba, 14/09/2021 - 07:30", "3 năm", "2 lần", "1 thôn", "20 ngày", "5, 6 lần", "Bài 2", "năm 2019"]))

PAGES.append(page("b4912-kontum-giaoban-thang9-2022", """
Ban Dân vận Tỉnh ủy Kon Tum
You are here: Trang chủ › Tin tức - Sự kiện › Hoạt động của Ban
Thứ Tư, 05/10/2022 - 09:40
Toàn cảnh buổi giao ban.
Giao ban khối dân vận tháng 9: tập trung nắm tình hình vùng dự án hồ chứa và tranh chấp đất rừng
Sáng 4/10, Ban Dân vận Tỉnh ủy Kon Tum tổ chức giao ban khối dân vận tỉnh tháng 9/2022. Đồng chí Y Mửi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí A Khoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đại diện lãnh đạo Hội Nông dân, Hội Liên hiệp Phụ nữ, Tỉnh đoàn, Hội Cựu chiến binh tỉnh và Thanh tra tỉnh.
Theo báo cáo, trong tháng 9 tình hình nhân dân cơ bản ổn định; tuy nhiên tại xã Ia Chim, xã Đắk Năng (thành phố Kon Tum) và xã Đắk Ui (huyện Đắk Hà) có 4 vụ tranh chấp đất rừng giữa người dân với Công ty TNHH MTV Lâm nghiệp Đắk Tô, liên quan khoảng 85 ha. Khối dân vận đã phối hợp vận động 37 hộ đồng bào Xơ Đăng, Ba Na nhận tiền bồi thường, bàn giao mặt bằng dự án hồ chứa nước Đắk Pokei; còn 11 hộ chưa đồng thuận.
Trong tháng, Ban Tiếp công dân tỉnh tiếp 47 lượt công dân, tiếp nhận 29 đơn thư; lãnh đạo tỉnh tiếp định kỳ 1 buổi theo Quy định số 11-QĐi/TW của Bộ Chính trị. Các cấp Hội đã hòa giải thành 6/8 vụ việc mâu thuẫn trong nội bộ nhân dân.
Đồng chí A Pớt, HUV, Trưởng Ban Dân vận Huyện ủy Đắk Hà, cho biết huyện đã tổ chức 3 cuộc đối thoại giữa Chủ tịch UBND huyện với người dân xã Đắk Ui; đồng chí Y Thị Bích Hương, Phó Trưởng Ban Dân vận Thành ủy Kon Tum, đề nghị tỉnh chỉ đạo công ty lâm nghiệp rà soát, bàn giao 320 ha đất về địa phương theo Nghị quyết số 30-NQ/TW ngày 12/3/2014 của Bộ Chính trị và Nghị định 118/2014/NĐ-CP của Chính phủ.
Đại diện Thanh tra tỉnh, ông Nguyễn Đình Tân, Phó Chánh Thanh tra tỉnh, thông tin về việc thực hiện Kế hoạch số 79/KH-UBND của UBND tỉnh về giải quyết các vụ việc khiếu nại tồn đọng; đến nay đã giải quyết 14 trên tổng số 19 vụ việc.
Kết luận giao ban, đồng chí Y Mửi đề nghị trong tháng 10 các cơ quan thành viên triển khai Kết luận 04, 05-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong các dự án có thu hồi đất; huy động ít nhất 200 đoàn viên thanh niên tham gia đội hình hỗ trợ người dân tháo dỡ nhà cửa; phối hợp với Ủy ban MTTQ tỉnh tổ chức hội nghị đối thoại với người có uy tín ở 9 xã có rừng tranh chấp; phấn đấu 100% vụ việc mới phát sinh được nắm và xử lý ngay tại cơ sở.
Đồng chí cũng yêu cầu Phòng Dân vận chính quyền và Dân tộc - Tôn giáo của Ban tham mưu báo cáo chuyên đề về tình hình khiếu kiện đất đai gửi Thường trực Tỉnh ủy trước ngày 20/10/2022.
H'Lan
Lượt xem: 652
Tin khác
- Đắk Tô: đối thoại với người dân về đất rừng (28/09/2022)
- Ban Dân vận Tỉnh ủy giao ban tháng 8/2022 (06/09/2022)
- Sa Thầy tập huấn công tác dân vận cho cán bộ thôn (25/08/2022)
""", "2022-10-05", "Giao ban khối dân vận tháng 9: tập trung nắm tình hình vùng dự án hồ chứa và tranh chấp đất rừng",
E("giao_ban", "2022-09", "2022-10-04"),
[P("Y Mửi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Khoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Pớt", "HUV", "Trưởng Ban Dân vận Huyện ủy Đắk Hà"),
 P("Y Thị Bích Hương", "Phó Trưởng Ban Dân vận Thành ủy Kon Tum"),
 P("Nguyễn Đình Tân", "Phó Chánh Thanh tra tỉnh")],
[Q("4 vụ tranh chấp đất rừng", 4, "vụ tranh chấp đất rừng"), Q("khoảng 85 ha", 85, "ha", "approx"),
 Q("37 hộ đồng bào Xơ Đăng, Ba Na", 37, "hộ đồng bào Xơ Đăng, Ba Na"), Q("11 hộ", 11, "hộ"),
 Q("47 lượt công dân", 47, "lượt công dân"), Q("29 đơn thư", 29, "đơn thư"),
 Q("6/8 vụ việc mâu thuẫn", 6, "vụ việc mâu thuẫn"), Q("3 cuộc đối thoại", 3, "cuộc đối thoại"), Q("320 ha", 320, "ha"),
 Q("14 trên tổng số 19 vụ việc", 14, "vụ việc"), Q("19 vụ việc", 19, "vụ việc"),
 Q("ít nhất 200 đoàn viên thanh niên", 200, "đoàn viên thanh niên", "over"), Q("9 xã", 9, "xã"), Q("100%", 100, "%")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Nghị quyết", "30", "NQ/TW", "2014-03-12", "Bộ Chính trị", "Nghị quyết số 30-NQ/TW ngày 12/3/2014"),
 D("Nghị định", "118", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 118/2014/NĐ-CP"),
 D("Kế hoạch", "79", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 79/KH-UBND"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU")],
[prov("Kon Tum"), com("Ia Chim"), com("Đắk Năng"), com("Đắk Ui")],
["Ban Dân vận Tỉnh ủy Kon Tum", "You are here: Trang chủ › Tin tức - Sự kiện › Hoạt động của Ban", "Toàn cảnh buổi giao ban.",
 "Lượt xem: 652", "Công ty TNHH MTV Lâm nghiệp Đắk Tô", "Đắk Pokei"],
["Thứ Tư, 05/10/2022 - 09:40", "1 buổi", "tháng 9/2022", "tháng 9", "tháng 10", "Lượt xem: 652"]))
