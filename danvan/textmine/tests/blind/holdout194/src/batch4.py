from lib import *
PAGES = []

PAGES.append(page("b4631-camau-mttq-quatet-2026", """
BÁO CÀ MAU ĐIỆN TỬ
Xã hội » Mặt trận - Đoàn thể
10-02-2026 14:20
Ảnh: Trao quà Tết cho hộ nghèo phường Bạc Liêu.
Trao 1.500 phần quà Tết cho hộ nghèo, gia đình chính sách phường Bạc Liêu
(CMO) - Sáng 9/2, Ủy ban MTTQ Việt Nam phường Bạc Liêu phối hợp Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau tổ chức chương trình "Tết sum vầy - Xuân yêu thương", thăm, chúc Tết và trao 1.500 phần quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách, người có uy tín đồng bào Khmer, Hoa trên địa bàn phường.
Dự chương trình có đồng chí Huỳnh Thanh Bình, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lý Thị Mỹ Xuyên, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường; Thượng tọa Lý Hùng, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Xiêm Cán.
Phường Bạc Liêu (tỉnh Bạc Liêu cũ) được thành lập từ Phường 1, Phường 2, Phường 3 và phường Nhà Mát, hiện có 17.320 hộ, hơn 64.000 nhân khẩu; đồng bào Khmer, Hoa chiếm gần 18%. Từ ngày 1/7/2025 đến nay, Mặt trận phường đã vận động Quỹ "Vì người nghèo" được 2,36 tỷ đồng, hỗ trợ xây mới, sửa chữa 27 căn nhà, mỗi căn từ 40 đến 60 triệu đồng.
Mỗi phần quà Tết trị giá 800.000 đồng, gồm 10 kg gạo, nhu yếu phẩm và 400.000 đồng tiền mặt; tổng trị giá 1,2 tỷ đồng, do Công ty Cổ phần Thủy sản Minh Phú, Ngân hàng Chính sách xã hội và các nhà hảo tâm tài trợ. Trong đó 120 phần dành cho người có uy tín và chức sắc tôn giáo, 86 phần cho hộ neo đơn, người khuyết tật nặng. Ngoài ra, các đoàn thể phường còn trao 200 suất học bổng "Nâng bước em tới trường", mỗi suất 1 triệu đồng.
Ông Tăng Văn Lầu, người có uy tín khóm Nhà Mát, nói: "Năm nay phường mới mà không khí Tết vẫn ấm, Mặt trận đến tận nhà từng hộ khó khăn". Bà Triệu Thị Lan, hộ nghèo khóm 3, được nhận thêm 1 xe lăn do Hội Chữ thập đỏ phường trao.
Phát biểu tại chương trình, đồng chí Huỳnh Thanh Bình đề nghị Mặt trận phường tiếp tục thực hiện Kế hoạch số 45-KH/TU ngày 05/01/2026 của Tỉnh ủy về chăm lo Tết cho người nghèo và Hướng dẫn số 09/HD-MTTQ-BTT, 10/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; bảo đảm 100% hộ nghèo, hộ cận nghèo đều được chăm lo Tết.
Theo đồng chí Lý Thị Mỹ Xuyên, dịp Tết Bính Ngọ 2026, toàn phường dự kiến trao khoảng 4.200 phần quà với tổng trị giá hơn 3,1 tỷ đồng; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Trần Minh Nhựt, Kim Thị Sà Phonl được phân công trực tiếp theo dõi 9 khóm vùng ven biển.
Nhật Minh
Lượt xem: 2.874
Tin liên quan
- Cà Mau: 100% xã, phường ra quân chăm lo Tết cho hộ nghèo (05/02/2026)
- Phường Hiệp Thành trao 300 phần quà cho ngư dân (03/02/2026)
- Hội nghị tổng kết công tác Mặt trận phường Bạc Liêu năm 2025 (30/12/2025)
""", "2026-02-10", "Trao 1.500 phần quà Tết cho hộ nghèo, gia đình chính sách phường Bạc Liêu",
E("trao_qua", None, "2026-02-09"),
[P("Huỳnh Thanh Bình", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Thị Mỹ Xuyên", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lý Hùng", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Xiêm Cán"),
 P("Tăng Văn Lầu", "người có uy tín khóm Nhà Mát"),
 P("Triệu Thị Lan"),
 P("Trần Minh Nhựt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Kim Thị Sà Phonl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("1.500 phần quà", 1500, "phần quà"), Q("17.320 hộ", 17320, "hộ"), Q("hơn 64.000 nhân khẩu", 64000, "nhân khẩu", "over"),
 Q("gần 18%", 18, "%", "approx"), Q("2,36 tỷ đồng", 2360000000, "đồng"), Q("27 căn nhà", 27, "căn nhà"),
 Q("40", 40000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"), Q("800.000 đồng", 800000, "đồng"), Q("10 kg", 10, "kg"),
 Q("400.000 đồng", 400000, "đồng"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("120 phần", 120, "phần"), Q("86 phần", 86, "phần"),
 Q("200 suất học bổng", 200, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("100%", 100, "%"),
 Q("khoảng 4.200 phần quà", 4200, "phần quà", "approx"), Q("hơn 3,1 tỷ đồng", 3100000000, "đồng", "over"), Q("9 khóm", 9, "khóm")],
[D("Kế hoạch", "45", "KH/TU", "2026-01-05", "Tỉnh ủy", "Kế hoạch số 45-KH/TU ngày 05/01/2026"),
 D("Hướng dẫn", "09", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 09/HD-MTTQ-BTT, 10/HD-MTTQ-BTT"),
 D("Hướng dẫn", "10", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 09/HD-MTTQ-BTT, 10/HD-MTTQ-BTT")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Bạc Liêu"), com("Phường 1"), com("Phường 2"), com("Phường 3"), com("Nhà Mát")],
["BÁO CÀ MAU ĐIỆN TỬ", "Xã hội » Mặt trận - Đoàn thể", "Ảnh: Trao quà Tết cho hộ nghèo phường Bạc Liêu.", "(CMO)",
 "Tết sum vầy - Xuân yêu thương", "Vì người nghèo", "Nâng bước em tới trường", "Lượt xem: 2.874"],
["10-02-2026 14:20", "1 xe lăn", "Tết Bính Ngọ 2026", "Lượt xem: 2.874"]))

PAGES.append(page("b4632-caobang-hlhpn-tongket-2013", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH CAO BẰNG
Trang chủ / Tin tức / Hoạt động cơ sở
Thứ Sáu, 27/12/2013 - 09:40
Hội LHPN xã Quang Trung tổng kết năm 2013: 11/11 chi hội hoàn thành chỉ tiêu
Ngày 25/12, Hội Liên hiệp Phụ nữ xã Quang Trung (huyện Hòa An, tỉnh Cao Bằng) tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2013. Đến dự có bà Nông Thị Bích, Phó Chủ tịch Hội LHPN huyện Hòa An; ông Lục Văn Hào, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Hoàng Thị Mai, Chủ tịch Ủy ban MTTQ xã cùng 64 đại biểu là chi hội trưởng, hội viên tiêu biểu.
Hội nghị tổng kết năm 2013. Ảnh: Bế Hạnh
Năm 2013, Hội LHPN xã có 1.142 hội viên, sinh hoạt ở 11 chi hội; kết nạp 58 hội viên mới. Thực hiện Nghị quyết 11-NQ/TW của Bộ Chính trị về công tác phụ nữ và Chỉ thị 21-CT/TW của Ban Bí thư, Hội tổ chức 44 buổi tuyên truyền cho khoảng 2.300 lượt hội viên về phòng, chống bạo lực gia đình, buôn bán người, tảo hôn. Hội phối hợp Ngân hàng Chính sách xã hội quản lý 6 tổ tiết kiệm và vay vốn, dư nợ 4,85 tỷ đồng cho 263 hộ vay; vận động hội viên giúp nhau 37 con bò, lợn giống và 126 ngày công.
Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" được triển khai ở 11/11 chi hội; 932 hộ đăng ký, 784 hộ đạt tiêu chí, chiếm 84%. Hội đã giúp 15 phụ nữ nghèo thoát nghèo; tỷ lệ hộ nghèo do phụ nữ làm chủ hộ giảm còn 12,6%. Quỹ "Mái ấm tình thương" tiếp nhận 21 triệu đồng, hỗ trợ sửa chữa 2 nhà cho chị em khó khăn.
Tại hội nghị, các chị Đàm Thị Nhung, Chi hội trưởng xóm Nà Rị; Lý Thị Thuận, Chi hội trưởng xóm Bản Chang và Chu Thị Lìu, hội viên xóm Pác Bó chia sẻ kinh nghiệm nuôi lợn đen, trồng thuốc lá theo hợp đồng với doanh nghiệp.
Phát biểu, bà Nông Thị Bích đề nghị Hội xã năm 2014 tiếp tục thực hiện Đề án 343 của Thủ tướng Chính phủ về tuyên truyền, giáo dục phẩm chất đạo đức phụ nữ; triển khai Kế hoạch số 27/KH-HPN ngày 10/12/2013 của Ban Thường vụ Hội LHPN huyện; phấn đấu kết nạp ít nhất 40 hội viên mới, trên 90% chi hội đạt khá, vững mạnh.
Bà Ngọc Thị Hiền, Chủ tịch Hội LHPN xã Quang Trung, tiếp thu ý kiến và cho biết Hội sẽ tập trung xây dựng 2 tổ hợp tác phụ nữ trồng rau an toàn, vận động chị em hiến đất làm đường theo chương trình xây dựng nông thôn mới. Dịp này, Hội tặng giấy khen cho 5 tập thể và 14 hội viên xuất sắc.
Hội nghị cũng chỉ ra hạn chế: sinh hoạt ở một số chi hội xóm xa như Pác Bó, Nà Rị chưa đều; một số chi hội trưởng tuổi cao, còn lúng túng trong ghi chép sổ sách.
Bế Hạnh
Số lượt xem: 318
Tin liên quan
- Hội LHPN xã Bạch Đằng đại hội nhiệm kỳ 2013 - 2016 (12/12/2013)
- Hòa An: trao 20 con bò giống cho phụ nữ nghèo (02/12/2013)
- Hội LHPN huyện Hòa An tập huấn cán bộ chi hội (20/11/2013)
""", "2013-12-27", "Hội LHPN xã Quang Trung tổng kết năm 2013: 11/11 chi hội hoàn thành chỉ tiêu",
E("tong_ket", "2013", "2013-12-25"),
[P("Nông Thị Bích", "Phó Chủ tịch Hội LHPN huyện Hòa An"),
 P("Lục Văn Hào", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Hoàng Thị Mai", "Chủ tịch Ủy ban MTTQ xã"),
 P("Đàm Thị Nhung", "Chi hội trưởng xóm Nà Rị"),
 P("Lý Thị Thuận", "Chi hội trưởng xóm Bản Chang"),
 P("Chu Thị Lìu", "hội viên xóm Pác Bó"),
 P("Ngọc Thị Hiền", "Chủ tịch Hội LHPN xã Quang Trung")],
[Q("11/11 chi hội", 11, "chi hội"), Q("64 đại biểu", 64, "đại biểu"), Q("1.142 hội viên", 1142, "hội viên"),
 Q("58 hội viên mới", 58, "hội viên mới"), Q("44 buổi tuyên truyền", 44, "buổi tuyên truyền"),
 Q("khoảng 2.300 lượt hội viên", 2300, "lượt hội viên", "approx"), Q("6 tổ tiết kiệm và vay vốn", 6, "tổ tiết kiệm và vay vốn"),
 Q("4,85 tỷ đồng", 4850000000, "đồng"), Q("263 hộ", 263, "hộ"), Q("37 con bò, lợn giống", 37, "con bò, lợn giống"),
 Q("126 ngày công", 126, "ngày công"), Q("932 hộ", 932, "hộ"), Q("784 hộ", 784, "hộ"), Q("84%", 84, "%"),
 Q("15 phụ nữ nghèo", 15, "phụ nữ nghèo"), Q("12,6%", 12.6, "%"), Q("21 triệu đồng", 21000000, "đồng"), Q("2 nhà", 2, "nhà"),
 Q("ít nhất 40 hội viên mới", 40, "hội viên mới", "over"), Q("trên 90%", 90, "%", "over"),
 Q("2 tổ hợp tác phụ nữ trồng rau an toàn", 2, "tổ hợp tác phụ nữ trồng rau an toàn"), Q("5 tập thể", 5, "tập thể"),
 Q("14 hội viên xuất sắc", 14, "hội viên xuất sắc")],
[D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 11-NQ/TW"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị 21-CT/TW"),
 D("Đề án", "343", None, None, "Thủ tướng Chính phủ", "Đề án 343"),
 D("Kế hoạch", "27", "KH-HPN", "2013-12-10", "Ban Thường vụ Hội LHPN huyện", "Kế hoạch số 27/KH-HPN ngày 10/12/2013")],
[prov("Cao Bằng"), com("Quang Trung")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH CAO BẰNG", "Trang chủ / Tin tức / Hoạt động cơ sở", "Hội nghị tổng kết năm 2013. Ảnh: Bế Hạnh",
 "Xây dựng gia đình 5 không, 3 sạch", "Mái ấm tình thương", "Số lượt xem: 318"],
["Thứ Sáu, 27/12/2013 - 09:40", "năm 2013", "năm 2014", "5 không, 3 sạch", "Số lượt xem: 318"]))

PAGES.append(page("b4633-phutho-mttq-soket-2026", """
Báo Phú Thọ điện tử
Chính trị > Mặt trận - Đoàn thể
Thứ Sáu, 12/06/2026 | 07:30
Xã Mai Châu: Mặt trận là "cầu nối" giữa chính quyền mới và nhân dân
(BPT) - Ngày 10/6, Ủy ban MTTQ Việt Nam xã Mai Châu tổ chức hội nghị sơ kết công tác Mặt trận và hoạt động của các tổ chức chính trị - xã hội 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Xa Thị Hương, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì. Dự có đồng chí Đinh Công Sứ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ; đồng chí Hà Văn Vinh, Bí thư Đảng ủy xã Mai Châu.
Quang cảnh hội nghị sơ kết. Ảnh: Bùi Minh
Xã Mai Châu (tỉnh Hòa Bình cũ) được thành lập trên cơ sở thị trấn Mai Châu, xã Chiềng Châu, xã Nà Phòn và xã Vạn Mai, là địa bàn du lịch cộng đồng với 28 xóm, trên 70% dân số là đồng bào Thái, Mường.
6 tháng đầu năm, Mặt trận xã đã chủ trì tổ chức 5 hội nghị hiệp thương, góp phần thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, với tỷ lệ cử tri đi bầu đạt 99,7%; 25 đại biểu HĐND xã trúng cử. Các đoàn thể vận động 1.186 hộ ký cam kết giữ gìn bản sắc văn hóa, 342 hộ làm du lịch homestay tham gia "Tổ tự quản du lịch văn minh".
Công tác an sinh được chú trọng: trao 860 suất quà Tết, trị giá 430 triệu đồng; hỗ trợ 9 căn nhà Đại đoàn kết; vận động Quỹ "Vì người nghèo" được 318 triệu đồng. Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng tổ chức 7 cuộc giám sát; Mặt trận xã phối hợp tổ chức 1 hội nghị đối thoại giữa Chủ tịch UBND xã với nhân dân về quy hoạch khu du lịch bản Lác, tiếp nhận 26 ý kiến.
Tham luận tại hội nghị, ông Hà Công Pấng, người có uy tín xóm Lác; bà Đinh Thị Xoan, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã và ông Lò Văn Tuân, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Cựu chiến binh xã đề xuất có cơ chế cho Ban công tác Mặt trận tham gia quản lý các điểm du lịch.
Phát biểu chỉ đạo, đồng chí Đinh Công Sứ ghi nhận: sau gần 1 năm vận hành chính quyền hai cấp, Mặt trận xã Mai Châu thực sự là cầu nối; đề nghị thực hiện tốt Quy định 124-QĐ/TW của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận và các đoàn thể, Kết luận số 18-KL/TU ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy về phát triển du lịch cộng đồng gắn với công tác dân vận.
6 tháng cuối năm, Mặt trận xã phấn đấu 100% xóm tổ chức Ngày hội Đại đoàn kết; xây dựng ít nhất 3 mô hình "Dân vận khéo" mới; vận động Quỹ "Vì người nghèo" đạt khoảng 600 triệu đồng cả năm.
Bùi Minh
Lượt xem: 1.540
Tin liên quan
- Phú Thọ: Sơ kết 1 năm hoạt động của Mặt trận cấp xã (08/06/2026)
- Xã Pà Cò ra mắt mô hình "Bản du lịch không rác thải" (30/05/2026)
- Xã Tân Lạc trao 15 căn nhà Đại đoàn kết (22/05/2026)
""", "2026-06-12", 'Xã Mai Châu: Mặt trận là "cầu nối" giữa chính quyền mới và nhân dân',
E("so_ket", "2026-H1", "2026-06-10"),
[P("Xa Thị Hương", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đinh Công Sứ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ"),
 P("Hà Văn Vinh", "Bí thư Đảng ủy xã Mai Châu"),
 P("Hà Công Pấng", "người có uy tín xóm Lác"),
 P("Đinh Thị Xoan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lò Văn Tuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Cựu chiến binh xã")],
[Q("28 xóm", 28, "xóm"), Q("trên 70%", 70, "%", "over"), Q("5 hội nghị hiệp thương", 5, "hội nghị hiệp thương"), Q("99,7%", 99.7, "%"),
 Q("25 đại biểu HĐND xã", 25, "đại biểu HĐND xã"), Q("1.186 hộ", 1186, "hộ"), Q("342 hộ", 342, "hộ"), Q("860 suất quà", 860, "suất quà"),
 Q("430 triệu đồng", 430000000, "đồng"), Q("9 căn nhà Đại đoàn kết", 9, "căn nhà Đại đoàn kết"), Q("318 triệu đồng", 318000000, "đồng"),
 Q("7 cuộc giám sát", 7, "cuộc giám sát"), Q("26 ý kiến", 26, "ý kiến"), Q("100% xóm", 100, "%"),
 Q("ít nhất 3 mô hình", 3, "mô hình", "over"), Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx")],
[D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW"),
 D("Kết luận", "18", "KL/TU", "2026-04-15", "Ban Thường vụ Tỉnh ủy", "Kết luận số 18-KL/TU ngày 15/4/2026")],
[prov("Phú Thọ"), prov("Hòa Bình"), com("Mai Châu"), com("Chiềng Châu"), com("Nà Phòn"), com("Vạn Mai")],
["Báo Phú Thọ điện tử", "Chính trị > Mặt trận - Đoàn thể", "(BPT)", "Quang cảnh hội nghị sơ kết. Ảnh: Bùi Minh", "Tổ tự quản du lịch văn minh",
 "Vì người nghèo", "Dân vận khéo", "Ngày hội Đại đoàn kết", "Lượt xem: 1.540"],
["Thứ Sáu, 12/06/2026 | 07:30", "6 tháng đầu năm 2026", "6 tháng cuối năm", "khóa XVI", "nhiệm kỳ 2026 - 2031", "1 hội nghị đối thoại", "gần 1 năm", "Lượt xem: 1.540"]))

PAGES.append(page("b4634-quangngai-mttq-giamsat-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI
Trang chủ » Hoạt động cơ sở » Giám sát - Phản biện
Thứ Sáu, 05/09/2025 - 16:45
Mặt trận xã Đăk Hà giám sát hoạt động Trung tâm Phục vụ hành chính công xã
Từ ngày 2 đến 4/9, Ban Thường trực Ủy ban MTTQ Việt Nam xã Đăk Hà chủ trì, phối hợp các tổ chức chính trị - xã hội tổ chức giám sát chuyên đề việc tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã sau 2 tháng vận hành chính quyền địa phương hai cấp.
Xã Đăk Hà (tỉnh Kon Tum cũ, nay thuộc tỉnh Quảng Ngãi) được thành lập từ thị trấn Đăk Hà, xã Hà Mòn và xã Đăk La, có 13.870 hộ, trong đó khoảng 4.100 hộ đồng bào Xơ Đăng, Ba Na, Giẻ Triêng.
Đoàn giám sát do đồng chí A Hiên, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã làm trưởng đoàn; đồng chí Y Thương, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã làm phó trưởng đoàn; thành viên gồm các đồng chí A Duy, Nguyễn Thị Hồng Vân - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã và đại diện Ban Thanh tra nhân dân.
Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công xã. Ảnh: Minh Châu
Kết quả giám sát cho thấy, từ ngày 1/7 đến 31/8, Trung tâm tiếp nhận 4.286 hồ sơ, trong đó 3.912 hồ sơ nộp trực tuyến, chiếm 91,3%; đã giải quyết 4.105 hồ sơ, đúng hạn 97,8%; 181 hồ sơ đang giải quyết, 23 hồ sơ trễ hạn chủ yếu về đất đai. Đoàn đã khảo sát ngẫu nhiên 150 người dân đến giao dịch, 87% hài lòng.
Tuy nhiên, đoàn phát hiện nhiều người dân ở các thôn xa như Kon Pông, Kon Rlang phải đi trên 25 km để làm thủ tục; một số người cao tuổi, đồng bào dân tộc thiểu số chưa biết sử dụng dịch vụ công trực tuyến. Đoàn đã kiến nghị 8 nội dung, trong đó đề nghị bố trí điểm tiếp nhận lưu động mỗi tuần 1 lần tại 3 cụm thôn, phân công Đoàn Thanh niên lập 12 tổ "Công nghệ số cộng đồng" hỗ trợ người dân.
Tiếp thu, đồng chí Phạm Văn Nam, Phó Chủ tịch UBND xã, Giám đốc Trung tâm Phục vụ hành chính công xã cam kết khắc phục trong tháng 9. Ông A Rẽ, người có uy tín thôn Kon Stiu, đề nghị có cán bộ biết tiếng Xơ Đăng trực tại Trung tâm.
Cuộc giám sát được thực hiện theo Kế hoạch số 07/KH-MTTQ-BTT ngày 22/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã, Quyết định số 99-QĐ/TW của Ban Bí thư về Quy chế giám sát và phản biện xã hội, và Hướng dẫn số 12-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Minh Châu
Lượt xem: 1.163
Tin liên quan
- Quảng Ngãi: Mặt trận các xã miền núi giám sát chi trả chính sách (01/09/2025)
- Xã Đăk Tô ra mắt 18 tổ "Công nghệ số cộng đồng" (27/08/2025)
- Đăk Hà: Trao 40 suất quà cho học sinh nghèo năm học mới (25/08/2025)
""", "2025-09-05", "Mặt trận xã Đăk Hà giám sát hoạt động Trung tâm Phục vụ hành chính công xã",
E("giam_sat", None, "2025-09-02"),
[P("A Hiên", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Thương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("A Duy", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Hồng Vân", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã"),
 P("Phạm Văn Nam", "Phó Chủ tịch UBND xã", "Giám đốc Trung tâm Phục vụ hành chính công xã"),
 P("A Rẽ", "người có uy tín thôn Kon Stiu")],
[Q("13.870 hộ", 13870, "hộ"), Q("khoảng 4.100 hộ đồng bào Xơ Đăng, Ba Na, Giẻ Triêng", 4100, "hộ đồng bào Xơ Đăng, Ba Na, Giẻ Triêng", "approx"),
 Q("4.286 hồ sơ", 4286, "hồ sơ"), Q("3.912 hồ sơ", 3912, "hồ sơ"), Q("91,3%", 91.3, "%"), Q("4.105 hồ sơ", 4105, "hồ sơ"),
 Q("97,8%", 97.8, "%"), Q("181 hồ sơ", 181, "hồ sơ"), Q("23 hồ sơ", 23, "hồ sơ"), Q("150 người dân", 150, "người dân"),
 Q("87%", 87, "%"), Q("trên 25 km", 25, "km", "over"), Q("8 nội dung", 8, "nội dung"), Q("3 cụm thôn", 3, "cụm thôn"),
 Q("12 tổ", 12, "tổ")],
[D("Kế hoạch", "07", "KH-MTTQ-BTT", "2025-08-22", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 07/KH-MTTQ-BTT ngày 22/8/2025"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW"),
 D("Hướng dẫn", "12", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 12-HD/MTTW-BTT")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Đăk Hà"), com("Hà Mòn"), com("Đăk La")],
["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI", "Trang chủ » Hoạt động cơ sở » Giám sát - Phản biện",
 "Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công xã. Ảnh: Minh Châu", "Công nghệ số cộng đồng", "Lượt xem: 1.163"],
["Thứ Sáu, 05/09/2025 - 16:45", "2 tháng", "1 lần", "Lượt xem: 1.163"]))

PAGES.append(page("b4635-hcm-doan-doithoai-2025", """
Thành Đoàn TP. Hồ Chí Minh - Cổng thông tin
Tin tức | Cơ sở Đoàn | Phường, xã
Ngày đăng 28/11/2025 | 10:40
Ảnh: Đoàn viên, thanh niên phường Thủ Dầu Một nêu ý kiến tại buổi đối thoại.
Lãnh đạo phường Thủ Dầu Một đối thoại với đoàn viên, thanh niên năm 2025
Tối 26/11, Ban Thường vụ Đoàn phường Thủ Dầu Một phối hợp Ủy ban MTTQ Việt Nam phường tổ chức chương trình "Thanh niên phường mới - Đối thoại với lãnh đạo phường năm 2025". Tham dự và trả lời đối thoại có đồng chí Nguyễn Thanh Phong, Bí thư Đảng ủy, Chủ tịch HĐND phường; đồng chí Lê Thị Ngọc Hân, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; các đồng chí Phó Chủ tịch UBND phường: Võ Minh Tâm, Trần Quốc Huy. Hơn 250 đoàn viên, thanh niên, công nhân, sinh viên tham dự.
Phường Thủ Dầu Một (tỉnh Bình Dương cũ, nay thuộc Thành phố Hồ Chí Minh) được thành lập từ phường Phú Cường, phường Hiệp Thành và phường Phú Hòa; có khoảng 38.000 thanh niên, trong đó hơn 15.000 thanh niên công nhân thuê trọ. Đoàn phường hiện có 46 chi đoàn với 2.874 đoàn viên.
Tại buổi đối thoại, 19 ý kiến được nêu trực tiếp và 34 ý kiến gửi qua nhóm Zalo, tập trung vào việc làm, chỗ ở cho công nhân, sân chơi thanh niên, chuyển đổi số. Anh Phạm Đức Lộc, Bí thư Chi đoàn khu phố 5, đề nghị mở thêm không gian sinh hoạt cộng đồng; chị Rơ Mah H'Nhung, công nhân Công ty TNHH Giày da Phú Cường, quê Gia Lai, hỏi về thủ tục đăng ký tạm trú sau khi nhập phường.
Đồng chí Lê Thị Ngọc Hân cho biết phường đã dành khoảng 2,5 tỷ đồng cải tạo 3 điểm sân chơi, dự kiến hoàn thành trong quý I/2026; Trung tâm Phục vụ hành chính công phường sẵn sàng hỗ trợ đăng ký tạm trú trực tuyến, 100% hồ sơ được trả trong 3 ngày làm việc. Đồng chí Nguyễn Thanh Phong giao Đoàn phường xây dựng 12 tổ "Thanh niên tình nguyện số" hỗ trợ người dân.
Chương trình được tổ chức theo Quyết định số 13/2025/QĐ-TTg của Thủ tướng Chính phủ quy định về đối thoại với thanh niên, Kế hoạch số 86-KH/TĐTN-BTG của Ban Thường vụ Thành Đoàn. Đồng chí Đào Thị Kim Yến, Bí thư Đoàn phường, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết các ý kiến chưa trả lời tại chỗ sẽ được tổng hợp, trả lời bằng văn bản trước ngày 15/12.
Dịp này, Đoàn phường trao 30 suất học bổng, mỗi suất 2 triệu đồng cho con công nhân; tặng 50 phần quà cho thanh niên công nhân có hoàn cảnh khó khăn.
Khánh Linh
Lượt xem: 957
Tin khác
- Phường Thủ Dầu Một ra mắt Câu lạc bộ thanh niên công nhân (18/11/2025)
- TP. Hồ Chí Minh: 168 xã, phường tổ chức đối thoại với thanh niên (10/11/2025)
- Đoàn phường Bình Dương tổ chức Ngày hội việc làm (02/11/2025)
""", "2025-11-28", "Lãnh đạo phường Thủ Dầu Một đối thoại với đoàn viên, thanh niên năm 2025",
E("doi_thoai", "2025", "2025-11-26"),
[P("Nguyễn Thanh Phong", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Lê Thị Ngọc Hân", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Võ Minh Tâm", "Phó Chủ tịch UBND phường"),
 P("Trần Quốc Huy", "Phó Chủ tịch UBND phường"),
 P("Phạm Đức Lộc", "Bí thư Chi đoàn khu phố 5"),
 P("Rơ Mah H'Nhung", "công nhân Công ty TNHH Giày da Phú Cường"),
 P("Đào Thị Kim Yến", "Bí thư Đoàn phường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("Hơn 250 đoàn viên, thanh niên, công nhân, sinh viên", 250, "đoàn viên, thanh niên, công nhân, sinh viên", "over"),
 Q("khoảng 38.000 thanh niên", 38000, "thanh niên", "approx"), Q("hơn 15.000 thanh niên công nhân", 15000, "thanh niên công nhân", "over"),
 Q("46 chi đoàn", 46, "chi đoàn"), Q("2.874 đoàn viên", 2874, "đoàn viên"), Q("19 ý kiến", 19, "ý kiến"), Q("34 ý kiến", 34, "ý kiến"),
 Q("khoảng 2,5 tỷ đồng", 2500000000, "đồng", "approx"), Q("3 điểm sân chơi", 3, "điểm sân chơi"), Q("100%", 100, "%"),
 Q("12 tổ", 12, "tổ"), Q("30 suất học bổng", 30, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("50 phần quà", 50, "phần quà")],
[D("Quyết định", "13", "2025/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 13/2025/QĐ-TTg"),
 D("Kế hoạch", "86", "KH/TĐTN-BTG", None, "Ban Thường vụ Thành Đoàn", "Kế hoạch số 86-KH/TĐTN-BTG")],
[prov("Hồ Chí Minh"), prov("Bình Dương"), com("Thủ Dầu Một"), com("Phú Cường"), com("Hiệp Thành"), com("Phú Hòa")],
["Thành Đoàn TP. Hồ Chí Minh - Cổng thông tin", "Tin tức | Cơ sở Đoàn | Phường, xã",
 "Ảnh: Đoàn viên, thanh niên phường Thủ Dầu Một nêu ý kiến tại buổi đối thoại.", "Thanh niên phường mới - Đối thoại với lãnh đạo phường năm 2025",
 "Thanh niên tình nguyện số", "Lượt xem: 957"],
["Ngày đăng 28/11/2025 | 10:40", "quý I/2026", "3 ngày làm việc", "Lượt xem: 957"]))

PAGES.append(page("b4636-angiang-mttq-uytin-2016", """
Báo An Giang Online
Chính trị - Xã hội » Mặt trận
Ngày đăng 06/09/2016 | 16:20
Xã Châu Lăng gặp mặt 45 người có uy tín trong đồng bào Khmer
(BAG) - Ngày 5/9, Ủy ban MTTQ Việt Nam xã Châu Lăng (huyện Tri Tôn, tỉnh An Giang) phối hợp Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt, cung cấp thông tin cho người có uy tín trong đồng bào dân tộc Khmer năm 2016. Dự có ông Chau Sóc Khăn, Phó Trưởng Ban Dân tộc tỉnh; bà Néang Sa Vy, HUV, Phó Chủ tịch Ủy ban MTTQ huyện Tri Tôn; ông Chau Ty, Bí thư Đảng ủy xã Châu Lăng cùng 45 người có uy tín là Achar, sư cả, trưởng phum, sóc của 8 ấp.
Đại biểu dự hội nghị gặp mặt người có uy tín.
Xã Châu Lăng có 2.680 hộ, trong đó đồng bào Khmer chiếm 78%, với 6 chùa Phật giáo Nam tông Khmer. Thực hiện Quyết định số 18/2011/QĐ-TTg và Quyết định số 56/2013/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín, năm 2016 mỗi người có uy tín được cấp 1 tờ báo Dân tộc và Phát triển, được thăm hỏi khi ốm đau với mức 500.000 đồng/lần.
Tại hội nghị, ông Chau Sóc Khăn thông tin tình hình kinh tế - xã hội, quốc phòng - an ninh của tỉnh 8 tháng đầu năm; đề nghị các vị người có uy tín vận động đồng bào không nghe theo kẻ xấu xúi giục vượt biên trái phép, không tham gia "Hội Đồng bào Khmer Krom". Ông Chau Sóc, Achar chùa Soài Chếk, cho biết trong năm đã phối hợp Ban công tác Mặt trận ấp vận động 52 hộ đưa con đi học lại, hòa giải 9 vụ tranh chấp đất giữa các hộ. Bà Néang Kim Thoa, người có uy tín ấp Phước Long, đề nghị hỗ trợ 23 hộ nghèo thiếu đất sản xuất.
Theo báo cáo của Mặt trận xã, 8 tháng qua các ấp đã vận động nhân dân đóng góp 312 triệu đồng, 1.820 ngày công làm 4,6 km đường; xây 11 căn nhà Đại đoàn kết, mỗi căn 35 triệu đồng từ Quỹ "Vì người nghèo" tỉnh; 97% hộ đạt gia đình văn hóa.
Phát biểu, bà Néang Sa Vy đề nghị tiếp tục thực hiện Chỉ thị 06/2008/CT-TTg của Thủ tướng Chính phủ và Kế hoạch số 64-KH/HU của Ban Thường vụ Huyện ủy Tri Tôn về phát huy vai trò người có uy tín; mỗi người có uy tín vận động ít nhất 5 hộ tham gia mô hình "Tổ tự quản an ninh trật tự".
Kết thúc hội nghị, Ban Dân tộc tỉnh và Mặt trận xã tặng 45 phần quà, mỗi phần 300.000 đồng cho các vị người có uy tín.
Nhiều vị người có uy tín cho biết thông tin được cung cấp tại hội nghị giúp bà con hiểu rõ chính sách, yên tâm sản xuất; đề nghị huyện duy trì hội nghị hằng năm, tổ chức cho người có uy tín đi tham quan mô hình sản xuất ở các xã bạn.
Thành Nhân
Lượt xem: 764
Tin liên quan
- Tri Tôn: Tổ chức Lễ Sene Dolta cấp huyện (25/09/2016)
- Xã Lương Phi bàn giao 8 căn nhà Đại đoàn kết (30/08/2016)
- An Giang: Hơn 500 người có uy tín được cung cấp thông tin (20/08/2016)
""", "2016-09-06", "Xã Châu Lăng gặp mặt 45 người có uy tín trong đồng bào Khmer",
E("hoi_nghi", "2016", "2016-09-05"),
[P("Chau Sóc Khăn", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Néang Sa Vy", "HUV", "Phó Chủ tịch Ủy ban MTTQ huyện Tri Tôn"),
 P("Chau Ty", "Bí thư Đảng ủy xã Châu Lăng"),
 P("Chau Sóc", "Achar chùa Soài Chếk"),
 P("Néang Kim Thoa", "người có uy tín ấp Phước Long")],
[Q("45 người có uy tín", 45, "người có uy tín"), Q("8 ấp", 8, "ấp"), Q("2.680 hộ", 2680, "hộ"), Q("78%", 78, "%"),
 Q("6 chùa Phật giáo Nam tông Khmer", 6, "chùa Phật giáo Nam tông Khmer"), Q("500.000 đồng/lần", 500000, "đồng"),
 Q("52 hộ", 52, "hộ"), Q("9 vụ tranh chấp đất", 9, "vụ tranh chấp đất"), Q("23 hộ nghèo", 23, "hộ nghèo"),
 Q("312 triệu đồng", 312000000, "đồng"), Q("1.820 ngày công", 1820, "ngày công"), Q("4,6 km", 4.6, "km"),
 Q("11 căn nhà Đại đoàn kết", 11, "căn nhà Đại đoàn kết"), Q("35 triệu đồng", 35000000, "đồng"), Q("97%", 97, "%"),
 Q("ít nhất 5 hộ", 5, "hộ", "over"), Q("45 phần quà", 45, "phần quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg"),
 D("Chỉ thị", "06", "2008/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 06/2008/CT-TTg"),
 D("Kế hoạch", "64", "KH/HU", None, "Ban Thường vụ Huyện ủy Tri Tôn", "Kế hoạch số 64-KH/HU")],
[prov("An Giang"), com("Châu Lăng")],
["Báo An Giang Online", "Chính trị - Xã hội » Mặt trận", "(BAG)", "Đại biểu dự hội nghị gặp mặt người có uy tín.",
 "Hội Đồng bào Khmer Krom", "Vì người nghèo", "Tổ tự quản an ninh trật tự", "Dân tộc và Phát triển", "Lượt xem: 764"],
["Ngày đăng 06/09/2016 | 16:20", "năm 2016", "1 tờ báo", "8 tháng đầu năm", "8 tháng qua", "Lượt xem: 764"]))
