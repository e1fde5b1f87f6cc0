from lib import *
PAGES = []

PAGES.append(page("b4379-laocai-bdv-tongket-2017", """
Báo Lào Cai - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai
Chính trị » Xây dựng Đảng
29-12-2017 09:40
Toàn cảnh hội nghị.
Lào Cai: Hơn 5.200 hộ hiến đất, góp 96.000 ngày công làm đường
Chiều 27/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2017. Đồng chí Giàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2017, khối dân vận các cấp tham mưu cấp ủy lãnh đạo thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2016 của Bộ Chính trị và Kết luận 114-KL/TW của Ban Bí thư về công tác dân vận của cơ quan nhà nước. Phong trào "Dân vận khéo" gắn với xây dựng nông thôn mới có 1.327 mô hình, trong đó 214 mô hình về giao thông nông thôn. Đã có hơn 5.200 hộ hiến 318.000 m2 đất, góp 96.000 ngày công, tự nguyện tháo dỡ 1.840 m2 công trình, vật kiến trúc; toàn tỉnh cứng hóa 642 km đường thôn, bản theo cơ chế "Nhà nước hỗ trợ xi măng, nhân dân góp công, góp đất". Tổng giá trị nhân dân đóng góp ước đạt 182 tỷ đồng.
Tại hội nghị, đồng chí Sùng Seo Vàng, HUV, Trưởng Ban Dân vận Huyện ủy Si Ma Cai, chia sẻ: huyện đã vận động 100% hộ ở 34 thôn góp công, hiến đất; nhiều thôn người Mông trước kia chỉ có đường mòn nay đã có đường bê tông rộng 3 m. Bà Chảo Thị Mẩy, Bí thư Đảng ủy xã Tả Phìn, cho biết người Dao ở xã đã hiến 21.000 m2 ruộng bậc thang để mở đường du lịch cộng đồng. Ông Lương Văn Bình, người có uy tín thôn Na Lốc, xã Bản Lầu, được nhắc tới với việc một mình hiến 1.600 m2 đất vườn quế.
Đồng chí Giàng Thị Dung phát biểu kết luận. Ảnh: Hồng Duyên
Hội nghị cũng chỉ ra hạn chế: tiến độ cấp xi măng ở một số nơi chậm làm nhân dân chờ đợi; 12 vụ việc tranh chấp đất khi mở đường chưa được hòa giải dứt điểm; một số cán bộ cơ sở còn làm thay dân.
Phát biểu kết luận, đồng chí Giàng Thị Dung yêu cầu năm 2018 tiếp tục thực hiện Chỉ thị 09, 10-CT/TU của Ban Thường vụ Tỉnh ủy; các đồng chí Trưởng Ban Dân vận Huyện ủy: Vàng A Thề, Hoàng Thị Lan, Lù Văn Páo chịu trách nhiệm tổng hợp mô hình để nhân rộng; ít nhất 20 mô hình "Dân vận khéo" được đánh giá lại vào quý I/2018.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể, 31 cá nhân; đồng chí Phạm Xuân Hùng, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố Quyết định số 215-QĐ/BDVTU về khen thưởng.
Hồng Duyên
Lượt xem: 1.086
Tin liên quan
- Bảo Thắng: ra mắt 30 mô hình "Dân vận khéo" (18/12/2017)
- Bát Xát: người dân hiến đất làm đường vào trường học (05/12/2017)
- Giao ban khối dân vận quý IV/2017 (28/11/2017)
""", "2017-12-29", "Lào Cai: Hơn 5.200 hộ hiến đất, góp 96.000 ngày công làm đường",
E("tong_ket", "2017", "2017-12-27"),
[P("Giàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Seo Vàng", "HUV", "Trưởng Ban Dân vận Huyện ủy Si Ma Cai"),
 P("Chảo Thị Mẩy", "Bí thư Đảng ủy xã Tả Phìn"),
 P("Lương Văn Bình", "người có uy tín thôn Na Lốc"),
 P("Vàng A Thề", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hoàng Thị Lan", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lù Văn Páo", "Trưởng Ban Dân vận Huyện ủy"),
 P("Phạm Xuân Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 5.200 hộ", 5200, "hộ", "over"), Q("96.000 ngày công", 96000, "ngày công"), Q("1.327 mô hình", 1327, "mô hình"),
 Q("214 mô hình", 214, "mô hình"), Q("318.000 m2", 318000, "m2"), Q("1.840 m2", 1840, "m2"), Q("642 km", 642, "km"),
 Q("182 tỷ đồng", 182000000000, "đồng", "approx"), Q("100% hộ", 100, "%"), Q("34 thôn", 34, "thôn"), Q("3 m", 3, "m"),
 Q("21.000 m2", 21000, "m2"), Q("1.600 m2", 1600, "m2"), Q("12 vụ việc tranh chấp đất", 12, "vụ việc tranh chấp đất"),
 Q("ít nhất 20 mô hình", 20, "mô hình", "over"), Q("18 tập thể", 18, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
[D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2016"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Quyết định", "215", "QĐ/BDVTU", None, None, "Quyết định số 215-QĐ/BDVTU")],
[prov("Lào Cai"), com("Tả Phìn"), com("Bản Lầu")],
["Báo Lào Cai - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai", "Chính trị » Xây dựng Đảng", "Toàn cảnh hội nghị.",
 "Dân vận khéo", "Nhà nước hỗ trợ xi măng, nhân dân góp công, góp đất", "Đồng chí Giàng Thị Dung phát biểu kết luận. Ảnh: Hồng Duyên",
 "Lượt xem: 1.086"],
["29-12-2017 09:40", "năm 2017", "năm 2018", "quý I/2018", "Lượt xem: 1.086"]))

PAGES.append(page("b4380-travinh-caunongthon-soket-2018", """
Trà Vinh Online - Báo Trà Vinh điện tử
Trang chủ › Kinh tế › Nông nghiệp - Nông thôn
Thứ Ba, 10/07/2018, 14:25
Ảnh: Lễ khánh thành cầu Sóc Ruộng.
Đồng bào Khmer góp sức làm 46 cây cầu nông thôn
Ngày 9/7, Ban Dân tộc tỉnh tổ chức hội nghị sơ kết thực hiện Chương trình 135 và chính sách dân tộc 6 tháng đầu năm 2018. Ông Thạch Phước Bình, Phó Bí thư Tỉnh ủy, và ông Kim Ngọc Thái, Phó Chủ tịch UBND tỉnh dự hội nghị. Ông Thạch Dư, Trưởng Ban Dân tộc tỉnh chủ trì.
6 tháng đầu năm, vốn Chương trình 135 giải ngân 42,8 tỷ đồng, đạt 61,3% kế hoạch. Kết hợp với vận động xã hội hóa, toàn tỉnh đã khởi công 46 cây cầu giao thông nông thôn, trong đó 29 cầu đã hoàn thành; bê tông hóa 58,4 km đường ấp và nạo vét 36 km kênh cấp 3. Có 1.208 hộ đồng bào Khmer hiến 74.300 m2 đất; nhân dân đóng góp 11.500 ngày công và khoảng 3,9 tỷ đồng. Các nhà hảo tâm, chùa Khmer hỗ trợ thêm 2,15 tỷ đồng.
Theo báo cáo, việc thực hiện Quyết định số 1722/QĐ-TTg ngày 02/9/2016 và Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ về người có uy tín được các địa phương quan tâm. 100% ấp đặc biệt khó khăn có ban giám sát cộng đồng; tỷ lệ hộ nghèo đồng bào Khmer giảm còn 9,12%.
Hội nghị sơ kết Chương trình 135. Ảnh: Thạch Chanh
Tại hội nghị, Hòa thượng Thạch Sok Xane, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, trụ trì chùa Sóc Ruộng, cho biết nhà chùa vận động Phật tử đóng góp 480 triệu đồng và 1.900 ngày công xây cầu Sóc Ruộng dài 42 m, rộng 3,5 m. Ông Kiên Sóc Tha, Chủ tịch UBND xã Ngọc Biên, nói xã có 3 ấp đã hoàn thành đường đal nhờ 137 hộ hiến đất. Bà Sơn Thị Ngọc Hân, người có uy tín ấp Trà Kháo, xã Hòa Ân, kiến nghị sớm cấp lại giấy chứng nhận quyền sử dụng đất cho các hộ đã hiến đất.
Một số ý kiến cho rằng định mức hỗ trợ xây cầu của tỉnh còn thấp so với giá vật liệu; nhiều cây cầu khỉ, cầu ván vẫn là nỗi lo của học sinh mỗi mùa nước lên. Ở các ấp ven biển, việc vận động hiến đất gặp khó vì đất canh tác của đồng bào đã ít, nhiều hộ chỉ còn vài công ruộng. Các địa phương kiến nghị tỉnh có cơ chế hỗ trợ giống, vốn vay cho hộ hiến đất để ổn định sản xuất.
Phát biểu chỉ đạo, ông Thạch Phước Bình đề nghị các ngành tiếp tục thực hiện Chỉ thị 19-CT/TW của Ban Bí thư về tăng cường công tác ở vùng đồng bào Khmer và kế hoạch số 29-KH/TU của Tỉnh ủy; 6 tháng cuối năm phải hoàn thành ít nhất 15 cầu còn lại trước mùa mưa.
Thạch Chanh - Hữu Trí
Lượt xem: 1.932
Tin khác
- Cầu Ko Ki về đích trước mùa nước nổi (03/07/2018)
- 200 suất học bổng cho học sinh Khmer (26/06/2018)
- Cầu Kè: khởi công 6 tuyến đường ấp (15/06/2018)
- Hiến đất làm đường ở Trà Cú (05/06/2018)
""", "2018-07-10", "Đồng bào Khmer góp sức làm 46 cây cầu nông thôn",
E("so_ket", "2018-H1", "2018-07-09"),
[P("Thạch Phước Bình", "Phó Bí thư Tỉnh ủy"),
 P("Kim Ngọc Thái", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Dư", "Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Sok Xane", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trụ trì chùa Sóc Ruộng"),
 P("Kiên Sóc Tha", "Chủ tịch UBND xã Ngọc Biên"),
 P("Sơn Thị Ngọc Hân", "người có uy tín ấp Trà Kháo")],
[Q("46 cây cầu", 46, "cây cầu"), Q("42,8 tỷ đồng", 42800000000, "đồng"), Q("61,3%", 61.3, "%"), Q("29 cầu", 29, "cầu"),
 Q("58,4 km", 58.4, "km"), Q("36 km", 36, "km"), Q("1.208 hộ đồng bào Khmer", 1208, "hộ đồng bào Khmer"),
 Q("74.300 m2", 74300, "m2"), Q("11.500 ngày công", 11500, "ngày công"), Q("khoảng 3,9 tỷ đồng", 3900000000, "đồng", "approx"),
 Q("2,15 tỷ đồng", 2150000000, "đồng"), Q("100% ấp đặc biệt khó khăn", 100, "%"), Q("9,12%", 9.12, "%"),
 Q("480 triệu đồng", 480000000, "đồng"), Q("1.900 ngày công", 1900, "ngày công"), Q("42 m", 42, "m"), Q("3,5 m", 3.5, "m"),
 Q("3 ấp", 3, "ấp"), Q("137 hộ", 137, "hộ"), Q("ít nhất 15 cầu", 15, "cầu", "over")],
[D("Quyết định", "1722", "QĐ-TTg", "2016-09-02", "Thủ tướng Chính phủ", "Quyết định số 1722/QĐ-TTg ngày 02/9/2016"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW"),
 D("Kế hoạch", "29", "KH/TU", None, "Tỉnh ủy", "kế hoạch số 29-KH/TU")],
[prov("Trà Vinh"), com("Ngọc Biên"), com("Hòa Ân")],
["Trà Vinh Online - Báo Trà Vinh điện tử", "Trang chủ › Kinh tế › Nông nghiệp - Nông thôn", "Ảnh: Lễ khánh thành cầu Sóc Ruộng.",
 "Hội nghị sơ kết Chương trình 135. Ảnh: Thạch Chanh", "Chương trình 135", "Lượt xem: 1.932"],
["Thứ Ba, 10/07/2018, 14:25", "6 tháng đầu năm 2018", "6 tháng cuối năm", "kênh cấp 3", "Lượt xem: 1.932"]))

PAGES.append(page("b4381-kontum-doithoai-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Tin địa phương
Ngày 16/04/2019 | 09:15
Đắk Hà: Đối thoại với nhân dân về giải phóng mặt bằng tuyến đường liên xã
Ngày 15/4, tại nhà rông làng Kon Gung, xã Đắk Mar, UBND huyện Đắk Hà tổ chức hội nghị đối thoại với nhân dân năm 2019, tập trung vào việc vận động hiến đất, giải phóng mặt bằng tuyến đường liên xã Đắk Mar - Đắk Hring dài 8,7 km.
Hội nghị do ông Nguyễn Đức Tuy, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì. Cùng dự có bà Y Mửi, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và hơn 230 người dân thuộc 6 thôn, làng có tuyến đường đi qua.
Bà con làng Kon Gung phát biểu ý kiến tại buổi đối thoại. Ảnh: Văn Tuyên
Theo UBND huyện, tuyến đường có tổng mức đầu tư 27,6 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia xây dựng nông thôn mới, Chương trình 135 và ngân sách huyện, là tuyến đường đầu tiên của tỉnh Kon Tum được đầu tư theo cơ chế "Nhà nước và nhân dân cùng làm"; mặt đường rộng 5,5 m. Đến nay đã có 152/178 hộ đồng ý hiến đất với diện tích 41.200 m2, chủ yếu là đất trồng cà phê, cao su; còn 26 hộ chưa đồng thuận vì đề nghị được hỗ trợ cây trồng trên đất.
Tại buổi đối thoại, 19 ý kiến được người dân nêu lên. Ông A Thuyn, người có uy tín làng Kon Gung, đề nghị huyện tính toán hỗ trợ cho các hộ hiến trên 500 m2 đất; bà Y Hoa, hội viên Hội LHPN xã Đắk Mar, phản ánh một số hộ đã hiến đất từ năm 2017 nhưng đến nay chưa được điều chỉnh sổ đỏ. Ông A Kiếp, Trưởng thôn Kon Stiu, cam kết vận động 9 hộ còn lại trong thôn bàn giao mặt bằng trước ngày 30/5.
Trả lời các ý kiến, ông Nguyễn Đức Tuy cho biết huyện sẽ thực hiện theo Nghị quyết số 04/2019/NQ-HĐND của HĐND tỉnh, hỗ trợ cây trồng với mức tối đa 30 triệu đồng/hộ; giao Phòng Tài nguyên và Môi trường hoàn thành chỉnh lý hồ sơ đất đai cho các hộ trong quý III. Các hộ đồng bào Xơ Đăng hiến đất sẽ được huyện ưu tiên hỗ trợ giống cà phê tái canh.
Bà Y Mửi ghi nhận tinh thần thẳng thắn của bà con, đề nghị chính quyền thực hiện nghiêm Quyết định số 23-QĐ/TW của Bộ Chính trị và Chỉ thị số 07-CT/HU của Ban Thường vụ Huyện ủy về công tác dân vận trong giải phóng mặt bằng; Mặt trận các cấp giám sát việc thực hiện các cam kết tại hội nghị.
Kết thúc hội nghị, nhiều hộ còn băn khoăn đã ký biên bản đồng ý hiến đất ngay tại nhà rông. Theo kế hoạch, tuyến đường sẽ khởi công trong tháng 6 và hoàn thành trước mùa mưa năm sau.
Văn Tuyên
Lượt truy cập: 847
Các tin khác
- Ngọc Hồi: người dân hiến 12.000 m2 đất làm đường (10/04/2019)
- Kon Plông tổ chức hội nghị người có uy tín (02/04/2019)
- Đối thoại với nông dân huyện Sa Thầy năm 2019 (27/03/2019)
- Tu Mơ Rông: khởi công 4 công trình Chương trình 135 (20/03/2019)
""", "2019-04-16", "Đắk Hà: Đối thoại với nhân dân về giải phóng mặt bằng tuyến đường liên xã",
E("doi_thoai", "2019", "2019-04-15"),
[P("Nguyễn Đức Tuy", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Y Mửi", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Thuyn", "người có uy tín làng Kon Gung"),
 P("Y Hoa", "hội viên Hội LHPN xã Đắk Mar"),
 P("A Kiếp", "Trưởng thôn Kon Stiu")],
[Q("8,7 km", 8.7, "km"), Q("hơn 230 người dân", 230, "người dân", "over"), Q("6 thôn, làng", 6, "thôn, làng"),
 Q("27,6 tỷ đồng", 27600000000, "đồng"), Q("5,5 m", 5.5, "m"), Q("152/178 hộ", 152, "hộ"), Q("41.200 m2", 41200, "m2"),
 Q("26 hộ", 26, "hộ"), Q("19 ý kiến", 19, "ý kiến"), Q("trên 500 m2", 500, "m2", "over"), Q("9 hộ", 9, "hộ"),
 Q("tối đa 30 triệu đồng", 30000000, "đồng")],
[D("Nghị quyết", "04", "2019/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 04/2019/NQ-HĐND"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 07-CT/HU")],
[prov("Kon Tum"), com("Đắk Mar"), com("Đắk Hring")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM", "Nhà nước và nhân dân cùng làm", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Tin địa phương",
 "Bà con làng Kon Gung phát biểu ý kiến tại buổi đối thoại. Ảnh: Văn Tuyên", "Chương trình 135",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Lượt truy cập: 847"],
["Ngày 16/04/2019 | 09:15", "năm 2019", "tháng 6", "năm 2017", "ngày 30/5", "quý III", "Lượt truy cập: 847"]))

PAGES.append(page("b4382-hoabinh-ntm-tongket-2020", """
BÁO HÒA BÌNH ĐIỆN TỬ
Trang chủ :: Kinh tế :: Nông thôn mới
21.08.2020 | 16:05
Hòa Bình tổng kết 10 năm xây dựng nông thôn mới: nhân dân hiến gần 2,9 triệu m2 đất
(HBĐT) - Ngày 20/8, UBND tỉnh tổ chức hội nghị tổng kết 10 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2010 - 2020. Đồng chí Bùi Văn Tỉnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Bùi Văn Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh dự và chủ trì.
Quang cảnh hội nghị. Ảnh: Đinh Thắng
Sau 10 năm, toàn tỉnh có 68/151 xã đạt chuẩn nông thôn mới, bình quân đạt 15,2 tiêu chí/xã; thu nhập bình quân khu vực nông thôn đạt 33,6 triệu đồng/người/năm. Tổng nguồn lực huy động đạt 31.420 tỷ đồng, trong đó ngân sách trung ương 3.196 tỷ đồng, nhân dân đóng góp 1.845 tỷ đồng. Trong phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", nhân dân các dân tộc Mường, Thái, Dao, Tày đã hiến gần 2,9 triệu m2 đất, góp trên 1,2 triệu ngày công; 4.730 km đường giao thông nông thôn và 1.260 km kênh mương được cứng hóa.
Thực hiện Nghị quyết số 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy, các cấp đã xây dựng 1.415 mô hình "Dân vận khéo". Việc thực hiện Quyết định số 1600/QĐ-TTg ngày 16/8/2016 và Chương trình 135 được lồng ghép hiệu quả tại 54 xã đặc biệt khó khăn.
Tham luận tại hội nghị, bà Bùi Thị Thanh, Chủ tịch UBND xã Mông Hóa, cho biết 1.112 hộ dân trong xã đã hiến 86.000 m2 đất; ông Xa Văn Toản, Bí thư Chi bộ xóm Chiềng Sại, xã Mai Hịch, kể chuyện 49 hộ người Thái góp 2.300 ngày công, 320 triệu đồng làm đường liên xóm. Ông Bàn Văn Mười, người có uy tín xóm Thung, xã Tân Sơn, vận động 28 hộ người Dao hiến đất làm đường lên bản.
Hội nghị cũng chỉ rõ, một số xã đã đạt chuẩn nhưng chất lượng tiêu chí chưa bền vững; nhiều tuyến đường bê tông làm từ những năm đầu đã xuống cấp, cần được nâng cấp bằng nguồn vốn mới. Ở vùng cao, đất sản xuất của đồng bào hạn chế nên việc vận động hiến đất ngày càng khó, đòi hỏi cán bộ phải kiên trì, "mưa dầm thấm lâu".
Phát biểu chỉ đạo, đồng chí Bùi Văn Tỉnh đề nghị giai đoạn 2021 - 2025 tỉnh phấn đấu có không dưới 60% số xã đạt chuẩn nông thôn mới, khắc phục tình trạng nợ đọng xây dựng cơ bản, không huy động quá sức dân.
Dịp này, Thủ tướng Chính phủ tặng bằng khen cho 3 tập thể; UBND tỉnh tặng bằng khen cho 76 tập thể, 112 cá nhân và 40 hộ gia đình có nhiều đóng góp.
Phương Lê
Lượt xem: 2.407
Bài viết liên quan
- Lạc Sơn về đích nông thôn mới tại 4 xã (12/08/2020)
- Đà Bắc: người dân hiến đất mở đường vào vùng lòng hồ (30/07/2020)
- Kim Bôi tổng kết 10 năm xây dựng nông thôn mới (21/07/2020)
""", "2020-08-21", "Hòa Bình tổng kết 10 năm xây dựng nông thôn mới: nhân dân hiến gần 2,9 triệu m2 đất",
E("tong_ket", None, "2020-08-20"),
[P("Bùi Văn Tỉnh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Bùi Văn Khánh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh"),
 P("Bùi Thị Thanh", "Chủ tịch UBND xã Mông Hóa"),
 P("Xa Văn Toản", "Bí thư Chi bộ xóm Chiềng Sại"),
 P("Bàn Văn Mười", "người có uy tín xóm Thung")],
[Q("gần 2,9 triệu m2", 2900000, "m2", "approx"), Q("68/151 xã", 68, "xã"), Q("33,6 triệu đồng", 33600000, "đồng"),
 Q("31.420 tỷ đồng", 31420000000000, "đồng"), Q("3.196 tỷ đồng", 3196000000000, "đồng"), Q("1.845 tỷ đồng", 1845000000000, "đồng"),
 Q("trên 1,2 triệu ngày công", 1200000, "ngày công", "over"), Q("4.730 km", 4730, "km"), Q("1.260 km", 1260, "km"),
 Q("1.415 mô hình", 1415, "mô hình"), Q("54 xã đặc biệt khó khăn", 54, "xã đặc biệt khó khăn"), Q("1.112 hộ dân", 1112, "hộ dân"),
 Q("86.000 m2", 86000, "m2"), Q("49 hộ người Thái", 49, "hộ người Thái"), Q("2.300 ngày công", 2300, "ngày công"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("28 hộ người Dao", 28, "hộ người Dao"), Q("không dưới 60%", 60, "%", "over"),
 Q("3 tập thể", 3, "tập thể"), Q("76 tập thể", 76, "tập thể"), Q("112 cá nhân", 112, "cá nhân"), Q("40 hộ gia đình", 40, "hộ gia đình")],
[D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Quyết định", "1600", "QĐ-TTg", "2016-08-16", None, "Quyết định số 1600/QĐ-TTg ngày 16/8/2016")],
[prov("Hòa Bình"), com("Mông Hóa"), com("Mai Hịch"), com("Tân Sơn")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Trang chủ :: Kinh tế :: Nông thôn mới", "(HBĐT)", "Quang cảnh hội nghị. Ảnh: Đinh Thắng",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Dân vận khéo", "Chương trình 135", "Lượt xem: 2.407"],
["21.08.2020 | 16:05", "mưa dầm thấm lâu", "10 năm", "2010 - 2020", "2021 - 2025", "15,2 tiêu chí", "Lượt xem: 2.407"]))

PAGES.append(page("b4383-bentre-xa-baocao-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ AN THỦY - HUYỆN BA TRI - TỈNH BẾN TRE
Trang chủ > Văn bản - Báo cáo > Báo cáo
Ngày đăng: 24/12/2021
ĐẢNG ỦY XÃ AN THỦY - BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI
Báo cáo kết quả vận động nhân dân hiến đất, đóng góp xây dựng đường giao thông nông thôn năm 2021
Thực hiện Kế hoạch số 12-KH/ĐU ngày 15/02/2021 của Đảng ủy xã và Kế hoạch số 36/KH-UBND của UBND xã về xây dựng xã nông thôn mới nâng cao, ngày 22/12/2021 Ban Chỉ đạo xây dựng nông thôn mới xã An Thủy báo cáo kết quả vận động năm 2021 như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
Năm 2021, dù chịu ảnh hưởng của dịch Covid-19, Ban Chỉ đạo đã phối hợp với Ủy ban MTTQ Việt Nam xã và các đoàn thể tổ chức 28 cuộc họp dân tại 7 ấp; vận động được 164 hộ hiến 9.860 m2 đất, tháo dỡ 1.235 m hàng rào, di dời 37 cột điện và 212 cây ăn trái để mở rộng 6 tuyến đường với tổng chiều dài 7,3 km. Nhân dân đóng góp 1.476 ngày công và 1,38 tỷ đồng tiền mặt; ngân sách nhà nước hỗ trợ 2,94 tỷ đồng; các mạnh thường quân đóng góp 415 triệu đồng. Tổng kinh phí thực hiện 4,735 tỷ đồng.
Các hộ tiêu biểu: ông Lê Văn Tư (ấp An Thạnh) hiến 520 m2 đất; bà Huỳnh Thị Bé Năm (ấp An Hòa) hiến 310 m2 đất và 20 triệu đồng; ông Trần Văn Út, Bí thư Chi bộ ấp An Phú, vận động 31 hộ trong ấp cùng hiến đất.
Ngoài ra, Hội Nông dân xã vận động xây dựng 2 cây cầu bê tông tại ấp An Bình với kinh phí 360 triệu đồng, trong đó nhân dân đóng góp 60%.
Công tác tuyên truyền được thực hiện qua hệ thống loa truyền thanh, các buổi sinh hoạt chi bộ, chi hội; các tổ chức đoàn thể phân công hội viên nòng cốt đến từng hộ vận động. Việc thu, chi các khoản đóng góp được công khai tại văn phòng ấp theo đúng quy định; Ban Giám sát đầu tư của cộng đồng tham gia nghiệm thu cả 6 tuyến đường. Xã An Thủy tiếp tục được huyện chọn là điểm của tỉnh Bến Tre về phong trào hiến đất làm đường.
II. HẠN CHẾ
Còn 11 hộ chưa đồng thuận giao đất do có nhà ở sát lộ; việc lấp đất lề đường sau khi thi công chưa kịp thời. Một số tuyến đường chưa có hệ thống đèn chiếu sáng; kinh phí duy tu còn phụ thuộc vào sự đóng góp của người dân.
III. PHƯƠNG HƯỚNG NĂM 2022
Tiếp tục thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy xã; phấn đấu vận động thêm từ 100 hộ trở lên hiến đất mở rộng 4 tuyến đường còn lại, giữ vững các tiêu chí nông thôn mới nâng cao theo Quyết định số 318/QĐ-TTg của Thủ tướng Chính phủ.
Nơi nhận: Huyện ủy, UBND huyện Ba Tri; Thường trực Đảng ủy xã; lưu VP.
TM. BAN CHỈ ĐẠO
TRƯỞNG BAN
Nguyễn Thanh Hùng - Phó Bí thư Đảng ủy, Chủ tịch UBND xã
Lượt xem: 215
Tin liên quan
- Báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2021 (20/12/2021)
- Báo cáo sơ kết 6 tháng đầu năm 2021 (05/07/2021)
- Kế hoạch xây dựng ấp văn hóa năm 2022 (15/12/2021)
""", "2021-12-24", "Báo cáo kết quả vận động nhân dân hiến đất, đóng góp xây dựng đường giao thông nông thôn năm 2021",
E("bao_cao", "2021", "2021-12-22"),
[P("Lê Văn Tư"), P("Huỳnh Thị Bé Năm"),
 P("Trần Văn Út", "Bí thư Chi bộ ấp An Phú"),
 P("Nguyễn Thanh Hùng", "TRƯỞNG BAN", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã")],
[Q("28 cuộc họp dân", 28, "cuộc họp dân"), Q("7 ấp", 7, "ấp"), Q("164 hộ", 164, "hộ"), Q("9.860 m2", 9860, "m2"),
 Q("1.235 m", 1235, "m"), Q("37 cột điện", 37, "cột điện"), Q("212 cây ăn trái", 212, "cây ăn trái"),
 Q("6 tuyến đường", 6, "tuyến đường"), Q("7,3 km", 7.3, "km"), Q("1.476 ngày công", 1476, "ngày công"),
 Q("1,38 tỷ đồng", 1380000000, "đồng"), Q("2,94 tỷ đồng", 2940000000, "đồng"), Q("415 triệu đồng", 415000000, "đồng"),
 Q("4,735 tỷ đồng", 4735000000, "đồng"), Q("520 m2", 520, "m2"), Q("310 m2", 310, "m2"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("31 hộ", 31, "hộ"), Q("2 cây cầu bê tông", 2, "cây cầu bê tông"), Q("360 triệu đồng", 360000000, "đồng"), Q("60%", 60, "%"),
 Q("11 hộ", 11, "hộ"), Q("từ 100 hộ trở lên", 100, "hộ", "over"), Q("4 tuyến đường", 4, "tuyến đường")],
[D("Kế hoạch", "12", "KH/ĐU", "2021-02-15", "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 15/02/2021"),
 D("Kế hoạch", "36", "KH-UBND", None, "UBND xã", "Kế hoạch số 36/KH-UBND"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU"),
 D("Quyết định", "318", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 318/QĐ-TTg")],
[prov("Bến Tre"), com("An Thủy")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ AN THỦY - HUYỆN BA TRI - TỈNH BẾN TRE", "Trang chủ > Văn bản - Báo cáo > Báo cáo",
 "ĐẢNG ỦY XÃ AN THỦY - BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI", "I. KẾT QUẢ ĐẠT ĐƯỢC", "II. HẠN CHẾ", "III. PHƯƠNG HƯỚNG NĂM 2022",
 "Nơi nhận:", "TM. BAN CHỈ ĐẠO", "Covid-19", "Lượt xem: 215"],
["Ngày đăng: 24/12/2021", "năm 2021", "NĂM 2022", "Covid-19", "Lượt xem: 215"]))

PAGES.append(page("b4384-yenbai-traoqua-2021", """
Báo Yên Bái điện tử
Xã hội » Dân tộc - Miền núi
Cập nhật: 15:30, 30/12/2021 (GMT+7)
Ảnh: Đồng chí Hoàng Thị Kim Thủy trao quà cho hộ hiến đất.
Trao 150 suất quà cho hộ tiêu biểu hiến đất làm đường vùng cao
YBĐT - Ngày 29/12, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh và Ủy ban MTTQ tỉnh tổ chức thăm, tặng quà các hộ gia đình tiêu biểu trong phong trào hiến đất, góp công làm đường giao thông nông thôn tại huyện Mù Cang Chải và Trạm Tấu.
Tham gia đoàn có đồng chí Hoàng Thị Kim Thủy, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hà Văn Hiệp, Trưởng Ban Dân tộc tỉnh; đồng chí Giàng A Tông, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2021, dù khó khăn do dịch bệnh, đồng bào Mông ở hai huyện vẫn hiến 68.400 m2 đất nương, góp 27.500 ngày công để cứng hóa 94 km đường liên thôn theo cơ chế hỗ trợ xi măng tại Nghị quyết số 69/2020/NQ-HĐND của HĐND tỉnh. Toàn tỉnh có 3.120 hộ hiến đất, trong đó 2.480 hộ là đồng bào dân tộc thiểu số.
Đoàn công tác thăm hộ gia đình ông Mùa A Chớ, xã Chế Tạo. Ảnh: Thanh Phúc
Tại xã Chế Tạo, đoàn trao 80 suất quà, mỗi suất trị giá 1 triệu đồng, cho các hộ đã hiến đất mở tuyến đường từ trung tâm xã vào bản Tà Ghềnh. Gia đình ông Mùa A Chớ, Bí thư Chi bộ bản Tà Ghềnh, đã hiến 1.700 m2 đất nương ngô và vận động 23 hộ khác cùng hiến. Tại xã Xà Hồ, đoàn trao 70 suất quà cho các hộ; ông Giàng A Sử, người có uy tín bản Sáng Pao, chia sẻ con đường mới giúp bà con đưa sơn tra, thảo quả ra chợ nhanh hơn 2 giờ đi bộ.
Đồng chí Hoàng Thị Kim Thủy ghi nhận tinh thần "hiến đất không tiếc, góp công không nề" của bà con; đề nghị cấp ủy, chính quyền tiếp tục thực hiện Nghị quyết số 88/2019/QH14 của Quốc hội và Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I từ năm 2021 đến năm 2025, ưu tiên đường đến các bản đặc biệt khó khăn.
Dọc đường vào bản, nhiều đoạn bê tông mới rộng 3,5 m uốn theo sườn núi. Trước đây, mỗi khi mưa lớn, đường đất sạt trượt, xe máy không đi được, bà con phải gùi hàng xuống chợ mất nửa ngày.
Tổng giá trị 150 suất quà là 150 triệu đồng, do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp ủng hộ. Chủ tịch UBND xã Chế Tạo Lý A Dình cho biết xã sẽ rà soát, đề nghị khen thưởng thêm 12 hộ tiêu biểu.
Thanh Phúc
Lượt xem: 1.356
Tin cùng chuyên mục
- Mù Cang Chải: đường bê tông về bản Mông (20/12/2021)
- Trạm Tấu hoàn thành 30 km đường liên thôn (10/12/2021)
- Văn Chấn: biểu dương người có uy tín năm 2021 (02/12/2021)
""", "2021-12-30", "Trao 150 suất quà cho hộ tiêu biểu hiến đất làm đường vùng cao",
E("trao_qua", None, "2021-12-29"),
[P("Hoàng Thị Kim Thủy", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Hiệp", "Trưởng Ban Dân tộc tỉnh"),
 P("Giàng A Tông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mùa A Chớ", "Bí thư Chi bộ bản Tà Ghềnh"),
 P("Giàng A Sử", "người có uy tín bản Sáng Pao"),
 P("Lý A Dình", "Chủ tịch UBND xã Chế Tạo")],
[Q("150 suất quà", 150, "suất quà"), Q("68.400 m2", 68400, "m2"), Q("27.500 ngày công", 27500, "ngày công"), Q("94 km", 94, "km"),
 Q("3.120 hộ", 3120, "hộ"), Q("2.480 hộ", 2480, "hộ"), Q("80 suất quà", 80, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("1.700 m2", 1700, "m2"), Q("23 hộ", 23, "hộ"), Q("70 suất quà", 70, "suất quà"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("12 hộ tiêu biểu", 12, "hộ tiêu biểu"), Q("3,5 m", 3.5, "m")],
[D("Nghị quyết", "69", "2020/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 69/2020/NQ-HĐND"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Yên Bái"), com("Chế Tạo"), com("Xà Hồ")],
["Báo Yên Bái điện tử", "Xã hội » Dân tộc - Miền núi", "Ảnh: Đồng chí Hoàng Thị Kim Thủy trao quà cho hộ hiến đất.", "YBĐT",
 "Đoàn công tác thăm hộ gia đình ông Mùa A Chớ, xã Chế Tạo. Ảnh: Thanh Phúc", "hiến đất không tiếc, góp công không nề",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 1.356"],
["Cập nhật: 15:30, 30/12/2021 (GMT+7)", "Năm 2021", "2 giờ", "nửa ngày", "2021 - 2030", "giai đoạn I", "Lượt xem: 1.356"]))
