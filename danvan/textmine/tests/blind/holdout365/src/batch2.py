from lib import *
PAGES = []

PAGES.append(page("b8723-kontum-ubkt-giamsat-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH KON TUM
Trang chủ > Hoạt động của Đảng bộ > Kiểm tra - Giám sát
23/06/2017 - 10:05
UBKT Tỉnh ủy giám sát chuyên đề tại Đảng ủy xã Đăk Tơ Lung
Ngày 21/6/2017, Đoàn giám sát số 3 của Ủy ban Kiểm tra Tỉnh ủy Kon Tum do đồng chí A Blưi, Ủy viên UBKT Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Đảng ủy xã Đăk Tơ Lung (huyện Kon Rẫy) theo chương trình giám sát chuyên đề năm 2017 của UBKT Tỉnh ủy.
Nội dung giám sát là việc lãnh đạo, chỉ đạo thực hiện Quy định số 30-QĐ/TW ngày 26/7/2016 của Ban Chấp hành Trung ương và việc học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; việc quản lý, thu nộp đảng phí từ tháng 1/2016 đến tháng 5/2017.
Báo cáo của Đảng ủy xã do đồng chí Y Hiền, Bí thư Đảng ủy xã trình bày cho biết, Đảng bộ xã có 14 chi bộ với 312 đảng viên, trong đó 187 đảng viên là người Xơ Đăng, Ba Na. Từ đầu năm 2016 đến nay, Ban Thường vụ Đảng ủy đã kiểm tra 6 chi bộ, 11 đảng viên; UBKT Đảng ủy xã giám sát 3 chi bộ thôn, kiểm tra 4 đảng viên khi có dấu hiệu vi phạm, qua đó đề nghị thi hành kỷ luật khiển trách 2 đảng viên vi phạm chính sách dân số và 1 đảng viên tham gia tranh chấp đất rẫy. Việc thu đảng phí đạt 100% so với kế hoạch, với hơn 8,6 triệu đồng; trích nộp cấp trên đúng tỷ lệ.
Đồng chí A Đin, Phó Bí thư Thường trực Đảng ủy xã, Chủ nhiệm UBKT Đảng ủy xã cho biết, cán bộ kiểm tra của xã đều kiêm nhiệm, có 2/5 ủy viên UBKT chưa qua lớp bồi dưỡng nghiệp vụ; một số chi bộ thôn ghi sổ sách kiểm tra chưa đầy đủ, biên bản sơ sài.
Qua giám sát, đoàn ghi nhận Đảng ủy xã đã cụ thể hóa Chỉ thị 05-CT/TW bằng việc đăng ký 5 mô hình "làm theo" ở các thôn Kon Bỉ, Đăk Pơ Rang; vận động nhân dân hiến hơn 3.000 m2 đất làm đường liên thôn. Tuy vậy, Đảng ủy chưa ban hành quy chế làm việc của UBKT nhiệm kỳ mới; chương trình kiểm tra, giám sát năm 2017 ban hành chậm; còn 3 đảng viên nợ đảng phí trên 6 tháng.
Phát biểu tại buổi làm việc, đồng chí Đinh Thị Bích Vân, Phó Chủ nhiệm UBKT Tỉnh ủy, thành viên đoàn đề nghị Đảng ủy xã khắc phục ngay các hạn chế, bổ sung quy chế trước ngày 30/7/2017; Huyện ủy Kon Rẫy quan tâm bồi dưỡng nghiệp vụ cho ủy viên UBKT cơ sở.
Tiếp thu ý kiến, đồng chí Y Hiền cam kết trong quý III sẽ hoàn thành kế hoạch khắc phục và báo cáo kết quả về UBKT Tỉnh ủy. Theo kế hoạch, năm 2017 UBKT Tỉnh ủy giám sát chuyên đề 8 tổ chức đảng và 12 đảng viên là cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý.
Văn phòng UBKT Tỉnh ủy
Tin liên quan
- Đăk Hà: kiểm tra 4 chi bộ về thực hiện Chỉ thị 05-CT/TW (16/06/2017)
- UBKT Tỉnh ủy kỳ họp thứ 9 (08/06/2017)
- Kon Plông: tập huấn nghiệp vụ kiểm tra cho 60 cán bộ (25/05/2017)
""", "2017-06-23", "UBKT Tỉnh ủy giám sát chuyên đề tại Đảng ủy xã Đăk Tơ Lung",
E("giam_sat", "2017", "2017-06-21"),
[P("A Blưi", "Ủy viên UBKT Tỉnh ủy"),
 P("Y Hiền", "Bí thư Đảng ủy xã"),
 P("A Đin", "Phó Bí thư Thường trực Đảng ủy xã", "Chủ nhiệm UBKT Đảng ủy xã"),
 P("Đinh Thị Bích Vân", "Phó Chủ nhiệm UBKT Tỉnh ủy", "thành viên đoàn")],
[Q("14 chi bộ", 14, "chi bộ"), Q("312 đảng viên", 312, "đảng viên"), Q("187 đảng viên", 187, "đảng viên"),
 Q("6 chi bộ", 6, "chi bộ"), Q("11 đảng viên", 11, "đảng viên"), Q("3 chi bộ thôn", 3, "chi bộ thôn"),
 Q("4 đảng viên", 4, "đảng viên"), Q("2 đảng viên", 2, "đảng viên"), Q("1 đảng viên", 1, "đảng viên"),
 Q("100%", 100, "%"), Q("hơn 8,6 triệu đồng", 8600000, "đồng", "over"), Q("2/5 ủy viên UBKT", 2, "ủy viên UBKT"),
 Q("5 mô hình", 5, "mô hình"), Q("hơn 3.000 m2", 3000, "m2", "over"), Q("3 đảng viên", 3, "đảng viên"),
 Q("8 tổ chức đảng", 8, "tổ chức đảng"), Q("12 đảng viên", 12, "đảng viên")],
[D("Quy định", "30", "QĐ/TW", "2016-07-26", "Ban Chấp hành Trung ương", "Quy định số 30-QĐ/TW ngày 26/7/2016"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016")],
[prov("Kon Tum"), com("Đăk Tơ Lung")],
["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH KON TUM", "Trang chủ > Hoạt động của Đảng bộ > Kiểm tra - Giám sát",
 "Văn phòng UBKT Tỉnh ủy", "làm theo"],
["23/06/2017 - 10:05", "Đoàn giám sát số 3", "năm 2017", "tháng 1/2016", "tháng 5/2017", "trên 6 tháng", "quý III"]))

PAGES.append(page("b8724-binhduong-ubkt-baocao-2018", """
Báo Bình Dương Online
Chính trị › Xây dựng Đảng
Thứ Sáu, 21/12/2018 - 07:50
Năm 2018: Toàn Đảng bộ tỉnh thi hành kỷ luật 127 đảng viên
(BDO) Chiều 20/12, tại phiên họp thường kỳ của Ban Thường vụ Tỉnh ủy, đồng chí Nguyễn Thanh Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy đã trình bày báo cáo kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2018. Phiên họp do đồng chí Võ Minh Châu, Phó Bí thư Thường trực Tỉnh ủy chủ trì.
Theo Báo cáo số 215-BC/UBKTTU ngày 18/12/2018 của UBKT Tỉnh ủy, trong năm cấp ủy các cấp đã kiểm tra 1.146 tổ chức đảng và 2.387 đảng viên; giám sát 904 tổ chức đảng, 1.962 đảng viên. UBKT các cấp kiểm tra 73 đảng viên, 9 tổ chức đảng khi có dấu hiệu vi phạm; kết luận 61 đảng viên có vi phạm, trong đó 42 trường hợp phải thi hành kỷ luật.
Toàn Đảng bộ đã thi hành kỷ luật 127 đảng viên, tăng 14 trường hợp so với năm 2017. Theo địa bàn, Đảng bộ thành phố Thủ Dầu Một có 18 đảng viên bị kỷ luật, thị xã Thuận An 16 đảng viên, thị xã Dĩ An 14 đảng viên, Bến Cát 11 đảng viên; các đảng bộ còn lại đều có đảng viên bị kỷ luật nhưng với số lượng ít hơn. Có 4 tổ chức đảng bị kỷ luật, trong đó có Chi bộ Ban quản lý dự án đầu tư xây dựng thị xã Tân Uyên.
Qua kiểm tra tài chính, UBKT các cấp đã kiến nghị thu hồi trên 2,3 tỷ đồng, phần lớn là các khoản chi sai định mức trong xây dựng cơ bản. UBKT Tỉnh ủy tiếp nhận 186 đơn thư, trong đó 58 đơn tố cáo đủ điều kiện giải quyết; đã giải quyết 53 đơn, đạt 91,4%.
Năm 2018, UBKT Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy triển khai Quy định số 102-QĐ/TW ngày 15/11/2017 của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm và Quy định số 07-QĐi/TW ngày 28/8/2018 của Bộ Chính trị về xử lý kỷ luật tổ chức đảng vi phạm đến 100% chi bộ. UBKT Tỉnh ủy cũng ban hành Hướng dẫn số 11-HD/UBKTTU về kiểm tra việc kê khai tài sản, thu nhập.
Một số vụ việc điển hình được nêu trong báo cáo: ông Trần Quốc Tuấn, Đảng ủy viên, Phó Chủ tịch UBND phường Thuận Giao bị cách chức tất cả các chức vụ trong Đảng do sai phạm trong quản lý trật tự xây dựng; bà Lê Thị Ngọc Thúy, Bí thư Chi bộ ấp Bàu Bàng, xã An Tây bị cảnh cáo do để xảy ra sai phạm thu chi quỹ của ấp.
Góp ý vào báo cáo, đồng chí Phạm Văn Thắng, Trưởng Ban Tổ chức Tỉnh ủy và đồng chí Đỗ Thị Kim Liên, Phó Chủ nhiệm UBKT Tỉnh ủy đề nghị bổ sung phần phân tích nguyên nhân vi phạm ở các đảng bộ khu công nghiệp. Kết luận phiên họp, đồng chí Võ Minh Châu thống nhất với báo cáo và giao UBKT Tỉnh ủy hoàn chỉnh, ban hành chương trình kiểm tra, giám sát năm 2019 trước ngày 15/1/2019.
Mai Xuân
Các tin khác
- Dĩ An: giám sát 21 tổ chức đảng trong năm 2018 (14/12/2018)
- UBKT Tỉnh ủy kỳ họp thứ 27 (05/12/2018)
- Tập huấn Quy định 07-QĐi/TW cho cán bộ kiểm tra (20/11/2018)
""", "2018-12-21", "Năm 2018: Toàn Đảng bộ tỉnh thi hành kỷ luật 127 đảng viên",
E("bao_cao", "2018", "2018-12-20"),
[P("Nguyễn Thanh Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Võ Minh Châu", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Trần Quốc Tuấn", "Đảng ủy viên", "Phó Chủ tịch UBND phường Thuận Giao"),
 P("Lê Thị Ngọc Thúy", "Bí thư Chi bộ ấp Bàu Bàng"),
 P("Phạm Văn Thắng", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Đỗ Thị Kim Liên", "Phó Chủ nhiệm UBKT Tỉnh ủy")],
[Q("127 đảng viên", 127, "đảng viên"), Q("1.146 tổ chức đảng", 1146, "tổ chức đảng"), Q("2.387 đảng viên", 2387, "đảng viên"),
 Q("904 tổ chức đảng", 904, "tổ chức đảng"), Q("1.962 đảng viên", 1962, "đảng viên"), Q("73 đảng viên", 73, "đảng viên"),
 Q("9 tổ chức đảng", 9, "tổ chức đảng"), Q("61 đảng viên", 61, "đảng viên"), Q("42 trường hợp", 42, "trường hợp"),
 Q("14 trường hợp", 14, "trường hợp"), Q("18 đảng viên", 18, "đảng viên"), Q("16 đảng viên", 16, "đảng viên"),
 Q("14 đảng viên", 14, "đảng viên"), Q("11 đảng viên", 11, "đảng viên"),
 Q("4 tổ chức đảng", 4, "tổ chức đảng"), Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("186 đơn thư", 186, "đơn thư"),
 Q("58 đơn tố cáo", 58, "đơn tố cáo"), Q("53 đơn", 53, "đơn"), Q("91,4%", 91.4, "%"), Q("100% chi bộ", 100, "%")],
[D("Báo cáo", "215", "BC/UBKTTU", "2018-12-18", "UBKT Tỉnh ủy", "Báo cáo số 215-BC/UBKTTU ngày 18/12/2018"),
 D("Quy định", "102", "QĐ/TW", "2017-11-15", "Bộ Chính trị", "Quy định số 102-QĐ/TW ngày 15/11/2017"),
 D("Quy định", "07", "QĐi/TW", "2018-08-28", "Bộ Chính trị", "Quy định số 07-QĐi/TW ngày 28/8/2018"),
 D("Hướng dẫn", "11", "HD/UBKTTU", None, "UBKT Tỉnh ủy", "Hướng dẫn số 11-HD/UBKTTU")],
[prov("Bình Dương"), com("Thuận Giao"), com("An Tây")],
["Báo Bình Dương Online", "Chính trị › Xây dựng Đảng", "(BDO)", "Chi bộ Ban quản lý dự án đầu tư xây dựng thị xã Tân Uyên"],
["Thứ Sáu, 21/12/2018 - 07:50", "năm 2018", "năm 2017", "năm 2019"]))

PAGES.append(page("b8725-camau-ubkt-kyhop-2019", """
BÁO CÀ MAU ĐIỆN TỬ
Tin tức » Chính trị » Xây dựng Đảng
Thứ Sáu, 12/07/2019 - 08:40
Ảnh: Đồng chí Lê Hoàng Khởi chủ trì kỳ họp.
Cảnh cáo Bí thư Đảng ủy xã Khánh Bình Tây Bắc
(CMO) Ngày 10/7, Ủy ban Kiểm tra Tỉnh ủy Cà Mau tổ chức kỳ họp thứ 31, xem xét, kết luận nhiều nội dung quan trọng. Đồng chí Lê Hoàng Khởi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy chủ trì kỳ họp.
Xem xét báo cáo kết quả kiểm tra khi có dấu hiệu vi phạm đối với đồng chí Danh Hoàng Sơn, Huyện ủy viên, Bí thư Đảng ủy xã Khánh Bình Tây Bắc (huyện Trần Văn Thời), UBKT Tỉnh ủy kết luận: đồng chí Danh Hoàng Sơn đã thiếu trách nhiệm trong lãnh đạo, để chính quyền xã cho thuê 12,4 ha đất công không qua đấu giá, thất thu ngân sách khoảng 640 triệu đồng; chỉ đạo lập hồ sơ hỗ trợ 27 hộ không đúng đối tượng. Căn cứ Quy định 102-QĐ/TW của Bộ Chính trị, UBKT Tỉnh ủy quyết định thi hành kỷ luật đồng chí Danh Hoàng Sơn bằng hình thức cảnh cáo.
Cũng tại kỳ họp, UBKT Tỉnh ủy thi hành kỷ luật khiển trách Chi bộ Ban quản lý dự án công trình xây dựng huyện U Minh nhiệm kỳ 2017 - 2020 và 2 đảng viên: ông Thạch Sô Ky, Phó Giám đốc; bà Lý Thị Ngọc Diễm, Kế toán Ban quản lý dự án do vi phạm trong nghiệm thu, thanh toán khối lượng, làm thất thoát 2,46 tỷ đồng.
UBKT Tỉnh ủy đề nghị Ban Thường vụ Tỉnh ủy xem xét, thi hành kỷ luật đối với đồng chí Lương Thanh Nghị, nguyên Tỉnh ủy viên, nguyên Giám đốc Sở Nông nghiệp và Phát triển nông thôn do có vi phạm, khuyết điểm trong quản lý dự án nuôi tôm công nghệ cao; đồng thời xem xét trách nhiệm của đồng chí Nguyễn Văn Bé Tư, Phó Giám đốc Sở, Bí thư Chi bộ Phòng Kế hoạch - Tài chính.
Xem xét đơn khiếu nại kỷ luật của ông Tăng Văn Mến, nguyên Bí thư Chi bộ ấp 9, xã Tân Lộc, UBKT Tỉnh ủy quyết định giữ nguyên hình thức kỷ luật khiển trách theo Quyết định số 415-QĐ/UBKTHU ngày 3/4/2019 của UBKT Huyện ủy Thới Bình.
Theo UBKT Tỉnh ủy, 6 tháng đầu năm 2019, cấp ủy, UBKT các cấp đã thi hành kỷ luật 59 đảng viên; trong đó khiển trách 31 đồng chí, cảnh cáo 14 đồng chí, cách chức 2 đồng chí, khai trừ 12 đồng chí. Có 7 đảng viên bị kỷ luật là cán bộ thuộc diện cấp ủy huyện quản lý.
Kết luận kỳ họp, đồng chí Lê Hoàng Khởi yêu cầu các đồng chí ủy viên được phân công theo dõi địa bàn hướng dẫn tổ chức đảng thông báo quyết định kỷ luật trong thời hạn 15 ngày, theo dõi việc khắc phục hậu quả và thu hồi tiền thất thoát.
Hoàng Vũ
Tin liên quan
- Năm Căn: kiểm tra việc quản lý rừng phòng hộ (05/07/2019)
- Khai trừ ra khỏi Đảng 2 đảng viên vi phạm (26/06/2019)
- Tập huấn Quy định 102-QĐ/TW tại Đầm Dơi (14/06/2019)
""", "2019-07-12", "Cảnh cáo Bí thư Đảng ủy xã Khánh Bình Tây Bắc",
E("khac", None, "2019-07-10"),
[P("Lê Hoàng Khởi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm UBKT Tỉnh ủy"),
 P("Danh Hoàng Sơn", "Huyện ủy viên", "Bí thư Đảng ủy xã Khánh Bình Tây Bắc"),
 P("Thạch Sô Ky", "Phó Giám đốc"),
 P("Lý Thị Ngọc Diễm", "Kế toán Ban quản lý dự án"),
 P("Lương Thanh Nghị", "nguyên Tỉnh ủy viên", "nguyên Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Nguyễn Văn Bé Tư", "Phó Giám đốc Sở", "Bí thư Chi bộ Phòng Kế hoạch - Tài chính"),
 P("Tăng Văn Mến", "nguyên Bí thư Chi bộ ấp 9")],
[Q("12,4 ha", 12.4, "ha"), Q("khoảng 640 triệu đồng", 640000000, "đồng", "approx"), Q("27 hộ", 27, "hộ"),
 Q("2 đảng viên", 2, "đảng viên"), Q("2,46 tỷ đồng", 2460000000, "đồng"), Q("59 đảng viên", 59, "đảng viên"),
 Q("31 đồng chí", 31, "đồng chí"), Q("14 đồng chí", 14, "đồng chí"), Q("2 đồng chí", 2, "đồng chí"),
 Q("12 đồng chí", 12, "đồng chí"), Q("7 đảng viên", 7, "đảng viên")],
[D("Quy định", "102", "QĐ/TW", None, "Bộ Chính trị", "Quy định 102-QĐ/TW của Bộ Chính trị"),
 D("Quyết định", "415", "QĐ/UBKTHU", "2019-04-03", "UBKT Huyện ủy Thới Bình", "Quyết định số 415-QĐ/UBKTHU ngày 3/4/2019")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Tân Lộc")],
["BÁO CÀ MAU ĐIỆN TỬ", "Tin tức » Chính trị » Xây dựng Đảng", "Ảnh: Đồng chí Lê Hoàng Khởi chủ trì kỳ họp.", "(CMO)",
 "Chi bộ Ban quản lý dự án công trình xây dựng huyện U Minh"],
["Thứ Sáu, 12/07/2019 - 08:40", "kỳ họp thứ 31", "nhiệm kỳ 2017 - 2020", "6 tháng đầu năm 2019", "31 đồng chí", "14 đồng chí",
 "2 đồng chí", "12 đồng chí", "15 ngày", "ấp 9"]))

PAGES.append(page("b8726-hatinh-ubkt-tongket-2019", """
Báo Hà Tĩnh điện tử
Trang chủ / Chính trị / Xây dựng Đảng
27/12/2019 17:45
Hà Tĩnh: Năm 2019 thi hành kỷ luật 168 đảng viên vi phạm
(Baohatinh.vn) - Ngày 26/12, Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2019, triển khai nhiệm vụ năm 2020. Năm qua, toàn Đảng bộ đã thi hành kỷ luật 168 đảng viên vi phạm. Phó Bí thư Tỉnh ủy Trần Đình Lợi dự và chỉ đạo hội nghị.
Hình ảnh: Quang cảnh hội nghị
Đồng chí Nguyễn Thị Minh Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy cho biết, năm 2019 cấp ủy các cấp đã kiểm tra 2.018 tổ chức đảng và 4.365 đảng viên; giám sát chuyên đề 1.247 tổ chức đảng. UBKT các cấp kiểm tra 96 đảng viên và 18 tổ chức đảng khi có dấu hiệu vi phạm; kiểm tra tài chính 412 tổ chức đảng, kiến nghị thu hồi 1,86 tỷ đồng.
Các cấp đã thi hành kỷ luật 168 đảng viên, trong đó khiển trách 97, cảnh cáo 38, cách chức 6, khai trừ 27; thi hành kỷ luật 3 tổ chức đảng. Số đảng viên bị kỷ luật là cấp ủy viên chiếm khoảng 21%. Vi phạm tập trung ở lĩnh vực đất đai, khai thác khoáng sản, quản lý tài chính và thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới.
Để chuẩn bị đại hội đảng bộ các cấp theo Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, UBKT Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 125, 126-KH/TU về kiểm tra, giám sát trước đại hội và về giải quyết đơn thư liên quan đến nhân sự; thẩm tra, xác minh 214 đảng viên dự kiến giới thiệu tham gia cấp ủy.
Tại hội nghị, các đồng chí Phan Văn Toàn, Lê Thị Kim Oanh - Phó Chủ nhiệm UBKT Tỉnh ủy làm rõ kết quả giải quyết 132 đơn thư tố cáo, khiếu nại. Đồng chí Hồ Đức Long, HUV, Chủ nhiệm UBKT Huyện ủy Kỳ Anh và đồng chí Võ Thị Thanh, Bí thư Đảng ủy xã Cẩm Nhượng chia sẻ kinh nghiệm kiểm tra, giám sát việc quản lý, sử dụng đất bãi ngang ven biển.
Phát biểu chỉ đạo, đồng chí Trần Đình Lợi yêu cầu năm 2020 UBKT các cấp tập trung kiểm tra, giám sát việc chuẩn bị và tổ chức đại hội; xử lý nghiêm, kịp thời đảng viên vi phạm, "không có ngoại lệ"; giải quyết dứt điểm đơn thư trước đại hội, không để phát sinh đơn thư vượt cấp.
Dịp này, 14 tập thể và 22 cá nhân được UBKT Tỉnh ủy tặng giấy khen; 3 cá nhân nhận Kỷ niệm chương "Vì sự nghiệp kiểm tra của Đảng", trong đó có ông Nguyễn Đình Tứ, Chủ nhiệm UBKT Đảng ủy xã Kỳ Tân.
Thu Hà
Tin cùng chuyên mục
- UBKT Tỉnh ủy kỳ họp thứ 36 (18/12/2019)
- Can Lộc kiểm tra 10 chi bộ về thu nộp đảng phí (10/12/2019)
- Hương Sơn: xử lý 4 đảng viên vi phạm (02/12/2019)
- Giám sát việc kê khai tài sản ở Sở Tài nguyên và Môi trường (22/11/2019)
""", "2019-12-27", "Hà Tĩnh: Năm 2019 thi hành kỷ luật 168 đảng viên vi phạm",
E("tong_ket", "2019", "2019-12-26"),
[P("Trần Đình Lợi", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Minh Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm UBKT Tỉnh ủy"),
 P("Phan Văn Toàn", "Phó Chủ nhiệm UBKT Tỉnh ủy"),
 P("Lê Thị Kim Oanh", "Phó Chủ nhiệm UBKT Tỉnh ủy"),
 P("Hồ Đức Long", "HUV", "Chủ nhiệm UBKT Huyện ủy Kỳ Anh"),
 P("Võ Thị Thanh", "Bí thư Đảng ủy xã Cẩm Nhượng"),
 P("Nguyễn Đình Tứ", "Chủ nhiệm UBKT Đảng ủy xã Kỳ Tân")],
[Q("168 đảng viên", 168, "đảng viên"), Q("2.018 tổ chức đảng", 2018, "tổ chức đảng"), Q("4.365 đảng viên", 4365, "đảng viên"),
 Q("1.247 tổ chức đảng", 1247, "tổ chức đảng"), Q("96 đảng viên", 96, "đảng viên"), Q("18 tổ chức đảng", 18, "tổ chức đảng"),
 Q("412 tổ chức đảng", 412, "tổ chức đảng"), Q("1,86 tỷ đồng", 1860000000, "đồng"),
 Q("khiển trách 97", 97, "đảng viên"), Q("cảnh cáo 38", 38, "đảng viên"), Q("cách chức 6", 6, "đảng viên"),
 Q("khai trừ 27", 27, "đảng viên"), Q("3 tổ chức đảng", 3, "tổ chức đảng"), Q("khoảng 21%", 21, "%", "approx"),
 Q("214 đảng viên", 214, "đảng viên"), Q("132 đơn thư tố cáo, khiếu nại", 132, "đơn thư tố cáo, khiếu nại"),
 Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân", 22, "cá nhân"), Q("3 cá nhân", 3, "cá nhân")],
[D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019"),
 D("Kế hoạch", "125", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 125, 126-KH/TU"),
 D("Kế hoạch", "126", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 125, 126-KH/TU")],
[prov("Hà Tĩnh"), com("Cẩm Nhượng"), com("Kỳ Tân")],
["Báo Hà Tĩnh điện tử", "Trang chủ / Chính trị / Xây dựng Đảng", "(Baohatinh.vn)", "Hình ảnh: Quang cảnh hội nghị",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "không có ngoại lệ", "Vì sự nghiệp kiểm tra của Đảng"],
["27/12/2019 17:45", "năm 2019", "năm 2020"]))

PAGES.append(page("b8727-longan-ubkt-soket-2020", """
BÁO LONG AN ĐIỆN TỬ
Chính trị | Xây dựng Đảng | Kiểm tra - Giám sát
Cập nhật lúc 09:42 ngày 15/07/2020
Kiểm tra, giám sát việc hỗ trợ người dân gặp khó khăn do dịch Covid-19
Ảnh: Quang cảnh hội nghị trực tuyến
(LA) - Sáng 14/7, Ủy ban Kiểm tra Tỉnh ủy Long An tổ chức hội nghị trực tuyến sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm 2020 với 15 điểm cầu huyện, thị xã, thành phố. Đồng chí Huỳnh Thị Kim Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy chủ trì hội nghị.
6 tháng qua, dù chịu ảnh hưởng của dịch Covid-19, UBKT các cấp vẫn chủ động chuyển một phần hoạt động sang giám sát qua hồ sơ, báo cáo. Điểm nổi bật là việc giám sát thực hiện chính sách hỗ trợ theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ. Toàn tỉnh đã chi hỗ trợ 61,3 tỷ đồng cho 62.480 người; qua giám sát phát hiện 318 trường hợp lập danh sách chưa đúng, đã yêu cầu điều chỉnh và thu hồi gần 320 triệu đồng.
Cấp ủy các cấp đã kiểm tra 436 tổ chức đảng và 1.128 đảng viên; UBKT các cấp kiểm tra 27 đảng viên khi có dấu hiệu vi phạm, giám sát chuyên đề 211 tổ chức đảng. Các cấp đã thi hành kỷ luật 38 đảng viên, trong đó khai trừ 6 trường hợp, giảm 9 đảng viên so với cùng kỳ năm 2019.
Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, UBKT Tỉnh ủy đã giúp cấp ủy giám sát đại hội điểm ở Đảng bộ xã Long Hựu Đông và Đảng bộ thị trấn Tầm Vu; đến nay 100% đảng bộ cơ sở đã tổ chức xong đại hội.
Tại hội nghị, đồng chí Lê Văn Nghĩa, Huyện ủy viên, Chủ nhiệm UBKT Huyện ủy Cần Đước cho biết, qua giám sát, huyện đã phát hiện 46 trường hợp là người có lương hưu vẫn có tên trong danh sách nhận hỗ trợ. Bà Nguyễn Thị Bích Tuyền, Phó Chủ nhiệm UBKT Huyện ủy Châu Thành đề nghị tỉnh hướng dẫn thống nhất cách xử lý đối với cán bộ ấp lập sai danh sách do thiếu hiểu biết, không vụ lợi.
Phát biểu kết luận, đồng chí Huỳnh Thị Kim Loan yêu cầu 6 tháng cuối năm UBKT các cấp tập trung giám sát chặt chẽ việc chuẩn bị nhân sự Đại hội Đảng bộ tỉnh lần thứ XI; giải quyết dứt điểm các đơn thư liên quan nhân sự trước đại hội; tiếp tục giám sát việc thu hồi tiền hỗ trợ sai đối tượng. Đồng chí Trương Văn Hiếu, Phó Chủ nhiệm Thường trực UBKT Tỉnh ủy được giao tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy vào đầu tháng 8.
Dịp này, UBKT Tỉnh ủy biểu dương 7 tập thể làm tốt công tác giám sát việc chi hỗ trợ, trong đó có Ủy ban Kiểm tra Đảng ủy xã Long Hựu Đông đã kịp thời phát hiện, đề nghị thu hồi tiền hỗ trợ của 12 hộ không đủ điều kiện.
Thanh Nhàn
Tin liên quan
- Đức Hòa: giám sát việc hỗ trợ hộ kinh doanh tạm ngừng kinh doanh (08/07/2020)
- UBKT Tỉnh ủy kỳ họp thứ 34 (30/06/2020)
- Thạnh Hóa khai trừ 1 đảng viên (18/06/2020)
""", "2020-07-15", "Kiểm tra, giám sát việc hỗ trợ người dân gặp khó khăn do dịch Covid-19",
E("so_ket", "2020-H1", "2020-07-14"),
[P("Huỳnh Thị Kim Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm UBKT Tỉnh ủy"),
 P("Lê Văn Nghĩa", "Huyện ủy viên", "Chủ nhiệm UBKT Huyện ủy Cần Đước"),
 P("Nguyễn Thị Bích Tuyền", "Phó Chủ nhiệm UBKT Huyện ủy Châu Thành"),
 P("Trương Văn Hiếu", "Phó Chủ nhiệm Thường trực UBKT Tỉnh ủy")],
[Q("15 điểm cầu huyện, thị xã, thành phố", 15, "điểm cầu huyện, thị xã, thành phố"), Q("61,3 tỷ đồng", 61300000000, "đồng"),
 Q("62.480 người", 62480, "người"), Q("318 trường hợp", 318, "trường hợp"),
 Q("gần 320 triệu đồng", 320000000, "đồng", "approx"), Q("436 tổ chức đảng", 436, "tổ chức đảng"),
 Q("1.128 đảng viên", 1128, "đảng viên"), Q("27 đảng viên", 27, "đảng viên"), Q("211 tổ chức đảng", 211, "tổ chức đảng"),
 Q("38 đảng viên", 38, "đảng viên"), Q("6 trường hợp", 6, "trường hợp"), Q("9 đảng viên", 9, "đảng viên"),
 Q("100% đảng bộ cơ sở", 100, "%"), Q("46 trường hợp", 46, "trường hợp"),
 Q("7 tập thể", 7, "tập thể"), Q("12 hộ", 12, "hộ")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019")],
[prov("Long An"), com("Long Hựu Đông"), com("Tầm Vu")],
["BÁO LONG AN ĐIỆN TỬ", "Chính trị | Xây dựng Đảng | Kiểm tra - Giám sát", "Ảnh: Quang cảnh hội nghị trực tuyến", "(LA)"],
["Cập nhật lúc 09:42 ngày 15/07/2020", "Covid-19", "6 tháng đầu năm 2020", "6 tháng qua", "6 tháng cuối năm", "năm 2019", "lần thứ XI", "tháng 8"]))

PAGES.append(page("b8728-hanam-daihoi-2020", """
BÁO HÀ NAM ĐIỆN TỬ
Trang chủ >> Sự kiện >> Đại hội Đảng bộ tỉnh lần thứ XX
Thứ Sáu, 16/10/2020 - 06:30
Bầu Ủy ban Kiểm tra Tỉnh ủy khóa XX
Trong khuôn khổ Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX, nhiệm kỳ 2020 - 2025, chiều 15/10/2020, Ban Chấp hành Đảng bộ tỉnh khóa XX đã họp phiên thứ nhất, bầu Ban Thường vụ, Bí thư, Phó Bí thư Tỉnh ủy, Ủy ban Kiểm tra và Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.
Hội nghị đã thống nhất số lượng Ủy ban Kiểm tra Tỉnh ủy khóa XX là 9 đồng chí, bầu đủ 9 đồng chí với số phiếu tín nhiệm cao, gồm các đồng chí: Trịnh Thị Hồng Thái, Lại Văn Chiến, Đinh Thị Mai, Bùi Đức Thịnh, Nguyễn Văn Khiêm, Trần Thị Thu Trang, Vũ Quang Huy, Lê Minh Đức, Phạm Thị Nga.
Đồng chí Trịnh Thị Hồng Thái, Ủy viên Ban Thường vụ Tỉnh ủy khóa XX, được bầu giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy. Các đồng chí Lại Văn Chiến, Đinh Thị Mai được Ủy ban bầu giữ chức Phó Chủ nhiệm UBKT Tỉnh ủy.
Báo cáo chính trị trình Đại hội đánh giá, nhiệm kỳ 2015 - 2020, cấp ủy các cấp đã kiểm tra 3.812 tổ chức đảng và 9.476 đảng viên; UBKT các cấp kiểm tra 312 đảng viên và 41 tổ chức đảng khi có dấu hiệu vi phạm; giám sát chuyên đề hơn 2.600 tổ chức đảng. Toàn Đảng bộ đã thi hành kỷ luật 612 đảng viên và 12 tổ chức đảng; kiến nghị thu hồi trên 11,7 tỷ đồng qua kiểm tra tài chính. Việc thi hành kỷ luật được thực hiện theo Quy định số 102-QĐ/TW ngày 15/11/2017 và Quy định số 07-QĐi/TW ngày 28/8/2018 của Bộ Chính trị.
Đại hội diễn ra từ ngày 14 đến 16/10/2020 với 350 đại biểu, đại diện cho hơn 37.000 đảng viên trong toàn Đảng bộ. Đại hội xác định chỉ tiêu mỗi năm cấp ủy các cấp kiểm tra ít nhất 30% tổ chức đảng trực thuộc, phấn đấu 100% đơn thư tố cáo thuộc thẩm quyền được giải quyết dứt điểm.
Phát biểu nhận nhiệm vụ, đồng chí Trịnh Thị Hồng Thái cảm ơn sự tín nhiệm của Ban Chấp hành, khẳng định UBKT Tỉnh ủy sẽ kiểm tra, giám sát "có trọng tâm, trọng điểm", phát hiện sớm vi phạm, không để "vết dầu loang". Trước khi được bầu, đồng chí là Phó Chủ nhiệm Thường trực UBKT Tỉnh ủy khóa XIX.
Trong nhiệm kỳ, Đảng ủy xã Nhân Chính và Đảng ủy phường Lam Hạ được UBKT Tỉnh ủy đánh giá là những đơn vị làm tốt công tác tự kiểm tra. Ông Vũ Văn Thuần, Chủ nhiệm UBKT Đảng ủy xã Nhân Chính, là một trong 5 cá nhân được đề nghị tặng Kỷ niệm chương "Vì sự nghiệp kiểm tra của Đảng" dịp này.
Ban Biên tập
Bài viết liên quan
- Khai mạc trọng thể Đại hội Đảng bộ tỉnh lần thứ XX (14/10/2020)
- Danh sách Ban Chấp hành Đảng bộ tỉnh khóa XX (15/10/2020)
- Đại hội Đảng bộ tỉnh thông qua Nghị quyết (16/10/2020)
""", "2020-10-16", "Bầu Ủy ban Kiểm tra Tỉnh ủy khóa XX",
E("dai_hoi", None, "2020-10-15"),
[P("Trịnh Thị Hồng Thái", "Ủy viên Ban Thường vụ Tỉnh ủy khóa XX", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
   "Phó Chủ nhiệm Thường trực UBKT Tỉnh ủy khóa XIX"),
 P("Lại Văn Chiến", "Phó Chủ nhiệm UBKT Tỉnh ủy"), P("Đinh Thị Mai", "Phó Chủ nhiệm UBKT Tỉnh ủy"),
 P("Bùi Đức Thịnh"), P("Nguyễn Văn Khiêm"), P("Trần Thị Thu Trang"), P("Vũ Quang Huy"), P("Lê Minh Đức"), P("Phạm Thị Nga"),
 P("Vũ Văn Thuần", "Chủ nhiệm UBKT Đảng ủy xã Nhân Chính")],
[Q("9 đồng chí", 9, "đồng chí"), Q("3.812 tổ chức đảng", 3812, "tổ chức đảng"), Q("9.476 đảng viên", 9476, "đảng viên"),
 Q("312 đảng viên", 312, "đảng viên"), Q("41 tổ chức đảng", 41, "tổ chức đảng"),
 Q("hơn 2.600 tổ chức đảng", 2600, "tổ chức đảng", "over"), Q("612 đảng viên", 612, "đảng viên"),
 Q("12 tổ chức đảng", 12, "tổ chức đảng"), Q("trên 11,7 tỷ đồng", 11700000000, "đồng", "over"),
 Q("350 đại biểu", 350, "đại biểu"), Q("hơn 37.000 đảng viên", 37000, "đảng viên", "over"),
 Q("ít nhất 30%", 30, "%", "over"), Q("100% đơn thư tố cáo", 100, "%"), Q("5 cá nhân", 5, "cá nhân")],
[D("Quy định", "102", "QĐ/TW", "2017-11-15", "Bộ Chính trị", "Quy định số 102-QĐ/TW ngày 15/11/2017"),
 D("Quy định", "07", "QĐi/TW", "2018-08-28", "Bộ Chính trị", "Quy định số 07-QĐi/TW ngày 28/8/2018")],
[prov("Hà Nam"), com("Nhân Chính"), com("Lam Hạ")],
["BÁO HÀ NAM ĐIỆN TỬ", "Trang chủ >> Sự kiện >> Đại hội Đảng bộ tỉnh lần thứ XX", "Ban Biên tập",
 "có trọng tâm, trọng điểm", "vết dầu loang", "Vì sự nghiệp kiểm tra của Đảng"],
["Thứ Sáu, 16/10/2020 - 06:30", "lần thứ XX", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2015 - 2020", "khóa XX", "khóa XIX",
 "phiên thứ nhất", "9 đồng chí", "mỗi năm"]))
