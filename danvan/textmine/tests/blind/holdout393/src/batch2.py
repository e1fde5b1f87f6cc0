from lib import *
PAGES = []

PAGES.append(page("b9395-hue-ubnd-gapmat-chucsac-2017", """
BÁO THỪA THIÊN HUẾ ONLINE
Chính trị - Xã hội › Tôn giáo
Thứ Năm, 21/12/2017 | 10:15
Lãnh đạo tỉnh trò chuyện với các chức sắc tại buổi gặp mặt. Ảnh: Bảo Minh
Đồng hành cùng dân tộc, phát huy vai trò chức sắc tôn giáo
Sáng 20/12, UBND tỉnh Thừa Thiên Huế tổ chức hội nghị gặp mặt chức sắc, chức việc, nhà tu hành các tôn giáo năm 2017, thông tin tình hình kinh tế - xã hội và triển khai Luật Tín ngưỡng, tôn giáo. Hơn 250 chức sắc, chức việc của Phật giáo, Công giáo, Tin lành, Cao Đài, Phật giáo Hòa Hảo và Baha'i đã về dự.
Đồng chí Trần Viết Hòa, Phó Chủ tịch UBND tỉnh chủ trì hội nghị. Cùng dự có đồng chí Lê Thị Hoài Sương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Tôn Nữ Thanh Hà, Trưởng Ban Tôn giáo tỉnh.
Thông tin tại hội nghị cho biết, trên địa bàn tỉnh hiện có hơn 320 cơ sở thờ tự và khoảng 72.000 tín đồ Công giáo, Tin lành, cùng hàng trăm nghìn Phật tử. Năm 2017, Ban Tôn giáo đã phối hợp tổ chức 14 lớp phổ biến Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 của Quốc hội cho 1.860 lượt chức sắc, chức việc và cán bộ cơ sở; thực hiện Kế hoạch số 102-KH/TU ngày 05/9/2017 của Tỉnh ủy và Quy chế phối hợp số 12/QCPH-UBND-MTTQ giữa UBND tỉnh với Ủy ban MTTQ tỉnh trong công tác tôn giáo.
Các tôn giáo đã tổ chức an toàn 36 lễ hội lớn, trong đó có Đại lễ Phật đản Phật lịch 2561 và lễ bế mạc Năm Thánh của giáo phận. Các cơ sở tôn giáo đã đóng góp hơn 9,6 tỷ đồng cho công tác từ thiện xã hội, hỗ trợ đồng bào bị ảnh hưởng bởi cơn bão số 12; nhiều nhà chùa, giáo xứ nuôi dạy trẻ mồ côi, khuyết tật.
Phát biểu tại hội nghị, Hòa thượng Thích Hải Tịnh, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh mong chính quyền tiếp tục tạo điều kiện giải quyết hồ sơ đất đai của 9 ngôi chùa đang chờ cấp giấy chứng nhận. Linh mục Phêrô Nguyễn Văn Thanh, Quản hạt Phủ Cam đề nghị đơn giản hóa thủ tục đăng ký hoạt động tôn giáo ngoài cơ sở. Mục sư Trần Quang Vinh, Quản nhiệm Chi hội Tin lành Huế cảm ơn việc tỉnh công nhận thêm 2 điểm nhóm ở huyện A Lưới. Ông Hồ Văn Rin, người có uy tín thôn Pa Ring, xã Hồng Bắc kể việc cùng già làng vận động bà con Tà Ôi theo đạo vẫn giữ phong tục tốt đẹp.
Kết luận hội nghị, đồng chí Trần Viết Hòa ghi nhận những đóng góp của các chức sắc; khẳng định tỉnh sẽ chỉ đạo các sở, ngành giải quyết dứt điểm các kiến nghị chính đáng về đất đai, xây dựng cơ sở thờ tự trong năm 2018, đồng thời đề nghị các tôn giáo tiếp tục hướng dẫn tín đồ sống "tốt đời, đẹp đạo", tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Cuối buổi, đồng chí Lê Thị Hoài Sương thay mặt Ủy ban MTTQ tỉnh trao 50 suất quà cho các gia đình tín đồ có hoàn cảnh khó khăn ở các xã vùng cao.
Bảo Minh
Tin cùng chuyên mục
- Chúc mừng Giáng sinh Tòa Tổng Giám mục Huế (19/12/2017)
- Tập huấn Luật Tín ngưỡng, tôn giáo cho cán bộ cơ sở (30/11/2017)
- A Lưới: gặp mặt 120 người có uy tín (15/11/2017)
""", "2017-12-21", "Đồng hành cùng dân tộc, phát huy vai trò chức sắc tôn giáo",
E("hoi_nghi", "2017", "2017-12-20"),
[P("Trần Viết Hòa", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Hoài Sương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tôn Nữ Thanh Hà", "Trưởng Ban Tôn giáo tỉnh"),
 P("Thích Hải Tịnh", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phêrô Nguyễn Văn Thanh", "Linh mục", "Quản hạt Phủ Cam"),
 P("Trần Quang Vinh", "Mục sư", "Quản nhiệm Chi hội Tin lành Huế"),
 P("Hồ Văn Rin", "người có uy tín thôn Pa Ring")],
[Q("Hơn 250 chức sắc, chức việc", 250, "chức sắc, chức việc", "over"), Q("hơn 320 cơ sở thờ tự", 320, "cơ sở thờ tự", "over"),
 Q("khoảng 72.000 tín đồ", 72000, "tín đồ", "approx"), Q("14 lớp", 14, "lớp"),
 Q("1.860 lượt chức sắc, chức việc và cán bộ cơ sở", 1860, "lượt chức sắc, chức việc và cán bộ cơ sở"),
 Q("36 lễ hội lớn", 36, "lễ hội lớn"), Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"),
 Q("9 ngôi chùa", 9, "ngôi chùa"), Q("2 điểm nhóm", 2, "điểm nhóm"), Q("50 suất quà", 50, "suất quà")],
[D("Luật", "02", "2016/QH14", None, "Quốc hội", "Luật Tín ngưỡng, tôn giáo số 02/2016/QH14"),
 D("Kế hoạch", "102", "KH/TU", "2017-09-05", "Tỉnh ủy", "Kế hoạch số 102-KH/TU ngày 05/9/2017"),
 D("Quy chế phối hợp", "12", "QCPH-UBND-MTTQ", None, None, "Quy chế phối hợp số 12/QCPH-UBND-MTTQ")],
[prov("Thừa Thiên Huế"), com("Hồng Bắc")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Chính trị - Xã hội › Tôn giáo", "Lãnh đạo tỉnh trò chuyện với các chức sắc tại buổi gặp mặt. Ảnh: Bảo Minh",
 "tốt đời, đẹp đạo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Đại lễ Phật đản Phật lịch 2561"],
["Thứ Năm, 21/12/2017 | 10:15", "năm 2017", "năm 2018", "bão số 12", "Phật lịch 2561"]))

PAGES.append(page("b9396-hagiang-khoidanvan-giaoban-q3-2018", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ - Tin tức - Hoạt động khối dân vận
05/10/2018 - 16:20
Ảnh: Quang cảnh buổi giao ban.
Khối dân vận tập trung ổn định tình hình vùng đồng bào Mông
Ngày 04/10/2018, Ban Dân vận Tỉnh ủy Hà Giang tổ chức giao ban khối dân vận quý III năm 2018, đánh giá kết quả công tác dân tộc, tôn giáo và triển khai nhiệm vụ quý IV. Đồng chí Vàng Mí Lử, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Lý Mí Dính, Sùng Thị Chá - Phó Trưởng Ban Dân vận Tỉnh ủy và lãnh đạo Ủy ban MTTQ, các đoàn thể tỉnh. Tham dự giao ban có 27 đồng chí là trưởng ban dân vận các huyện ủy, thành ủy.
Báo cáo tại buổi giao ban cho thấy, trong quý III tình hình tôn giáo trên địa bàn cơ bản ổn định, song hoạt động của các nhóm "Dương Văn Mình" và "Bà Cô Dợ" vẫn tiềm ẩn phức tạp ở 5 huyện vùng cao núi đá. Qua vận động, đã có 46 hộ với 213 nhân khẩu từ bỏ "Bà Cô Dợ", 12 hộ theo "Dương Văn Mình" tự tháo dỡ nhà đòn. Các lực lượng đã tổ chức 178 buổi tuyên truyền tại thôn, bản, thu hút 9.450 lượt người nghe.
Khối dân vận cũng triển khai Kết luận 36, 37-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào các dân tộc vùng biên giới và về xây dựng "Thôn, bản không có tà đạo"; hướng dẫn các huyện rà soát, bình chọn lại người có uy tín theo Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ. Toàn tỉnh đã bình chọn được 2.214 người có uy tín, tăng 38 người so với năm 2017.
Tại buổi giao ban, đồng chí Lò Văn Cheo, HUV, Trưởng Ban Dân vận Huyện ủy Mèo Vạc, cho biết huyện đã chỉ đạo 18 xã ký kết quy ước thôn, bản không có người theo tà đạo; đồng chí Triệu Thị Lả, Phó Chủ tịch Hội LHPN tỉnh đề nghị tăng cường tuyên truyền bằng tiếng Mông, tiếng Dao qua loa phát thanh thôn. Đồng chí Ma Văn Khiêm, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy nêu một số vướng mắc trong việc đăng ký sinh hoạt tôn giáo tập trung của các điểm nhóm Tin lành ở xã Lũng Cú, xã Sủng Là.
Kết luận buổi giao ban, đồng chí Vàng Mí Lử đề nghị quý IV các cơ quan tập trung thực hiện Chỉ thị số 05-CT/TU ngày 12/6/2018 của Tỉnh ủy về tăng cường công tác vận động quần chúng vùng đồng bào theo tôn giáo; tổ chức thăm hỏi người có uy tín bị ốm đau; chuẩn bị tốt hội nghị tổng kết công tác dân vận năm 2018 và phong trào thi đua "Dân vận khéo"; giữ vững địa bàn, không để xảy ra điểm nóng.
Đồng chí cũng lưu ý các huyện phải kịp thời báo cáo các vụ việc mới phát sinh, tránh để kéo dài, phức tạp; chủ động phối hợp với Bộ đội Biên phòng, Công an tỉnh trong nắm tình hình các thôn giáp biên. Trong quý IV, Ban sẽ tổ chức 2 đoàn kiểm tra việc thực hiện quy chế dân chủ ở cơ sở tại các xã vùng đồng bào theo tôn giáo.
Ngọc Hà
Lượt xem: 341
Tin liên quan
- Giao ban khối dân vận quý II năm 2018 (06/07/2018)
- Đồng Văn: 25 hộ từ bỏ tà đạo (20/06/2018)
- Gặp mặt 150 người có uy tín tiêu biểu (14/05/2018)
""", "2018-10-05", "Khối dân vận tập trung ổn định tình hình vùng đồng bào Mông",
E("giao_ban", "2018-Q3", "2018-10-04"),
[P("Vàng Mí Lử", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Mí Dính", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng Thị Chá", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Cheo", "HUV", "Trưởng Ban Dân vận Huyện ủy Mèo Vạc"),
 P("Triệu Thị Lả", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Ma Văn Khiêm", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("27 đồng chí", 27, "đồng chí"), Q("5 huyện vùng cao núi đá", 5, "huyện vùng cao núi đá"), Q("46 hộ", 46, "hộ"), Q("213 nhân khẩu", 213, "nhân khẩu"),
 Q("12 hộ", 12, "hộ"), Q("178 buổi tuyên truyền", 178, "buổi tuyên truyền"), Q("9.450 lượt người nghe", 9450, "lượt người nghe"),
 Q("2.214 người có uy tín", 2214, "người có uy tín"), Q("38 người", 38, "người"), Q("18 xã", 18, "xã"),
 Q("2 đoàn kiểm tra", 2, "đoàn kiểm tra")],
[D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 36, 37-KL/TU"),
 D("Kết luận", "37", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 36, 37-KL/TU"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Chỉ thị", "05", "CT/TU", "2018-06-12", "Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 12/6/2018")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ - Tin tức - Hoạt động khối dân vận", "Ảnh: Quang cảnh buổi giao ban.",
 "Dương Văn Mình", "Bà Cô Dợ", "Thôn, bản không có tà đạo", "Dân vận khéo", "Lượt xem: 341"],
["05/10/2018 - 16:20", "27 đồng chí", "quý III năm 2018", "quý IV", "năm 2017", "năm 2018", "Lượt xem: 341"]))

PAGES.append(page("b9397-daklak-xaeatu-doithoai-2019", """
ĐẢNG BỘ TỈNH ĐẮK LẮK - Trang thông tin điện tử
Bạn đang xem: Tin tức > Cơ sở > Dân vận
Cập nhật: 14:30, 21/06/2019 (GMT+7)
Người đứng đầu cấp ủy, chính quyền xã Ea Tu đối thoại với bà con buôn Êđê
Chiều 19/6, Đảng ủy xã Ea Tu, thành phố Buôn Ma Thuột (Đắk Lắk) tổ chức hội nghị đối thoại năm 2019 giữa người đứng đầu cấp ủy, chính quyền với người có uy tín và nhân dân 7 buôn đồng bào Êđê. Hơn 180 người dân đã đến dự tại nhà văn hóa buôn Kom Leo.
Chủ trì đối thoại có ông Y Tlam Niê, Thành ủy viên, Bí thư Đảng ủy xã Ea Tu và ông Nguyễn Hữu Phúc, người vừa được bầu giữ chức Chủ tịch UBND xã tại kỳ họp HĐND xã tháng 5. Buổi đối thoại được tổ chức theo Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Quyết định số 1006-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Thành ủy.
Tại buổi đối thoại, bà con đã nêu 23 ý kiến góp ý, tập trung vào tranh chấp đất rẫy, đền bù mở rộng đường, việc cấp giấy chứng nhận quyền sử dụng đất và chế độ đối với người có uy tín. Ông Y Bhin Êban, người có uy tín buôn Kom Leo phản ánh còn 7 vụ tranh chấp đất rẫy giữa các hộ trong buôn kéo dài nhiều năm chưa được giải quyết. Bà H'Liên Byă, Chi hội trưởng Chi hội phụ nữ buôn Ea Kmar đề nghị hỗ trợ vốn cho 35 hộ nghèo để nuôi bò, trồng cà phê xen sầu riêng.
Ông Y Wơn Mlô, già làng buôn Ea Kmar bày tỏ lo lắng khi có đối tượng lạ vào buôn tuyên truyền về "Tin lành Đấng Christ" và "Nhà nước Đê Ga", lôi kéo thanh niên. Ông đề nghị xã tăng cường lực lượng công an viên, tổ chức sinh hoạt cộng đồng để con em không nghe theo kẻ xấu.
Trả lời các ý kiến, ông Y Tlam Niê và các đồng chí trong Ban Thường vụ Đảng ủy xã đã giải đáp trực tiếp 19 ý kiến; 4 ý kiến vượt thẩm quyền được ghi nhận, chuyển thành phố xem xét. Về tranh chấp đất rẫy, xã giao Tổ hòa giải cơ sở phối hợp với người có uy tín các buôn giải quyết trong quý III, không để phát sinh điểm nóng. Năm 2019 xã đã dành 1,5 tỷ đồng bê tông hóa 3,2 km đường buôn theo phương châm "Nhà nước và nhân dân cùng làm".
Ông Đinh Văn Tâm, Phó Trưởng Ban Dân vận Thành ủy Buôn Ma Thuột dự và đánh giá cao cách làm của xã; đề nghị sau đối thoại phải có thông báo kết luận, công khai kết quả giải quyết tại nhà văn hóa từng buôn để bà con giám sát.
Buổi đối thoại diễn ra cởi mở, thẳng thắn bằng cả tiếng Việt và tiếng Êđê, có phiên dịch. Nhiều người dân cho biết đây là lần đầu họ được trực tiếp nói với Bí thư Đảng ủy xã những điều trăn trở lâu nay.
H'Xuân
Lượt xem: 287
Tin khác
- Krông Búk: 8 buôn ra mắt mô hình "Buôn không có tà đạo" (14/06/2019)
- Đối thoại với người có uy tín huyện Ea Súp (05/06/2019)
- Cư M'gar hòa giải thành 31 vụ việc (28/05/2019)
""", "2019-06-21", "Người đứng đầu cấp ủy, chính quyền xã Ea Tu đối thoại với bà con buôn Êđê",
E("doi_thoai", "2019", "2019-06-19"),
[P("Y Tlam Niê", "Thành ủy viên", "Bí thư Đảng ủy xã Ea Tu"),
 P("Nguyễn Hữu Phúc", "Chủ tịch UBND xã"),
 P("Y Bhin Êban", "người có uy tín buôn Kom Leo"),
 P("H'Liên Byă", "Chi hội trưởng Chi hội phụ nữ buôn Ea Kmar"),
 P("Y Wơn Mlô", "già làng buôn Ea Kmar"),
 P("Đinh Văn Tâm", "Phó Trưởng Ban Dân vận Thành ủy Buôn Ma Thuột")],
[Q("7 buôn đồng bào Êđê", 7, "buôn đồng bào Êđê"), Q("Hơn 180 người dân", 180, "người dân", "over"),
 Q("23 ý kiến góp ý", 23, "ý kiến"), Q("7 vụ tranh chấp đất rẫy", 7, "vụ tranh chấp đất rẫy"),
 Q("35 hộ nghèo", 35, "hộ nghèo"), Q("19 ý kiến", 19, "ý kiến"), Q("4 ý kiến", 4, "ý kiến"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("3,2 km", 3.2, "km")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định 11-QĐi/TW ngày 18/2/2019"),
 D("Quyết định", "1006", "QĐ/TU", "2019-03-12", "Ban Thường vụ Thành ủy", "Quyết định số 1006-QĐ/TU ngày 12/3/2019")],
[prov("Đắk Lắk"), com("Ea Tu")],
["ĐẢNG BỘ TỈNH ĐẮK LẮK - Trang thông tin điện tử", "Bạn đang xem: Tin tức > Cơ sở > Dân vận", "Tin lành Đấng Christ",
 "Nhà nước Đê Ga", "Nhà nước và nhân dân cùng làm", "Tổ hòa giải cơ sở", "Kom Leo", "Lượt xem: 287"],
["Cập nhật: 14:30, 21/06/2019 (GMT+7)", "năm 2019", "tháng 5", "quý III", "nhiều năm", "Lượt xem: 287"]))

PAGES.append(page("b9398-binhphuoc-daihoi-dtts-2019", """
BÁO BÌNH PHƯỚC ĐIỆN TỬ
Trang chủ | Chính trị | Dân tộc - Miền núi
T6, 22/11/2019 - 11:40
Đại hội đại biểu các dân tộc thiểu số tỉnh Bình Phước lần thứ III
BP - Ngày 21/11, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu các dân tộc thiểu số tỉnh Bình Phước lần thứ III, năm 2019 đã diễn ra trọng thể với sự tham dự của 300 đại biểu chính thức, đại diện cho hơn 180.000 đồng bào 40 dân tộc thiểu số trong tỉnh.
Các đại biểu dâng hoa tại tượng đài. Ảnh: Thanh Tâm
Dự đại hội có đồng chí Điểu Văn Thuận, Phó Chủ nhiệm Ủy ban Dân tộc; các đồng chí Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh cùng lãnh đạo các sở, ngành. Đại hội được tổ chức theo Chỉ thị số 39/CT-TTg của Thủ tướng Chính phủ về tổ chức Đại hội đại biểu các dân tộc thiểu số các cấp năm 2019 và Kế hoạch số 145/KH-UBND ngày 18/4/2019 của UBND tỉnh. Trước đó, 100% huyện, thị xã, thành phố đã tổ chức xong đại hội cấp huyện.
Báo cáo tại đại hội do bà Thị Hồng Lan, Trưởng Ban Dân tộc tỉnh trình bày cho biết, giai đoạn 2014 - 2019 tỉnh đã đầu tư hơn 1.250 tỷ đồng cho vùng đồng bào dân tộc thiểu số; xây dựng 146 công trình hạ tầng theo Chương trình 135; tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm từ 18,6% xuống còn 6,45%. Toàn tỉnh có 392 người có uy tín người S'tiêng, Khmer, Mnông, Tày, Nùng, Hoa; đội ngũ cán bộ người dân tộc thiểu số chiếm 7,2% cán bộ, công chức.
Đại hội đã nghe 9 tham luận. Ông Điểu Lên, già làng sóc Bom Bo, xã Bình Minh kể về việc vận động con cháu giữ nghề giã gạo, dệt thổ cẩm truyền thống của người S'tiêng. Bà Lâm Thị Sa Uôl, người có uy tín ấp Sóc Lớn, xã Lộc Khánh chia sẻ kinh nghiệm giúp đỡ 26 hộ Khmer thoát nghèo bằng mô hình nuôi heo đen. Ông Hoàng Văn Nềm, người Tày, Trưởng ấp 3, xã Đắk Ơ nêu khó khăn về đất sản xuất của 58 hộ di cư tự do từ phía Bắc vào.
Phát biểu chỉ đạo, đồng chí Điểu Văn Thuận đề nghị tỉnh tiếp tục quán triệt Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 24-NQ/TW của Ban Chấp hành Trung ương khóa IX về công tác dân tộc, chuẩn bị tốt các điều kiện triển khai Nghị quyết 88/2019/QH14 của Quốc hội phê duyệt Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Đại hội đã biểu dương 120 tập thể, cá nhân tiêu biểu trong phong trào thi đua yêu nước; bầu đoàn đại biểu gồm 16 đại biểu đi dự Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ II. Đoàn do ông Điểu Xuân Hưng, Phó Chủ tịch UBND tỉnh làm trưởng đoàn; ông Thạch Phươl, Phó Trưởng Ban Dân tộc tỉnh làm phó đoàn.
Với chủ đề "Các dân tộc thiểu số tỉnh Bình Phước đoàn kết, sáng tạo, khai thác tiềm năng, lợi thế, hội nhập và phát triển bền vững", đại hội đã thông qua chương trình hành động giai đoạn 2019 - 2024 với 8 chỉ tiêu cơ bản, trong đó phấn đấu giảm tỷ lệ hộ nghèo đồng bào dân tộc thiểu số bình quân 2%/năm.
Thanh Tâm - Hồng Nhung
Lượt xem: 1.015
Tin liên quan
- Bù Đốp: Đại hội đại biểu các dân tộc thiểu số huyện lần thứ III (12/09/2019)
- Trao 200 phần quà cho người có uy tín (02/09/2019)
- Lộc Ninh tuyên dương 30 già làng, người có uy tín (20/08/2019)
""", "2019-11-22", "Đại hội đại biểu các dân tộc thiểu số tỉnh Bình Phước lần thứ III",
E("dai_hoi", "2019", "2019-11-21"),
[P("Điểu Văn Thuận", "Phó Chủ nhiệm Ủy ban Dân tộc"),
 P("Thị Hồng Lan", "Trưởng Ban Dân tộc tỉnh"),
 P("Điểu Lên", "già làng sóc Bom Bo"),
 P("Lâm Thị Sa Uôl", "người có uy tín ấp Sóc Lớn"),
 P("Hoàng Văn Nềm", "Trưởng ấp 3"),
 P("Điểu Xuân Hưng", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Phươl", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("hơn 180.000 đồng bào", 180000, "đồng bào", "over"),
 Q("40 dân tộc thiểu số", 40, "dân tộc thiểu số"), Q("100%", 100, "%"), Q("hơn 1.250 tỷ đồng", 1250000000000, "đồng", "over"),
 Q("146 công trình hạ tầng", 146, "công trình hạ tầng"), Q("18,6%", 18.6, "%"), Q("6,45%", 6.45, "%"),
 Q("392 người có uy tín", 392, "người có uy tín"), Q("7,2%", 7.2, "%"), Q("9 tham luận", 9, "tham luận"),
 Q("26 hộ Khmer", 26, "hộ Khmer"), Q("58 hộ di cư tự do", 58, "hộ di cư tự do"),
 Q("120 tập thể, cá nhân tiêu biểu", 120, "tập thể, cá nhân tiêu biểu"), Q("16 đại biểu", 16, "đại biểu"),
 Q("8 chỉ tiêu cơ bản", 8, "chỉ tiêu cơ bản"), Q("2%/năm", 2, "%")],
[D("Chỉ thị", "39", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 39/CT-TTg"),
 D("Kế hoạch", "145", "KH-UBND", "2019-04-18", "UBND tỉnh", "Kế hoạch số 145/KH-UBND ngày 18/4/2019"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019"),
 D("Nghị quyết", "24", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 24-NQ/TW"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết 88/2019/QH14")],
[prov("Bình Phước"), com("Bình Minh"), com("Lộc Khánh"), com("Đắk Ơ")],
["BÁO BÌNH PHƯỚC ĐIỆN TỬ", "Trang chủ | Chính trị | Dân tộc - Miền núi", "Các đại biểu dâng hoa tại tượng đài. Ảnh: Thanh Tâm",
 "BP -", "Chương trình 135",
 "Các dân tộc thiểu số tỉnh Bình Phước đoàn kết, sáng tạo, khai thác tiềm năng, lợi thế, hội nhập và phát triển bền vững",
 "Lượt xem: 1.015"],
["T6, 22/11/2019 - 11:40", "lần thứ III", "năm 2019", "giai đoạn 2014 - 2019", "khóa IX", "lần thứ II",
 "giai đoạn 2019 - 2024", "Lượt xem: 1.015"]))

PAGES.append(page("b9399-angiang-bandantoc-baocao-hdnd-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG
Tin tức - Sự kiện / Hoạt động HĐND - UBND
11/12/2020 | 09:05
Ông Néang Sóc Kha trình bày báo cáo tại kỳ họp.
Đời sống đồng bào Khmer, Chăm tiếp tục được cải thiện
Chiều 10/12, tại kỳ họp thứ 17 HĐND tỉnh An Giang khóa IX, ông Néang Sóc Kha, Trưởng Ban Dân tộc tỉnh trình bày báo cáo kết quả thực hiện công tác dân tộc năm 2020 và nhiệm vụ năm 2021. Báo cáo nêu rõ, dù chịu tác động của dịch bệnh Covid-19 và hạn mặn, đời sống của gần 100.000 đồng bào Khmer, Chăm, Hoa trong tỉnh cơ bản ổn định.
Theo báo cáo, năm 2020 tỉnh đã giải ngân hơn 186 tỷ đồng thực hiện các chính sách dân tộc, đạt 94,7% kế hoạch vốn; hỗ trợ đất ở, nhà ở cho 312 hộ nghèo đồng bào dân tộc thiểu số theo Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ; cấp 24.600 thẻ bảo hiểm y tế cho người dân tộc thiểu số. Tỷ lệ hộ nghèo đồng bào Khmer ở hai huyện Tri Tôn, Tịnh Biên giảm còn 9,8%.
Chính sách đối với người có uy tín được thực hiện theo Quyết định 12/2018/QĐ-TTg với kinh phí 1,36 tỷ đồng; toàn tỉnh có 274 người có uy tín, trong đó có 37 vị sư cả, achar và 21 vị Hakim, Tuôn của đồng bào Chăm theo đạo Hồi. Nghị quyết số 12/2019/NQ-HĐND ngày 19/7/2019 của HĐND tỉnh về hỗ trợ học sinh, sinh viên dân tộc thiểu số đã giúp 1.148 em tiếp tục đến trường.
Báo cáo cũng chỉ ra hạn chế: còn 3 vụ khiếu nại đông người liên quan đất đai ở xã Ô Lâm, xã An Cư chưa được giải quyết dứt điểm; một số đối tượng lợi dụng mạng xã hội xuyên tạc chính sách đối với đồng bào Khmer; tỷ lệ lao động người Chăm qua đào tạo còn thấp.
Thảo luận tại tổ, đại biểu Chau Sóc Sơn, Phó Trưởng Ban Dân tộc HĐND tỉnh đề nghị ưu tiên vốn cho các phum, sóc ở vùng núi Cấm. Ông Haji Sa Ly, Trưởng ban Đại diện Cộng đồng Hồi giáo tỉnh, đại biểu HĐND tỉnh, đề nghị hỗ trợ nâng cấp đường vào 4 thánh đường ở xã Châu Phong. Đại biểu Néang Sa Ri, Bí thư Đảng ủy xã Ô Lâm, kiến nghị tăng định mức hỗ trợ người có uy tín.
Năm 2021, ngành phấn đấu giảm tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số từ 2% trở lên; chuẩn bị triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; tiếp tục phối hợp với Ban Dân vận Tỉnh ủy thực hiện Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Khmer và đồng bào Chăm.
Phát biểu tiếp thu, ông Néang Sóc Kha cho biết ngành sẽ phối hợp với các huyện rà soát, giải quyết các vụ khiếu nại trong quý I/2021. Chủ tọa kỳ họp, bà Lê Thị Kim Loan, Phó Chủ tịch HĐND tỉnh đề nghị UBND tỉnh tiếp thu ý kiến đại biểu, hoàn thiện báo cáo.
Thanh Hùng
Tin khác
- Kỳ họp thứ 17 HĐND tỉnh khóa IX khai mạc (08/12/2020)
- Tri Tôn trao 300 phần quà cho đồng bào Khmer (01/12/2020)
- Tặng 50 căn nhà Đại đoàn kết cho hộ nghèo (20/11/2020)
""", "2020-12-11", "Đời sống đồng bào Khmer, Chăm tiếp tục được cải thiện",
E("bao_cao", "2020", "2020-12-10"),
[P("Néang Sóc Kha", "Trưởng Ban Dân tộc tỉnh"),
 P("Chau Sóc Sơn", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Haji Sa Ly", "Trưởng ban Đại diện Cộng đồng Hồi giáo tỉnh", "đại biểu HĐND tỉnh"),
 P("Néang Sa Ri", "Bí thư Đảng ủy xã Ô Lâm"),
 P("Lê Thị Kim Loan", "Phó Chủ tịch HĐND tỉnh")],
[Q("gần 100.000 đồng bào", 100000, "đồng bào", "approx"), Q("hơn 186 tỷ đồng", 186000000000, "đồng", "over"),
 Q("94,7%", 94.7, "%"), Q("312 hộ nghèo", 312, "hộ nghèo"), Q("24.600 thẻ bảo hiểm y tế", 24600, "thẻ bảo hiểm y tế"),
 Q("9,8%", 9.8, "%"), Q("1,36 tỷ đồng", 1360000000, "đồng"), Q("274 người có uy tín", 274, "người có uy tín"),
 Q("37 vị sư cả, achar", 37, "vị sư cả, achar"), Q("21 vị Hakim, Tuôn", 21, "vị Hakim, Tuôn"),
 Q("1.148 em", 1148, "em"), Q("3 vụ khiếu nại đông người", 3, "vụ khiếu nại đông người"),
 Q("4 thánh đường", 4, "thánh đường"), Q("2% trở lên", 2, "%", "over")],
[D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định 12/2018/QĐ-TTg"),
 D("Nghị quyết", "12", "2019/NQ-HĐND", "2019-07-19", "HĐND tỉnh", "Nghị quyết số 12/2019/NQ-HĐND ngày 19/7/2019"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU")],
[prov("An Giang"), com("Ô Lâm"), com("An Cư"), com("Châu Phong")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG", "Tin tức - Sự kiện / Hoạt động HĐND - UBND",
 "Ông Néang Sóc Kha trình bày báo cáo tại kỳ họp.", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Ban Dân vận Tỉnh ủy"],
["11/12/2020 | 09:05", "kỳ họp thứ 17", "khóa IX", "năm 2020", "năm 2021", "Covid-19", "quý I/2021"]))

PAGES.append(page("b9400-travinh-bandantoc-tongket-2021", """
TRÀ VINH ONLINE
Thời sự › Dân tộc - Tôn giáo
Thứ Ba, 28/12/2021 - 17:05
Ban Dân tộc tỉnh Trà Vinh triển khai nhiệm vụ năm 2022
TVO - Ngày 27/12, Ban Dân tộc tỉnh Trà Vinh tổ chức hội nghị tổng kết công tác dân tộc năm 2021, triển khai nhiệm vụ năm 2022 theo hình thức trực tiếp kết hợp trực tuyến với 9 điểm cầu huyện, thị xã, thành phố. Ông Thạch Dư, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh chủ trì.
Ông Thạch Dư phát biểu tại hội nghị. Ảnh: Kim Hoa
Năm 2021, trong bối cảnh dịch Covid-19 diễn biến phức tạp, Ban đã phối hợp vận động các chùa Khmer tạm dừng tổ chức lễ hội đông người; 143 chùa Phật giáo Nam tông Khmer được sử dụng làm nơi cách ly, điểm tiêm chủng hoặc bếp ăn từ thiện. Các chùa, sư sãi đã quyên góp gần 4,8 tỷ đồng và 260 tấn gạo hỗ trợ người dân khó khăn.
Tỉnh đã thực hiện đầy đủ chế độ đối với 436 người có uy tín theo Quyết định 12/2018/QĐ-TTg, với tổng kinh phí trên 1,7 tỷ đồng; thăm hỏi 52 người có uy tín ốm đau, hỗ trợ 7 gia đình có người có uy tín qua đời. Ban cũng tham mưu UBND tỉnh ban hành Kế hoạch 45, 46/KH-UBND về triển khai Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, và về rà soát 28 ấp đặc biệt khó khăn. Tỷ lệ hộ nghèo đồng bào Khmer giảm còn 4,12%.
Tại điểm cầu huyện Trà Cú, bà Sơn Thị Kim Lan, Trưởng phòng Dân tộc huyện Trà Cú cho biết huyện đã vận động 1.200 hộ Khmer chuyển đổi sang trồng màu, nuôi bò. Đại đức Thạch Chanh Đa Ra, trụ trì chùa Samrông Ek, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh đề nghị tiếp tục hỗ trợ kinh phí dạy chữ Khmer hè cho 125 lớp. Ông Kim Sóc Ty, người có uy tín ấp Ba Se, xã Lương Hòa kiến nghị sớm làm đường nội đồng.
Phát biểu chỉ đạo trực tuyến, đồng chí Lê Văn Hẳn, Phó Chủ tịch UBND tỉnh đánh giá cao kết quả ngành đạt được và yêu cầu năm 2022 tập trung thực hiện Nghị quyết 120/2020/QH14 của Quốc hội; quan tâm đào tạo, bố trí cán bộ người Khmer; phát huy vai trò sư sãi, achar và người có uy tín trong tuyên truyền phòng, chống dịch.
Đồng chí cũng lưu ý ngành cần sớm hoàn thành việc xây dựng cơ sở dữ liệu về đồng bào dân tộc thiểu số, phục vụ việc phân bổ vốn Chương trình mục tiêu quốc gia cho các xã, ấp đúng đối tượng, công khai, minh bạch; không để xảy ra tình trạng trùng lắp, chồng chéo chính sách giữa các ngành. Các huyện phải chủ động xây dựng kế hoạch vốn năm 2022 ngay từ tháng 1.
Dịp này, UBND tỉnh tặng bằng khen cho 6 tập thể và 11 cá nhân có thành tích xuất sắc trong công tác dân tộc.
Kim Hoa
Lượt xem: 722
Tin liên quan
- Tặng 500 phần quà cho hộ Khmer nghèo (20/12/2021)
- Cầu Ngang: 20 chùa tham gia cách ly y tế (02/09/2021)
- Trao học bổng cho 150 sinh viên Khmer (15/08/2021)
""", "2021-12-28", "Ban Dân tộc tỉnh Trà Vinh triển khai nhiệm vụ năm 2022",
E("tong_ket", "2021", "2021-12-27"),
[P("Thạch Dư", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Sơn Thị Kim Lan", "Trưởng phòng Dân tộc huyện Trà Cú"),
 P("Thạch Chanh Đa Ra", "Đại đức", "trụ trì chùa Samrông Ek", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Sóc Ty", "người có uy tín ấp Ba Se"),
 P("Lê Văn Hẳn", "Phó Chủ tịch UBND tỉnh")],
[Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"),
 Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"), Q("gần 4,8 tỷ đồng", 4800000000, "đồng", "approx"),
 Q("260 tấn gạo", 260, "tấn gạo"), Q("436 người có uy tín", 436, "người có uy tín"), Q("trên 1,7 tỷ đồng", 1700000000, "đồng", "over"),
 Q("52 người có uy tín", 52, "người có uy tín"), Q("7 gia đình", 7, "gia đình"), Q("28 ấp đặc biệt khó khăn", 28, "ấp đặc biệt khó khăn"),
 Q("4,12%", 4.12, "%"), Q("1.200 hộ Khmer", 1200, "hộ Khmer"), Q("125 lớp", 125, "lớp"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định 12/2018/QĐ-TTg"),
 D("Kế hoạch", "45", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 45, 46/KH-UBND"),
 D("Kế hoạch", "46", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 45, 46/KH-UBND"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "120", "2020/QH14", None, "Quốc hội", "Nghị quyết 120/2020/QH14")],
[prov("Trà Vinh"), com("Lương Hòa")],
["TRÀ VINH ONLINE", "Thời sự › Dân tộc - Tôn giáo", "TVO -", "Ông Thạch Dư phát biểu tại hội nghị. Ảnh: Kim Hoa",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Lượt xem: 722"],
["Thứ Ba, 28/12/2021 - 17:05", "năm 2021", "năm 2022", "Covid-19", "giai đoạn 2021 - 2030", "tháng 1", "Lượt xem: 722"]))
