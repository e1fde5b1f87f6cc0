from lib import *
PAGES = []

PAGES.append(page("b4385-dienbien-1719-tongket-2022", """
BÁO ĐIỆN BIÊN PHỦ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên
Trang chủ | Thời sự | Dân tộc - Tôn giáo
Cập nhật lúc 08:05 ngày 28/12/2022
Đồng chí Lò Văn Mừng phát biểu tại hội nghị.
Tổng kết năm 2022: đồng bào hiến gần 147.000 m2 đất cho các công trình hạ tầng
(ĐBP) - Ngày 27/12, Ban Dân tộc tỉnh tổ chức hội nghị tổng kết công tác dân tộc năm 2022 và kết quả năm đầu thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Đồng chí Lò Văn Mừng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; đồng chí Lò Văn Cương, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh chủ trì.
Năm 2022, tỉnh được giao 1.128,6 tỷ đồng vốn thực hiện Chương trình theo Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ; đến ngày 20/12 đã giải ngân 54,7%. Từ nguồn vốn Dự án 4 về đầu tư cơ sở hạ tầng thiết yếu, các địa phương đã khởi công 312 công trình, trong đó 186 công trình đường giao thông, 41 công trình thủy lợi, 27 cầu dân sinh, 58 điểm trường. Để giải phóng mặt bằng, 3.468 hộ đồng bào Thái, Mông, Khơ Mú, Dao đã hiến gần 147.000 m2 đất, đóng góp 52.300 ngày công; giá trị đóng góp quy đổi ước 19,6 tỷ đồng.
Nhiều xã đã áp dụng cơ chế đặc thù theo Nghị định số 27/2022/NĐ-CP của Chính phủ, giao cho cộng đồng thực hiện 74 công trình quy mô nhỏ. Ông Mùa A Vảng, Chủ tịch UBND xã Mường Nhé, cho biết 9 bản của xã tự làm 11,4 km đường bê tông, tiết kiệm khoảng 15% chi phí so với thuê nhà thầu. Bà Lò Thị Ỏm, Bí thư Đảng ủy xã Mường Phăng, và ông Sùng A Chư, người có uy tín bản Ta Pô, xã Chiềng Sinh, được biểu dương vì vận động 87 hộ tự tháo dỡ nhà, chuồng trại để làm đường.
Toàn cảnh hội nghị. Ảnh: Quàng Hương
Bên cạnh kết quả, hội nghị chỉ ra nhiều hạn chế: địa bàn rộng, giao thông chia cắt, năng lực cán bộ cơ sở còn hạn chế; hướng dẫn của các bộ, ngành còn chậm; một số dự án thành phần chưa giải ngân; có 6 xã đến nay chưa khởi công công trình nào.
Kết luận hội nghị, đồng chí Lò Văn Mừng yêu cầu năm 2023 các sở, ngành, địa phương tập trung giải ngân, thực hiện Kế hoạch 12, 13/KH-UBND của UBND tỉnh; tiếp tục quán triệt Nghị quyết 88/2019/QH14 và Nghị quyết số 120/2020/QH14 của Quốc hội; phấn đấu giải ngân không dưới 95% vốn được giao.
Dịp này, đồng chí Lò Văn Cương trao giấy khen của Ban Dân tộc tỉnh cho 21 tập thể, 36 cá nhân và 15 người có uy tín tiêu biểu.
Quàng Hương
Lượt xem: 906
Tin liên quan
- Tủa Chùa: 1.500 hộ hiến đất mở đường (15/12/2022)
- Nậm Pồ khởi công 12 công trình (02/12/2022)
- Điện Biên Đông tổ chức hội nghị người có uy tín (25/11/2022)
""", "2022-12-28", "Tổng kết năm 2022: đồng bào hiến gần 147.000 m2 đất cho các công trình hạ tầng",
E("tong_ket", "2022", "2022-12-27"),
[P("Lò Văn Mừng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Lò Văn Cương", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Mùa A Vảng", "Chủ tịch UBND xã Mường Nhé"),
 P("Lò Thị Ỏm", "Bí thư Đảng ủy xã Mường Phăng"),
 P("Sùng A Chư", "người có uy tín bản Ta Pô")],
[Q("gần 147.000 m2", 147000, "m2", "approx"), Q("1.128,6 tỷ đồng", 1128600000000, "đồng"), Q("54,7%", 54.7, "%"),
 Q("312 công trình", 312, "công trình"), Q("186 công trình đường giao thông", 186, "công trình đường giao thông"),
 Q("41 công trình thủy lợi", 41, "công trình thủy lợi"), Q("27 cầu dân sinh", 27, "cầu dân sinh"), Q("58 điểm trường", 58, "điểm trường"),
 Q("3.468 hộ đồng bào Thái, Mông, Khơ Mú, Dao", 3468, "hộ đồng bào Thái, Mông, Khơ Mú, Dao"), Q("52.300 ngày công", 52300, "ngày công"),
 Q("19,6 tỷ đồng", 19600000000, "đồng", "approx"), Q("74 công trình quy mô nhỏ", 74, "công trình quy mô nhỏ"), Q("9 bản", 9, "bản"),
 Q("11,4 km", 11.4, "km"), Q("khoảng 15%", 15, "%", "approx"), Q("87 hộ", 87, "hộ"), Q("6 xã", 6, "xã"),
 Q("không dưới 95%", 95, "%", "over"), Q("21 tập thể", 21, "tập thể"), Q("36 cá nhân", 36, "cá nhân"),
 Q("15 người có uy tín tiêu biểu", 15, "người có uy tín tiêu biểu")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị định", "27", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 27/2022/NĐ-CP"),
 D("Kế hoạch", "12", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 12, 13/KH-UBND"),
 D("Kế hoạch", "13", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 12, 13/KH-UBND"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết 88/2019/QH14"),
 D("Nghị quyết", "120", "2020/QH14", None, "Quốc hội", "Nghị quyết số 120/2020/QH14")],
[prov("Điện Biên"), com("Mường Nhé"), com("Mường Phăng"), com("Chiềng Sinh")],
["BÁO ĐIỆN BIÊN PHỦ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên", "Trang chủ | Thời sự | Dân tộc - Tôn giáo",
 "Đồng chí Lò Văn Mừng phát biểu tại hội nghị.", "(ĐBP)", "Toàn cảnh hội nghị. Ảnh: Quàng Hương",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Dự án 4", "Lượt xem: 906"],
["Cập nhật lúc 08:05 ngày 28/12/2022", "năm 2022", "năm 2023", "Dự án 4", "ngày 20/12", "Lượt xem: 906"]))

PAGES.append(page("b4386-quangnam-coTu-chandung-2022", """
Báo Quảng Nam Online
Trang chủ » Xã hội » Miền núi
Thứ Sáu, 16/09/2022, 07:30
"Già Bhriu Pố" và con đường 2,3 km xuyên rừng
QNO - Ở thôn Pơ Lang, xã A Ting, người Cơ Tu gọi ông Bhriu Pố là "già làng của những con đường". Hơn 10 năm qua, ông cùng gia đình đã hiến tổng cộng 3.150 m2 đất rẫy, vườn keo để mở đường và xây nhà Gươl, điểm trường.
Già làng Bhriu Pố bên tuyến đường bê tông mới. Ảnh: Alăng Ngước
Năm 2022, khi huyện Đông Giang triển khai tuyến đường từ trung tâm xã A Ting vào thôn Pơ Lang dài 2,3 km từ nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, nhiều hộ còn lo mất đất sản xuất. Già Pố, người có uy tín thôn Pơ Lang, mời các trưởng tộc họ đến nhà Gươl, "nói chuyện bằng cái bụng". Ông hiến trước 1.200 m2 vườn keo đang đến kỳ thu hoạch. Sau 3 buổi họp làng, 42 hộ trong thôn đồng thuận hiến 8.600 m2 đất; bà con góp 960 ngày công phát dọn, đào rãnh thoát nước.
Ông Clâu Nhím, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã A Ting, cho biết tổng vốn đầu tư tuyến đường 4,6 tỷ đồng, nhân dân không phải bồi thường đồng nào về đất. Trước đó, theo Nghị quyết số 20/2021/NQ-HĐND của HĐND tỉnh và Chương trình hành động số 09-CTr/HU của Huyện ủy, xã đã vận động 118 hộ hiến khoảng 21.000 m2 đất cho 5 công trình.
Bà Zơrâm Thị Lê, Chủ tịch Hội LHPN xã, kể: "Già Pố nói, đất thì mình còn rừng, còn rẫy, nhưng con đường thì cả làng cả đời cần". Chính bà cũng vận động 27 chị em hội viên góp tiền mua 60 cây giống hai bên đường.
Già Pố là 1 trong 52 người có uy tín được UBND tỉnh Quảng Nam tặng bằng khen năm 2022. Ông Bùi Văn Lương, Phó Trưởng Ban Dân tộc tỉnh, đánh giá: "Những người như già Pố là cầu nối giữa Đảng, chính quyền với đồng bào; không có họ, nhiều công trình theo Quyết định 1719/QĐ-TTg không thể giải phóng mặt bằng nhanh như vậy".
Những năm trước, mỗi mùa mưa, con đường đất từ trung tâm xã vào Pơ Lang lầy lội, xe máy không đi được; học sinh phải ở lại điểm trường cả tuần, người ốm phải khiêng bằng võng. Nay xe chở keo, chở chuối vào tận nhà Gươl. Cán bộ xã nói vui: ở A Ting, muốn làm đường thì cứ hỏi già Pố trước.
Ngày con đường hoàn thành, cả làng mổ heo ăn mừng. Già Pố lại đi vận động tiếp: thôn còn 1,1 km đường ra khu sản xuất chưa được bê tông, ông muốn làm xong trước khi "về với ông bà".
Alăng Ngước
Lượt xem: 4.027
Tin khác
- Tây Giang: 300 hộ góp công làm đường lên biên giới (09/09/2022)
- Nam Giang: hiến đất xây trường bán trú (30/08/2022)
- Phước Sơn nâng cấp 15 km đường liên thôn (22/08/2022)
""", "2022-09-16", "\"Già Bhriu Pố\" và con đường 2,3 km xuyên rừng",
E("khac", None, None),
[P("Bhriu Pố", "người có uy tín thôn Pơ Lang"),
 P("Clâu Nhím", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã A Ting"),
 P("Zơrâm Thị Lê", "Chủ tịch Hội LHPN xã"),
 P("Bùi Văn Lương", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("2,3 km", 2.3, "km"), Q("3.150 m2", 3150, "m2"), Q("1.200 m2", 1200, "m2"), Q("42 hộ", 42, "hộ"), Q("8.600 m2", 8600, "m2"),
 Q("960 ngày công", 960, "ngày công"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("118 hộ", 118, "hộ"),
 Q("khoảng 21.000 m2", 21000, "m2", "approx"), Q("5 công trình", 5, "công trình"), Q("27 chị em hội viên", 27, "chị em hội viên"),
 Q("60 cây giống", 60, "cây giống"), Q("52 người có uy tín", 52, "người có uy tín"), Q("1,1 km", 1.1, "km")],
[D("Nghị quyết", "20", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 20/2021/NQ-HĐND"),
 D("Chương trình hành động", "09", "CTr/HU", None, "Huyện ủy", "Chương trình hành động số 09-CTr/HU"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg")],
[prov("Quảng Nam"), com("A Ting")],
["Báo Quảng Nam Online", "Trang chủ » Xã hội » Miền núi", "QNO", "Già làng Bhriu Pố bên tuyến đường bê tông mới. Ảnh: Alăng Ngước",
 "già làng của những con đường", "nói chuyện bằng cái bụng", "nhà Gươl",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 4.027"],
["Thứ Sáu, 16/09/2022, 07:30", "10 năm", "Năm 2022", "3 buổi họp làng", "1 trong 52", "năm 2022", "Lượt xem: 4.027"]))

PAGES.append(page("b4387-ninhthuan-bdv-soket-2023", """
BAN DÂN VẬN TỈNH ỦY NINH THUẬN
Vị trí: Trang chủ > Hoạt động của Ban > Tin hoạt động
Ngày đăng 12/07/2023 | 16:20
Ảnh: Quang cảnh hội nghị sơ kết.
Khối dân vận sơ kết 6 tháng đầu năm
Sáng 11/7/2023, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Chamaléa Thị Thủy, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đàng Thị Mỹ Hương, Nguyễn Văn Tú.
6 tháng qua, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 45, 46-KL/TU về công tác dân vận trong thực hiện các chương trình mục tiêu quốc gia. Phong trào "Dân vận khéo" gắn với xây dựng nông thôn mới, giảm nghèo bền vững và Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số tiếp tục lan tỏa: đồng bào Chăm, Raglai đã hiến 38.650 m2 đất, đóng góp 6.420 ngày công, hơn 2,3 tỷ đồng để làm 27,8 km đường giao thông và 9,6 km kênh mương nội đồng; 15 cầu, cống qua kênh được xây mới.
Có 286 mô hình "Dân vận khéo" được công nhận, trong đó 41 mô hình cấp tỉnh. Tiêu biểu là mô hình "Đường làng sạch đẹp" ở thôn Phước Lập, xã Phước Thuận, nơi 134 hộ người Chăm tự tháo dỡ tường rào, hiến 2.700 m2 đất mở đường rộng 6 m.
Phát biểu tại hội nghị, đồng chí Katơr Thị Sáu, HUV, Trưởng Ban Dân vận Huyện ủy Bác Ái, cho biết đồng bào Raglai ở xã Phước Bình đã góp 820 ngày công làm đường vào khu sản xuất; ông Thông Minh Mẫn, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà, đề nghị hỗ trợ kinh phí duy tu các tuyến đường do dân làm. Đại diện Ban Dân tộc tỉnh Ninh Thuận thông tin tiến độ thực hiện Chương trình; Cả Sư Lưu Văn Dũng, Phó Chủ tịch Hội đồng Chức sắc Hồi giáo Bà-ni, vận động chức sắc, chức việc tham gia.
Trong 6 tháng, các cơ quan dân vận đã nắm 17 vụ việc tranh chấp đất đai khi mở đường, phối hợp hòa giải thành 14 vụ việc. Việc thực hiện Quy chế dân chủ ở cơ sở theo Kết luận số 120-KL/TW của Bộ Chính trị và Luật Thực hiện dân chủ ở cơ sở được triển khai đến 100% thôn, khu phố.
Hội nghị cũng chỉ ra, việc vận động hiến đất ở vùng đồng bào Raglai còn khó do đất sản xuất ít, nhiều hộ sống xen kẽ trong rừng; một số công trình thiếu vốn đối ứng.
Kết luận hội nghị, đồng chí Chamaléa Thị Thủy yêu cầu 6 tháng cuối năm tập trung thực hiện Kế hoạch số 210-KH/BDVTU của Ban Dân vận Tỉnh ủy; phấn đấu vận động thêm ít nhất 50 km đường giao thông nông thôn; quan tâm người có uy tín trong đồng bào Chăm, Raglai.
Quang cảnh hội nghị sơ kết. Ảnh: Vĩnh Trà
Vĩnh Trà
Lượt truy cập: 387
Tin cùng chuyên mục
- Đoàn công tác Ban Dân vận Trung ương làm việc tại tỉnh (04/07/2023)
- Thuận Nam: ra mắt mô hình "Dân vận khéo" (20/06/2023)
- Giao ban khối dân vận quý II/2023 (15/06/2023)
""", "2023-07-12", "Khối dân vận sơ kết 6 tháng đầu năm",
E("so_ket", "2023-H1", "2023-07-11"),
[P("Chamaléa Thị Thủy", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàng Thị Mỹ Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tú", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Katơr Thị Sáu", "HUV", "Trưởng Ban Dân vận Huyện ủy Bác Ái"),
 P("Thông Minh Mẫn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà"),
 P("Lưu Văn Dũng", "Cả Sư", "Phó Chủ tịch Hội đồng Chức sắc Hồi giáo Bà-ni")],
[Q("38.650 m2", 38650, "m2"), Q("6.420 ngày công", 6420, "ngày công"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("27,8 km", 27.8, "km"), Q("9,6 km", 9.6, "km"), Q("15 cầu, cống", 15, "cầu, cống"), Q("286 mô hình", 286, "mô hình"),
 Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"), Q("134 hộ người Chăm", 134, "hộ người Chăm"), Q("2.700 m2", 2700, "m2"),
 Q("6 m", 6, "m"), Q("820 ngày công", 820, "ngày công"), Q("17 vụ việc tranh chấp đất đai", 17, "vụ việc tranh chấp đất đai"),
 Q("14 vụ việc", 14, "vụ việc"), Q("100% thôn, khu phố", 100, "%"), Q("ít nhất 50 km", 50, "km", "over")],
[D("Kết luận", "45", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Kết luận", "46", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận số 120-KL/TW"),
 D("Kế hoạch", "210", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 210-KH/BDVTU")],
[prov("Ninh Thuận"), com("Phước Thuận"), com("Phước Bình"), com("Phước Hà")],
["BAN DÂN VẬN TỈNH ỦY NINH THUẬN", "Vị trí: Trang chủ > Hoạt động của Ban > Tin hoạt động", "Ảnh: Quang cảnh hội nghị sơ kết.",
 "Quang cảnh hội nghị sơ kết. Ảnh: Vĩnh Trà", "Dân vận khéo", "Đường làng sạch đẹp", "Luật Thực hiện dân chủ ở cơ sở",
 "Lượt truy cập: 387"],
["Ngày đăng 12/07/2023 | 16:20", "6 tháng đầu năm 2023", "6 tháng cuối năm", "6 tháng", "Lượt truy cập: 387"]))

PAGES.append(page("b4388-gialai-hiendat-hoinghi-2023", """
Báo Gia Lai điện tử
Chính trị / Dân vận
17/11/2023 - 10:05
Gia Lai: Tôn vinh 85 điển hình hiến đất, góp công xây dựng làng
(GLO) - Ngày 16/11, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ban Dân vận Tỉnh ủy và Ban Dân tộc tỉnh tổ chức hội nghị biểu dương điển hình tiên tiến trong phong trào hiến đất, góp công xây dựng làng nông thôn mới trong đồng bào dân tộc thiểu số năm 2023.
Các đại biểu dự hội nghị. Ảnh: Ngọc Sang
Dự hội nghị có các đồng chí: Rơ Lan Thị Thương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Nay Phi La, Phó Chủ tịch UBND tỉnh; cùng 85 điển hình là già làng, người có uy tín, hộ gia đình người Jrai, Bahnar.
Theo báo cáo, từ năm 2021 đến nay, đồng bào dân tộc thiểu số trong tỉnh đã hiến trên 412.000 m2 đất, góp 186.000 ngày công và hơn 37 tỷ đồng để làm 1.284 km đường, 36 nhà rông văn hóa và 112 phòng học. Có 63 làng đạt chuẩn nông thôn mới theo Quyết định số 07/2021/QĐ-UBND của UBND tỉnh. Nguồn vốn Chương trình mục tiêu quốc gia theo Quyết định 1719/QĐ-TTg hỗ trợ trên 640 tỷ đồng.
Nhiều câu chuyện đẹp được chia sẻ. Ông Ksor Nghiêm, già làng làng Plei Pông, xã Ia Ma Rơn, cùng 14 hộ con cháu hiến 5.800 m2 rẫy cà phê để mở đường; bà Siu H'Lên, người có uy tín làng Đê Kôp, xã Ayun, vận động 60 hộ góp 1.200 ngày công làm đường nội làng. Ông Đinh Văn Blung, Trưởng thôn làng Kon Sơ Lăl, xã Hà Đông, kể chuyện cả làng Bahnar góp 240 triệu đồng làm cầu treo qua suối.
Phát biểu tại hội nghị, đồng chí Rơ Lan Thị Thương đánh giá, phong trào là kết quả cụ thể của việc thực hiện Chỉ thị 36, 37-CT/TU của Ban Thường vụ Tỉnh ủy và Nghị quyết số 11-NQ/TU của Tỉnh ủy về phát triển vùng đồng bào dân tộc thiểu số. Đồng chí đề nghị các cấp không để xảy ra tình trạng ép dân hiến đất; thực hiện tốt Luật Thực hiện dân chủ ở cơ sở năm 2022.
Hội nghị cũng thẳng thắn chỉ ra, vẫn còn làng chưa có đường bê tông đến trung tâm xã; việc duy tu công trình sau đầu tư chưa được quan tâm; một số nơi chưa cập nhật biến động đất đai cho hộ đã hiến đất, khiến bà con băn khoăn. Nhiều đại biểu kiến nghị tỉnh có chính sách ưu tiên vay vốn, hỗ trợ giống cho hộ hiến nhiều đất sản xuất.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 85 điển hình, mỗi điển hình kèm 2 triệu đồng; UBND tỉnh tặng bằng khen cho 10 tập thể. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Rah Lan Ngân, Nguyễn Thị Hồng Thắm trao thưởng.
Ngọc Sang
Lượt xem: 1.677
Tin liên quan
- Chư Păh: làng Jrai hiến đất xây nhà rông (08/11/2023)
- Kbang: người dân góp 4.000 ngày công làm đường (01/11/2023)
- Đại hội đại biểu các dân tộc thiểu số huyện Ia Grai (20/10/2023)
""", "2023-11-17", "Gia Lai: Tôn vinh 85 điển hình hiến đất, góp công xây dựng làng",
E("hoi_nghi", "2023", "2023-11-16"),
[P("Rơ Lan Thị Thương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nay Phi La", "Phó Chủ tịch UBND tỉnh"),
 P("Ksor Nghiêm", "già làng làng Plei Pông"),
 P("Siu H'Lên", "người có uy tín làng Đê Kôp"),
 P("Đinh Văn Blung", "Trưởng thôn làng Kon Sơ Lăl"),
 P("Rah Lan Ngân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Hồng Thắm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("85 điển hình", 85, "điển hình"), Q("trên 412.000 m2", 412000, "m2", "over"), Q("186.000 ngày công", 186000, "ngày công"),
 Q("hơn 37 tỷ đồng", 37000000000, "đồng", "over"), Q("1.284 km", 1284, "km"), Q("36 nhà rông văn hóa", 36, "nhà rông văn hóa"),
 Q("112 phòng học", 112, "phòng học"), Q("63 làng", 63, "làng"), Q("trên 640 tỷ đồng", 640000000000, "đồng", "over"),
 Q("14 hộ", 14, "hộ"), Q("5.800 m2", 5800, "m2"), Q("60 hộ", 60, "hộ"), Q("1.200 ngày công", 1200, "ngày công"),
 Q("240 triệu đồng", 240000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("10 tập thể", 10, "tập thể")],
[D("Quyết định", "07", "2021/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 07/2021/QĐ-UBND"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg"),
 D("Chỉ thị", "36", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 36, 37-CT/TU"),
 D("Chỉ thị", "37", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 36, 37-CT/TU"),
 D("Nghị quyết", "11", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 11-NQ/TU")],
[prov("Gia Lai"), com("Ia Ma Rơn"), com("Ayun"), com("Hà Đông")],
["Báo Gia Lai điện tử", "Chính trị / Dân vận", "(GLO)", "Các đại biểu dự hội nghị. Ảnh: Ngọc Sang",
 "Chương trình mục tiêu quốc gia", "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 1.677"],
["17/11/2023 - 10:05", "năm 2023", "năm 2021", "năm 2022", "Lượt xem: 1.677"]))

PAGES.append(page("b4389-angiang-mttq-daihoi-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG
Trang chủ >> Tin tức >> Mặt trận cơ sở
08:15 | 18/05/2024
Đại hội đại biểu MTTQ Việt Nam xã Châu Phong lần thứ XII, nhiệm kỳ 2024 - 2029
Ngày 17/5/2024, Ủy ban MTTQ Việt Nam xã Châu Phong long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XII, nhiệm kỳ 2024 - 2029. Dự đại hội có ông Nguyễn Văn Hiệp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Néang Sà Khươl, Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã và 110 đại biểu đại diện cho hơn 6.300 hộ dân người Kinh, Chăm, Khmer trong xã.
Quang cảnh đại hội. Ảnh: Thanh Tâm
Báo cáo tại đại hội cho thấy, nhiệm kỳ 2019 - 2024, Mặt trận xã đã vận động nhân dân hiến 14.300 m2 đất, đóng góp 3.860 ngày công và 9,7 tỷ đồng để bê tông hóa 21,6 km đường nông thôn, xây 8 cây cầu và nạo vét 12 km kênh nội đồng. Cộng đồng người Chăm ở các ấp Phũm Soài, Châu Giang đóng góp 1,2 tỷ đồng làm đường dẫn vào thánh đường. Quỹ "Vì người nghèo" vận động được 1,86 tỷ đồng, xây tặng 42 căn nhà Đại đoàn kết; tỷ lệ hộ nghèo giảm còn 1,8%.
Các mô hình "Khu dân cư tự quản", "Ấp văn minh" được thực hiện theo Nghị quyết liên tịch số 01/2013/NQLT-CP-UBTWMTTQVN; 100% ấp đạt tiêu chuẩn khu dân cư văn hóa. Xã được công nhận đạt chuẩn nông thôn mới nâng cao năm 2023.
Đại hội đã hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Tại phiên họp thứ nhất, ông Haji Sa Lếh, Chủ tịch Ban đại diện Cộng đồng Hồi giáo ấp Phũm Soài, được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã; bà Lê Thị Mỹ Linh, Bí thư Đảng ủy xã, phát biểu chỉ đạo đại hội. Ông Trần Quốc Bảo tái cử Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Phong khóa XII.
Nhiệm kỳ 2024 - 2029, đại hội đề ra 10 chỉ tiêu, trong đó vận động hiến đất, góp công mở rộng ít nhất 15 km đường giao thông; mỗi năm vận động Quỹ "Vì người nghèo" không dưới 300 triệu đồng; thực hiện Chỉ thị số 18-CT/TW ngày 10/10/2022 của Ban Bí thư và Kế hoạch số 84-KH/TU, 85-KH/TU của Ban Thường vụ Tỉnh ủy.
Tham luận tại đại hội, đại diện Ban công tác Mặt trận ấp Châu Giang chia sẻ kinh nghiệm vận động các hộ Chăm ven sông tháo dỡ nhà sàn lấn lộ, nhường đất làm đường; Chi hội Nông dân ấp Vĩnh Lợi kể lại việc góp công đổ đal tuyến đường dọc kênh. Đây là xã biên giới có đông đồng bào dân tộc nhất của tỉnh An Giang.
Bà Néang Sà Khươl đề nghị Mặt trận xã tiếp tục phát huy vai trò giám sát, phản biện, nhất là việc thu, chi các khoản đóng góp của nhân dân.
Thanh Tâm
Lượt xem: 623
Tin khác
- Đại hội MTTQ xã Vĩnh Trường nhiệm kỳ 2024 - 2029 (16/05/2024)
- Tịnh Biên: 500 hộ hiến đất làm đường (10/05/2024)
- Hội nghị hiệp thương lần thứ nhất (25/04/2024)
""", "2024-05-18", "Đại hội đại biểu MTTQ Việt Nam xã Châu Phong lần thứ XII, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-05-17"),
[P("Nguyễn Văn Hiệp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Néang Sà Khươl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã"),
 P("Haji Sa Lếh", "Chủ tịch Ban đại diện Cộng đồng Hồi giáo ấp Phũm Soài", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Thị Mỹ Linh", "Bí thư Đảng ủy xã"),
 P("Trần Quốc Bảo", "Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Phong khóa XII")],
[Q("110 đại biểu", 110, "đại biểu"), Q("hơn 6.300 hộ dân", 6300, "hộ dân", "over"), Q("14.300 m2", 14300, "m2"),
 Q("3.860 ngày công", 3860, "ngày công"), Q("9,7 tỷ đồng", 9700000000, "đồng"), Q("21,6 km", 21.6, "km"), Q("8 cây cầu", 8, "cây cầu"),
 Q("12 km", 12, "km"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("1,86 tỷ đồng", 1860000000, "đồng"),
 Q("42 căn nhà Đại đoàn kết", 42, "căn nhà Đại đoàn kết"), Q("1,8%", 1.8, "%"), Q("100% ấp", 100, "%"), Q("45 vị", 45, "vị"),
 Q("10 chỉ tiêu", 10, "chỉ tiêu"), Q("ít nhất 15 km", 15, "km", "over"), Q("không dưới 300 triệu đồng", 300000000, "đồng", "over")],
[D("Nghị quyết liên tịch", "01", "2013/NQLT-CP-UBTWMTTQVN", None, None, "Nghị quyết liên tịch số 01/2013/NQLT-CP-UBTWMTTQVN"),
 D("Chỉ thị", "18", "CT/TW", "2022-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2022"),
 D("Kế hoạch", "84", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 84-KH/TU"),
 D("Kế hoạch", "85", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "85-KH/TU")],
[prov("An Giang"), com("Châu Phong")],
["ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG", "Trang chủ >> Tin tức >> Mặt trận cơ sở", "Quang cảnh đại hội. Ảnh: Thanh Tâm",
 "Vì người nghèo", "Khu dân cư tự quản", "Ấp văn minh", "Lượt xem: 623"],
["08:15 | 18/05/2024", "lần thứ XII", "2024 - 2029", "2019 - 2024", "năm 2023", "khóa XII", "phiên họp thứ nhất", "Lượt xem: 623"]))

PAGES.append(page("b4390-caobang-bdv-giaoban-2024", """
Báo Cao Bằng điện tử
Trang chủ - Chính trị - Dân vận
Hôm nay: Thứ Hai, 07/10/2024
Cập nhật: 10:40, 04/10/2024 (GMT+7)
Giao ban khối dân vận: hơn 1.900 hộ hiến đất làm đường, xây trường
Ngày 3/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban khối dân vận quý III năm 2024. Đồng chí Nông Thị Tuyết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có đại diện Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh và Trưởng Ban Dân vận các huyện ủy, thành ủy.
Đồng chí Nông Thị Tuyết phát biểu kết luận giao ban. Ảnh: Bế Hương
Trong quý III, các cấp đã vận động 1.947 hộ hiến 96.500 m2 đất, góp 18.200 ngày công để làm 143 km đường giao thông nông thôn, 9 điểm trường và 4 cầu treo. Nhân dân đóng góp 7,3 tỷ đồng; vốn Chương trình 135 lồng ghép trong Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và vốn nông thôn mới hỗ trợ 126,5 tỷ đồng. Sau cơn bão số 3, khối dân vận huy động gần 4.000 lượt đoàn viên, hội viên giúp dân khắc phục sạt lở trên 37 tuyến đường.
Tại giao ban, đồng chí Lục Văn Thịnh, HUV, Trưởng Ban Dân vận Huyện ủy Hà Quảng, cho biết người Nùng, người Mông ở xã Trường Hà đã hiến 8.400 m2 đất nương làm tuyến đường dài 4,8 km. Bà Hoàng Thị Hạnh, Phó Chủ tịch Hội LHPN tỉnh, thông tin 312 chi hội phụ nữ đăng ký "Đoạn đường phụ nữ tự quản". Ông Đàm Văn Tuân, Phó Trưởng ban Thường trực Ban Dân tộc tỉnh, báo cáo tiến độ giải ngân vốn theo Quyết định 1719/QĐ-TTg đạt 48,6%.
Báo cáo cũng cho biết, Hội Nông dân tỉnh vận động hội viên góp công làm 26 km đường nội đồng; Tỉnh đoàn ra quân "Thanh niên tình nguyện" làm 11 km đường vào các thôn đặc biệt khó khăn. Nhiều nơi áp dụng cách làm "dân làm, Nhà nước hỗ trợ xi măng", cán bộ cầm tay chỉ việc, bảo đảm chất lượng mặt đường.
Các ý kiến phản ánh 5 vụ việc khiếu nại về giải phóng mặt bằng tại công trình đường tránh thành phố; một số hộ hiến đất chưa được chỉnh lý biến động đất đai. Ở các xóm vùng cao, nhiều tuyến đường làm bằng sức dân chưa có rãnh thoát nước, mùa mưa thường xuyên bị sạt, cần được bổ sung vốn duy tu trong kế hoạch năm tới.
Kết luận giao ban, đồng chí Nông Thị Tuyết đề nghị quý IV tập trung thực hiện Kết luận số 86-KL/TU, 87-KL/TU của Ban Thường vụ Tỉnh ủy; hướng dẫn xây dựng ít nhất 1 mô hình "Dân vận khéo" ở mỗi xã về giao thông nông thôn; chủ động nắm tình hình dư luận trước Đại hội đảng bộ các cấp theo Chỉ thị số 35-CT/TW của Bộ Chính trị.
Bế Hương
Lượt xem: 745
Tin liên quan
- Bảo Lạc: hiến đất làm đường lên thôn Khau Cải (27/09/2024)
- Nguyên Bình: khắc phục hậu quả bão số 3 (16/09/2024)
- Giao ban khối dân vận quý II/2024 (05/07/2024)
""", "2024-10-04", "Giao ban khối dân vận: hơn 1.900 hộ hiến đất làm đường, xây trường",
E("giao_ban", "2024-Q3", "2024-10-03"),
[P("Nông Thị Tuyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Văn Thịnh", "HUV", "Trưởng Ban Dân vận Huyện ủy Hà Quảng"),
 P("Hoàng Thị Hạnh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đàm Văn Tuân", "Phó Trưởng ban Thường trực Ban Dân tộc tỉnh")],
[Q("hơn 1.900 hộ", 1900, "hộ", "over"), Q("1.947 hộ", 1947, "hộ"), Q("96.500 m2", 96500, "m2"), Q("18.200 ngày công", 18200, "ngày công"),
 Q("143 km", 143, "km"), Q("9 điểm trường", 9, "điểm trường"), Q("4 cầu treo", 4, "cầu treo"), Q("7,3 tỷ đồng", 7300000000, "đồng"),
 Q("126,5 tỷ đồng", 126500000000, "đồng"), Q("gần 4.000 lượt đoàn viên, hội viên", 4000, "lượt đoàn viên, hội viên", "approx"),
 Q("trên 37 tuyến đường", 37, "tuyến đường", "over"), Q("8.400 m2", 8400, "m2"), Q("4,8 km", 4.8, "km"),
 Q("312 chi hội phụ nữ", 312, "chi hội phụ nữ"), Q("48,6%", 48.6, "%"), Q("26 km", 26, "km"), Q("11 km", 11, "km"), Q("5 vụ việc khiếu nại", 5, "vụ việc khiếu nại")],
[D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg"),
 D("Kết luận", "86", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 86-KL/TU"),
 D("Kết luận", "87", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "87-KL/TU"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 35-CT/TW")],
[prov("Cao Bằng"), com("Trường Hà")],
["Báo Cao Bằng điện tử", "Trang chủ - Chính trị - Dân vận", "Đồng chí Nông Thị Tuyết phát biểu kết luận giao ban. Ảnh: Bế Hương",
 "Chương trình 135", "Đoạn đường phụ nữ tự quản", "Thanh niên tình nguyện", "dân làm, Nhà nước hỗ trợ xi măng", "Dân vận khéo", "Lượt xem: 745"],
["Cập nhật: 10:40, 04/10/2024 (GMT+7)", "Hôm nay: Thứ Hai, 07/10/2024", "quý III năm 2024", "bão số 3", "quý IV", "1 mô hình", "Lượt xem: 745"]))
