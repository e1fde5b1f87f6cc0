from lib import *
PAGES = []

PAGES.append(page("b5843-nghean-mttq-giamsat-2018", """
Báo Nghệ An điện tử
Trang chủ / Chính trị / Mặt trận
Thứ Sáu, 14/12/2018, 16:30
Mặt trận tỉnh báo cáo kết quả giám sát thực hiện Quy chế dân chủ ở cơ sở năm 2018
(Baonghean.vn) - Ngày 13/12, Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức hội nghị báo cáo kết quả giám sát việc thực hiện Quy chế dân chủ ở cơ sở năm 2018. Đồng chí Hoàng Thị Quỳnh Lam, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, chủ trì và phát biểu chỉ đạo. Báo Nghệ An trích đăng bài phát biểu.
Đồng chí Hoàng Thị Quỳnh Lam phát biểu tại hội nghị. Ảnh: Thanh Lê
"Thưa các đồng chí! Năm 2018, thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, Mặt trận các cấp trong tỉnh đã tổ chức 1.284 cuộc giám sát, trong đó cấp tỉnh 6 cuộc, cấp huyện 97 cuộc. Qua giám sát đã phát hiện 37 xã còn thu các khoản đóng góp chưa đúng quy định, với tổng số tiền hơn 2,1 tỷ đồng; đã kiến nghị trả lại cho dân trên 1,6 tỷ đồng.
Đoàn giám sát của tỉnh do đồng chí Lô Văn Thoại, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, làm trưởng đoàn đã làm việc với xã Châu Kim và thị trấn Kim Sơn của huyện Quế Phong. Ở đây vẫn còn 14 trường hợp cán bộ thôn bản chưa công khai danh sách hộ nghèo. Ban Thanh tra nhân dân ở 126 xã chưa được kiện toàn.
Năm 2019, tôi đề nghị các huyện, thị xã thực hiện tốt Kế hoạch số 79-KH/MTTQ-BTT ngày 5/12/2018 của Ban Thường trực Ủy ban MTTQ tỉnh; mỗi huyện giám sát ít nhất 3 chuyên đề; chú trọng giám sát việc thực hiện chính sách ở 27 xã biên giới. Những kiến nghị sau giám sát phải được theo dõi đến cùng, không để "giám sát xong rồi để đó".
Tôi cũng đề nghị phối hợp chặt với HĐND các cấp theo Quy chế phối hợp số 04/QCPH-MTTQ-HĐND để tránh chồng chéo."
Báo cáo tại hội nghị do đồng chí Nguyễn Văn Hảo, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, trình bày. Các đồng chí Chủ tịch Ủy ban MTTQ huyện: Vi Thị Hoa, Lương Văn Khiêm, Lữ Đình Thi tham luận về kinh nghiệm giám sát ở vùng đồng bào Thái, Khơ Mú. Bà Vi Thị Hoa cho biết 100% bản ở huyện Quế Phong đã có Ban Thanh tra nhân dân; 92,4% ý kiến phản ánh của nhân dân đã được trả lời.
Kết luận hội nghị, đồng chí Hoàng Thị Quỳnh Lam giao Ban Dân chủ - Pháp luật tổng hợp 58 kiến nghị sau giám sát gửi UBND tỉnh trước ngày 25/12, đồng thời đề xuất Ban Thường trực khen thưởng 21 Ban Thanh tra nhân dân tiêu biểu. Đồng chí Lô Văn Thoại cho biết năm 2019 Mặt trận tỉnh dự kiến dành khoảng 350 triệu đồng cho hoạt động giám sát, phản biện xã hội.
Thanh Lê
Lượt xem: 2.019
Tin liên quan
- Mặt trận tỉnh giám sát hỗ trợ hộ nghèo tại Tương Dương (20/11/2018)
- Hội nghị phản biện dự thảo quy định về thu phí (08/11/2018)
- Tôn vinh 45 gương Ban Thanh tra nhân dân tiêu biểu (25/10/2018)
""", "2018-12-14", "Mặt trận tỉnh báo cáo kết quả giám sát thực hiện Quy chế dân chủ ở cơ sở năm 2018",
E("giam_sat", "2018", "2018-12-13"),
[P("Hoàng Thị Quỳnh Lam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lô Văn Thoại", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hảo", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Thị Hoa", "Chủ tịch Ủy ban MTTQ huyện"), P("Lương Văn Khiêm", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lữ Đình Thi", "Chủ tịch Ủy ban MTTQ huyện")],
[Q("1.284 cuộc giám sát", 1284, "cuộc giám sát"), Q("6 cuộc", 6, "cuộc"), Q("97 cuộc", 97, "cuộc"), Q("37 xã", 37, "xã"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("trên 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("14 trường hợp", 14, "trường hợp"), Q("126 xã", 126, "xã"), Q("ít nhất 3 chuyên đề", 3, "chuyên đề", "over"),
 Q("27 xã biên giới", 27, "xã biên giới"), Q("100% bản", 100, "%"), Q("92,4%", 92.4, "%"), Q("58 kiến nghị", 58, "kiến nghị"),
 Q("21 Ban Thanh tra nhân dân tiêu biểu", 21, "Ban Thanh tra nhân dân tiêu biểu"), Q("khoảng 350 triệu đồng", 350000000, "đồng", "approx")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "79", "KH/MTTQ-BTT", "2018-12-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 79-KH/MTTQ-BTT ngày 5/12/2018"),
 D("Quy chế phối hợp", "04", "QCPH-MTTQ-HĐND", None, None, "Quy chế phối hợp số 04/QCPH-MTTQ-HĐND")],
[prov("Nghệ An"), com("Châu Kim"), com("Kim Sơn")],
["Báo Nghệ An điện tử", "Trang chủ / Chính trị / Mặt trận", "(Baonghean.vn)",
 "Đồng chí Hoàng Thị Quỳnh Lam phát biểu tại hội nghị. Ảnh: Thanh Lê", "Lượt xem: 2.019", "giám sát xong rồi để đó"],
["Thứ Sáu, 14/12/2018, 16:30", "năm 2018", "Năm 2019", "năm 2019", "Lượt xem: 2.019", "25/12"]))

PAGES.append(page("b5844-daklak-bdv-traoqua-2019", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ » Tin tức » Hoạt động Ban
Cập nhật lúc 17:05 ngày 25/01/2019
Ảnh: Đồng chí Y Kriêng Mlô trao quà cho người dân buôn Cuôr Knia.
Trưởng Ban Dân vận Tỉnh ủy thăm, tặng quà Tết tại huyện Buôn Đôn
Ngày 24/1/2019, đoàn công tác Ban Dân vận Tỉnh ủy Đắk Lắk do đồng chí Y Kriêng Mlô, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà cho người có uy tín, hộ nghèo tại xã Ea Bar và xã Krông Na, huyện Buôn Đôn nhân dịp Tết Nguyên đán Kỷ Hợi 2019.
Tại buổi trao quà, đồng chí Y Kriêng Mlô phát biểu: "Thay mặt Ban Thường vụ Tỉnh ủy, tôi gửi tới bà con lời chúc một mùa xuân ấm no. Năm 2018, huyện Buôn Đôn đã giảm 412 hộ nghèo, tỷ lệ hộ nghèo còn 17,3%. Bà con trong buôn đã hiến hơn 4.000 m2 đất làm đường, góp 2.600 ngày công. Tôi biểu dương già làng Ama Kiêm, người có uy tín buôn Cuôr Knia, đã vận động 23 hộ bỏ tục 'nối dây' và không nghe theo kẻ xấu.
Ban Dân vận Tỉnh ủy sẽ tiếp tục phối hợp thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín, Kế hoạch số 96-KH/TU của Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số tại chỗ. Tôi đề nghị Đảng ủy các xã tiếp tục vận động bà con không phá rừng, không bán đất cho người ngoài; nơi nào có khó khăn phải báo ngay để tỉnh hỗ trợ."
Dịp này, đoàn đã trao 250 suất quà Tết, mỗi suất gồm 500.000 đồng tiền mặt và nhu yếu phẩm, tổng trị giá 175 triệu đồng; tặng 32 người có uy tín mỗi người 1 chăn ấm và 1 radio. Hội Liên hiệp Phụ nữ tỉnh tặng thêm 50 suất quà cho phụ nữ đơn thân nghèo.
Cùng đi có các đồng chí: H'Yâm Byă, Phó Trưởng Ban Dân vận Tỉnh ủy; Y Bhin Mlô, HUV, Trưởng Ban Dân vận Huyện ủy Buôn Đôn; Nguyễn Văn Tuấn, Chủ tịch UBND xã Ea Bar. Ông Y Thông Bkrông, Bí thư Chi bộ buôn Trí A, thay mặt bà con cảm ơn tỉnh đã quan tâm.
Theo báo cáo của huyện, Tết này Buôn Đôn có 1.870 hộ được nhận quà từ các cấp, các ngành với tổng kinh phí hơn 1,2 tỷ đồng.
Cùng ngày, đoàn đến thăm gia đình bà H'Blung Ayun, người có uy tín buôn Ea Mar, xã Krông Na, có con trai là bộ đội biên phòng; tặng gia đình 2 triệu đồng. Trao đổi với đoàn, bà H'Blung Ayun cho biết buôn có 87 hộ thì 64 hộ đã có nhà kiên cố, nhiều hộ trồng cà phê, hồ tiêu cho thu nhập ổn định. Đồng chí Y Kriêng Mlô đề nghị huyện hỗ trợ buôn xây dựng nhà sinh hoạt cộng đồng theo Kế hoạch số 96-KH/TU, phấn đấu trong năm 2019 hoàn thành.
H'Xíu
Tin liên quan
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2018 (28/12/2018)
- Krông Ana: gặp mặt người có uy tín năm 2019 (15/01/2019)
- 120 suất quà Tết đến với đồng bào Ea Súp (12/01/2019)
""", "2019-01-25", "Trưởng Ban Dân vận Tỉnh ủy thăm, tặng quà Tết tại huyện Buôn Đôn",
E("trao_qua", None, "2019-01-24"),
[P("Y Kriêng Mlô", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ama Kiêm", "già làng", "người có uy tín buôn Cuôr Knia"),
 P("H'Yâm Byă", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Bhin Mlô", "HUV", "Trưởng Ban Dân vận Huyện ủy Buôn Đôn"),
 P("Nguyễn Văn Tuấn", "Chủ tịch UBND xã Ea Bar"),
 P("Y Thông Bkrông", "Bí thư Chi bộ buôn Trí A"),
 P("H'Blung Ayun", "người có uy tín buôn Ea Mar")],
[Q("412 hộ nghèo", 412, "hộ nghèo"), Q("17,3%", 17.3, "%"), Q("hơn 4.000 m2", 4000, "m2", "over"),
 Q("2.600 ngày công", 2600, "ngày công"), Q("23 hộ", 23, "hộ"), Q("250 suất quà Tết", 250, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("175 triệu đồng", 175000000, "đồng"), Q("32 người có uy tín", 32, "người có uy tín"),
 Q("50 suất quà", 50, "suất quà"), Q("1.870 hộ", 1870, "hộ"), Q("2 triệu đồng", 2000000, "đồng"), Q("87 hộ", 87, "hộ"), Q("64 hộ", 64, "hộ"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Kế hoạch", "96", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 96-KH/TU")],
[prov("Đắk Lắk"), com("Ea Bar"), com("Krông Na")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ » Tin tức » Hoạt động Ban",
 "Ảnh: Đồng chí Y Kriêng Mlô trao quà cho người dân buôn Cuôr Knia.", "Tết Nguyên đán Kỷ Hợi 2019", "nối dây"],
["Cập nhật lúc 17:05 ngày 25/01/2019", "Năm 2018", "năm 2019", "1 chăn ấm", "1 radio"]))

PAGES.append(page("b5845-thanhhoa-bdv-hoinghi-2020", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Chính trị | Xây dựng Đảng
15/10/2020 - 14:35
Đồng chí Phó Bí thư Tỉnh ủy phát biểu tại hội nghị.
Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số
Sáng 14/10, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2020. Dự hội nghị có 320 đại biểu là người có uy tín tiêu biểu của 11 huyện miền núi. Đồng chí Lò Văn Páo, Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh, dự và phát biểu chỉ đạo.
Phát biểu tại hội nghị, đồng chí Lò Văn Páo nhấn mạnh: "Thưa các già làng, trưởng bản, các vị người có uy tín! Tỉnh ta hiện có 1.146 người có uy tín, phần lớn là đảng viên, già làng, trưởng bản. Những năm qua, các vị đã vận động bà con hiến hơn 85.000 m2 đất, tham gia giải quyết 213 vụ việc mâu thuẫn ở cơ sở, phát hiện và tố giác 19 vụ mua bán người qua biên giới.
Tôi đề nghị các cấp, các ngành tiếp tục thực hiện Chỉ thị số 06/CT-TTg ngày 21/2/2013 của Thủ tướng Chính phủ về công tác đối với người có uy tín, Nghị quyết 10-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững ở 5 huyện nghèo theo Nghị quyết 30a; chế độ hỗ trợ người có uy tín phải chi trả đúng, đủ, không dưới 2 lần mỗi năm. Ban Dân vận Tỉnh ủy chủ trì rà soát, đề xuất bổ sung khoảng 60 người có uy tín ở các bản mới sáp nhập."
Cũng tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hà Văn Ngọc, Phạm Thị Thanh Tâm báo cáo kết quả thực hiện Quyết định số 2561/QĐ-TTg ngày 31/12/2016 của Thủ tướng Chính phủ; đồng chí Cầm Bá Tường, Trưởng Ban Dân tộc tỉnh, thông tin về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số. Ông Vi Văn Cường, trưởng bản Đông Ban, xã Mường Mìn, chia sẻ cách vận động 46 hộ người Thái chuyển đổi cây trồng.
Hội nghị trao Bằng khen của Chủ tịch UBND tỉnh cho 48 người có uy tín tiêu biểu, mỗi người được thưởng 1,5 triệu đồng; trao 320 phần quà trị giá 400.000 đồng/phần. Các xã Mường Mìn, Trung Thành, Yên Khương có số người được khen nhiều nhất.
Tổng kinh phí tổ chức hội nghị khoảng 260 triệu đồng, từ nguồn ngân sách tỉnh và đóng góp của 4 doanh nghiệp.
Kết luận hội nghị, đồng chí Lò Văn Páo giao Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Ban Dân tộc tỉnh và Ủy ban MTTQ Việt Nam tỉnh tổ chức đoàn cho 50 người có uy tín đi tham quan, học tập kinh nghiệm tại các tỉnh phía Bắc trong quý IV; đồng thời xây dựng cơ sở dữ liệu về người có uy tín ở 218 xã, thị trấn miền núi để theo dõi, hỗ trợ kịp thời.
Minh Hiếu
Lượt xem: 947
TIN CÙNG CHUYÊN MỤC
- Quan Sơn tổ chức đối thoại với 120 người có uy tín (05/10/2020)
- Mường Lát: vận động đồng bào Mông định canh định cư (28/09/2020)
- Ban Dân vận Tỉnh ủy sơ kết 9 tháng (22/09/2020)
""", "2020-10-15", "Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2020", "2020-10-14"),
[P("Lò Văn Páo", "Phó Bí thư Tỉnh ủy", "Trưởng Đoàn ĐBQH tỉnh"),
 P("Hà Văn Ngọc", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Phạm Thị Thanh Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cầm Bá Tường", "Trưởng Ban Dân tộc tỉnh"),
 P("Vi Văn Cường", "trưởng bản Đông Ban")],
[Q("320 đại biểu", 320, "đại biểu"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("1.146 người có uy tín", 1146, "người có uy tín"),
 Q("hơn 85.000 m2", 85000, "m2", "over"), Q("213 vụ việc mâu thuẫn", 213, "vụ việc mâu thuẫn"),
 Q("19 vụ mua bán người", 19, "vụ mua bán người"), Q("5 huyện nghèo", 5, "huyện nghèo"), Q("không dưới 2 lần", 2, "lần", "over"),
 Q("khoảng 60 người có uy tín", 60, "người có uy tín", "approx"), Q("46 hộ người Thái", 46, "hộ người Thái"),
 Q("48 người có uy tín tiêu biểu", 48, "người có uy tín tiêu biểu"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("320 phần quà", 320, "phần quà"), Q("400.000 đồng/phần", 400000, "đồng"),
 Q("khoảng 260 triệu đồng", 260000000, "đồng", "approx"), Q("4 doanh nghiệp", 4, "doanh nghiệp"), Q("50 người có uy tín", 50, "người có uy tín"),
 Q("218 xã, thị trấn miền núi", 218, "xã, thị trấn miền núi")],
[D("Chỉ thị", "06", "CT-TTg", "2013-02-21", "Thủ tướng Chính phủ", "Chỉ thị số 06/CT-TTg ngày 21/2/2013"),
 D("Nghị quyết", "10", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 10-NQ/TU"),
 D("Quyết định", "2561", "QĐ-TTg", "2016-12-31", "Thủ tướng Chính phủ", "Quyết định số 2561/QĐ-TTg ngày 31/12/2016")],
[prov("Thanh Hóa"), com("Mường Mìn"), com("Trung Thành"), com("Yên Khương")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Chính trị | Xây dựng Đảng",
 "Đồng chí Phó Bí thư Tỉnh ủy phát biểu tại hội nghị.", "Lượt xem: 947", "Nghị quyết 30a",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số"],
["15/10/2020 - 14:35", "năm 2020", "quý IV", "Lượt xem: 947", "Nghị quyết 30a"]))

PAGES.append(page("b5846-camau-bdv-baocao-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU
Vị trí: Trang chủ > Tin tức - Sự kiện > Chính trị
Ngày 08/01/2021 | 09:20
Ban Dân vận Tỉnh ủy báo cáo kết quả công tác năm 2020 với đoàn công tác Trung ương
Chiều 7/1/2021, đoàn công tác Ban Dân vận Trung ương do đồng chí Trịnh Quang Đạt, Phó Trưởng Ban Dân vận Trung ương, làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Cà Mau, nghe báo cáo kết quả công tác dân vận năm 2020. Tiếp đoàn có đồng chí Lý Hoàng Phúc, Phó Bí thư Thường trực Tỉnh ủy.
Quang cảnh buổi làm việc.
Báo cáo do đồng chí Dương Thị Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, trình bày cho thấy năm 2020, khối dân vận đã vận động nhân dân đóng góp hơn 96 tỷ đồng xây dựng 218 cây cầu và 142 km lộ nông thôn; tặng 3.400 phần quà cho người dân bị ảnh hưởng bởi dịch Covid-19. Toàn tỉnh có 1.532 mô hình "Dân vận khéo", trong đó 86 mô hình cấp tỉnh.
Phát biểu chỉ đạo, đồng chí Trịnh Quang Đạt ghi nhận: "Cà Mau đã làm tốt việc thể chế hóa Nghị quyết số 25-NQ/TW của BCH Trung ương khóa XI. Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị 12, 13-CT/TU về công tác dân vận chính quyền và về vận động đồng bào Khmer, Hoa. Tôi đề nghị năm 2021 tỉnh tập trung thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết 25; phấn đấu 100% cơ quan, đơn vị xây dựng kế hoạch dân vận chính quyền; giải quyết dứt điểm 27 vụ khiếu nại đông người về đất đai ở vùng ven biển, trong đó có 9 vụ kéo dài trên 5 năm.
Cà Mau có khoảng 31.000 đồng bào Khmer và trên 9.000 người Hoa; các đồng chí cần quan tâm đội ngũ 320 chức sắc, chức việc tôn giáo. Cũng cần tổng kết sớm mô hình 'Tổ tự quản an ninh trật tự' ở 64 ấp ven biển để nhân rộng."
Tiếp thu ý kiến, đồng chí Lý Hoàng Phúc cho biết Tỉnh ủy sẽ chỉ đạo xây dựng Kế hoạch số 147-KH/TU triển khai kết luận của đoàn. Đồng chí Trịnh Quang Đạt cũng đề nghị tỉnh quan tâm hơn chế độ cho 1.020 cán bộ làm công tác dân vận ở 101 xã, phường, thị trấn.
Cùng làm việc với đoàn có các đồng chí: Danh Út, Phó Trưởng Ban Dân vận Tỉnh ủy; Lâm Thị Sa Rết, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Trần Quốc Huy, Chủ tịch UBND xã Khánh Bình Tây. Trước đó, đoàn đã khảo sát mô hình "Dân vận khéo" tại xã Khánh Bình Tây và thị trấn Sông Đốc.
Theo báo cáo, năm 2020 các cơ quan dân vận trong tỉnh đã tham mưu cấp ủy tổ chức 212 cuộc đối thoại giữa người đứng đầu với nhân dân; 98,7% ý kiến, kiến nghị đã được giải quyết hoặc trả lời. Đồng chí Dương Thị Ngọc Hà đề xuất Trung ương sớm ban hành hướng dẫn về chế độ, chính sách cho cán bộ dân vận ấp, khóm, nhất là ở 5 huyện ven biển thường xuyên bị sạt lở.
Ngọc Hân
Lượt xem: 1.587
Tin khác
- Cà Mau: tổng kết phong trào "Dân vận khéo" 2020 (29/12/2020)
- Ban Dân vận Tỉnh ủy tặng 500 phần quà cho đồng bào Khmer (12/12/2020)
- U Minh đối thoại với nông dân (30/11/2020)
""", "2021-01-08", "Ban Dân vận Tỉnh ủy báo cáo kết quả công tác năm 2020 với đoàn công tác Trung ương",
E("bao_cao", "2020", "2021-01-07"),
[P("Trịnh Quang Đạt", "Phó Trưởng Ban Dân vận Trung ương"),
 P("Lý Hoàng Phúc", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Dương Thị Ngọc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Út", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Thị Sa Rết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quốc Huy", "Chủ tịch UBND xã Khánh Bình Tây")],
[Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"), Q("218 cây cầu", 218, "cây cầu"), Q("142 km", 142, "km"),
 Q("3.400 phần quà", 3400, "phần quà"), Q("1.532 mô hình", 1532, "mô hình"), Q("86 mô hình cấp tỉnh", 86, "mô hình cấp tỉnh"),
 Q("100% cơ quan, đơn vị", 100, "%"), Q("27 vụ khiếu nại đông người", 27, "vụ khiếu nại đông người"), Q("9 vụ", 9, "vụ"),
 Q("khoảng 31.000 đồng bào Khmer", 31000, "đồng bào Khmer", "approx"), Q("trên 9.000 người Hoa", 9000, "người Hoa", "over"),
 Q("320 chức sắc, chức việc", 320, "chức sắc, chức việc"), Q("64 ấp ven biển", 64, "ấp ven biển"),
 Q("1.020 cán bộ", 1020, "cán bộ"), Q("212 cuộc đối thoại", 212, "cuộc đối thoại"), Q("98,7%", 98.7, "%"), Q("5 huyện ven biển", 5, "huyện ven biển"), Q("101 xã, phường, thị trấn", 101, "xã, phường, thị trấn")],
[D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 25-NQ/TW của BCH Trung ương"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư"),
 D("Kế hoạch", "147", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 147-KH/TU")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Sông Đốc")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU", "Vị trí: Trang chủ > Tin tức - Sự kiện > Chính trị", "Quang cảnh buổi làm việc.",
 "Dân vận khéo", "Tổ tự quản an ninh trật tự", "Lượt xem: 1.587"],
["Ngày 08/01/2021 | 09:20", "năm 2020", "năm 2021", "khóa XI", "trên 5 năm", "Nghị quyết 25", "Covid-19"]))

PAGES.append(page("b5847-quangnam-huyenuy-tongket-2021", """
Báo Quảng Nam Online
Trang chủ | Chính trị | Địa phương
29/12/2021 - 08:10
Huyện ủy Đại Lộc tổng kết công tác dân vận năm 2021
(QNO) - Chiều 28/12, Huyện ủy Đại Lộc (tỉnh Quảng Nam) tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai nhiệm vụ năm 2022, kết nối trực tuyến đến 18 điểm cầu xã, thị trấn. Đồng chí Đoàn Văn Thịnh, Tỉnh ủy viên, Bí thư Huyện ủy Đại Lộc, dự và phát biểu chỉ đạo.
Toàn cảnh hội nghị tại điểm cầu huyện. Ảnh: H.N
Năm 2021, khối dân vận huyện đã vận động nhân dân hiến gần 62.000 m2 đất, tháo dỡ 340 m tường rào để mở rộng đường giao thông nông thôn; huy động trên 8,3 tỷ đồng xây dựng nông thôn mới. Trong đợt dịch Covid-19, các đoàn thể hỗ trợ 5.200 lượt người lao động khó khăn, 1.150 suất cơm cho khu cách ly.
Phát biểu chỉ đạo, đồng chí Đoàn Văn Thịnh nói: "Thưa các đồng chí, điều tôi muốn nhấn mạnh là 'dân vận chính quyền'. Năm qua, huyện vẫn còn 23 đơn thư khiếu nại về bồi thường dự án thủy điện, 6 vụ tập trung đông người tại trụ sở xã. Nguyên nhân là có lúc, có nơi chưa thực hiện nghiêm Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận và nhân dân đối với người đứng đầu. Năm 2022, tôi đề nghị các cấp ủy thực hiện Chỉ thị 05, 06-CT/HU của Ban Thường vụ Huyện ủy; mỗi xã có ít nhất 2 công trình dân vận; giải quyết 100% đơn thư đúng hạn.
Tôi đề nghị Ban Dân vận Huyện ủy tham mưu sơ kết Kế hoạch số 22-KH/HU ngày 12/4/2021 về vận động đồng bào Cơ Tu ở các xã Đại Hưng, Đại Lãnh; theo dõi tình hình 417 hộ tái định cư thủy điện Đắk Mi 4."
Tại hội nghị, đồng chí Alăng Thị Dòm, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện, báo cáo kết quả; các ông, bà Huỳnh Văn Bảy, Nguyễn Thị Lài - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện, thông tin kết quả vận động Quỹ "Vì người nghèo" năm 2021 được 2,65 tỷ đồng, hỗ trợ 47 căn nhà đại đoàn kết. Đồng chí Bhling Mia, Bí thư Đảng ủy xã Đại Lãnh, tham luận về vận động 120 hộ đồng bào Cơ Tu trồng rừng gỗ lớn.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 11 tập thể, 17 cá nhân; xã Đại Hưng được tặng cờ thi đua. Tỷ lệ hộ nghèo của huyện còn 2,9%.
Trước đó, hội nghị đã nghe đồng chí Zơrâm Thị Hương, Phó Trưởng Ban Dân vận Huyện ủy, quán triệt Quy chế công tác dân vận của hệ thống chính trị huyện nhiệm kỳ 2020 - 2025. Theo đó, năm 2022 mỗi chi bộ thôn phải có ít nhất 2 buổi sinh hoạt chuyên đề về dân vận; cán bộ, đảng viên phải tiếp xúc, nắm tình hình ít nhất 5 hộ dân nơi cư trú.
Hoàng Nhị
Lượt xem: 734
Tin liên quan
- Đại Lộc: 15 mô hình "Dân vận khéo" được biểu dương (10/12/2021)
- Nông Sơn tổng kết công tác dân vận (27/12/2021)
- Quảng Nam: 1.000 người có uy tín được tập huấn (20/12/2021)
""", "2021-12-29", "Huyện ủy Đại Lộc tổng kết công tác dân vận năm 2021",
E("tong_ket", "2021", "2021-12-28"),
[P("Đoàn Văn Thịnh", "Tỉnh ủy viên", "Bí thư Huyện ủy Đại Lộc"),
 P("Alăng Thị Dòm", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Huỳnh Văn Bảy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"), P("Nguyễn Thị Lài", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Bhling Mia", "Bí thư Đảng ủy xã Đại Lãnh"),
 P("Zơrâm Thị Hương", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("18 điểm cầu xã, thị trấn", 18, "điểm cầu xã, thị trấn"), Q("gần 62.000 m2", 62000, "m2", "approx"), Q("340 m", 340, "m"),
 Q("trên 8,3 tỷ đồng", 8300000000, "đồng", "over"), Q("5.200 lượt người lao động khó khăn", 5200, "lượt người lao động khó khăn"),
 Q("1.150 suất cơm", 1150, "suất cơm"), Q("23 đơn thư khiếu nại", 23, "đơn thư khiếu nại"),
 Q("6 vụ tập trung đông người", 6, "vụ tập trung đông người"), Q("ít nhất 2 công trình dân vận", 2, "công trình dân vận", "over"), Q("100% đơn thư", 100, "%"),
 Q("417 hộ tái định cư", 417, "hộ tái định cư"), Q("2,65 tỷ đồng", 2650000000, "đồng"),
 Q("47 căn nhà đại đoàn kết", 47, "căn nhà đại đoàn kết"), Q("120 hộ đồng bào Cơ Tu", 120, "hộ đồng bào Cơ Tu"),
 Q("11 tập thể", 11, "tập thể"), Q("17 cá nhân", 17, "cá nhân"), Q("2,9%", 2.9, "%"), Q("ít nhất 2 buổi sinh hoạt chuyên đề", 2, "buổi sinh hoạt chuyên đề", "over"), Q("ít nhất 5 hộ dân", 5, "hộ dân", "over")],
[D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW của Ban Bí thư"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Kế hoạch", "22", "KH/HU", "2021-04-12", None, "Kế hoạch số 22-KH/HU ngày 12/4/2021")],
[prov("Quảng Nam"), com("Đại Hưng"), com("Đại Lãnh")],
["Báo Quảng Nam Online", "Trang chủ | Chính trị | Địa phương", "(QNO)", "Toàn cảnh hội nghị tại điểm cầu huyện. Ảnh: H.N",
 "Vì người nghèo", "Lượt xem: 734", "dân vận chính quyền"],
["29/12/2021 - 08:10", "năm 2021", "năm 2022", "Năm 2022", "Đắk Mi 4", "Covid-19", "Lượt xem: 734", "nhiệm kỳ 2020 - 2025"]))

PAGES.append(page("b5848-haiphong-quanuy-giaoban-2022", """
BAN DÂN VẬN QUẬN ỦY LÊ CHÂN - THÀNH PHỐ HẢI PHÒNG
Trang chủ » Tin tức » Giao ban khối dân vận
Thứ Ba, 06/09/2022 - 07:50
Hôm nay: Thứ Tư, 07/09/2022
Đồng chí Bí thư Quận ủy phát biểu tại giao ban.
Giao ban khối dân vận tháng 8: tập trung vận động giải phóng mặt bằng
Ngày 5/9/2022, Ban Dân vận Quận ủy Lê Chân (thành phố Hải Phòng) tổ chức giao ban khối dân vận tháng 8/2022 với Ủy ban MTTQ Việt Nam quận, các đoàn thể và Đảng ủy 15 phường. Đồng chí Vũ Đức Toàn, Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Lê Chân, dự và phát biểu chỉ đạo.
Theo báo cáo của đồng chí Phạm Thị Ngát, Quận ủy viên, Trưởng Ban Dân vận Quận ủy, trong tháng 8, khối dân vận đã vận động 136 hộ dân bàn giao mặt bằng dự án mở rộng đường Hồ Sen - Cầu Rào 2; tiếp 47 lượt công dân; nắm 12 vụ việc phát sinh, đã hòa giải thành 9 vụ. Quỹ "Ngày vì người nghèo" quận tiếp nhận hơn 320 triệu đồng.
Phát biểu chỉ đạo, đồng chí Vũ Đức Toàn yêu cầu: "Tháng 9 là tháng cao điểm. Các đồng chí phải bám sát Kế hoạch số 156-KH/QU ngày 3/8/2022 của Ban Thường vụ Quận ủy về giải phóng mặt bằng, cố gắng đến ngày 30/9 hoàn thành vận động 100% trong số 58 hộ còn lại ở phường Dư Hàng Kênh và phường Kênh Dương. Mỗi đồng chí cấp ủy viên phụ trách ít nhất 3 hộ. Tôi cũng đề nghị thực hiện tốt Kết luận 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận chính quyền và Hướng dẫn số 09-HD/BDVTU của Ban Dân vận Thành ủy.
Về công tác chuẩn bị Đại hội Hội Liên hiệp Phụ nữ các cấp, Ban Dân vận Quận ủy chủ trì thẩm định nhân sự 15 phường trước ngày 20/9. Với khoảng 2.400 tiểu thương chợ Ga đang lo lắng về phương án chuyển đổi chợ, các đồng chí phải đối thoại sớm, không để phát sinh điểm nóng."
Các đồng chí Phó Trưởng Ban Dân vận Quận ủy: Lê Thị Hằng, Nguyễn Văn Sơn phân công theo dõi từng phường. Đồng chí Hoàng Thị Nhung, Bí thư Đảng ủy phường Dư Hàng Kênh, đề nghị quận hỗ trợ kinh phí thuê nhà tạm khoảng 3 triệu đồng/hộ/tháng cho các hộ bàn giao nhà sớm.
Kết thúc giao ban, Ban Dân vận Quận ủy giao chỉ tiêu: tháng 9 tổ chức ít nhất 15 hội nghị tuyên truyền tại tổ dân phố, tỷ lệ hộ đồng thuận đạt 95% trở lên.
Cũng tại giao ban, đồng chí Trần Thị Thu, Chủ tịch Ủy ban MTTQ Việt Nam quận, thông tin: tháng 8 Mặt trận quận đã giám sát 4 cuộc, tổ chức 2 hội nghị lấy ý kiến nhân dân về dự thảo quy hoạch; dự kiến dịp Trung thu sẽ trao 350 suất quà cho thiếu nhi có hoàn cảnh khó khăn, mỗi suất trị giá 200.000 đồng, từ nguồn xã hội hóa.
Ban Dân vận Quận ủy
Tin cùng chuyên mục
- Giao ban khối dân vận tháng 7/2022 (04/08/2022)
- Lê Chân trao 200 suất quà Trung thu (30/08/2022)
- Ra mắt mô hình "Tổ dân phố không rác thải nhựa" (18/08/2022)
""", "2022-09-06", "Giao ban khối dân vận tháng 8: tập trung vận động giải phóng mặt bằng",
E("giao_ban", "2022-08", "2022-09-05"),
[P("Vũ Đức Toàn", "Ủy viên Ban Thường vụ Thành ủy", "Bí thư Quận ủy Lê Chân"),
 P("Phạm Thị Ngát", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy"),
 P("Lê Thị Hằng", "Phó Trưởng Ban Dân vận Quận ủy"), P("Nguyễn Văn Sơn", "Phó Trưởng Ban Dân vận Quận ủy"),
 P("Hoàng Thị Nhung", "Bí thư Đảng ủy phường Dư Hàng Kênh"),
 P("Trần Thị Thu", "Chủ tịch Ủy ban MTTQ Việt Nam quận")],
[Q("15 phường", 15, "phường"), Q("136 hộ dân", 136, "hộ dân"), Q("47 lượt công dân", 47, "lượt công dân"),
 Q("12 vụ việc", 12, "vụ việc"), Q("9 vụ", 9, "vụ"), Q("hơn 320 triệu đồng", 320000000, "đồng", "over"),
 Q("100%", 100, "%"), Q("58 hộ", 58, "hộ"), Q("ít nhất 3 hộ", 3, "hộ", "over"),
 Q("khoảng 2.400 tiểu thương", 2400, "tiểu thương", "approx"), Q("khoảng 3 triệu đồng/hộ/tháng", 3000000, "đồng", "approx"),
 Q("ít nhất 15 hội nghị tuyên truyền", 15, "hội nghị tuyên truyền", "over"), Q("95% trở lên", 95, "%", "over"), Q("4 cuộc", 4, "cuộc"), Q("2 hội nghị", 2, "hội nghị"),
 Q("350 suất quà", 350, "suất quà"), Q("200.000 đồng", 200000, "đồng")],
[D("Kế hoạch", "156", "KH/QU", "2022-08-03", "Ban Thường vụ Quận ủy", "Kế hoạch số 156-KH/QU ngày 3/8/2022"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW của Ban Bí thư"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Thành ủy", "Hướng dẫn số 09-HD/BDVTU")],
[prov("Hải Phòng"), com("Dư Hàng Kênh"), com("Kênh Dương")],
["BAN DÂN VẬN QUẬN ỦY LÊ CHÂN - THÀNH PHỐ HẢI PHÒNG", "Trang chủ » Tin tức » Giao ban khối dân vận",
 "Hôm nay: Thứ Tư, 07/09/2022", "Đồng chí Bí thư Quận ủy phát biểu tại giao ban.", "Ngày vì người nghèo",
 "Hồ Sen - Cầu Rào 2"],
["Thứ Ba, 06/09/2022 - 07:50", "Hôm nay: Thứ Tư, 07/09/2022", "tháng 8/2022", "Tháng 9", "30/9", "20/9", "Cầu Rào 2"]))
