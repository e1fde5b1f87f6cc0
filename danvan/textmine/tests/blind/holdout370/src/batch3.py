from lib import *
PAGES = []

PAGES.append(page("b8849-kontum-hlhpn-daihoi-2021", """
Báo Kon Tum điện tử
Thời sự | Chính trị | Mặt trận - Đoàn thể
Ngày 04/06/2021 | 17:05
Đại hội đại biểu Phụ nữ tỉnh Kon Tum lần thứ XV, nhiệm kỳ 2021 - 2026
Ngày 3/6, Hội LHPN tỉnh Kon Tum long trọng tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XV, nhiệm kỳ 2021 - 2026. Tham dự có 145 đại biểu chính thức đại diện cho hơn 98.000 hội viên phụ nữ các dân tộc trong tỉnh. Đại hội được tổ chức theo Kế hoạch số 46-KH/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội phụ nữ các cấp.
Dự đại hội có bà Lê Thị Thanh Bình, Phó Chủ tịch Hội LHPN Việt Nam; đồng chí A Pớt, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Y Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Các đại biểu biểu quyết thông qua Nghị quyết đại hội. Ảnh: Văn Sơn
Báo cáo của Ban Chấp hành khóa XIV do bà Nguyễn Thị Hạnh, Chủ tịch Hội LHPN tỉnh khóa XIV trình bày cho biết, nhiệm kỳ qua các cấp Hội thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới, đạt và vượt 10/11 chỉ tiêu. Hội đã vận động, hỗ trợ hơn 18,5 tỷ đồng giúp 4.860 hộ thoát nghèo; xây dựng 186 "địa chỉ tin cậy" và 274 câu lạc bộ, tổ, nhóm phòng, chống bạo lực gia đình ở thôn, làng đồng bào Xơ Đăng, Ba Na, Giẻ Triêng. Số vụ bạo lực gia đình giảm từ 96 vụ năm 2016 xuống còn 41 vụ năm 2020; tỷ lệ tảo hôn giảm mạnh ở các huyện Kon Plông, Tu Mơ Rông.
Tham luận tại đại hội, bà Y Hiên, Chủ tịch Hội LHPN xã Đăk Hring, chia sẻ kinh nghiệm vận động phụ nữ Xơ Đăng mạnh dạn lên tiếng khi bị bạo lực; già làng A Thiên ở làng Kon Klâu, xã Ngọk Réo, kể việc đưa quy định không đánh vợ con vào hương ước của làng.
Đại hội cũng dành thời gian thảo luận về các chỉ tiêu nhiệm kỳ mới, trong đó có việc đưa nội dung bình đẳng giới vào sinh hoạt chi hội và thành lập thêm tổ tư vấn ở những làng còn xảy ra tảo hôn, hôn nhân cận huyết thống.
Phát biểu chỉ đạo, đồng chí A Pớt đề nghị Hội chú trọng bình đẳng giới trong vùng đồng bào dân tộc thiểu số, phát huy vai trò người có uy tín và các "địa chỉ tin cậy", phấn đấu đến năm 2026 mỗi thôn, làng có ít nhất 1 tổ, nhóm phòng, chống bạo lực gia đình hoạt động hiệu quả.
Đại hội đã bầu Ban Chấp hành Hội LHPN tỉnh khóa XV gồm 27 ủy viên; Ban Thường vụ gồm 7 đồng chí. Bà Y Dung, Tỉnh ủy viên, được bầu giữ chức Chủ tịch Hội LHPN tỉnh nhiệm kỳ 2021 - 2026; các bà Y Dun, Phạm Thị Trung - Phó Chủ tịch Hội LHPN tỉnh. Đại hội cũng bầu 9 đại biểu chính thức đi dự Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII.
Văn Sơn
Tin liên quan
- Đại hội Phụ nữ huyện Đăk Hà thành công tốt đẹp (20/05/2021)
- Kon Tum: ra mắt "địa chỉ tin cậy" tại làng Kon Rơ Wang (12/05/2021)
- Hội LHPN tỉnh hỗ trợ phụ nữ bị ảnh hưởng dịch bệnh (05/05/2021)
""", "2021-06-04", "Đại hội đại biểu Phụ nữ tỉnh Kon Tum lần thứ XV, nhiệm kỳ 2021 - 2026",
E("dai_hoi", None, "2021-06-03"),
[P("Lê Thị Thanh Bình", "Phó Chủ tịch Hội LHPN Việt Nam"),
 P("A Pớt", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Y Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hạnh", "Chủ tịch Hội LHPN tỉnh khóa XIV"),
 P("Y Hiên", "Chủ tịch Hội LHPN xã Đăk Hring"),
 P("A Thiên", "già làng"),
 P("Y Dung", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh nhiệm kỳ 2021 - 2026"),
 P("Y Dun", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Thị Trung", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("145 đại biểu chính thức", 145, "đại biểu chính thức"), Q("hơn 98.000 hội viên phụ nữ", 98000, "hội viên phụ nữ", "over"),
 Q("10/11 chỉ tiêu", 10, "chỉ tiêu"), Q("hơn 18,5 tỷ đồng", 18500000000, "đồng", "over"), Q("4.860 hộ", 4860, "hộ"),
 Q('186 "địa chỉ tin cậy"', 186, "địa chỉ tin cậy"),
 Q("274 câu lạc bộ, tổ, nhóm phòng, chống bạo lực gia đình", 274, "câu lạc bộ, tổ, nhóm phòng, chống bạo lực gia đình"),
 Q("96 vụ", 96, "vụ"), Q("41 vụ", 41, "vụ"), Q("ít nhất 1 tổ, nhóm phòng, chống bạo lực gia đình", 1, "tổ, nhóm phòng, chống bạo lực gia đình", "over"),
 Q("27 ủy viên", 27, "ủy viên"), Q("7 đồng chí", 7, "đồng chí"), Q("9 đại biểu chính thức", 9, "đại biểu chính thức")],
[D("Kế hoạch", "46", "KH/TU", "2021-03-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 46-KH/TU ngày 12/3/2021"),
 D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị số 21-CT/TW ngày 20/01/2018")],
[prov("Kon Tum"), com("Đăk Hring"), com("Ngọk Réo")],
["Báo Kon Tum điện tử", "Thời sự | Chính trị | Mặt trận - Đoàn thể", "Các đại biểu biểu quyết thông qua Nghị quyết đại hội. Ảnh: Văn Sơn",
 "Nghị quyết đại hội"],
["Ngày 04/06/2021 | 17:05", "lần thứ XV", "nhiệm kỳ 2021 - 2026", "khóa XIV", "khóa XV", "năm 2016", "năm 2020", "năm 2026", "7 đồng chí", "lần thứ XIII"]))

PAGES.append(page("b8850-haiphong-hlhpn-baocao-2021", """
Cổng thông tin Ban Dân vận Thành ủy Hải Phòng
Trang chủ >> Tin tức >> Công tác dân vận các cấp
Thứ Sáu, 16/04/2021 - 11:20
Hội LHPN thành phố báo cáo kết quả 4 năm thực hiện Đề án 938: Bạo lực gia đình giảm dần qua từng năm
Ngày 15/4/2021, Hội LHPN thành phố Hải Phòng đã gửi Ban Dân vận Thành ủy báo cáo kết quả 4 năm (2017 - 2021) thực hiện Quyết định số 938/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ, gắn với Chương trình hành động số 15-CTr/TU của Thành ủy về công tác phụ nữ. Báo cáo do bà Nguyễn Thị Thu Hằng, Thành ủy viên, Chủ tịch Hội LHPN thành phố ký.
Theo báo cáo, số vụ bạo lực gia đình được phát hiện trên địa bàn thành phố giảm dần qua từng năm: năm 2017 là 214 vụ, năm 2018 là 198 vụ, năm 2019 còn 167 vụ và năm 2020 còn 142 vụ. Trong 4 năm, các cấp Hội đã tổ chức 6.420 buổi truyền thông với trên 410.000 lượt người tham gia; thành lập mới 168 câu lạc bộ "Gia đình hạnh phúc", 93 "địa chỉ tin cậy" tại cộng đồng, trong đó 17 địa chỉ đặt tại nhà văn hóa tổ dân phố.
Việc phối hợp với lực lượng công an được thực hiện theo Quy chế phối hợp số 05/QCPH-HPN-CA giữa Hội LHPN thành phố và Công an thành phố. Nhờ đó, 100% vụ việc có dấu hiệu bạo lực nghiêm trọng được thông tin kịp thời; Hội đã tham gia bào chữa, hỗ trợ pháp lý cho 38 phụ nữ.
Báo cáo nêu một số cách làm hiệu quả: phường Lãm Hà duy trì đường dây nóng của Hội phường từ năm 2018; xã An Hồng ra mắt câu lạc bộ "Nam giới tiên phong phòng, chống bạo lực gia đình" với 40 thành viên là nam giới; thị trấn Núi Đèo lắp 12 hòm thư góp ý tại các tổ dân phố để chị em gửi phản ánh. Bà Vũ Thị Lan, Chủ tịch Hội LHPN phường Lãm Hà, cho biết đường dây nóng của phường mỗi tháng nhận vài cuộc gọi, phần lớn vào ban đêm, và cán bộ Hội luân phiên trực máy.
Bình luận về kết quả này, đồng chí Hoàng Minh Đạo, Thành ủy viên, Trưởng Ban Dân vận Thành ủy đánh giá cao sự chủ động của Hội. Theo đồng chí, bên cạnh kết quả, báo cáo cũng thẳng thắn chỉ ra hạn chế: kinh phí cho các mô hình còn ít, trung bình chỉ 3 triệu đồng/mô hình/năm; một số nơi người dân vẫn coi bạo lực gia đình là "chuyện nhà".
Báo cáo đề xuất giai đoạn 2021 - 2027 phấn đấu giảm ít nhất 5% số vụ bạo lực gia đình mỗi năm; 100% phường, xã, thị trấn có "địa chỉ tin cậy". Bà Đào Thị Minh Nguyệt, Phó Chủ tịch Hội LHPN thành phố, cho biết Hội sẽ trình Ban Thường vụ Thành ủy xem xét trong quý II.
Phương Thảo
Bài viết liên quan
- Hải Phòng: hội thi "Nam giới với bình đẳng giới" (08/04/2021)
- Hội LHPN quận Lê Chân ra mắt mô hình "Tổ dân phố không bạo lực" (30/03/2021)
- Thủy Nguyên tập huấn kỹ năng hòa giải (22/03/2021)
""", "2021-04-16", "Hội LHPN thành phố báo cáo kết quả 4 năm thực hiện Đề án 938: Bạo lực gia đình giảm dần qua từng năm",
E("bao_cao", None, "2021-04-15"),
[P("Nguyễn Thị Thu Hằng", "Thành ủy viên", "Chủ tịch Hội LHPN thành phố"),
 P("Vũ Thị Lan", "Chủ tịch Hội LHPN phường Lãm Hà"),
 P("Hoàng Minh Đạo", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Đào Thị Minh Nguyệt", "Phó Chủ tịch Hội LHPN thành phố")],
[Q("214 vụ", 214, "vụ"), Q("198 vụ", 198, "vụ"), Q("167 vụ", 167, "vụ"), Q("142 vụ", 142, "vụ"),
 Q("6.420 buổi truyền thông", 6420, "buổi truyền thông"), Q("trên 410.000 lượt người", 410000, "lượt người", "over"),
 Q('168 câu lạc bộ "Gia đình hạnh phúc"', 168, "câu lạc bộ"), Q('93 "địa chỉ tin cậy"', 93, "địa chỉ tin cậy"),
 Q("17 địa chỉ", 17, "địa chỉ"), Q("100% vụ việc", 100, "%"), Q("38 phụ nữ", 38, "phụ nữ"),
 Q("40 thành viên", 40, "thành viên"), Q("12 hòm thư góp ý", 12, "hòm thư góp ý"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("ít nhất 5%", 5, "%", "over"), Q("100% phường, xã, thị trấn", 100, "%")],
[D("Quyết định", "938", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 938/QĐ-TTg ngày 30/6/2017"),
 D("Chương trình hành động", "15", "CTr/TU", None, "Thành ủy", "Chương trình hành động số 15-CTr/TU"),
 D("Quy chế phối hợp", "05", "QCPH-HPN-CA", None, None, "Quy chế phối hợp số 05/QCPH-HPN-CA")],
[prov("Hải Phòng"), com("Lãm Hà"), com("An Hồng"), com("Núi Đèo")],
["Cổng thông tin Ban Dân vận Thành ủy Hải Phòng", "Trang chủ >> Tin tức >> Công tác dân vận các cấp", "Đề án 938",
 "Gia đình hạnh phúc", "Nam giới tiên phong phòng, chống bạo lực gia đình", "chuyện nhà"],
["Thứ Sáu, 16/04/2021 - 11:20", "4 năm", "2017 - 2021", "năm 2017", "năm 2018", "năm 2019", "năm 2020", "giai đoạn 2021 - 2027", "quý II"]))

PAGES.append(page("b8851-quangnam-hlhpn-giamsat-2022", """
Báo Quảng Nam
Chính trị - Xã hội » Đoàn thể
12/08/2022 - 09:05
Giám sát công tác phòng, chống bạo lực gia đình tại Nam Trà My
Ngày 10/8, Đoàn giám sát của Ban Thường vụ Hội LHPN tỉnh Quảng Nam do bà Trần Thị Kim Hoa, Chủ tịch Hội LHPN tỉnh, Trưởng đoàn giám sát, đã làm việc với UBND huyện Nam Trà My về việc thực hiện chính sách, pháp luật về phòng, chống bạo lực gia đình và bình đẳng giới. Đây là cuộc giám sát nằm trong chương trình giám sát năm 2022 của Hội.
Đoàn giám sát làm việc tại xã Trà Cang. Ảnh: Minh Hải
Báo cáo của UBND huyện do ông Hồ Văn Bốn, Phó Chủ tịch UBND huyện Nam Trà My trình bày cho biết, huyện đã triển khai Chỉ thị số 06-CT/TW ngày 24/6/2021 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác xây dựng gia đình trong tình hình mới và Dự án 8 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Năm 2022, huyện được phân bổ hơn 2,3 tỷ đồng cho Dự án 8; đến cuối tháng 7 mới giải ngân được khoảng 18%.
Toàn huyện hiện có 10 "địa chỉ tin cậy", 24 tổ truyền thông cộng đồng với 168 thành viên, 6 câu lạc bộ "Thủ lĩnh của sự thay đổi" trong các trường học. Từ năm 2021 đến nay, huyện xảy ra 13 vụ bạo lực gia đình, 21 trường hợp tảo hôn, chủ yếu trong đồng bào Xơ Đăng, Ca Dong.
Tại xã Trà Mai, bà Hồ Thị Nhơn, Chủ tịch Hội LHPN xã, cho biết tổ truyền thông cộng đồng thôn 2 đã tổ chức 8 buổi sinh hoạt, kết hợp nói chuyện bằng tiếng Ca Dong; chị Hồ Thị Đào, tổ trưởng tổ truyền thông cộng đồng thôn 2, kể nhiều lần phải lội suối đến tận rẫy để vận động chị em dự họp. Ông Nguyễn Văn Thạnh, Trưởng phòng Văn hóa - Thông tin huyện, thừa nhận công tác thống kê số liệu về bạo lực gia đình ở một số xã còn chưa chính xác.
Qua giám sát, bà Trần Thị Kim Hoa đánh giá huyện đã có nhiều cố gắng trong điều kiện địa bàn rộng, giao thông khó khăn; song việc giải ngân vốn Dự án 8 còn chậm, đội ngũ cán bộ làm công tác gia đình ở xã kiêm nhiệm nhiều việc, tài liệu truyền thông chưa phù hợp với người dân tộc thiểu số. Đoàn đề nghị UBND huyện chỉ đạo các ngành phối hợp với Hội LHPN huyện đẩy nhanh tiến độ, thực hiện Kế hoạch số 58/KH-ĐCT ngày 20/5/2022 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam và Quyết định 2051/QĐ-UBND của UBND tỉnh; phấn đấu đến cuối năm mỗi xã có ít nhất 1 "địa chỉ tin cậy", nhất là các xã Trà Linh, Trà Cang.
Cùng ngày, đoàn đã trao 30 suất quà, mỗi suất 500.000 đồng, cho phụ nữ có hoàn cảnh khó khăn ở xã Trà Mai.
Minh Hải
Tin cùng chuyên mục
- Hội LHPN tỉnh tập huấn Dự án 8 cho cán bộ cơ sở (05/08/2022)
- Tây Giang: phụ nữ Cơ Tu với bình đẳng giới (28/07/2022)
- Đại Lộc ra mắt câu lạc bộ "Gia đình hạnh phúc" (20/07/2022)
""", "2022-08-12", "Giám sát công tác phòng, chống bạo lực gia đình tại Nam Trà My",
E("giam_sat", "2022", "2022-08-10"),
[P("Trần Thị Kim Hoa", "Chủ tịch Hội LHPN tỉnh", "Trưởng đoàn giám sát"),
 P("Hồ Văn Bốn", "Phó Chủ tịch UBND huyện Nam Trà My"),
 P("Hồ Thị Nhơn", "Chủ tịch Hội LHPN xã"),
 P("Hồ Thị Đào", "tổ trưởng tổ truyền thông cộng đồng thôn 2"),
 P("Nguyễn Văn Thạnh", "Trưởng phòng Văn hóa - Thông tin huyện")],
[Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("khoảng 18%", 18, "%", "approx"),
 Q('10 "địa chỉ tin cậy"', 10, "địa chỉ tin cậy"), Q("24 tổ truyền thông cộng đồng", 24, "tổ truyền thông cộng đồng"),
 Q("168 thành viên", 168, "thành viên"), Q('6 câu lạc bộ "Thủ lĩnh của sự thay đổi"', 6, "câu lạc bộ"),
 Q("13 vụ bạo lực gia đình", 13, "vụ bạo lực gia đình"), Q("21 trường hợp", 21, "trường hợp"),
 Q("8 buổi sinh hoạt", 8, "buổi sinh hoạt"), Q('ít nhất 1 "địa chỉ tin cậy"', 1, "địa chỉ tin cậy", "over"),
 Q("30 suất quà", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "06", "CT/TW", "2021-06-24", "Ban Bí thư", "Chỉ thị số 06-CT/TW ngày 24/6/2021"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "58", "KH-ĐCT", "2022-05-20", "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Kế hoạch số 58/KH-ĐCT ngày 20/5/2022"),
 D("Quyết định", "2051", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 2051/QĐ-UBND")],
[prov("Quảng Nam"), com("Trà Cang"), com("Trà Mai"), com("Trà Linh")],
["Báo Quảng Nam", "Chính trị - Xã hội » Đoàn thể", "Đoàn giám sát làm việc tại xã Trà Cang. Ảnh: Minh Hải", "Dự án 8",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Thủ lĩnh của sự thay đổi"],
["12/08/2022 - 09:05", "năm 2022", "Năm 2022", "tháng 7", "năm 2021", "thôn 2", "Dự án 8"]))

PAGES.append(page("b8852-bentre-hlhpn-doithoai-2022", """
Báo Đồng Khởi điện tử
Chính trị | Xã hội | Mặt trận - Đoàn thể
Cập nhật: 16:40, 25/11/2022 (GMT+7)
Ba Tri: Người đứng đầu chính quyền đối thoại với phụ nữ về bình đẳng giới
Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2022, ngày 24/11, Hội LHPN tỉnh Bến Tre phối hợp với UBND huyện Ba Tri tổ chức hội nghị đối thoại năm 2022 giữa Chủ tịch UBND huyện với hội viên, phụ nữ về bình đẳng giới và phòng, chống bạo lực gia đình. Hơn 150 hội viên của các xã An Thủy, An Hòa Tây, Tân Xuân tham dự.
Chủ trì đối thoại có ông Trần Văn Hòa, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Ba Tri; bà Nguyễn Thị Bé Mười, Phó Chủ tịch Hội LHPN tỉnh. Cùng dự có Thiếu tá Võ Minh Trí, Phó Trưởng Công an huyện; bà Lê Thị Kim Phượng, Trưởng phòng Lao động - Thương binh và Xã hội huyện.
Ông Trần Văn Hòa trả lời ý kiến của hội viên. Ảnh: Kim Hương
Mở đầu, bà Nguyễn Thị Bé Mười thông tin về Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 và những điểm mới của Luật Phòng, chống bạo lực gia đình (sửa đổi) vừa được Quốc hội thông qua ngày 14/11/2022. Theo bà Mười, 10 tháng năm 2022 toàn tỉnh phát hiện 86 vụ bạo lực gia đình, trong đó huyện Ba Tri có 11 vụ.
Tại hội nghị, 14 ý kiến được chị em nêu lên. Chị Huỳnh Thị Thu Ba, Chi hội trưởng phụ nữ ấp An Khương, xã An Thủy, hỏi về việc hỗ trợ chỗ ở tạm thời cho phụ nữ bị bạo lực khi "địa chỉ tin cậy" ở ấp quá gần nhà người gây bạo lực. Chị Nguyễn Thị Ngọc Diễm, xã Tân Xuân, phản ánh nhiều phụ nữ làm nghề biển, chồng đi biển dài ngày về thì say xỉn, gây gổ.
Trả lời, ông Trần Văn Hòa cho biết huyện sẽ phối hợp với Hội bố trí thêm 2 địa chỉ tin cậy liên xã, đặt tại nhà văn hóa và trụ sở Hội; đồng thời chỉ đạo công an xã xử lý nghiêm các trường hợp tái phạm. Thiếu tá Võ Minh Trí thông tin, năm 2022 Công an huyện đã xử phạt hành chính 7 trường hợp có hành vi bạo lực gia đình, số tiền 21 triệu đồng.
Về đề xuất hỗ trợ vốn cho phụ nữ bị bạo lực ổn định cuộc sống, ông Hòa giao Phòng Giao dịch Ngân hàng Chính sách xã hội huyện ưu tiên cho vay, mức tối đa 100 triệu đồng/hộ. Hiện huyện Ba Tri có 38 tổ phụ nữ không có bạo lực gia đình và 1.246 hội viên tham gia câu lạc bộ gia đình; mục tiêu đến năm 2025 là 100% ấp có "địa chỉ tin cậy".
Bà Lê Thị Kim Phượng cho biết phòng đang tham mưu huyện khảo sát nhu cầu tạm lánh ở các xã ven biển, dự kiến hoàn thành trong tháng 12, làm cơ sở đề xuất tỉnh hỗ trợ kinh phí.
Kim Hương
Tin liên quan
- Hội LHPN tỉnh phát động Tháng hành động vì bình đẳng giới (15/11/2022)
- Giồng Trôm: ra mắt câu lạc bộ "Thủ lĩnh của sự thay đổi" (08/11/2022)
- Mỏ Cày Nam tập huấn kỹ năng phòng, chống xâm hại trẻ em (27/10/2022)
""", "2022-11-25", "Ba Tri: Người đứng đầu chính quyền đối thoại với phụ nữ về bình đẳng giới",
E("doi_thoai", "2022", "2022-11-24"),
[P("Trần Văn Hòa", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Ba Tri"),
 P("Nguyễn Thị Bé Mười", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Võ Minh Trí", "Thiếu tá", "Phó Trưởng Công an huyện"),
 P("Lê Thị Kim Phượng", "Trưởng phòng Lao động - Thương binh và Xã hội huyện"),
 P("Huỳnh Thị Thu Ba", "Chi hội trưởng phụ nữ ấp An Khương"),
 P("Nguyễn Thị Ngọc Diễm")],
[Q("Hơn 150 hội viên", 150, "hội viên", "over"), Q("86 vụ bạo lực gia đình", 86, "vụ bạo lực gia đình"), Q("11 vụ", 11, "vụ"),
 Q("14 ý kiến", 14, "ý kiến"), Q("2 địa chỉ tin cậy liên xã", 2, "địa chỉ tin cậy liên xã"), Q("7 trường hợp", 7, "trường hợp"),
 Q("21 triệu đồng", 21000000, "đồng"), Q("tối đa 100 triệu đồng", 100000000, "đồng"),
 Q("38 tổ phụ nữ không có bạo lực gia đình", 38, "tổ phụ nữ không có bạo lực gia đình"),
 Q("1.246 hội viên", 1246, "hội viên"), Q("100% ấp", 100, "%")],
[D("Nghị quyết", "28", "NQ-CP", "2021-03-03", "Chính phủ", "Nghị quyết số 28/NQ-CP ngày 03/3/2021")],
[prov("Bến Tre"), com("An Thủy"), com("An Hòa Tây"), com("Tân Xuân")],
["Báo Đồng Khởi điện tử", "Chính trị | Xã hội | Mặt trận - Đoàn thể", "Ông Trần Văn Hòa trả lời ý kiến của hội viên. Ảnh: Kim Hương",
 "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới", "Luật Phòng, chống bạo lực gia đình (sửa đổi)",
 "Ngân hàng Chính sách xã hội"],
["Cập nhật: 16:40, 25/11/2022 (GMT+7)", "năm 2022", "giai đoạn 2021 - 2030", "14/11/2022", "10 tháng năm 2022", "năm 2025", "tháng 12"]))

PAGES.append(page("b8853-laichau-hlhpn-soket-2023", """
Báo Lai Châu
Chính trị - Xã hội > Mặt trận, đoàn thể
07/07/2023 06:30
Toàn cảnh hội nghị sơ kết.
Dự án 8: Hơn 4.200 phụ nữ vùng cao được tiếp cận dịch vụ hỗ trợ
Ngày 5/7, Hội LHPN tỉnh Lai Châu tổ chức hội nghị sơ kết 6 tháng đầu năm 2023 thực hiện Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình mục tiêu quốc gia giai đoạn 2021 - 2030 theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Bà Lò Thị Mai, Chủ tịch Hội LHPN tỉnh chủ trì.
Dự hội nghị có đồng chí Giàng A Tính, Ủy viên BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Phó Giám đốc Sở Lao động - Thương binh và Xã hội Phàn Văn Lở; lãnh đạo Hội LHPN 8 huyện, thành phố.
Theo báo cáo, 6 tháng đầu năm các cấp Hội đã thực hiện Hướng dẫn 06, 07/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam và Kế hoạch số 3105/KH-UBND ngày 28/12/2022 của UBND tỉnh; thành lập mới 24 tổ truyền thông cộng đồng, nâng tổng số lên 245 tổ; duy trì 132 "địa chỉ tin cậy" và 98 CLB "Thủ lĩnh của sự thay đổi" tại các trường. Hơn 4.200 phụ nữ vùng cao đã được tiếp cận dịch vụ tư vấn, hỗ trợ; 27 trường hợp phụ nữ, trẻ em bị bạo lực được hỗ trợ kịp thời.
Tổng kinh phí Dự án 8 giao năm 2023 của tỉnh là 17,8 tỷ đồng; đến ngày 30/6, giải ngân đạt 32,5%, cao hơn cùng kỳ năm 2022. Tuy nhiên, tình trạng tảo hôn vẫn còn ở một số xã biên giới; 6 tháng xảy ra 19 trường hợp tảo hôn, 3 trường hợp kết hôn cận huyết thống.
Tại hội nghị, bà Pờ Thị Chà, Chủ tịch Hội LHPN xã Mù Cả, chia sẻ: mỗi tháng tổ truyền thông cộng đồng của xã sinh hoạt một lần, có phiên dịch tiếng Hà Nhì để chị em hiểu. Chị Tẩn Thị Mẩy, thành viên "địa chỉ tin cậy" bản Sì Choang, xã Pa Vây Sử, kể đã đón 2 mẹ con tạm lánh trong đêm, sáng hôm sau cùng tổ hòa giải đến gia đình người chồng vận động.
Phát biểu chỉ đạo, đồng chí Giàng A Tính ghi nhận kết quả đạt được, đồng thời đề nghị 6 tháng cuối năm Hội tiếp tục phối hợp với Ban Dân vận các huyện ủy phát huy vai trò của người có uy tín, trưởng bản, già làng trong vận động đồng bào xóa bỏ hủ tục; đẩy nhanh giải ngân, phấn đấu đạt trên 90% kế hoạch vốn năm 2023.
Kết luận hội nghị, bà Lò Thị Mai đề nghị các huyện rà soát, củng cố những "địa chỉ tin cậy" hoạt động chưa hiệu quả; nhân rộng mô hình ở xã Sì Lở Lầu; tập trung tuyên truyền Luật Phòng, chống bạo lực gia đình số 13/2022/QH15 có hiệu lực từ ngày 01/7/2023.
Hoài Thu
Tin liên quan
- Hội LHPN tỉnh tập huấn kỹ năng cho tổ truyền thông cộng đồng (20/06/2023)
- Phong Thổ ra mắt câu lạc bộ "Thủ lĩnh của sự thay đổi" (08/06/2023)
- Sìn Hồ: tuyên truyền phòng, chống mua bán người (30/05/2023)
""", "2023-07-07", "Dự án 8: Hơn 4.200 phụ nữ vùng cao được tiếp cận dịch vụ hỗ trợ",
E("so_ket", "2023-H1", "2023-07-05"),
[P("Lò Thị Mai", "Chủ tịch Hội LHPN tỉnh"),
 P("Giàng A Tính", "Ủy viên BTV Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phàn Văn Lở", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Pờ Thị Chà", "Chủ tịch Hội LHPN xã Mù Cả"),
 P("Tẩn Thị Mẩy", 'thành viên "địa chỉ tin cậy" bản Sì Choang')],
[Q("Hơn 4.200 phụ nữ vùng cao", 4200, "phụ nữ vùng cao", "over"), Q("8 huyện, thành phố", 8, "huyện, thành phố"),
 Q("24 tổ truyền thông cộng đồng", 24, "tổ truyền thông cộng đồng"), Q("245 tổ", 245, "tổ"),
 Q('132 "địa chỉ tin cậy"', 132, "địa chỉ tin cậy"), Q('98 CLB "Thủ lĩnh của sự thay đổi"', 98, "CLB"),
 Q("27 trường hợp", 27, "trường hợp"), Q("17,8 tỷ đồng", 17800000000, "đồng"), Q("32,5%", 32.5, "%"),
 Q("19 trường hợp", 19, "trường hợp"), Q("3 trường hợp", 3, "trường hợp"), Q("2 mẹ con", 2, "mẹ con"),
 Q("trên 90%", 90, "%", "over")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Hướng dẫn", "06", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn 06, 07/HD-ĐCT"),
 D("Hướng dẫn", "07", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn 06, 07/HD-ĐCT"),
 D("Kế hoạch", "3105", "KH-UBND", "2022-12-28", "UBND tỉnh", "Kế hoạch số 3105/KH-UBND ngày 28/12/2022"),
 D("Luật", "13", "2022/QH15", None, None, "Luật Phòng, chống bạo lực gia đình số 13/2022/QH15")],
[prov("Lai Châu"), com("Mù Cả"), com("Pa Vây Sử"), com("Sì Lở Lầu")],
["Báo Lai Châu", "Chính trị - Xã hội > Mặt trận, đoàn thể", "Toàn cảnh hội nghị sơ kết.", "Dự án 8",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em", "Thủ lĩnh của sự thay đổi"],
["07/07/2023 06:30", "6 tháng đầu năm 2023", "giai đoạn 2021 - 2030", "năm 2023", "30/6", "năm 2022", "6 tháng cuối năm", "01/7/2023", "Dự án 8"]))

PAGES.append(page("b8854-phuyen-hlhpn-traoqua-2023", """
Hôm nay: Thứ Năm, 30/11/2023
Báo Phú Yên Online
Xã hội › Gia đình - Trẻ em
Thứ Ba, 28/11/2023
Trao 100 suất quà cho phụ nữ, trẻ em có nguy cơ bị bạo lực
Ngày 27/11, trong khuôn khổ Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2023, Hội LHPN tỉnh Phú Yên phối hợp với Quỹ Bảo trợ trẻ em tỉnh trao 100 suất quà cho phụ nữ, trẻ em có nguy cơ bị bạo lực, bị xâm hại tại các xã An Ninh Đông (huyện Tuy An) và Sơn Hội (huyện Sơn Hòa).
Mỗi suất quà gồm 1 triệu đồng tiền mặt và các nhu yếu phẩm, tổng trị giá khoảng 150 triệu đồng. Ngoài ra, Hội còn trao 5 suất học bổng "Nâng bước em đến trường", mỗi suất 2 triệu đồng, cho các em học sinh có cha hoặc mẹ là người gây bạo lực đang thi hành án.
Bà Trần Thị Thanh Thúy trao quà cho phụ nữ xã Sơn Hội. Ảnh: Ngọc Hân
Dự buổi trao quà có bà Trần Thị Thanh Thúy, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; bà Nguyễn Thị Hồng Loan, Phó Trưởng Ban Dân vận Tỉnh ủy; ông La Văn Minh, Phó Chủ tịch UBND huyện Sơn Hòa và bà Kpă Thị H'Dim, Chủ tịch Hội LHPN xã Sơn Hội.
Phát biểu tại buổi trao quà, bà Trần Thị Thanh Thúy cho biết, thực hiện Luật Phòng, chống bạo lực gia đình năm 2022 và Nghị định số 76/2023/NĐ-CP ngày 01/11/2023 của Chính phủ quy định chi tiết Luật này, các cấp Hội trong tỉnh đã kiện toàn 117 "địa chỉ tin cậy", 52 câu lạc bộ "Gia đình hạnh phúc"; 10 tháng năm 2023 toàn tỉnh ghi nhận 64 vụ bạo lực gia đình, giảm 12 vụ so với cùng kỳ. Người dân có thể liên hệ đường dây nóng của Hội tỉnh qua số 0257 3823 456 hoặc gọi tổng đài 111.
Bà Kpă Thị H'Dim cho biết, xã Sơn Hội có 4 buôn đồng bào Êđê, Chăm H'roi; năm nay xã đã hòa giải thành 9 vụ mâu thuẫn gia đình, không để xảy ra vụ bạo lực nghiêm trọng. Chị Ksor H'Nguyên, một người nhận quà, xúc động: "Có Hội, có chị em trong buôn giúp, mẹ con tôi mới dám nói ra chuyện bị đánh".
Dịp này, Hội LHPN tỉnh và Công an tỉnh tổ chức buổi tuyên truyền cho khoảng 300 hội viên về kỹ năng nhận diện, phòng ngừa bạo lực; phát 500 tờ rơi song ngữ Việt - Êđê. Hội LHPN huyện Sơn Hòa cũng ra mắt thêm 1 nhóm "Phụ nữ nói không với bạo lực gia đình" tại buôn Ma Giai.
Theo bà Nguyễn Thị Hồng Loan, thời gian tới Ban Dân vận Tỉnh ủy sẽ phối hợp với Hội LHPN tỉnh khảo sát hoạt động của các "địa chỉ tin cậy" ở vùng đồng bào dân tộc thiểu số, kịp thời đề xuất cấp ủy những giải pháp hỗ trợ phụ nữ bị bạo lực ổn định cuộc sống, nhất là về việc làm và chỗ ở.
Ngọc Hân
Tin khác
- Hội LHPN tỉnh phát động Tháng hành động vì bình đẳng giới năm 2023 (15/11/2023)
- Đồng Xuân: tập huấn kỹ năng cho tổ truyền thông cộng đồng (07/11/2023)
- Ra mắt câu lạc bộ "Thủ lĩnh của sự thay đổi" tại Sông Hinh (25/10/2023)
""", "2023-11-28", "Trao 100 suất quà cho phụ nữ, trẻ em có nguy cơ bị bạo lực",
E("trao_qua", None, "2023-11-27"),
[P("Trần Thị Thanh Thúy", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Hồng Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("La Văn Minh", "Phó Chủ tịch UBND huyện Sơn Hòa"),
 P("Kpă Thị H'Dim", "Chủ tịch Hội LHPN xã Sơn Hội"),
 P("Ksor H'Nguyên")],
[Q("100 suất quà", 100, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"),
 Q('5 suất học bổng "Nâng bước em đến trường"', 5, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"),
 Q('117 "địa chỉ tin cậy"', 117, "địa chỉ tin cậy"), Q('52 câu lạc bộ "Gia đình hạnh phúc"', 52, "câu lạc bộ"),
 Q("64 vụ bạo lực gia đình", 64, "vụ bạo lực gia đình"), Q("12 vụ", 12, "vụ"), Q("4 buôn", 4, "buôn"),
 Q("9 vụ mâu thuẫn gia đình", 9, "vụ mâu thuẫn gia đình"), Q("khoảng 300 hội viên", 300, "hội viên", "approx"),
 Q("500 tờ rơi song ngữ", 500, "tờ rơi song ngữ"), Q('1 nhóm "Phụ nữ nói không với bạo lực gia đình"', 1, "nhóm")],
[D("Nghị định", "76", "2023/NĐ-CP", "2023-11-01", "Chính phủ", "Nghị định số 76/2023/NĐ-CP ngày 01/11/2023")],
[prov("Phú Yên"), com("An Ninh Đông"), com("Sơn Hội")],
["Báo Phú Yên Online", "Xã hội › Gia đình - Trẻ em", "Bà Trần Thị Thanh Thúy trao quà cho phụ nữ xã Sơn Hội. Ảnh: Ngọc Hân",
 "Hôm nay: Thứ Năm, 30/11/2023", "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
 "Quỹ Bảo trợ trẻ em tỉnh", "Nâng bước em đến trường", "Luật Phòng, chống bạo lực gia đình năm 2022", "Phụ nữ nói không với bạo lực gia đình"],
["Hôm nay: Thứ Năm, 30/11/2023", "Thứ Ba, 28/11/2023", "năm 2023", "10 tháng năm 2023", "0257 3823 456", "111", "năm 2022"]))
