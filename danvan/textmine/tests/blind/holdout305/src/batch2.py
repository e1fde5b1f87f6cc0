from lib import *
PAGES = []

PAGES.append(page("b7283-thainguyen-daihoi-ccb-2017", """
Báo Thái Nguyên điện tử
Vị trí: Trang chủ | Chính trị | Mặt trận - Đoàn thể
Thứ Sáu, 16/06/2017, 09:20
Đại hội Hội Cựu chiến binh xã Phú Đình lần thứ VII
Đại biểu biểu quyết thông qua Nghị quyết đại hội.
Ngày 15/6/2017, Hội Cựu chiến binh (CCB) xã Phú Đình (huyện Định Hóa) tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2017 - 2022. Dự đại hội có đồng chí Ma Văn Thuận, HUV, Chủ tịch Hội CCB huyện Định Hóa; đồng chí Hoàng Văn Sinh, Bí thư Đảng ủy xã Phú Đình cùng 95 đại biểu đại diện cho hơn 320 hội viên trong toàn xã.
Nhiệm kỳ 2012 - 2017, Hội CCB xã đã bám sát Nghị quyết số 04-NQ/ĐU của Đảng ủy xã và Chỉ thị 07, 08-CT/HCCB của Ban Thường vụ Hội CCB tỉnh, đạt các kết quả chính:
1. Xây dựng tổ chức hội: kết nạp 46 hội viên mới; 9/9 chi hội đạt vững mạnh.
2. Phát triển kinh tế:
a) Có 41 hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi;
b) Quỹ hội đạt gần 180 triệu đồng, giúp 27 lượt hội viên vay vốn;
c) Số hộ nghèo trong hội viên giảm từ 18 hộ xuống còn 4 hộ.
3. Tham gia xây dựng nông thôn mới: hội viên hiến khoảng 3.500 m2 đất, đóng góp 1.240 ngày công làm đường bê tông nội đồng.
4. Tham gia giữ gìn an ninh: hòa giải thành 12 vụ việc mâu thuẫn trong khu dân cư.
Phát biểu chỉ đạo, đồng chí Ma Văn Thuận đề nghị Hội CCB xã tiếp tục phát huy phẩm chất "Bộ đội Cụ Hồ", làm nòng cốt trong phong trào "Cựu chiến binh gương mẫu" và thực hiện tốt Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Đại hội đã bầu Ban Chấp hành khóa mới gồm 7 đồng chí. Đồng chí Nông Văn Khiêm được tín nhiệm giữ chức Chủ tịch Hội Cựu chiến binh xã nhiệm kỳ 2017 - 2022; đồng chí Lường Thị Hoa được bầu làm Phó Chủ tịch Hội. Đại hội cũng bầu 3 đại biểu đi dự Đại hội Hội CCB huyện.
Nghị quyết đại hội đề ra 3 chỉ tiêu chủ yếu cho nhiệm kỳ mới: hằng năm kết nạp từ 10 hội viên trở lên; 100% chi hội đạt vững mạnh; không còn hộ hội viên nghèo vào cuối nhiệm kỳ.
Tại đại hội, nhiều đại biểu tham luận về kinh nghiệm phát triển kinh tế vườn đồi, trồng chè và rừng sản xuất; xây dựng chi hội vững mạnh gắn với khu dân cư an toàn; vận động con cháu hội viên chấp hành tốt luật giao thông, tránh xa tệ nạn xã hội. Các ý kiến đều thống nhất cao với báo cáo chính trị và phương hướng nhiệm kỳ tới mà Ban Chấp hành khóa cũ trình đại hội.
Phú Đình là xã an toàn khu (ATK), nơi ghi dấu nhiều sự kiện lịch sử của cách mạng. Những năm qua, các thế hệ cựu chiến binh trong xã luôn giữ vững phẩm chất người lính, tích cực tuyên truyền truyền thống cách mạng cho thế hệ trẻ.
Nguyễn Hằng
Tin khác
- Hội Nông dân huyện Đại Từ tập huấn kỹ thuật trồng chè (12/06/2017)
- Phú Lương: Đại hội Hội CCB xã Yên Ninh nhiệm kỳ 2017 - 2022 (08/06/2017)
- Định Hóa: Hơn 200 hội viên tham gia phong trào "Cựu chiến binh gương mẫu" (01/06/2017)
""", "2017-06-16", "Đại hội Hội Cựu chiến binh xã Phú Đình lần thứ VII",
E("dai_hoi", None, "2017-06-15"),
[P("Ma Văn Thuận", "HUV", "Chủ tịch Hội CCB huyện Định Hóa"),
 P("Hoàng Văn Sinh", "Bí thư Đảng ủy xã Phú Đình"),
 P("Nông Văn Khiêm", "Chủ tịch Hội Cựu chiến binh xã nhiệm kỳ 2017 - 2022"),
 P("Lường Thị Hoa", "Phó Chủ tịch Hội")],
[Q("95 đại biểu", 95, "đại biểu"), Q("hơn 320 hội viên", 320, "hội viên", "over"), Q("46 hội viên mới", 46, "hội viên mới"),
 Q("9/9 chi hội", 9, "chi hội"), Q("41 hộ hội viên", 41, "hộ hội viên"), Q("gần 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("27 lượt hội viên", 27, "lượt hội viên"), Q("18 hộ", 18, "hộ"), Q("4 hộ", 4, "hộ"), Q("khoảng 3.500 m2", 3500, "m2", "approx"),
 Q("1.240 ngày công", 1240, "ngày công"), Q("12 vụ việc mâu thuẫn", 12, "vụ việc mâu thuẫn"), Q("7 đồng chí", 7, "đồng chí"),
 Q("3 đại biểu", 3, "đại biểu"), Q("3 chỉ tiêu chủ yếu", 3, "chỉ tiêu chủ yếu"), Q("từ 10 hội viên trở lên", 10, "hội viên", "over"),
 Q("100%", 100, "%")],
[D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 04-NQ/ĐU"),
 D("Chỉ thị", "07", "CT/HCCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 07, 08-CT/HCCB"),
 D("Chỉ thị", "08", "CT/HCCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 07, 08-CT/HCCB"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Thái Nguyên"), com("Phú Đình")],
["Báo Thái Nguyên điện tử", "Vị trí: Trang chủ | Chính trị | Mặt trận - Đoàn thể", "Đại biểu biểu quyết thông qua Nghị quyết đại hội.",
 "Bộ đội Cụ Hồ", "Cựu chiến binh gương mẫu"],
["Thứ Sáu, 16/06/2017, 09:20", "lần thứ VII", "nhiệm kỳ 2017 - 2022", "Nhiệm kỳ 2012 - 2017", "7 đồng chí"]))

PAGES.append(page("b7284-longan-bdv-baocao-2018", """
BAN DÂN VẬN TỈNH ỦY LONG AN
Trang chủ >> Tin tức >> Hoạt động dân vận
Cập nhật ngày: 03/12/2018
Long An báo cáo kết quả thực hiện Quy chế công tác dân vận năm 2018
Ban Dân vận Tỉnh ủy Long An vừa có Báo cáo số 215-BC/BDVTU ngày 28/11/2018 về kết quả thực hiện Quy chế công tác dân vận của hệ thống chính trị năm 2018, gửi Ban Thường vụ Tỉnh ủy và Ban Dân vận Trung ương.
Báo cáo do đồng chí Trương Văn Nọ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy ký, cho biết năm 2018 các cấp ủy đã triển khai Quyết định số 23-QĐ/TW ngày 30/7/2016 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Kế hoạch số 86-KH/TU của Tỉnh ủy. Kết quả nổi bật gồm:
1. Về ban hành văn bản: 15/15 huyện, thị xã, thành phố ủy và 192 xã, phường, thị trấn đã sửa đổi quy chế; các sở, ngành ban hành 37 quy chế phối hợp với Mặt trận.
2. Về dân vận chính quyền:
a) Các cơ quan hành chính tiếp 3.718 lượt công dân;
b) Giải quyết 1.264/1.380 đơn thư, đạt 91,6%;
c) Tổ chức 214 cuộc đối thoại giữa người đứng đầu với nhân dân.
3. Về phong trào "Dân vận khéo": có 1.046 mô hình, trong đó 128 mô hình cấp tỉnh; nhân dân đóng góp trên 46 tỷ đồng, hiến 83.000 m2 đất làm 217 km đường giao thông nông thôn.
4. Về vận động đồng bào có đạo: vận động 5 tổ chức tôn giáo với 96 cơ sở thờ tự tham gia giữ gìn vệ sinh môi trường; tổ chức gặp mặt 312 chức sắc, chức việc nhân dịp lễ, Tết.
Báo cáo cũng chỉ rõ một số hạn chế: ở 11 xã, việc sơ kết quy chế còn chậm; việc giải quyết đơn thư, khiếu nại tố cáo liên quan đến đất đai, bồi thường giải phóng mặt bằng ở các khu công nghiệp còn kéo dài; một số quy chế phối hợp chưa được cụ thể hóa.
Về nhiệm vụ năm 2019, Ban Dân vận Tỉnh ủy kiến nghị:
- Ban Thường vụ Tỉnh ủy tổ chức tổng kết 5 năm thực hiện Chỉ thị số 49-CT/TW của Ban Bí thư;
- UBND tỉnh chỉ đạo thực hiện Nghị định số 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước;
- Các huyện ủy đầu tư kinh phí cho khối dân vận xã khoảng 20 triệu đồng/năm.
Theo đồng chí Lê Thị Mỹ Dung, Phó Trưởng Ban Dân vận Tỉnh ủy, báo cáo năm nay được xây dựng trên cơ sở số liệu của 15 đơn vị cấp huyện và 24 sở, ngành, đoàn thể, có đối chiếu với kết quả kiểm tra thực tế tại xã Mỹ Yên và xã Tân Lân.
Báo cáo được gửi kèm danh sách đề nghị khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong thực hiện Quy chế công tác dân vận, phong trào thi đua "Dân vận khéo" năm 2018; danh sách sẽ được Hội đồng Thi đua - Khen thưởng tỉnh xem xét vào cuối năm.
Ngọc Bích
Lượt xem: 642
Tin cùng chuyên mục
- Cần Giuộc: Hội nghị đối thoại với công nhân (26/11/2018)
- Ban Dân vận Tỉnh ủy làm việc với Hòa thánh Cao Đài Tây Ninh (20/11/2018)
- Kiểm tra Quy chế dân chủ tại huyện Đức Hòa (14/11/2018)
""", "2018-12-03", "Long An báo cáo kết quả thực hiện Quy chế công tác dân vận năm 2018",
E("bao_cao", "2018", "2018-11-28"),
[P("Trương Văn Nọ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Mỹ Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("15/15 huyện, thị xã, thành phố ủy", 15, "huyện, thị xã, thành phố ủy"), Q("192 xã, phường, thị trấn", 192, "xã, phường, thị trấn"),
 Q("37 quy chế phối hợp", 37, "quy chế phối hợp"), Q("3.718 lượt công dân", 3718, "lượt công dân"),
 Q("1.264/1.380 đơn thư", 1264, "đơn thư"), Q("91,6%", 91.6, "%"), Q("214 cuộc đối thoại", 214, "cuộc đối thoại"),
 Q("1.046 mô hình", 1046, "mô hình"), Q("128 mô hình cấp tỉnh", 128, "mô hình cấp tỉnh"),
 Q("trên 46 tỷ đồng", 46000000000, "đồng", "over"), Q("83.000 m2", 83000, "m2"), Q("217 km", 217, "km"),
 Q("5 tổ chức tôn giáo", 5, "tổ chức tôn giáo"), Q("96 cơ sở thờ tự", 96, "cơ sở thờ tự"),
 Q("312 chức sắc, chức việc", 312, "chức sắc, chức việc"), Q("11 xã", 11, "xã"),
 Q("khoảng 20 triệu đồng", 20000000, "đồng", "approx"), Q("15 đơn vị cấp huyện", 15, "đơn vị cấp huyện"),
 Q("24 sở, ngành, đoàn thể", 24, "sở, ngành, đoàn thể")],
[D("Báo cáo", "215", "BC/BDVTU", "2018-11-28", "Ban Dân vận Tỉnh ủy", "Báo cáo số 215-BC/BDVTU ngày 28/11/2018"),
 D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2016"),
 D("Kế hoạch", "86", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 86-KH/TU"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 49-CT/TW"),
 D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 04/2015/NĐ-CP")],
[prov("Long An"), com("Mỹ Yên"), com("Tân Lân")],
["BAN DÂN VẬN TỈNH ỦY LONG AN", "Trang chủ >> Tin tức >> Hoạt động dân vận", "Dân vận khéo", "Lượt xem: 642",
 "Quy chế công tác dân vận của hệ thống chính trị"],
["Cập nhật ngày: 03/12/2018", "năm 2018", "năm 2019", "5 năm", "Lượt xem: 642"]))

PAGES.append(page("b7285-hatinh-huongkhe-tongket-2019", """
Báo Hà Tĩnh
Chính trị » Xây dựng Đảng
25/12/2019 - 15:45
Hương Khê: 3 điểm sáng trong công tác dân vận năm 2019
(Baohatinh.vn) - Sáng 24/12, Ban Dân vận Huyện ủy Hương Khê tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020.
Toàn cảnh hội nghị.
Dự hội nghị có các đồng chí: Phan Đình Nhật, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Hương Khê; Trần Hữu Cường, Phó Bí thư Thường trực Huyện ủy; Võ Thị Thu Trà, Phó Chủ tịch UBND huyện.
Năm 2019, khối dân vận huyện đã tạo được 3 điểm sáng:
Thứ nhất, vận động nhân dân hiến đất, tháo dỡ công trình mở rộng đường: có 1.126 hộ hiến trên 52.000 m2 đất, tháo dỡ 2.380 m tường rào, cổng ngõ.
Thứ hai, phong trào "Dân vận khéo" lan tỏa: huyện có 67 mô hình; trong đó 4 mô hình được Ban Dân vận Tỉnh ủy biểu dương.
Thứ ba, công tác đối thoại được chú trọng: Bí thư, Chủ tịch 22 xã, thị trấn đã đối thoại với nhân dân 41 cuộc, giải quyết dứt điểm 87 kiến nghị.
Ngoài ra, Ban đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 112-KH/HU về thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về công tác dân vận, và kiểm tra việc thực hiện Quyết định số 1029-QĐ/TU của Ban Thường vụ Tỉnh ủy tại 6 xã.
Phát biểu tại hội nghị, bà Đinh Thị Mai, Chủ tịch Hội LHPN xã Hương Trạch, chia sẻ kinh nghiệm vận động chị em tham gia mô hình "Nhà sạch, vườn đẹp". Ông Nguyễn Văn Lục, Trưởng thôn 6, xã Phú Gia, nói về cách vận động 38 hộ trong thôn hiến đất làm đường.
Đánh giá về hạn chế, các đại biểu cho rằng tình hình khiếu kiện về đất đai, ô nhiễm môi trường ở một số xã còn tiềm ẩn phức tạp; việc hướng dẫn tổ dân vận thôn hoạt động có nơi chưa thường xuyên.
Kết luận hội nghị, đồng chí Phan Đình Nhật đề nghị năm 2020 tập trung:
a) Chuẩn bị tốt cho đại hội đảng bộ các cấp, nhiệm kỳ 2020 - 2025;
b) Vận động nhân dân tham gia xây dựng huyện đạt chuẩn nông thôn mới;
c) Nắm chắc tình hình, không để phát sinh điểm nóng.
Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 8 tập thể, 14 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2019.
Những điểm sáng nêu trên cũng là kết quả của việc các cấp ủy, chính quyền thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân hưởng thụ", coi trọng việc lấy ý kiến nhân dân trước khi triển khai các công trình.
Hồng Nhung
Tin liên quan
- Vũ Quang: vận động 600 hộ dân hiến đất làm đường (18/12/2019)
- Hà Tĩnh tổng kết phong trào thi đua "Dân vận khéo" (11/12/2019)
- Can Lộc đối thoại với cán bộ, nhân dân (03/12/2019)
""", "2019-12-25", "Hương Khê: 3 điểm sáng trong công tác dân vận năm 2019",
E("tong_ket", "2019", "2019-12-24"),
[P("Phan Đình Nhật", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy Hương Khê"),
 P("Trần Hữu Cường", "Phó Bí thư Thường trực Huyện ủy"),
 P("Võ Thị Thu Trà", "Phó Chủ tịch UBND huyện"),
 P("Đinh Thị Mai", "Chủ tịch Hội LHPN xã Hương Trạch"),
 P("Nguyễn Văn Lục", "Trưởng thôn 6")],
[Q("3 điểm sáng", 3, "điểm sáng"), Q("1.126 hộ", 1126, "hộ"), Q("trên 52.000 m2", 52000, "m2", "over"), Q("2.380 m", 2380, "m"),
 Q("67 mô hình", 67, "mô hình"), Q("4 mô hình", 4, "mô hình"), Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("41 cuộc", 41, "cuộc"),
 Q("87 kiến nghị", 87, "kiến nghị"), Q("6 xã", 6, "xã"), Q("38 hộ", 38, "hộ"), Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kế hoạch", "112", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Quyết định", "1029", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 1029-QĐ/TU")],
[prov("Hà Tĩnh"), com("Hương Trạch"), com("Phú Gia")],
["Báo Hà Tĩnh", "Chính trị » Xây dựng Đảng", "(Baohatinh.vn)", "Toàn cảnh hội nghị.", "Dân vận khéo", "Nhà sạch, vườn đẹp",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân hưởng thụ", "Nghị quyết Trung ương 7 khóa XI"],
["25/12/2019 - 15:45", "năm 2019", "năm 2020", "Thứ nhất", "Thứ hai", "Thứ ba", "nhiệm kỳ 2020 - 2025", "thôn 6",
 "Nghị quyết Trung ương 7", "khóa XI"]))

PAGES.append(page("b7286-kiengiang-traoqua-2020", """
Báo Kiên Giang Online
Tin tức > Xã hội > Dân tộc - Tôn giáo
Thứ Năm, 16/01/2020 - 08:40
Ban Dân vận Tỉnh ủy trao 420 phần quà Tết cho đồng bào Khmer nghèo
Ảnh: Đồng chí Danh Sáu trao quà cho hộ nghèo xã Vĩnh Phong.
Ngày 14 và 15/1/2020, đoàn công tác Ban Dân vận Tỉnh ủy Kiên Giang do đồng chí Nguyễn Thị Minh Giang, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và trao quà cho hộ nghèo, gia đình chính sách là đồng bào dân tộc Khmer tại 3 huyện.
Tổng cộng đoàn đã trao 420 phần quà, mỗi phần trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm, tổng trị giá 210 triệu đồng, do các doanh nghiệp và nhà hảo tâm đóng góp. Cụ thể:
a) Huyện Vĩnh Thuận: 150 phần quà tại xã Vĩnh Phong và xã Phong Đông;
b) Huyện Gò Quao: 140 phần quà tại xã Định An;
c) Huyện Châu Thành: 130 phần quà tại xã Thạnh Lộc.
Cùng đi với đoàn có đồng chí Danh Sáu, Phó Trưởng Ban Dân vận Tỉnh ủy và đồng chí Thạch Thị Sa Huynh, Phó Trưởng Ban Dân tộc tỉnh.
Tại các điểm trao quà, đoàn cũng đến thăm và chúc Tết 4 chùa Phật giáo Nam tông Khmer. Đại đức Danh Hên, trụ trì chùa Cà Nhung, xã Định An, bày tỏ cảm ơn sự quan tâm của Tỉnh ủy, mong chính quyền tiếp tục hỗ trợ bà con phum, sóc.
Thay mặt đoàn, đồng chí Nguyễn Thị Minh Giang thông tin một số kết quả năm 2019 của tỉnh liên quan đến đồng bào Khmer:
1. Tỷ lệ hộ nghèo Khmer giảm còn 4,8%;
2. Hỗ trợ xây dựng 312 căn nhà đại đoàn kết;
3. Cấp 38.500 thẻ bảo hiểm y tế cho người dân tộc thiểu số.
Đồng chí mong bà con tiếp tục đoàn kết, chăm lo sản xuất, cùng chính quyền thực hiện tốt Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số; không nghe theo kẻ xấu xuyên tạc, chia rẽ khối đại đoàn kết.
Chương trình thuộc đợt vận động "Tết vì người nghèo" năm 2020 do Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ tỉnh thực hiện theo Kế hoạch số 72-KH/BDVTU.
Ông Danh Chơn, người có uy tín ấp Kè Một, xã Phong Đông, cho biết năm nay bà con trong ấp được chăm lo chu đáo; nhiều hộ đã mua được giống lúa mới, sửa lại nhà cửa để đón Tết Nguyên đán. Ông hứa sẽ tiếp tục vận động con cháu chăm chỉ làm ăn, cho trẻ em đến trường đầy đủ.
Theo kế hoạch, trước Tết Nguyên đán Canh Tý, các huyện ủy, thành ủy cũng sẽ tổ chức đoàn đi thăm, tặng quà cho các gia đình chính sách, hộ nghèo trên địa bàn.
Trung Kiên
Tin khác
- Gò Quao: Vận động bà con Khmer chuyển đổi cơ cấu cây trồng (30/12/2019)
- Hòn Đất: Bàn giao nhà đại đoàn kết cho hộ nghèo trước Tết (24/12/2019)
- Kiên Giang: Họp mặt chức sắc, chức việc các tôn giáo mừng Xuân Canh Tý (10/01/2020)
- U Minh Thượng trao 200 suất quà cho người nghèo (06/01/2020)
""", "2020-01-16", "Ban Dân vận Tỉnh ủy trao 420 phần quà Tết cho đồng bào Khmer nghèo",
E("trao_qua", None, "2020-01-14"),
[P("Nguyễn Thị Minh Giang", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Sáu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Sa Huynh", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Danh Hên", "Đại đức", "trụ trì chùa Cà Nhung"),
 P("Danh Chơn", "người có uy tín ấp Kè Một")],
[Q("420 phần quà", 420, "phần quà"), Q("3 huyện", 3, "huyện"), Q("500.000 đồng", 500000, "đồng"),
 Q("210 triệu đồng", 210000000, "đồng"), Q("150 phần quà", 150, "phần quà"), Q("140 phần quà", 140, "phần quà"),
 Q("130 phần quà", 130, "phần quà"), Q("4 chùa Phật giáo Nam tông Khmer", 4, "chùa Phật giáo Nam tông Khmer"),
 Q("4,8%", 4.8, "%"), Q("312 căn nhà đại đoàn kết", 312, "căn nhà đại đoàn kết"),
 Q("38.500 thẻ bảo hiểm y tế", 38500, "thẻ bảo hiểm y tế")],
[D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg"),
 D("Kế hoạch", "72", "KH/BDVTU", None, None, "Kế hoạch số 72-KH/BDVTU")],
[prov("Kiên Giang"), com("Vĩnh Phong"), com("Phong Đông"), com("Định An"), com("Thạnh Lộc")],
["Báo Kiên Giang Online", "Tin tức > Xã hội > Dân tộc - Tôn giáo", "Ảnh: Đồng chí Danh Sáu trao quà cho hộ nghèo xã Vĩnh Phong.",
 "Tết vì người nghèo", "chùa Cà Nhung"],
["Thứ Năm, 16/01/2020 - 08:40", "năm 2019", "năm 2020", "Canh Tý"]))

PAGES.append(page("b7287-yenbai-bdv-soket-2021", """
YÊN BÁI ONLINE
Chính trị - Xây dựng Đảng | Dân vận
Cập nhật lúc 16:30 ngày 14/07/2021
Đồng chí Đỗ Đức Minh phát biểu tại hội nghị.
Dân vận Yên Bái vượt khó trong mùa dịch
YBĐT - Chiều 13/7, Ban Dân vận Tỉnh ủy Yên Bái tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm 2021 tới 9 điểm cầu huyện, thị xã, thành phố. Đồng chí Đỗ Đức Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Sáu tháng qua, dù chịu ảnh hưởng của dịch COVID-19, khối dân vận các cấp vẫn đạt kết quả trên cả 3 lĩnh vực:
1. Tham gia bầu cử: Vận động cử tri đi bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026 đạt tỷ lệ 99,87%.
2. Phòng, chống dịch:
a) Thành lập 1.815 tổ COVID cộng đồng;
b) Vận động ủng hộ Quỹ vắc-xin phòng COVID-19 được hơn 9,3 tỷ đồng;
c) Hỗ trợ khoảng 2.600 lao động từ vùng dịch trở về.
3. Xây dựng nông thôn mới: nhân dân hiến 21.400 m2 đất, đóng góp 1,8 tỷ đồng; toàn tỉnh có thêm 6 xã đạt chuẩn.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 11-CT/TU về tăng cường công tác dân vận trong tình hình mới, và hướng dẫn các huyện thực hiện Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp.
Tại điểm cầu huyện Mù Cang Chải, đồng chí Giàng A Tông, HUV, Trưởng Ban Dân vận Huyện ủy, cho biết huyện đã vận động 47 hộ người Mông bỏ ý định di cư tự do. Đồng chí Hà Thị Nguyệt, Phó Trưởng Ban Dân vận Huyện ủy Văn Chấn, đề xuất tăng cường tuyên truyền bằng tiếng dân tộc.
Đánh giá hạn chế, hội nghị nhận thấy tình hình truyền đạo trái pháp luật ở một số xã vùng cao vẫn diễn biến phức tạp; một số cán bộ dân vận cơ sở còn lúng túng khi nắm bắt dư luận xã hội trên không gian mạng.
Kết luận, đồng chí Đỗ Đức Minh yêu cầu 6 tháng cuối năm khối dân vận tập trung 4 nhiệm vụ, trong đó ưu tiên phòng, chống dịch và vận động nhân dân tiêm vắc-xin; xây dựng bản tin dân vận bằng tiếng Mông, tiếng Dao; tăng cường nắm tình hình dư luận tại 12 xã giáp ranh với các tỉnh bạn.
Hội nghị cũng đã nghe đại diện các huyện, thị xã, thành phố báo cáo nhanh tình hình triển khai mô hình "Dân vận khéo" trong phòng, chống dịch, trong đó có nhiều cách làm hay như lập chốt kiểm soát do người dân tự quản, tổ thanh niên tình nguyện đi chợ hộ.
Thanh Chi
Các tin khác
- Trạm Tấu: Tổ COVID cộng đồng phát huy hiệu quả (08/07/2021)
- Lục Yên ra mắt mô hình "Dân vận khéo" trong phòng, chống dịch (02/07/2021)
- Tặng quà người có uy tín huyện Mù Cang Chải (25/06/2021)
""", "2021-07-14", "Dân vận Yên Bái vượt khó trong mùa dịch",
E("so_ket", "2021-H1", "2021-07-13"),
[P("Đỗ Đức Minh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Giàng A Tông", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hà Thị Nguyệt", "Phó Trưởng Ban Dân vận Huyện ủy Văn Chấn")],
[Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"), Q("3 lĩnh vực", 3, "lĩnh vực"),
 Q("99,87%", 99.87, "%"), Q("1.815 tổ COVID cộng đồng", 1815, "tổ COVID cộng đồng"),
 Q("hơn 9,3 tỷ đồng", 9300000000, "đồng", "over"), Q("khoảng 2.600 lao động", 2600, "lao động", "approx"),
 Q("21.400 m2", 21400, "m2"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("6 xã", 6, "xã"), Q("47 hộ người Mông", 47, "hộ người Mông"),
 Q("4 nhiệm vụ", 4, "nhiệm vụ"), Q("12 xã giáp ranh", 12, "xã giáp ranh")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015")],
[prov("Yên Bái")],
["YÊN BÁI ONLINE", "Chính trị - Xây dựng Đảng | Dân vận", "Đồng chí Đỗ Đức Minh phát biểu tại hội nghị.", "YBĐT",
 "Quỹ vắc-xin phòng COVID-19", "Dân vận khéo"],
["Cập nhật lúc 16:30 ngày 14/07/2021", "6 tháng đầu năm 2021", "Sáu tháng qua", "6 tháng cuối năm", "khóa XV", "nhiệm kỳ 2021 - 2026",
 "COVID-19"]))

PAGES.append(page("b7288-binhthuan-giaoban-thang8-2022", """
Báo Bình Thuận điện tử
Chính trị › Dân vận - Mặt trận
06/09/2022 | 10:12
Giao ban khối dân vận tỉnh tháng 8: Tập trung vận động giải phóng mặt bằng cao tốc
Sáng 5/9, Ban Dân vận Tỉnh ủy Bình Thuận tổ chức giao ban khối dân vận tháng 8/2022. Đồng chí Đặng Hồng Sỹ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Bích Thủy, Lê Văn Nhanh.
Quang cảnh buổi giao ban. Ảnh: Bảo Trân
Theo báo cáo, trong tháng 8, các thành viên khối đã thực hiện các nhiệm vụ:
1. Vận động giải phóng mặt bằng dự án đường bộ cao tốc Bắc - Nam đoạn qua tỉnh: đã có 2.873/2.930 hộ bàn giao mặt bằng, đạt 98%; còn 57 hộ chưa đồng thuận, tập trung ở 3 xã.
2. Dân vận chính quyền: các cơ quan tiếp 214 lượt công dân; tổ chức 9 cuộc đối thoại với người dân bị ảnh hưởng bởi dự án.
3. Công tác tôn giáo: phối hợp tổ chức lễ Katê an toàn tại 11 đền tháp; thăm, tặng quà 26 chức sắc Chăm Bà-la-môn và Bà-ni.
4. Văn bản: tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 204-KH/TU ngày 22/8/2022 thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW.
Ông Thông Minh Hiền, Chủ tịch UBND xã Phan Hiệp, báo cáo xã còn 19 hộ chưa nhận tiền bồi thường vì chưa thống nhất giá đất. Bà Quảng Thị Kim Liên, Phó Chủ tịch Ủy ban MTTQ xã Phan Thanh, cho biết Mặt trận đã phối hợp hòa giải thành 4 vụ tranh chấp đất giữa các hộ trong vùng dự án.
Kết luận, đồng chí Đặng Hồng Sỹ giao nhiệm vụ tháng 9:
a) Phối hợp các huyện vận động dứt điểm 57 hộ còn lại trước ngày 30/9;
b) Chuẩn bị sơ kết 9 tháng thực hiện Chương trình hành động số 15-CTr/TU của Tỉnh ủy;
c) Chăm lo cho khoảng 1.200 hộ ngư dân bị ảnh hưởng bởi giá xăng dầu tăng cao.
Đồng chí đề nghị cán bộ dân vận phải "đi từng ngõ, gõ từng nhà", kiên trì thuyết phục, giải thích rõ chính sách bồi thường, hỗ trợ tái định cư, đồng thời kiến nghị các cơ quan chức năng xem xét thấu đáo những trường hợp có đơn thư.
Buổi giao ban cũng dành thời gian trao đổi về việc tổ chức kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng (15/10) và 23 năm Ngày "Dân vận" của tỉnh; dự kiến tổ chức hội thi tìm hiểu về công tác dân vận cho cán bộ cơ sở vào đầu tháng 10.
Nhiều thành viên khối dân vận cho rằng, việc giải phóng mặt bằng cho dự án cao tốc là nhiệm vụ chính trị quan trọng của tỉnh trong năm; những hộ còn lại phần lớn là các trường hợp phức tạp về nguồn gốc đất, có tranh chấp trong gia đình hoặc đề nghị bố trí tái định cư tại chỗ. Vì vậy cần phân công cán bộ phụ trách từng hộ, kịp thời phản ánh những vướng mắc để Hội đồng bồi thường giải quyết.
Bảo Trân
Tin cùng chuyên mục
- Bắc Bình: vận động 120 hộ bàn giao mặt bằng cao tốc (29/08/2022)
- Lễ hội Katê năm 2022 diễn ra an toàn (24/08/2022)
- Tuy Phong đối thoại với ngư dân (16/08/2022)
""", "2022-09-06", "Giao ban khối dân vận tỉnh tháng 8: Tập trung vận động giải phóng mặt bằng cao tốc",
E("giao_ban", "2022-08", "2022-09-05"),
[P("Đặng Hồng Sỹ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bích Thủy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Nhanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thông Minh Hiền", "Chủ tịch UBND xã Phan Hiệp"),
 P("Quảng Thị Kim Liên", "Phó Chủ tịch Ủy ban MTTQ xã Phan Thanh")],
[Q("2.873/2.930 hộ", 2873, "hộ"), Q("98%", 98, "%"), Q("57 hộ", 57, "hộ"), Q("3 xã", 3, "xã"),
 Q("214 lượt công dân", 214, "lượt công dân"), Q("9 cuộc đối thoại", 9, "cuộc đối thoại"), Q("11 đền tháp", 11, "đền tháp"),
 Q("26 chức sắc Chăm Bà-la-môn và Bà-ni", 26, "chức sắc Chăm Bà-la-môn và Bà-ni"), Q("19 hộ", 19, "hộ"),
 Q("4 vụ tranh chấp đất", 4, "vụ tranh chấp đất"), Q("khoảng 1.200 hộ ngư dân", 1200, "hộ ngư dân", "approx")],
[D("Kế hoạch", "204", "KH/TU", "2022-08-22", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 204-KH/TU ngày 22/8/2022"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Chương trình hành động", "15", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 15-CTr/TU")],
[prov("Bình Thuận"), com("Phan Hiệp"), com("Phan Thanh")],
["Báo Bình Thuận điện tử", "Chính trị › Dân vận - Mặt trận", "Quang cảnh buổi giao ban. Ảnh: Bảo Trân", "đi từng ngõ, gõ từng nhà",
 "Katê", "Dân vận"],
["06/09/2022 | 10:12", "tháng 8/2022", "tháng 9", "9 tháng", "92 năm", "23 năm", "15/10", "30/9"]))
