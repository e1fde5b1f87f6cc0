from lib import *
PAGES = []

PAGES.append(page("b2075-bacgiang-bcd-20nam-ct30-2018", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Trang chủ >> Hoạt động dân vận >> Tin tức
Cập nhật lúc 17:20 ngày 09/11/2018
Bắc Giang: Tổng kết 20 năm thực hiện Chỉ thị 30-CT/TW về Quy chế dân chủ ở cơ sở
Ngày 8/11/2018, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh tổ chức hội nghị tổng kết 20 năm thực hiện Chỉ thị 30-CT/TW ngày 18/2/1998 của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở. Đồng chí Thân Đức Hưởng, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì hội nghị. Cùng dự có các đồng chí Lương Văn Pản, Chu Thị Liên - Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Thân Đức Hưởng phát biểu kết luận hội nghị. Ảnh: Minh Thu
Báo cáo tổng kết nêu rõ, 20 năm qua, các cấp ủy đã cụ thể hóa Chỉ thị bằng Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy và Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị. Đến nay 230/230 xã, phường, thị trấn đã xây dựng hương ước, quy ước theo phương châm "dân biết, dân bàn, dân làm, dân kiểm tra"; 1.678 tổ hòa giải ở thôn, bản, tổ dân phố đã hòa giải thành 9.324 vụ việc, đạt 86,7%.
Phát huy quyền làm chủ, nhân dân đã hiến hơn 1,2 triệu m2 đất, đóng góp khoảng 2.150 tỷ đồng xây dựng nông thôn mới; 145 xã đạt chuẩn nông thôn mới. Ban Thanh tra nhân dân ở cơ sở đã giám sát 3.412 công trình, phát hiện và kiến nghị xử lý 57 vụ việc sai phạm.
Tại hội nghị, ông Lâm Văn Sềnh, Bí thư Đảng ủy xã Tân Sơn (huyện Lục Ngạn) chia sẻ cách công khai thu, chi các khoản đóng góp của người Nùng, người Sán Chay; bà Dương Thị Thơm, Trưởng ban Thanh tra nhân dân xã Xuân Lương (huyện Yên Thế) kể về việc giám sát công trình đường liên thôn. Đồng chí Hoàng Văn Dín, HUV, Trưởng Ban Dân vận Huyện ủy Sơn Động, đề nghị sớm ban hành quy định về đối thoại định kỳ giữa người đứng đầu cấp ủy với nhân dân.
Hội nghị chỉ ra hạn chế: ở một số nơi việc công khai còn hình thức, nhất là trong thu hồi đất, giải phóng mặt bằng; một số cán bộ chưa thực sự lắng nghe ý kiến của dân.
Phát biểu kết luận, đồng chí Thân Đức Hưởng đề nghị tiếp tục thực hiện Nghị định số 149/2018/NĐ-CP ngày 7/11/2018 của Chính phủ và Quy chế phối hợp số 05-QCPH/BDVTU-BCSĐ giữa Ban Dân vận Tỉnh ủy với Ban cán sự đảng UBND tỉnh.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 30 tập thể, 45 cá nhân có thành tích xuất sắc trong 20 năm thực hiện Quy chế dân chủ ở cơ sở.
Minh Thu
Lượt xem: 915
Tin liên quan
- Lục Ngạn: đối thoại với nhân dân về giải phóng mặt bằng (25/10/2018)
- Trao Kỷ niệm chương "Vì sự nghiệp Dân vận" cho 18 cá nhân (15/10/2018)
- Hiệp Hòa: 15 năm thực hiện Quy chế dân chủ trong doanh nghiệp (28/09/2018)
""", "2018-11-09", "Bắc Giang: Tổng kết 20 năm thực hiện Chỉ thị 30-CT/TW về Quy chế dân chủ ở cơ sở",
E("tong_ket", None, "2018-11-08"),
[P("Thân Đức Hưởng", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Lương Văn Pản", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chu Thị Liên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Sềnh", "Bí thư Đảng ủy xã Tân Sơn"),
 P("Dương Thị Thơm", "Trưởng ban Thanh tra nhân dân xã Xuân Lương"),
 P("Hoàng Văn Dín", "HUV", "Trưởng Ban Dân vận Huyện ủy Sơn Động")],
[Q("230/230 xã, phường, thị trấn", 230, "xã, phường, thị trấn"), Q("1.678 tổ hòa giải", 1678, "tổ hòa giải"),
 Q("9.324 vụ việc", 9324, "vụ việc"), Q("86,7%", 86.7, "%"), Q("hơn 1,2 triệu m2", 1200000, "m2", "over"),
 Q("khoảng 2.150 tỷ đồng", 2150000000000, "đồng", "approx"), Q("145 xã", 145, "xã"), Q("3.412 công trình", 3412, "công trình"),
 Q("57 vụ việc sai phạm", 57, "vụ việc sai phạm"), Q("30 tập thể", 30, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị 30-CT/TW ngày 18/2/1998"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
 D("Nghị định", "149", "2018/NĐ-CP", "2018-11-07", "Chính phủ", "Nghị định số 149/2018/NĐ-CP ngày 7/11/2018"),
 D("Quy chế phối hợp", "05", "QCPH/BDVTU-BCSĐ", None, None, "Quy chế phối hợp số 05-QCPH/BDVTU-BCSĐ")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Xuân Lương")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Trang chủ >> Hoạt động dân vận >> Tin tức",
 "Đồng chí Thân Đức Hưởng phát biểu kết luận hội nghị. Ảnh: Minh Thu", "Quy chế dân chủ ở cơ sở",
 "dân biết, dân bàn, dân làm, dân kiểm tra", "Lượt xem: 915"],
["Cập nhật lúc 17:20 ngày 09/11/2018", "20 năm", "Lượt xem: 915"]))

PAGES.append(page("b2076-travinh-bdv-10nam-dvk-2019", """
Trà Vinh - Ban Dân vận Tỉnh ủy
Trang chủ | Tin tức | Phong trào thi đua
17/10/2019 - 10:05
Ảnh: Các tập thể nhận Bằng khen tại hội nghị.
Trà Vinh tổng kết 10 năm phong trào thi đua "Dân vận khéo" (2009 - 2019)
Sáng 16/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết 10 năm phong trào thi đua "Dân vận khéo" giai đoạn 2009 - 2019 và biểu dương 90 điển hình tiêu biểu. Đồng chí Kim Thị Sa Mết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Thạch Dư, Huỳnh Thị Thanh Bình - Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo, sau 10 năm thực hiện Hướng dẫn số 15-HD/BDVTU ngày 04/5/2010 của Ban Dân vận Tỉnh ủy, toàn tỉnh đã xây dựng 3.826 mô hình, điển hình "Dân vận khéo", tổng giá trị các công trình, phần việc nhân dân đóng góp hơn 1.500 tỷ đồng. Các cấp đã vận động xây dựng 1.120 căn nhà đại đoàn kết, trị giá 56 tỷ đồng; tỷ lệ hộ nghèo trong đồng bào Khmer giảm từ 21,4% xuống còn 4,3%. Cán bộ, đảng viên thực hiện "3 cùng" với dân ở 106 ấp, khóm đặc biệt khó khăn.
Năm 2019, Ban Dân vận Tỉnh ủy ban hành Kế hoạch 14, 15-KH/BDVTU về đánh giá, công nhận mô hình và về tuyên truyền điển hình; phối hợp với Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh vận động 141 chùa Phật giáo Nam tông Khmer tham gia phong trào.
Tại hội nghị, Đại đức Thạch Sa Rươn, Trụ trì chùa Kompông, xã Đôn Xuân (huyện Trà Cú), chia sẻ việc mở 12 lớp dạy chữ Khmer hè cho con em đồng bào. Bà Trầm Thị Sô Phiếu, Chủ tịch Hội LHPN xã Long Hiệp, giới thiệu mô hình "Tổ phụ nữ tiết kiệm giúp nhau làm kinh tế". Ông Lâm Văn Sóc, người có uy tín ấp Bến Thế, xã Tập Sơn, kể chuyện vận động 17 hộ hiến đất mở đường.
Nhiều đại biểu cho rằng điểm mới của phong trào là đã chuyển từ "làm thay dân" sang "cùng dân làm", lấy sự hài lòng của người dân làm thước đo; cán bộ, công chức chính quyền các cấp cũng đăng ký mô hình, không để phong trào chỉ là việc của khối dân vận.
Bên cạnh kết quả, hội nghị cũng nhận định một số mô hình chưa được nhân rộng, việc tổng kết, đánh giá còn chậm; một số nơi chưa quan tâm khen thưởng kịp thời người dân có nhiều đóng góp.
Phát biểu kết luận, đồng chí Kim Thị Sa Mết đề nghị các cấp tiếp tục thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Kết luận 114-KL/TW của Ban Bí thư; đưa phong trào vào nghị quyết của cấp ủy.
Dịp này, Ban Dân vận Trung ương tặng Bằng khen cho 5 tập thể; UBND tỉnh tặng Bằng khen cho 35 tập thể và 50 cá nhân.
Thanh Hòa
Tin khác
- Cầu Ngang: họp mặt người có uy tín trong đồng bào Khmer (04/10/2019)
- Hội nghị giao ban công tác dân vận quý III năm 2019 (26/09/2019)
- Trao 150 phần quà Tết Sene Dolta cho hộ nghèo Khmer (20/09/2019)
""", "2019-10-17", 'Trà Vinh tổng kết 10 năm phong trào thi đua "Dân vận khéo" (2009 - 2019)',
E("tong_ket", None, "2019-10-16"),
[P("Kim Thị Sa Mết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Dư", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Thanh Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sa Rươn", "Đại đức", "Trụ trì chùa Kompông"),
 P("Trầm Thị Sô Phiếu", "Chủ tịch Hội LHPN xã Long Hiệp"),
 P("Lâm Văn Sóc", "người có uy tín ấp Bến Thế")],
[Q("90 điển hình tiêu biểu", 90, "điển hình tiêu biểu"), Q("3.826 mô hình, điển hình", 3826, "mô hình, điển hình"),
 Q("hơn 1.500 tỷ đồng", 1500000000000, "đồng", "over"), Q("1.120 căn nhà đại đoàn kết", 1120, "căn nhà đại đoàn kết"),
 Q("56 tỷ đồng", 56000000000, "đồng"), Q("21,4%", 21.4, "%"), Q("4,3%", 4.3, "%"),
 Q("106 ấp, khóm đặc biệt khó khăn", 106, "ấp, khóm đặc biệt khó khăn"),
 Q("141 chùa Phật giáo Nam tông Khmer", 141, "chùa Phật giáo Nam tông Khmer"), Q("12 lớp dạy chữ Khmer hè", 12, "lớp dạy chữ Khmer hè"),
 Q("17 hộ", 17, "hộ"), Q("5 tập thể", 5, "tập thể"), Q("35 tập thể", 35, "tập thể"), Q("50 cá nhân", 50, "cá nhân")],
[D("Hướng dẫn", "15", "HD/BDVTU", "2010-05-04", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BDVTU ngày 04/5/2010"),
 D("Kế hoạch", "14", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 14, 15-KH/BDVTU"),
 D("Kế hoạch", "15", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 14, 15-KH/BDVTU"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị 05-CT/TW ngày 15/5/2016"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW")],
[prov("Trà Vinh"), com("Đôn Xuân"), com("Long Hiệp"), com("Tập Sơn")],
["Trà Vinh - Ban Dân vận Tỉnh ủy", "Trang chủ | Tin tức | Phong trào thi đua", "Ảnh: Các tập thể nhận Bằng khen tại hội nghị.",
 "Dân vận khéo", "3 cùng", "Tổ phụ nữ tiết kiệm giúp nhau làm kinh tế", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"],
["17/10/2019 - 10:05", "10 năm", "2009 - 2019", "3 cùng", "Năm 2019"]))

PAGES.append(page("b2077-quangnam-mttq-daihoi-thidua-2020", """
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM
Trang chủ / Tin tức - Sự kiện / Thi đua - Khen thưởng
2020-08-21 16:40
Đại hội Thi đua yêu nước tỉnh Quảng Nam lần thứ V: tôn vinh 230 điển hình tiên tiến
Ngày 20/8/2020, UBND tỉnh tổ chức Đại hội Thi đua yêu nước tỉnh Quảng Nam lần thứ V (2020 - 2025). Đại hội có 450 đại biểu chính thức, trong đó 96 đại biểu là người dân tộc thiểu số. Đồng chí Đoàn Văn Lộc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng ban Thi đua - Khen thưởng tỉnh chủ trì Đại hội.
Các điển hình tiên tiến nhận Cờ thi đua tại Đại hội.
Báo cáo tại Đại hội cho biết, giai đoạn 2015 - 2020, thực hiện Chỉ thị 34-CT/TW ngày 7/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng và Nghị định 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ, các phong trào thi đua được phát động sâu rộng. Phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" huy động hơn 6.800 tỷ đồng; 118 xã đạt chuẩn nông thôn mới. Các huyện miền núi Tây Giang, Đông Giang, Nam Trà My đã có 2.460 hộ thoát nghèo mỗi năm.
Trong 5 năm, các cấp đã khen thưởng 18.760 lượt tập thể, cá nhân; trong đó Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 7 tập thể, 4 cá nhân. Tỷ lệ khen thưởng người lao động trực tiếp chiếm 41,5%.
Tham luận tại Đại hội, ông Clâu Nhím, Chủ tịch Ủy ban MTTQ Việt Nam xã A Xan (huyện Tây Giang) kể chuyện vận động đồng bào Cơ Tu giao 1.200 ha rừng cộng đồng cho các nhóm hộ quản lý. Bà Alăng Thị Bốn, người có uy tín thôn Arớh, xã Ch'ơm, chia sẻ: "Già làng nói, con cháu nghe; phụ nữ làm trước, đàn ông làm theo". Anh Hiên Văn Dưa, Bí thư Đoàn xã Sông Kôn, giới thiệu mô hình "Thanh niên Cơ Tu khởi nghiệp".
Đại hội cũng thẳng thắn nhìn nhận: một số phong trào thi đua còn hình thức, chưa có tiêu chí cụ thể; việc phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến ở vùng cao còn chậm; khen thưởng cho người lao động trực tiếp, người dân tộc thiểu số chưa tương xứng với đóng góp của họ.
Đại hội đã phát động phong trào thi đua giai đoạn 2020 - 2025 theo Kế hoạch số 2345/KH-UBND ngày 22/4/2020 của UBND tỉnh, với khẩu hiệu "Đoàn kết, sáng tạo, thi đua về đích".
Dịp này, Thủ tướng Chính phủ tặng Bằng khen cho 3 tập thể và 12 cá nhân; UBND tỉnh tặng Cờ thi đua cho 25 tập thể, Bằng khen cho 190 điển hình tiên tiến. Đồng chí Zơ Râm Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đọc lời kêu gọi thi đua.
Hồng Vân
Các tin đã đưa
- Mặt trận tỉnh sơ kết 6 tháng đầu năm 2020 (15/07/2020)
- Trao 500 phần quà cho người dân bị ảnh hưởng dịch Covid-19 (28/04/2020)
- Đại hội MTTQ huyện Tây Giang lần thứ V (10/04/2020)
""", "2020-08-21", "Đại hội Thi đua yêu nước tỉnh Quảng Nam lần thứ V: tôn vinh 230 điển hình tiên tiến",
E("dai_hoi", None, "2020-08-20"),
[P("Đoàn Văn Lộc", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng ban Thi đua - Khen thưởng tỉnh"),
 P("Clâu Nhím", "Chủ tịch Ủy ban MTTQ Việt Nam xã A Xan"),
 P("Alăng Thị Bốn", "người có uy tín thôn Arớh"),
 P("Hiên Văn Dưa", "Bí thư Đoàn xã Sông Kôn"),
 P("Zơ Râm Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("230 điển hình tiên tiến", 230, "điển hình tiên tiến"), Q("450 đại biểu chính thức", 450, "đại biểu chính thức"),
 Q("96 đại biểu", 96, "đại biểu"), Q("hơn 6.800 tỷ đồng", 6800000000000, "đồng", "over"), Q("118 xã", 118, "xã"),
 Q("2.460 hộ", 2460, "hộ"), Q("18.760 lượt tập thể, cá nhân", 18760, "lượt tập thể, cá nhân"),
 Q("7 tập thể", 7, "tập thể"), Q("4 cá nhân", 4, "cá nhân"), Q("41,5%", 41.5, "%"), Q("1.200 ha", 1200, "ha"),
 Q("3 tập thể", 3, "tập thể"), Q("12 cá nhân", 12, "cá nhân"), Q("25 tập thể", 25, "tập thể"),
 Q("190 điển hình tiên tiến", 190, "điển hình tiên tiến")],
[D("Chỉ thị", "34", "CT/TW", "2014-04-07", "Bộ Chính trị", "Chỉ thị 34-CT/TW ngày 7/4/2014"),
 D("Nghị định", "91", "2017/NĐ-CP", "2017-07-31", "Chính phủ", "Nghị định 91/2017/NĐ-CP ngày 31/7/2017"),
 D("Kế hoạch", "2345", "KH-UBND", "2020-04-22", "UBND tỉnh", "Kế hoạch số 2345/KH-UBND ngày 22/4/2020")],
[prov("Quảng Nam"), com("A Xan"), com("Ch'ơm"), com("Sông Kôn")],
["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM", "Trang chủ / Tin tức - Sự kiện / Thi đua - Khen thưởng",
 "Các điển hình tiên tiến nhận Cờ thi đua tại Đại hội.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Thanh niên Cơ Tu khởi nghiệp", "Đoàn kết, sáng tạo, thi đua về đích", "Huân chương Lao động hạng Ba"],
["2020-08-21 16:40", "lần thứ V", "2020 - 2025", "2015 - 2020", "5 năm", "hạng Ba"]))

PAGES.append(page("b2078-caobang-mttq-giamsat-nguoiuytin-2021", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng
Trang chủ - Hoạt động Mặt trận - Giám sát, phản biện xã hội
Thứ Năm, 14/10/2021, 08:05
Giám sát việc thực hiện chính sách đối với người có uy tín tại huyện Bảo Lạc
Ngày 12/10/2021, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Lương Thị Kiều, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm Trưởng đoàn đã giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số tại huyện Bảo Lạc. Đây là một trong 4 cuộc giám sát chuyên đề trong chương trình giám sát năm 2021 của Mặt trận tỉnh.
Đoàn giám sát làm việc tại xã Cô Ba.
Cuộc giám sát được tiến hành theo Quyết định 217, 218-QĐ/TW của Bộ Chính trị và Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số.
Theo báo cáo của UBND huyện, năm 2021 toàn huyện có 126 người có uy tín, trong đó người Mông 58 người, người Dao 31 người. Từ năm 2018 đến nay, huyện đã chi khoảng 1,28 tỷ đồng thực hiện chính sách; tổ chức 3 đợt đi thăm quan, học tập kinh nghiệm; trao 1.260 phần quà Tết và 215 suất quà ốm đau. Người có uy tín đã tham gia hòa giải 87 vụ việc, vận động 412 hộ làm nhà tiêu hợp vệ sinh.
Qua kiểm tra tại xã Cô Ba và thị trấn Bảo Lạc, đoàn ghi nhận các chế độ được chi trả đúng đối tượng; tuy nhiên việc cấp báo, tạp chí còn chậm, một số người có uy tín cao tuổi chưa được tập huấn.
Tại buổi làm việc, các thành viên đoàn đề nghị huyện làm rõ nguyên nhân chậm cấp phát tài liệu, việc phối hợp giữa Phòng Dân tộc huyện với Ủy ban MTTQ các xã trong bình xét, đề nghị công nhận người có uy tín, cũng như việc nắm tình hình và phản ánh ý kiến, kiến nghị của người có uy tín lên cấp trên.
Ông Vàng Seo Páo, người có uy tín xóm Khuổi Khon, cho biết: "Được Đảng, Nhà nước quan tâm thì mình phải nói cho bà con nghe theo". Ông Lý Văn Chàn, người có uy tín xóm Nặm Thoong, đề nghị được cung cấp thêm tài liệu bằng tiếng Dao.
Phát biểu kết luận, đồng chí Lương Thị Kiều đề nghị UBND huyện rà soát, kiện toàn danh sách người có uy tín, thực hiện tốt Kế hoạch số 45/KH-MTTQ-BTT ngày 10/3/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tham gia đoàn có đồng chí Hoàng Văn Lềnh, Trưởng ban Dân tộc HĐND tỉnh và đồng chí Đàm Thị Nhung, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.
Thu Phương
Xem thêm
- Mặt trận tỉnh giám sát việc hỗ trợ người dân gặp khó khăn do Covid-19 (30/09/2021)
- Trao 300 suất quà Trung thu cho trẻ em nghèo (18/09/2021)
- Hội nghị Đoàn Chủ tịch Ủy ban MTTQ tỉnh lần thứ 3 (06/09/2021)
""", "2021-10-14", "Giám sát việc thực hiện chính sách đối với người có uy tín tại huyện Bảo Lạc",
E("giam_sat", "2021", "2021-10-12"),
[P("Lương Thị Kiều", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn"),
 P("Vàng Seo Páo", "người có uy tín xóm Khuổi Khon"),
 P("Lý Văn Chàn", "người có uy tín xóm Nặm Thoong"),
 P("Hoàng Văn Lềnh", "Trưởng ban Dân tộc HĐND tỉnh"),
 P("Đàm Thị Nhung", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("126 người có uy tín", 126, "người có uy tín"),
 Q("58 người", 58, "người"), Q("31 người", 31, "người"), Q("khoảng 1,28 tỷ đồng", 1280000000, "đồng", "approx"),
 Q("3 đợt", 3, "đợt"), Q("1.260 phần quà", 1260, "phần quà"), Q("215 suất quà", 215, "suất quà"),
 Q("87 vụ việc", 87, "vụ việc"), Q("412 hộ", 412, "hộ")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2021-03-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 10/3/2021")],
[prov("Cao Bằng"), com("Cô Ba"), com("Bảo Lạc")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng", "Trang chủ - Hoạt động Mặt trận - Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Cô Ba."],
["Thứ Năm, 14/10/2021, 08:05", "năm 2021", "năm 2018"]))

PAGES.append(page("b2079-bentre-bdv-soket-6thang-2022", """
BAN DÂN VẬN TỈNH ỦY BẾN TRE
Trang chủ > Tin tức - Sự kiện > Tin trong tỉnh
12/07/2022 06:00
Đồng chí Phan Thị Ngọc Hân trao Giấy khen cho các tập thể có mô hình "Dân vận khéo" tiêu biểu.
Khối dân vận tỉnh Bến Tre hoàn thành nhiều chỉ tiêu 6 tháng đầu năm
Chiều 11/7/2022, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Phan Thị Ngọc Hân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Báo cáo cho biết, 6 tháng qua Ban đã tham mưu Ban Thường vụ Tỉnh ủy tổ chức quán triệt Quyết định 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; xây dựng Kế hoạch số 68-KH/BDVTU về tổng kết 15 năm phong trào "Dân vận khéo" của tỉnh. Mặt trận và các đoàn thể kết nạp 1.240 hội viên mới; phối hợp giải ngân vốn ưu đãi cho 2.300 hộ vay vốn với dư nợ hơn 96 tỷ đồng. Sau hạn mặn, các cấp vận động hỗ trợ 4.500 bồn chứa nước ngọt cho hộ nghèo, trị giá khoảng 9 tỷ đồng.
Công tác dân vận chính quyền có chuyển biến: UBND các cấp tổ chức 214 cuộc đối thoại với nhân dân; tiếp 3.018 lượt công dân; giải quyết 92% đơn thư thuộc thẩm quyền. Thực hiện Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, 100% chi bộ đăng ký nội dung làm theo.
Tại hội nghị, đồng chí Võ Văn Hổ, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, đề nghị chuẩn bị tốt Ngày hội Đại đoàn kết toàn dân tộc. Bà Lê Thị Út Bảy, Chủ tịch Hội Nông dân xã Phú Túc (huyện Châu Thành), giới thiệu mô hình "Tổ hợp tác dừa hữu cơ" có 86 hộ tham gia. Ông Huỳnh Thanh Sang, Bí thư Đảng ủy phường Phú Khương (thành phố Bến Tre), kiến nghị có cơ chế khen thưởng người dân hiến đất.
Hội nghị cũng chỉ ra những hạn chế: việc nắm tình hình nhân dân ở một số địa phương còn chậm, nhất là ở vùng có dự án; có nơi chưa chủ động đối thoại, để phát sinh khiếu kiện đông người; sinh hoạt của tổ dân vận ấp, khu phố chưa đều.
Phát biểu kết luận, đồng chí Phan Thị Ngọc Hân lưu ý 6 tháng cuối năm thực hiện tốt phong trào thi đua "Dân vận khéo" gắn với chương trình chuyển đổi số; theo dõi sát tình hình tư tưởng nhân dân vùng dự án.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 12 tập thể, 15 cá nhân có mô hình "Dân vận khéo" tiêu biểu; đồng chí Đoàn Minh Trí, Chánh Văn phòng Ban Dân vận Tỉnh ủy công bố quyết định khen thưởng.
Ngọc Trâm
Lượt xem: 521
Tin cùng chuyên mục
- Giồng Trôm: trao 200 phần quà cho người nghèo (30/06/2022)
- Ba Tri: đối thoại với nhân dân về xây dựng nông thôn mới (20/06/2022)
- Hội nghị giao ban khối dân vận quý II (08/06/2022)
""", "2022-07-12", "Khối dân vận tỉnh Bến Tre hoàn thành nhiều chỉ tiêu 6 tháng đầu năm",
E("so_ket", "2022-H1", "2022-07-11"),
[P("Phan Thị Ngọc Hân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Văn Hổ", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Út Bảy", "Chủ tịch Hội Nông dân xã Phú Túc"),
 P("Huỳnh Thanh Sang", "Bí thư Đảng ủy phường Phú Khương"),
 P("Đoàn Minh Trí", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("1.240 hội viên mới", 1240, "hội viên mới"), Q("2.300 hộ", 2300, "hộ"), Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("4.500 bồn chứa nước ngọt", 4500, "bồn chứa nước ngọt"), Q("khoảng 9 tỷ đồng", 9000000000, "đồng", "approx"),
 Q("214 cuộc đối thoại", 214, "cuộc đối thoại"), Q("3.018 lượt công dân", 3018, "lượt công dân"), Q("92%", 92, "%"),
 Q("100%", 100, "%"), Q("86 hộ", 86, "hộ"), Q("12 tập thể", 12, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "68", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 68-KH/BDVTU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận 01-KL/TW ngày 18/5/2021")],
[prov("Bến Tre"), com("Phú Túc"), com("Phú Khương")],
["BAN DÂN VẬN TỈNH ỦY BẾN TRE", "Trang chủ > Tin tức - Sự kiện > Tin trong tỉnh",
 'Đồng chí Phan Thị Ngọc Hân trao Giấy khen cho các tập thể có mô hình "Dân vận khéo" tiêu biểu.', "Dân vận khéo",
 "Tổ hợp tác dừa hữu cơ", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 521"],
["12/07/2022 06:00", "6 tháng đầu năm 2022", "6 tháng đầu năm", "6 tháng qua", "6 tháng cuối năm", "15 năm", "Lượt xem: 521"]))

PAGES.append(page("b2080-laocai-btvtu-10nam-nq25-2023", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ ›› Tin tức sự kiện ›› Hoạt động Ban
Thứ Sáu, 09/06/2023 - 15:10
Toàn cảnh hội nghị tổng kết.
Lào Cai tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW về công tác dân vận
Ngày 8/6/2023, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Đồng chí Lù Văn Pao, TUV, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày báo cáo tổng kết.
Sau 10 năm, Tỉnh ủy đã ban hành Chương trình hành động số 48-CTr/TU ngày 20/9/2013 và Nghị quyết chuyên đề số 11-NQ/TU về công tác dân vận vùng đồng bào Mông, Dao. Toàn tỉnh có 4.600 mô hình "Dân vận khéo"; nhân dân hiến 1,35 triệu m2 đất, đóng góp 1.856 tỷ đồng xây dựng nông thôn mới. Các cấp xây dựng 3.200 căn nhà cho hộ nghèo; tỷ lệ hộ nghèo giảm từ 31,2% năm 2013 xuống 7,6% năm 2022. Có 1.172 chi bộ đạt danh hiệu "Chi bộ 4 tốt".
Nhiều điển hình được nêu tại hội nghị: ông Sùng A Páo, người có uy tín thôn Sín Chải, xã Tả Van Chư (huyện Bắc Hà) vận động 52 hộ bỏ tục ma chay kéo dài; bà Phàn Thị Dín, Chi hội trưởng Chi hội Phụ nữ thôn Nậm Cang, xã Nậm Cang (huyện Sa Pa), xây dựng mô hình homestay người Dao đỏ; ông Lý Seo Chứ, Bí thư Chi bộ thôn Lùng Phình, vận động thanh niên không vượt biên làm thuê.
Theo đánh giá chung, 10 năm qua niềm tin của đồng bào các dân tộc với Đảng, chính quyền được củng cố; tình trạng di cư tự do, truyền đạo trái pháp luật giảm mạnh; các vụ việc phức tạp ở cơ sở được giải quyết ngay từ thôn, bản, không để kéo dài hay vượt cấp.
Hội nghị chỉ ra hạn chế: việc cụ thể hóa Nghị quyết ở một số nơi còn chung chung; năng lực một bộ phận cán bộ dân vận xã còn hạn chế, chưa biết tiếng dân tộc.
Phát biểu kết luận, đồng chí Tẩn Láo Lở, Phó Bí thư Tỉnh ủy đề nghị tiếp tục thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư và Quyết định 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị. Đồng chí Vàng Thị Mai, vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy, thông qua dự thảo kế hoạch của Ban.
Dịp này, Ban Dân vận Trung ương tặng Bằng khen cho 6 tập thể, 8 cá nhân; Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 30 tập thể và 42 cá nhân có thành tích xuất sắc trong 10 năm thực hiện Nghị quyết 25.
Bích Ngọc
Lượt truy cập: 2.318.044
Tin liên quan
- Bát Xát: 10 năm "Dân vận khéo" gắn với nông thôn mới (30/05/2023)
- Giao ban khối dân vận quý II năm 2023 (18/05/2023)
- Trao Kỷ niệm chương "Vì sự nghiệp Dân vận" cho 22 cá nhân (12/05/2023)
""", "2023-06-09", "Lào Cai tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW về công tác dân vận",
E("tong_ket", None, "2023-06-08"),
[P("Lù Văn Pao", "TUV", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng A Páo", "người có uy tín thôn Sín Chải"),
 P("Phàn Thị Dín", "Chi hội trưởng Chi hội Phụ nữ thôn Nậm Cang"),
 P("Lý Seo Chứ", "Bí thư Chi bộ thôn Lùng Phình"),
 P("Tẩn Láo Lở", "Phó Bí thư Tỉnh ủy"),
 P("Vàng Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("4.600 mô hình", 4600, "mô hình"), Q("1,35 triệu m2", 1350000, "m2"), Q("1.856 tỷ đồng", 1856000000000, "đồng"),
 Q("3.200 căn nhà", 3200, "căn nhà"), Q("31,2%", 31.2, "%"), Q("7,6%", 7.6, "%"), Q("1.172 chi bộ", 1172, "chi bộ"),
 Q("52 hộ", 52, "hộ"), Q("6 tập thể", 6, "tập thể"), Q("8 cá nhân", 8, "cá nhân"), Q("30 tập thể", 30, "tập thể"),
 Q("42 cá nhân", 42, "cá nhân")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Chương trình hành động", "48", "CTr/TU", "2013-09-20", "Tỉnh ủy", "Chương trình hành động số 48-CTr/TU ngày 20/9/2013"),
 D("Nghị quyết", "11", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết chuyên đề số 11-NQ/TU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW")],
[prov("Lào Cai"), com("Tả Van Chư"), com("Nậm Cang")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ ›› Tin tức sự kiện ›› Hoạt động Ban", "Toàn cảnh hội nghị tổng kết.",
 "Dân vận khéo", "Chi bộ 4 tốt", "Lượt truy cập: 2.318.044"],
["Thứ Sáu, 09/06/2023 - 15:10", "10 năm", "khóa XI", "4 tốt", "năm 2013", "năm 2022", "Nghị quyết 25",
 "Lượt truy cập: 2.318.044"]))
