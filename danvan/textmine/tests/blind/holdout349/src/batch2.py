from lib import *
PAGES = []

PAGES.append(page("b8339-dienbien-ccb-daihoi-2017", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
14-07-2017 10:20
Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VI
Ngày 13/7, Hội Cựu chiến binh tỉnh Điện Biên tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2017 - 2022. Dự Đại hội có Thượng tướng Nguyễn Văn Thược, Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam; đồng chí Lò Văn Mươi, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh cùng 200 đại biểu đại diện cho 12.460 hội viên cựu chiến binh toàn tỉnh.
Các đại biểu dâng hương tại Nghĩa trang liệt sĩ đồi A1 trước giờ khai mạc.
Báo cáo chính trị tại Đại hội nêu rõ: 5 năm qua, các cấp Hội đã bám sát Chỉ thị số 19-CT/TW của Ban Bí thư và Kết luận 07, 08-KL/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác cựu chiến binh. Hội đã phối hợp tuyên truyền, vận động đồng bào Mông, Thái, Khơ Mú ở vùng biên không nghe theo kẻ xấu di cư tự do, không trồng cây thuốc phiện; giúp 1.126 hộ hội viên thoát nghèo. Quỹ "Nghĩa tình đồng đội" đạt trên 3,2 tỷ đồng; Hội đã xây dựng và sửa chữa 87 nhà "Nghĩa tình đồng đội" cho hội viên khó khăn về nhà ở. Tỷ lệ hộ nghèo trong hội viên giảm từ 18,6% (năm 2012) xuống 7,9%.
Toàn tỉnh có 312 doanh nghiệp, trang trại, gia trại do cựu chiến binh làm chủ, tạo việc làm cho khoảng 2.500 lao động, thu nhập bình quân 3,5 triệu đồng/người/tháng. Các cấp Hội đã tham gia hòa giải thành công 246 vụ việc mâu thuẫn trong nhân dân.
Tham luận tại Đại hội, ông Mùa A Súa, Chủ tịch Hội Cựu chiến binh xã Mường Nhé, cho biết Hội đã vận động 54 hộ đồng bào Mông ổn định sản xuất tại chỗ. Ông Lường Văn Ỏn, hội viên bản Huổi Lóng, xã Thanh Xương, chia sẻ mô hình nuôi cá lồng trên hồ Pá Khoang.
Phát biểu chỉ đạo, Thượng tướng Nguyễn Văn Thược đề nghị Hội tiếp tục thực hiện tốt cuộc vận động "Cựu chiến binh gương mẫu", phát huy bản chất "Bộ đội Cụ Hồ", tham gia bảo vệ chủ quyền biên giới.
Đại hội đã hiệp thương bầu 27 đồng chí vào Ban Chấp hành Hội Cựu chiến binh tỉnh khóa VI; bầu 7 đồng chí vào Ban Thường vụ. Đồng chí Vì Văn Sơn, Đại tá, nguyên Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, được bầu làm Chủ tịch Hội Cựu chiến binh tỉnh khóa VI; đồng chí Cầm Văn Pọm, Phó Chủ tịch Hội Cựu chiến binh tỉnh khóa V, tái đắc cử Phó Chủ tịch. Đại hội cũng bầu 5 đại biểu dự Đại hội Cựu chiến binh Việt Nam lần thứ VI.
Nhiệm kỳ 2017 - 2022, Hội phấn đấu 100% xã, phường, thị trấn có tổ chức Hội; hằng năm có 75% trở lên cơ sở Hội đạt trong sạch, vững mạnh; cơ bản không còn hộ hội viên nghèo vào năm 2022.
Bế mạc Đại hội, các đại biểu biểu quyết thông qua Nghị quyết Đại hội với 100% đại biểu tán thành.
Lò Hương
Bài viết liên quan
- Hội CCB huyện Tủa Chùa đại hội nhiệm kỳ 2017 - 2022 (20/05/2017)
- Cựu chiến binh Điện Biên Đông giúp nhau thoát nghèo (11/04/2017)
- Gặp mặt 120 cựu chiến binh tiêu biểu (22/12/2016)
""", "2017-07-14", "Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VI",
E("dai_hoi", None, "2017-07-13"),
[P("Nguyễn Văn Thược", "Thượng tướng", "Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam"),
 P("Lò Văn Mươi", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Mùa A Súa", "Chủ tịch Hội Cựu chiến binh xã Mường Nhé"),
 P("Lường Văn Ỏn", "hội viên bản Huổi Lóng"),
 P("Vì Văn Sơn", "Đại tá", "nguyên Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Chủ tịch Hội Cựu chiến binh tỉnh khóa VI"),
 P("Cầm Văn Pọm", "Phó Chủ tịch Hội Cựu chiến binh tỉnh khóa V", "Phó Chủ tịch")],
[Q("200 đại biểu", 200, "đại biểu"), Q("12.460 hội viên cựu chiến binh", 12460, "hội viên cựu chiến binh"),
 Q("1.126 hộ hội viên", 1126, "hộ hội viên"), Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("87 nhà", 87, 'nhà "Nghĩa tình đồng đội"'), Q("18,6%", 18.6, "%"), Q("7,9%", 7.9, "%"),
 Q("312 doanh nghiệp, trang trại, gia trại", 312, "doanh nghiệp, trang trại, gia trại"),
 Q("khoảng 2.500 lao động", 2500, "lao động", "approx"), Q("3,5 triệu đồng/người/tháng", 3500000, "đồng"),
 Q("246 vụ việc mâu thuẫn", 246, "vụ việc mâu thuẫn"), Q("54 hộ đồng bào Mông", 54, "hộ đồng bào Mông"),
 Q("27 đồng chí", 27, "đồng chí"), Q("7 đồng chí", 7, "đồng chí"), Q("5 đại biểu", 5, "đại biểu"),
 Q("100% xã, phường, thị trấn", 100, "%"), Q("75% trở lên", 75, "%", "over"), Q("100% đại biểu", 100, "%")],
[D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU")],
[prov("Điện Biên"), com("Mường Nhé"), com("Thanh Xương")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Các đại biểu dâng hương tại Nghĩa trang liệt sĩ đồi A1 trước giờ khai mạc.",
 "Nghĩa tình đồng đội", "Cựu chiến binh gương mẫu", "Bộ đội Cụ Hồ"],
["14-07-2017 10:20", "lần thứ VI", "nhiệm kỳ 2017 - 2022", "5 năm", "năm 2012", "khóa VI", "khóa V", "27 đồng chí", "7 đồng chí", "năm 2022"]))

PAGES.append(page("b8340-daklak-hnd-daihoi-2018", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ / Hoạt động các đoàn thể
Cập nhật lúc 09:10 ngày 29/06/2018
Bạn đang ở: Tin tức - Sự kiện
Đoàn Chủ tịch điều hành phiên thứ nhất.
Hội Nông dân tỉnh Đắk Lắk bầu Ban Chấp hành khóa IX
Trong hai ngày 27 - 28/6/2018, Hội Nông dân tỉnh Đắk Lắk tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2018 - 2023. Tham dự có 299 đại biểu chính thức, đại diện cho gần 192.000 hội viên nông dân thuộc 15 huyện, thị xã, thành phố; trong đó đại biểu là người dân tộc thiểu số chiếm 27,4%.
Về dự Đại hội có đồng chí Thào A Chư, Ủy viên BCH Trung ương Đảng, Chủ tịch BCH Trung ương Hội Nông dân Việt Nam; đồng chí Y Thuận Niê, Ủy viên BCH Trung ương Đảng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.
Nhiệm kỳ qua, các cấp Hội đã thực hiện hiệu quả Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư và Quyết định 81/2014/QĐ-TTg của Thủ tướng Chính phủ về phối hợp giữa các bộ, ngành, UBND các cấp với Hội Nông dân Việt Nam. Hội đã vận động nông dân đóng góp hơn 186 tỷ đồng, hiến 42 ha đất để xây dựng nông thôn mới; có 47 xã đạt chuẩn nông thôn mới. Quỹ Hỗ trợ nông dân các cấp đạt 35,7 tỷ đồng, cho 4.860 hộ vay. Hội đã tín chấp cho khoảng 38.000 hộ vay vốn Ngân hàng Chính sách xã hội với dư nợ trên 1.150 tỷ đồng. Số hội viên tăng thêm 21.460 người.
Tham luận tại Đại hội, ông Y Kuăl Byă, Chủ tịch Hội Nông dân xã Ea Tu, cho biết xã đã xây dựng 3 tổ hợp tác trồng cà phê bền vững với 120 hộ tham gia; bà H'Loan Êban, Chi hội trưởng Chi hội nông dân buôn Kô Tam, chia sẻ cách vận động bà con không bán đất cho người nơi khác.
Đại hội đã hiệp thương bầu 45 ủy viên Ban Chấp hành Hội Nông dân tỉnh khóa IX. Ban Chấp hành họp phiên thứ nhất bầu 11 ủy viên Ban Thường vụ. Đồng chí Trần Văn Mạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy được giới thiệu để bầu giữ chức Chủ tịch Hội Nông dân tỉnh khóa IX; các đồng chí Y Wem Hđơk, Nguyễn Thị Thanh Hà tiếp tục giữ chức Phó Chủ tịch Hội Nông dân tỉnh. Ủy ban Kiểm tra gồm 7 ủy viên. Đoàn đại biểu đi dự Đại hội VII Hội Nông dân Việt Nam có 10 đồng chí.
Nhiệm kỳ 2018 - 2023, Hội phấn đấu mỗi năm có trên 55% hộ hội viên đăng ký danh hiệu sản xuất, kinh doanh giỏi; thành lập mới ít nhất 30 tổ hợp tác, 10 hợp tác xã do Hội vận động; mỗi năm kết nạp từ 5.000 đến 6.000 hội viên mới.
Phát biểu tại Đại hội, đồng chí Thào A Chư đề nghị Hội Nông dân Đắk Lắk tập trung hỗ trợ nông dân tái canh cà phê, liên kết tiêu thụ nông sản, chú trọng vận động nông dân người Êđê, M'nông, Gia Rai giữ đất sản xuất, không nghe theo kẻ xấu tham gia "Tin lành Đê Ga".
Hoàng Gia
Tin liên quan
- Krông Pắc: nông dân thi đua sản xuất giỏi (15/06/2018)
- Hội Nông dân huyện Lắk đại hội nhiệm kỳ 2018 - 2023 (28/05/2018)
- Tập huấn tái canh cà phê cho 200 hội viên (03/05/2018)
""", "2018-06-29", "Hội Nông dân tỉnh Đắk Lắk bầu Ban Chấp hành khóa IX",
E("dai_hoi", None, "2018-06-27"),
[P("Thào A Chư", "Ủy viên BCH Trung ương Đảng", "Chủ tịch BCH Trung ương Hội Nông dân Việt Nam"),
 P("Y Thuận Niê", "Ủy viên BCH Trung ương Đảng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Y Kuăl Byă", "Chủ tịch Hội Nông dân xã Ea Tu"),
 P("H'Loan Êban", "Chi hội trưởng Chi hội nông dân buôn Kô Tam"),
 P("Trần Văn Mạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội Nông dân tỉnh khóa IX"),
 P("Y Wem Hđơk", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Nguyễn Thị Thanh Hà", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("299 đại biểu chính thức", 299, "đại biểu chính thức"), Q("gần 192.000 hội viên nông dân", 192000, "hội viên nông dân", "approx"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("27,4%", 27.4, "%"),
 Q("hơn 186 tỷ đồng", 186000000000, "đồng", "over"), Q("42 ha", 42, "ha"), Q("47 xã", 47, "xã"),
 Q("35,7 tỷ đồng", 35700000000, "đồng"), Q("4.860 hộ", 4860, "hộ"), Q("khoảng 38.000 hộ", 38000, "hộ", "approx"),
 Q("trên 1.150 tỷ đồng", 1150000000000, "đồng", "over"), Q("21.460 người", 21460, "người"),
 Q("3 tổ hợp tác", 3, "tổ hợp tác"), Q("120 hộ", 120, "hộ"), Q("45 ủy viên", 45, "ủy viên"), Q("11 ủy viên", 11, "ủy viên"),
 Q("7 ủy viên", 7, "ủy viên"), Q("10 đồng chí", 10, "đồng chí"), Q("trên 55%", 55, "%", "over"),
 Q("ít nhất 30 tổ hợp tác", 30, "tổ hợp tác", "over"), Q("10 hợp tác xã", 10, "hợp tác xã"),
 Q("từ 5.000", 5000, "hội viên mới"), Q("6.000 hội viên mới", 6000, "hội viên mới")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009"),
 D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 81/2014/QĐ-TTg")],
[prov("Đắk Lắk"), com("Ea Tu")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ / Hoạt động các đoàn thể", "Bạn đang ở: Tin tức - Sự kiện",
 "Đoàn Chủ tịch điều hành phiên thứ nhất.", "Quỹ Hỗ trợ nông dân", "Tin lành Đê Ga", "Ngân hàng Chính sách xã hội"],
["Cập nhật lúc 09:10 ngày 29/06/2018", "lần thứ IX", "nhiệm kỳ 2018 - 2023", "khóa IX", "Đại hội VII", "10 đồng chí"]))

PAGES.append(page("b8341-ninhthuan-hlhtn-daihoi-2019", """
Cổng thông tin điện tử Tỉnh đoàn Ninh Thuận
Trang chủ :: Hoạt động Hội :: Tin tức
22.11.2019 | 16:05
Đại hội đại biểu Hội Liên hiệp Thanh niên Việt Nam tỉnh Ninh Thuận lần thứ VII, nhiệm kỳ 2019 - 2024
Sáng ngày 21/11/2019, Ủy ban Hội LHTN Việt Nam tỉnh Ninh Thuận long trọng tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2019 - 2024 với chủ đề "Đoàn kết - Bản lĩnh - Sáng tạo - Phát triển". Đại hội có 150 đại biểu chính thức, đại diện cho hơn 67.500 hội viên, thanh niên thuộc các dân tộc Kinh, Chăm, Raglai, Hoa.
Đại biểu tham quan không gian trưng bày sản phẩm khởi nghiệp của thanh niên.
Dự Đại hội có đồng chí Phạm Ngọc Lưu, Bí thư Trung ương Đoàn, Phó Chủ tịch Thường trực Trung ương Hội LHTN Việt Nam; đồng chí Trần Quốc Tấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Chamaléa Thị Thương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo tại Đại hội cho biết, nhiệm kỳ 2014 - 2019, thực hiện Nghị quyết số 45-NQ/TW của Bộ Chính trị và Quyết định số 1331/QĐ-TTg ngày 24/7/2017 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thanh niên, các cấp Hội đã tổ chức 2.146 hoạt động tình nguyện, thu hút trên 96.000 lượt hội viên, thanh niên tham gia; thực hiện 312 công trình, phần việc thanh niên trị giá hơn 8,6 tỷ đồng. Hội đã hỗ trợ 145 dự án khởi nghiệp của thanh niên, tư vấn việc làm cho khoảng 7.200 thanh niên, trong đó 36% là thanh niên dân tộc thiểu số. 
Anh Đàng Năng Quý, Phó Chủ tịch Hội LHTN xã Phước Hà, chia sẻ mô hình "Thanh niên Chăm giữ gìn nghề gốm truyền thống" tại làng gốm Bàu Trúc với 26 thành viên. Chị Katơr Thị Lanh, Bí thư Đoàn xã Phước Bình, đề nghị tăng cường hoạt động văn hóa, thể thao cho thanh niên Raglai vùng cao.
Đại hội đã hiệp thương cử 51 vị vào Ủy ban Hội LHTN Việt Nam tỉnh khóa VII. Tại kỳ họp thứ nhất, Ủy ban Hội đã hiệp thương cử 13 vị vào Ban Thư ký; anh Lê Huyền Trân, Phó Bí thư Thường trực Tỉnh đoàn được hiệp thương giữ chức Chủ tịch Ủy ban Hội LHTN Việt Nam tỉnh khóa VII. Các anh: Quảng Đại Tuyên, Nguyễn Văn Phát - Phó Chủ tịch Hội LHTN Việt Nam tỉnh. Ban Kiểm tra Hội gồm 5 vị.
Đại hội cũng thông qua Chương trình hành động số 02-CTr/HLHTN thực hiện Nghị quyết Đại hội với 7 chỉ tiêu, trong đó phấn đấu tập hợp 60% thanh niên vào tổ chức Đoàn, Hội và các câu lạc bộ, đội, nhóm; mỗi năm hỗ trợ tối thiểu 30 dự án khởi nghiệp.
Phát biểu chỉ đạo, đồng chí Phạm Ngọc Lưu đề nghị Hội LHTN tỉnh quan tâm tập hợp thanh niên tôn giáo, thanh niên công nhân ở các dự án điện gió, điện mặt trời.
Như Quỳnh
Tin khác
- Thanh niên Thuận Nam hiến 120 đơn vị máu (10/11/2019)
- Hội LHTN huyện Bác Ái đại hội nhiệm kỳ 2019 - 2024 (25/09/2019)
- Trao 50 suất học bổng cho học sinh Chăm (05/09/2019)
""", "2019-11-22", "Đại hội đại biểu Hội Liên hiệp Thanh niên Việt Nam tỉnh Ninh Thuận lần thứ VII, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-11-21"),
[P("Phạm Ngọc Lưu", "Bí thư Trung ương Đoàn", "Phó Chủ tịch Thường trực Trung ương Hội LHTN Việt Nam"),
 P("Trần Quốc Tấn", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Chamaléa Thị Thương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàng Năng Quý", "Phó Chủ tịch Hội LHTN xã Phước Hà"),
 P("Katơr Thị Lanh", "Bí thư Đoàn xã Phước Bình"),
 P("Lê Huyền Trân", "Phó Bí thư Thường trực Tỉnh đoàn", "Chủ tịch Ủy ban Hội LHTN Việt Nam tỉnh khóa VII"),
 P("Quảng Đại Tuyên", "Phó Chủ tịch Hội LHTN Việt Nam tỉnh"), P("Nguyễn Văn Phát", "Phó Chủ tịch Hội LHTN Việt Nam tỉnh")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 67.500 hội viên, thanh niên", 67500, "hội viên, thanh niên", "over"),
 Q("2.146 hoạt động tình nguyện", 2146, "hoạt động tình nguyện"), Q("trên 96.000 lượt hội viên, thanh niên", 96000, "lượt hội viên, thanh niên", "over"),
 Q("312 công trình, phần việc thanh niên", 312, "công trình, phần việc thanh niên"), Q("hơn 8,6 tỷ đồng", 8600000000, "đồng", "over"),
 Q("145 dự án khởi nghiệp", 145, "dự án khởi nghiệp"), Q("khoảng 7.200 thanh niên", 7200, "thanh niên", "approx"), Q("36%", 36, "%"),
 Q("26 thành viên", 26, "thành viên"), Q("51 vị", 51, "vị"), Q("13 vị", 13, "vị"), Q("5 vị", 5, "vị"),
 Q("7 chỉ tiêu", 7, "chỉ tiêu"), Q("60% thanh niên", 60, "%"), Q("tối thiểu 30 dự án khởi nghiệp", 30, "dự án khởi nghiệp")],
[D("Nghị quyết", "45", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 45-NQ/TW"),
 D("Quyết định", "1331", "QĐ-TTg", "2017-07-24", "Thủ tướng Chính phủ", "Quyết định số 1331/QĐ-TTg ngày 24/7/2017"),
 D("Chương trình hành động", "02", "CTr/HLHTN", None, None, "Chương trình hành động số 02-CTr/HLHTN")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Phước Bình")],
["Cổng thông tin điện tử Tỉnh đoàn Ninh Thuận", "Trang chủ :: Hoạt động Hội :: Tin tức", "Đoàn kết - Bản lĩnh - Sáng tạo - Phát triển",
 "Đại biểu tham quan không gian trưng bày sản phẩm khởi nghiệp của thanh niên.", "Thanh niên Chăm giữ gìn nghề gốm truyền thống",
 "Chiến lược phát triển thanh niên", "Bàu Trúc"],
["22.11.2019 | 16:05", "lần thứ VII", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2014 - 2019", "khóa VII"]))

PAGES.append(page("b8342-bentre-hlhpn-gopy-2020", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE
Trang chủ | Tin tức | Hoạt động Hội
Thứ Sáu, 04/12/2020
Góp ý dự thảo văn kiện Đại hội đại biểu Phụ nữ tỉnh lần thứ X
Hội nghị góp ý dự thảo Báo cáo chính trị trình Đại hội đại biểu Phụ nữ tỉnh Bến Tre lần thứ X, nhiệm kỳ 2021 - 2026.
Ngày 3/12/2020, Ban Thường vụ Hội LHPN tỉnh Bến Tre tổ chức hội nghị lấy ý kiến góp ý dự thảo văn kiện trình Đại hội đại biểu Phụ nữ tỉnh lần thứ X, nhiệm kỳ 2021 - 2026. Dự hội nghị có 85 đại biểu là nguyên lãnh đạo Hội qua các thời kỳ, đại diện các sở, ngành, Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể và Chủ tịch Hội LHPN 9 huyện, thành phố.
Đồng chí Nguyễn Thị Bé Mười, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.
Theo dự thảo báo cáo, nhiệm kỳ 2016 - 2021 các cấp Hội đã thực hiện 6/6 chỉ tiêu Nghị quyết Đại hội IX đề ra. Hội đã vận động thành lập 128 tổ hợp tác, 14 hợp tác xã do phụ nữ quản lý; giúp 7.645 hộ phụ nữ nghèo, phụ nữ đơn thân, trong đó 5.120 hộ đã thoát nghèo. Các cấp Hội quản lý nguồn vốn ủy thác hơn 1.020 tỷ đồng với 42.600 hộ vay. Thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch", có 236.000 hộ đạt tiêu chí, chiếm 82%. Nhiều mô hình hay như "Phụ nữ Bến Tre đồng khởi khởi nghiệp", "Tổ phụ nữ tiết kiệm" được nhân rộng.
Các ý kiến góp ý tập trung vào phần đánh giá hạn chế, nguyên nhân và các giải pháp đột phá. Bà Trần Thị Thanh Lam, nguyên Chủ tịch Hội LHPN tỉnh, đề nghị dự thảo làm rõ hơn vai trò của Hội trong ứng phó hạn mặn, nhất là tại các xã ven biển Ba Tri, Thạnh Phú. Bà Lê Thị Ngọc Hân, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, góp ý bổ sung chỉ tiêu về đào tạo nghề cho lao động nữ. Đại diện Hội LHPN xã Phú Lễ đề nghị giảm bớt các chỉ tiêu mang tính phong trào.
Hội nghị cũng nghe quán triệt Hướng dẫn số 12-HD/ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về công tác nhân sự đại hội phụ nữ các cấp và Kế hoạch số 27-KH/TU, 28-KH/TU của Tỉnh ủy về lãnh đạo đại hội phụ nữ và đại hội Đoàn các cấp. Theo dự kiến, Ban Chấp hành khóa X gồm 35 ủy viên, Ban Thường vụ 11 ủy viên; Đại hội sẽ có 250 đại biểu chính thức, tổ chức vào tháng 3/2021.
Kết luận hội nghị, đồng chí Nguyễn Thị Bé Mười ghi nhận 46 ý kiến góp ý tâm huyết, giao Tổ biên tập tiếp thu, hoàn chỉnh dự thảo trước ngày 20/12/2020 để trình Ban Thường vụ Tỉnh ủy cho ý kiến. Đồng chí đề nghị các cấp Hội tiếp tục lấy ý kiến rộng rãi của hội viên, phụ nữ ở cơ sở, bảo đảm văn kiện ngắn gọn, dễ hiểu, sát thực tiễn của tỉnh.
Kim Ngân
Các tin đã đưa
- Phụ nữ Chợ Lách tặng 200 bồn chứa nước ngọt (25/11/2020)
- Hội LHPN huyện Giồng Trôm đại hội nhiệm kỳ 2021 - 2026 (06/11/2020)
- Ra mắt 15 tổ phụ nữ khởi nghiệp (28/10/2020)
""", "2020-12-04", "Góp ý dự thảo văn kiện Đại hội đại biểu Phụ nữ tỉnh lần thứ X",
E("hoi_nghi", None, "2020-12-03"),
[P("Nguyễn Thị Bé Mười", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Thanh Lam", "nguyên Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Ngọc Hân", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("85 đại biểu", 85, "đại biểu"), Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("6/6 chỉ tiêu", 6, "chỉ tiêu"),
 Q("128 tổ hợp tác", 128, "tổ hợp tác"), Q("14 hợp tác xã", 14, "hợp tác xã"),
 Q("7.645 hộ phụ nữ nghèo, phụ nữ đơn thân", 7645, "hộ phụ nữ nghèo, phụ nữ đơn thân"), Q("5.120 hộ", 5120, "hộ"),
 Q("hơn 1.020 tỷ đồng", 1020000000000, "đồng", "over"), Q("42.600 hộ", 42600, "hộ"), Q("236.000 hộ", 236000, "hộ"),
 Q("82%", 82, "%"), Q("35 ủy viên", 35, "ủy viên"), Q("11 ủy viên", 11, "ủy viên"),
 Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("46 ý kiến", 46, "ý kiến")],
[D("Hướng dẫn", "12", "HD/ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 12-HD/ĐCT"),
 D("Kế hoạch", "27", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 27-KH/TU"),
 D("Kế hoạch", "28", "KH/TU", None, "Tỉnh ủy", "28-KH/TU")],
[prov("Bến Tre"), com("Phú Lễ")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE", "Trang chủ | Tin tức | Hoạt động Hội",
 "Hội nghị góp ý dự thảo Báo cáo chính trị trình Đại hội đại biểu Phụ nữ tỉnh Bến Tre lần thứ X, nhiệm kỳ 2021 - 2026.",
 "Xây dựng gia đình 5 không, 3 sạch", "Phụ nữ Bến Tre đồng khởi khởi nghiệp", "Tổ phụ nữ tiết kiệm", "Tổ biên tập"],
["Thứ Sáu, 04/12/2020", "lần thứ X", "nhiệm kỳ 2021 - 2026", "nhiệm kỳ 2016 - 2021", "Đại hội IX", "5 không, 3 sạch", "khóa X", "tháng 3/2021", "ngày 20/12/2020"]))

PAGES.append(page("b8343-kontum-hlhpn-daihoi-2021", """
Báo Kon Tum điện tử
Thời sự - Chính trị > Mặt trận, đoàn thể
21/05/2021 - 14:30
Đại hội đại biểu Phụ nữ tỉnh Kon Tum lần thứ XV: Y Ngọc Hà được bầu làm Chủ tịch
Trong 2 ngày (19 - 20/5), Hội LHPN tỉnh Kon Tum tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XV, nhiệm kỳ 2021 - 2026. Do tình hình dịch Covid-19, Đại hội được tổ chức gọn nhẹ với 180 đại biểu chính thức, đại diện cho gần 98.000 hội viên phụ nữ thuộc 10 huyện, thành phố, trong đó đại biểu là phụ nữ dân tộc thiểu số chiếm 52,2%.
Lãnh đạo tỉnh tặng hoa chúc mừng Ban Chấp hành khóa XV.
Dự Đại hội có đồng chí Tôn Nữ Ngọc Hạ, Phó Chủ tịch Hội LHPN Việt Nam; đồng chí Y Mửi, Phó Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh; đồng chí A Thơm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Nhiệm kỳ 2016 - 2021, các cấp Hội đã thực hiện Chỉ thị số 21-CT/TW ngày 20/1/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới và Đề án 939 "Hỗ trợ phụ nữ khởi nghiệp" ban hành kèm theo Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ. Hội đã hỗ trợ 312 phụ nữ khởi nghiệp, thành lập 21 hợp tác xã, 86 tổ hợp tác do phụ nữ làm chủ; vận động hơn 5,8 tỷ đồng xây dựng 97 "Mái ấm tình thương"; giúp khoảng 4.200 hộ phụ nữ thoát nghèo. Số hội viên tăng thêm 9.350 người, nâng tỷ lệ tập hợp hội viên lên 86,5%.
Chị Y Xuân, Chủ tịch Hội LHPN xã Đăk Na, chia sẻ kinh nghiệm vận động chị em Xơ Đăng "nói không với tảo hôn và hôn nhân cận huyết thống". Chị Y Bình, Chi hội trưởng phụ nữ thôn Kon Tu Peng, giới thiệu mô hình tổ tiết kiệm xoay vòng có 35 thành viên.
Đại hội đã hiệp thương bầu 33 đồng chí vào Ban Chấp hành Hội LHPN tỉnh khóa XV. Ban Chấp hành khóa XV đã bầu 9 đồng chí vào Ban Thường vụ. Đồng chí Y Ngọc Hà, Tỉnh ủy viên được bầu giữ chức Chủ tịch Hội LHPN tỉnh khóa XV; các đồng chí Nguyễn Thị Thanh Tâm, Y Khuyên, Đỗ Thị Hồng Vân - Phó Chủ tịch Hội LHPN tỉnh. Đại hội bầu 9 đại biểu chính thức và 1 đại biểu dự khuyết đi dự Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII.
Nhiệm kỳ 2021 - 2026, Hội đề ra 3 khâu đột phá và 6 chỉ tiêu, phấn đấu hằng năm mỗi cơ sở Hội hỗ trợ ít nhất 2 phụ nữ khởi nghiệp; giảm 30 - 40% số cặp tảo hôn trong vùng đồng bào dân tộc thiểu số.
Phát biểu chỉ đạo, đồng chí Tôn Nữ Ngọc Hạ đề nghị Hội LHPN tỉnh quan tâm đội ngũ cán bộ Hội cơ sở là người dân tộc thiểu số.
Thu Hằng
Tin liên quan
- Hội LHPN huyện Kon Plông đại hội nhiệm kỳ 2021 - 2026 (18/03/2021)
- Trao 30 con bò giống cho phụ nữ nghèo (09/03/2021)
- Phụ nữ Đăk Hà ra quân làm sạch môi trường (02/03/2021)
""", "2021-05-21", "Đại hội đại biểu Phụ nữ tỉnh Kon Tum lần thứ XV: Y Ngọc Hà được bầu làm Chủ tịch",
E("dai_hoi", None, "2021-05-19"),
[P("Tôn Nữ Ngọc Hạ", "Phó Chủ tịch Hội LHPN Việt Nam"),
 P("Y Mửi", "Phó Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"),
 P("A Thơm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Xuân", "Chủ tịch Hội LHPN xã Đăk Na"),
 P("Y Bình", "Chi hội trưởng phụ nữ thôn Kon Tu Peng"),
 P("Y Ngọc Hà", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh khóa XV", "Chủ tịch"),
 P("Nguyễn Thị Thanh Tâm", "Phó Chủ tịch Hội LHPN tỉnh"), P("Y Khuyên", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đỗ Thị Hồng Vân", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("180 đại biểu chính thức", 180, "đại biểu chính thức"), Q("gần 98.000 hội viên phụ nữ", 98000, "hội viên phụ nữ", "approx"),
 Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("52,2%", 52.2, "%"), Q("312 phụ nữ", 312, "phụ nữ"),
 Q("21 hợp tác xã", 21, "hợp tác xã"), Q("86 tổ hợp tác", 86, "tổ hợp tác"), Q("hơn 5,8 tỷ đồng", 5800000000, "đồng", "over"),
 Q("97 \"Mái ấm tình thương\"", 97, "Mái ấm tình thương"), Q("khoảng 4.200 hộ phụ nữ", 4200, "hộ phụ nữ", "approx"),
 Q("9.350 người", 9350, "người"), Q("86,5%", 86.5, "%"), Q("35 thành viên", 35, "thành viên"),
 Q("33 đồng chí", 33, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"), Q("9 đại biểu chính thức", 9, "đại biểu chính thức"),
 Q("1 đại biểu dự khuyết", 1, "đại biểu dự khuyết"), Q("3 khâu đột phá", 3, "khâu đột phá"), Q("6 chỉ tiêu", 6, "chỉ tiêu"),
 Q("ít nhất 2 phụ nữ", 2, "phụ nữ", "over"), Q("30", 30, "%"), Q("40%", 40, "%")],
[D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị số 21-CT/TW ngày 20/1/2018"),
 D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017")],
[prov("Kon Tum"), com("Đăk Na")],
["Báo Kon Tum điện tử", "Thời sự - Chính trị > Mặt trận, đoàn thể", "Lãnh đạo tỉnh tặng hoa chúc mừng Ban Chấp hành khóa XV.",
 "Hỗ trợ phụ nữ khởi nghiệp", "Mái ấm tình thương", "nói không với tảo hôn và hôn nhân cận huyết thống"],
["21/05/2021 - 14:30", "lần thứ XV", "nhiệm kỳ 2021 - 2026", "Nhiệm kỳ 2016 - 2021", "2 ngày", "Covid-19", "Đề án 939", "lần thứ XIII"]))

PAGES.append(page("b8344-daknong-bdv-giamsat-2021", """
Hôm nay: Thứ Hai, 13/12/2021
BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG - TRANG THÔNG TIN ĐIỆN TỬ
Vị trí: Trang chủ > Tin hoạt động > Kiểm tra, giám sát
Ngày 10/12/2021 | 08:45
Giám sát công tác chuẩn bị Đại hội Đoàn các cấp tiến tới Đại hội Đoàn tỉnh lần thứ XIII
Ngày 8/12/2021, Đoàn giám sát số 3 của Ban Dân vận Tỉnh ủy Đắk Nông do đồng chí Điểu K'Lương, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát công tác lãnh đạo, chỉ đạo tổ chức đại hội Đoàn cấp cơ sở, cấp huyện tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XIII, nhiệm kỳ 2022 - 2027 tại Ban Thường vụ Tỉnh đoàn.
Quang cảnh buổi giám sát tại Tỉnh đoàn.
Việc giám sát được thực hiện theo Quyết định số 215-QĐ/BDVTU ngày 15/11/2021 của Ban Dân vận Tỉnh ủy và Kế hoạch số 54-KH/TU ngày 02/6/2021 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội Đoàn các cấp. Tham gia đoàn có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Thu Thủy, Y Kiếm; bà Thị Mai, chuyên viên Phòng Dân vận chính quyền, Dân tộc và Tôn giáo.
Báo cáo của Tỉnh đoàn do anh Y Dũng Ktla, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn trình bày cho biết: đến ngày 30/11/2021, toàn tỉnh đã có 236/241 cơ sở đoàn hoàn thành đại hội, đạt 97,9%; 5 cơ sở còn lại sẽ hoàn thành trước ngày 15/12. Đại hội Đoàn cấp huyện dự kiến diễn ra từ ngày 20/12/2021 đến hết tháng 1/2022 tại 8 huyện, thành phố. Tỷ lệ cán bộ Đoàn là người dân tộc thiểu số tham gia ban chấp hành cơ sở đạt 28,6%; cán bộ nữ chiếm 41%.
Qua giám sát, đoàn đánh giá Ban Thường vụ Tỉnh đoàn đã chủ động tham mưu, ban hành đầy đủ văn bản hướng dẫn; tuy nhiên một số chi đoàn ở xã Quảng Trực, xã Đắk Ngo còn tổ chức đại hội chậm do đoàn viên đi làm ăn xa, chưa bảo đảm số lượng. Kinh phí hỗ trợ đại hội cơ sở từ 1,5 đến 3 triệu đồng/đơn vị còn thấp so với yêu cầu.
Dự buổi giám sát, đồng chí Điểu Ngọc Khanh, Phó Bí thư Thường trực Tỉnh đoàn cho biết Đại hội Đoàn tỉnh lần thứ XIII dự kiến có 250 đại biểu chính thức, Ban Chấp hành khóa XIII từ 35 đến 37 đồng chí; Tỉnh đoàn đã trình xin chủ trương của Ban Thường vụ Tỉnh ủy về phương án nhân sự.
Kết luận buổi giám sát, đồng chí Điểu K'Lương đề nghị Tỉnh đoàn tập trung chỉ đạo hoàn thành đại hội cấp cơ sở; bảo đảm công tác phòng, chống dịch Covid-19; chuẩn bị chu đáo văn kiện, nhân sự để Đại hội Đoàn tỉnh diễn ra trong quý I/2022.
H'Nhung
Tin liên quan
- Đắk Glong: Đại hội điểm Đoàn cơ sở xã Quảng Khê (12/11/2021)
- Ban Dân vận Tỉnh ủy giám sát Hội Nông dân tỉnh (05/11/2021)
- Tuy Đức: 100% chi đoàn hoàn thành đại hội (28/10/2021)
""", "2021-12-10", "Giám sát công tác chuẩn bị Đại hội Đoàn các cấp tiến tới Đại hội Đoàn tỉnh lần thứ XIII",
E("giam_sat", None, "2021-12-08"),
[P("Điểu K'Lương", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Thủy", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Y Kiếm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thị Mai", "chuyên viên Phòng Dân vận chính quyền, Dân tộc và Tôn giáo"),
 P("Y Dũng Ktla", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Điểu Ngọc Khanh", "Phó Bí thư Thường trực Tỉnh đoàn")],
[Q("236/241 cơ sở đoàn", 236, "cơ sở đoàn"), Q("97,9%", 97.9, "%"), Q("5 cơ sở", 5, "cơ sở"),
 Q("8 huyện, thành phố", 8, "huyện, thành phố"), Q("28,6%", 28.6, "%"), Q("41%", 41, "%"),
 Q("từ 1,5", 1500000, "đồng"), Q("3 triệu đồng/đơn vị", 3000000, "đồng"),
 Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("từ 35", 35, "đồng chí"), Q("37 đồng chí", 37, "đồng chí")],
[D("Quyết định", "215", "QĐ/BDVTU", "2021-11-15", "Ban Dân vận Tỉnh ủy", "Quyết định số 215-QĐ/BDVTU ngày 15/11/2021"),
 D("Kế hoạch", "54", "KH/TU", "2021-06-02", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 54-KH/TU ngày 02/6/2021")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Ngo")],
["Hôm nay: Thứ Hai, 13/12/2021", "BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG - TRANG THÔNG TIN ĐIỆN TỬ", "Vị trí: Trang chủ > Tin hoạt động > Kiểm tra, giám sát",
 "Quang cảnh buổi giám sát tại Tỉnh đoàn.", "Đoàn giám sát số 3"],
["Hôm nay: Thứ Hai, 13/12/2021", "Ngày 10/12/2021 | 08:45", "lần thứ XIII", "nhiệm kỳ 2022 - 2027", "số 3", "ngày 30/11/2021",
 "ngày 15/12", "tháng 1/2022", "khóa XIII", "Covid-19", "quý I/2022"]))

# a count of "đồng chí" is people, not money: list every such surface in not_money too (conventions)
for _pg in PAGES:
    for _q in _pg["quantities"]:
        if _q["unit"] == "đồng chí" and _q["surface"].endswith("đồng chí") and _q["surface"] not in _pg["not_money"]:
            _pg["not_money"].append(_q["surface"])
