from lib import *
PAGES = []

PAGES.append(page("b3947-quangnam-bdv-giaoban-2017", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Bạn đang ở: Trang chủ >> Hoạt động dân vận >> Tin trong tỉnh
Thứ Năm, 28/09/2017 - 14:30
Đồng chí Nguyễn Thị Thu Loan phát biểu chỉ đạo tại hội nghị.
Giao ban khối dân vận quý III: khen thưởng 16 tập thể, 21 cá nhân "Dân vận khéo"
Sáng 27/9, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức hội nghị giao ban công tác dân vận quý III năm 2017 với Ban Dân vận các huyện, thị, thành ủy và khối dân vận các cơ quan tỉnh. Đồng chí Nguyễn Thị Thu Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Võ Xuân Cường, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Thị Kim Hoa, Arất Bliêng.
Quý III, Ban Dân vận các cấp đã tham mưu cấp ủy tổ chức 27 cuộc đối thoại giữa người đứng đầu với nhân dân, tiếp nhận 146 ý kiến, kiến nghị; phối hợp giải quyết 112 vụ việc liên quan đất đai, bồi thường giải phóng mặt bằng. Phong trào "Dân vận khéo" tiếp tục lan tỏa với 583 mô hình, trong đó 97 mô hình tiêu biểu; riêng các huyện miền núi Nam Trà My, Tây Giang, Đông Giang đã xây dựng 64 mô hình gắn với giảm nghèo bền vững.
Thông qua các mô hình, nhân dân đã đóng góp gần 11,8 tỷ đồng, hơn 27.000 ngày công và hiến 52.300 m2 đất làm đường giao thông, nhà văn hóa thôn; vận động 38 hộ đồng bào Cơ Tu di dời khỏi vùng sạt lở. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định số 09-QĐ/TU về trách nhiệm của người đứng đầu trong tiếp xúc, đối thoại với nhân dân và Kế hoạch 112, 113-KH/TU về sơ kết thực hiện Nghị quyết 25-NQ/TW.
Tại hội nghị, đồng chí Bh'riu Lâm, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, giới thiệu mô hình "Làng văn hóa du lịch cộng đồng" ở thôn Đhrôồng, xã Lăng, thu hút 1.200 lượt khách mỗi năm; bà Hồ Thị Mai, Bí thư Chi bộ kiêm Trưởng thôn 2, xã Trà Cang, chia sẻ cách vận động 46 hộ người Xơ Đăng trồng 35 ha sâm Ngọc Linh dưới tán rừng. Đồng chí Alăng Thị Nhinh, Phó Chủ tịch Hội LHPN huyện Đông Giang, đề nghị tỉnh có cơ chế hỗ trợ kinh phí cho các mô hình ở vùng cao.
Đánh giá chung cho thấy, công tác dân vận chính quyền có chuyển biến nhưng một số địa phương chưa thực hiện nghiêm việc tiếp công dân định kỳ; việc xử lý đơn thư ở cơ sở đôi lúc còn chậm, để kéo dài. Một số mô hình đăng ký nhưng chưa có sản phẩm cụ thể, nội dung trùng lặp.
Kết luận hội nghị, đồng chí Nguyễn Thị Thu Loan đề nghị quý IV tập trung vận động nhân dân phòng, chống lụt bão, chuẩn bị tổng kết phong trào "Dân vận khéo" năm 2017; thực hiện tốt Quyết định số 1656/QĐ-UBND ngày 18/5/2017 của UBND tỉnh về tiêu chí công nhận mô hình "Dân vận khéo".
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 16 tập thể và 21 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" 9 tháng năm 2017.
Tin, ảnh: Minh Châu
Lượt xem: 785
Tin cùng chuyên mục
- Nam Trà My: trao 120 phần quà cho người có uy tín (20/09/2017)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Phước Sơn (12/09/2017)
- Tập huấn nghiệp vụ công tác dân vận năm 2017 (28/08/2017)
""", "2017-09-28", 'Giao ban khối dân vận quý III: khen thưởng 16 tập thể, 21 cá nhân "Dân vận khéo"',
E("giao_ban", "2017-Q3", "2017-09-27"),
[P("Nguyễn Thị Thu Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Xuân Cường", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Kim Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Arất Bliêng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bh'riu Lâm", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Hồ Thị Mai", "Bí thư Chi bộ kiêm Trưởng thôn 2"),
 P("Alăng Thị Nhinh", "Phó Chủ tịch Hội LHPN huyện Đông Giang")],
[Q("16 tập thể", 16, "tập thể"), Q("21 cá nhân", 21, "cá nhân"), Q("27 cuộc đối thoại", 27, "cuộc đối thoại"),
 Q("146 ý kiến, kiến nghị", 146, "ý kiến, kiến nghị"), Q("112 vụ việc", 112, "vụ việc"), Q("583 mô hình", 583, "mô hình"),
 Q("97 mô hình tiêu biểu", 97, "mô hình tiêu biểu"), Q("64 mô hình", 64, "mô hình"),
 Q("gần 11,8 tỷ đồng", 11800000000, "đồng", "approx"), Q("hơn 27.000 ngày công", 27000, "ngày công", "over"),
 Q("52.300 m2", 52300, "m2"), Q("38 hộ đồng bào Cơ Tu", 38, "hộ đồng bào Cơ Tu"), Q("1.200 lượt khách", 1200, "lượt khách"),
 Q("46 hộ người Xơ Đăng", 46, "hộ người Xơ Đăng"), Q("35 ha", 35, "ha")],
[D("Quy định", "09", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 09-QĐ/TU"),
 D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 112, 113-KH/TU"),
 D("Kế hoạch", "113", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 112, 113-KH/TU"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW"),
 D("Quyết định", "1656", "QĐ-UBND", "2017-05-18", "UBND tỉnh", "Quyết định số 1656/QĐ-UBND ngày 18/5/2017")],
[prov("Quảng Nam"), com("Lăng"), com("Trà Cang")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Bạn đang ở: Trang chủ >> Hoạt động dân vận >> Tin trong tỉnh",
 "Đồng chí Nguyễn Thị Thu Loan phát biểu chỉ đạo tại hội nghị.", "Dân vận khéo", "Làng văn hóa du lịch cộng đồng", "Lượt xem: 785"],
["Thứ Năm, 28/09/2017 - 14:30", "quý III năm 2017", "quý IV", "9 tháng năm 2017", "thôn 2", "Lượt xem: 785"]))

PAGES.append(page("b3948-hoabinh-nongdan-tongket-2018", """
Báo Hòa Bình điện tử - Cơ quan của Đảng bộ tỉnh Hòa Bình
Trang chủ › Xã hội › Hội - Đoàn thể
Cập nhật lúc 17:05 ngày 21/12/2018
Hội Nông dân tỉnh tổng kết công tác Hội năm 2018, tôn vinh 85 hộ nông dân sản xuất, kinh doanh giỏi
(BHB) - Ngày 20/12, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2018; triển khai nhiệm vụ năm 2019. Dự có đồng chí Bùi Văn Thịnh, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Bùi Thị Minh Hòa, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; đồng chí Quách Thế Tân, Trưởng Ban Dân vận Tỉnh ủy.
Năm 2018, các cấp Hội đã kết nạp 3.145 hội viên mới; toàn tỉnh có 53.480 hộ đăng ký danh hiệu sản xuất, kinh doanh giỏi các cấp, trong đó 26.917 hộ đạt danh hiệu. Hội đã vận động hội viên góp 6.800 ngày công, hiến 41.600 m2 đất, ủng hộ 4,25 tỷ đồng xây dựng nông thôn mới; giúp đỡ 1.028 hộ nghèo vốn, giống, kỹ thuật. Quỹ Hỗ trợ nông dân các cấp đạt trên 21 tỷ đồng, cho 1.460 hộ vay.
Phong trào "Dân vận khéo" trong Hội có 126 mô hình, nổi bật là "Chi hội nông dân nghề nghiệp trồng cam" ở xã Phú Vinh, "Tổ hợp tác nuôi cá lồng sông Đà" ở xã Hiền Lương. Ông Bùi Văn Nhương, hội viên dân tộc Mường xã Phú Vinh, với 7 ha cam cho thu nhập khoảng 1,5 tỷ đồng mỗi năm, tạo việc làm thường xuyên cho 15 lao động. Bà Xa Thị Hiền, Chi hội trưởng nông dân xóm Ngòi, xã Hiền Lương, đã vận động 22 hộ tham gia tổ hợp tác với 64 lồng cá.
Năm 2018, Hội đã phối hợp triển khai Chương trình phối hợp số 07-CTr/HND-UBND với UBND tỉnh về hỗ trợ nông dân phát triển sản xuất; thực hiện Kết luận 61-KL/TW ngày 03/12/2009 của Ban Bí thư và Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ về việc Hội Nông dân tham gia thực hiện các chương trình phát triển kinh tế - xã hội nông thôn.
Phát biểu tại hội nghị, đồng chí Bùi Văn Thịnh đề nghị các cấp Hội đổi mới nội dung, phương thức hoạt động, hướng về cơ sở; tiếp tục phát huy vai trò nòng cốt trong xây dựng nông thôn mới, phấn đấu năm 2019 có thêm 16 xã đạt chuẩn, tỷ lệ hộ nghèo giảm 3%.
Hội nghị cũng chỉ ra hạn chế: chất lượng sinh hoạt chi hội ở một số nơi chưa cao; việc xây dựng tổ hợp tác, hợp tác xã còn chậm; nông dân vùng cao còn khó khăn trong tiếp cận vốn và thị trường.
Dịp này, 5 tập thể và 8 cá nhân được tặng Bằng khen của Trung ương Hội Nông dân Việt Nam; 12 tập thể và 19 cá nhân nhận Bằng khen của UBND tỉnh; 85 hộ nông dân sản xuất, kinh doanh giỏi được biểu dương.
Đinh Thắng
Số lượt xem: 1.417
Tin khác
- Hội Nông dân huyện Lạc Sơn trao 50 con bò giống (14/12/2018)
- Hội nghị tập huấn công tác Hội năm 2018 (06/12/2018)
- Tân Lạc: nông dân hiến đất mở đường (28/11/2018)
""", "2018-12-21", "Hội Nông dân tỉnh tổng kết công tác Hội năm 2018, tôn vinh 85 hộ nông dân sản xuất, kinh doanh giỏi",
E("tong_ket", "2018", "2018-12-20"),
[P("Bùi Văn Thịnh", "Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Bùi Thị Minh Hòa", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Quách Thế Tân", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Văn Nhương", "hội viên dân tộc Mường xã Phú Vinh"),
 P("Xa Thị Hiền", "Chi hội trưởng nông dân xóm Ngòi")],
[Q("85 hộ nông dân sản xuất, kinh doanh giỏi", 85, "hộ nông dân sản xuất, kinh doanh giỏi"),
 Q("3.145 hội viên mới", 3145, "hội viên mới"), Q("53.480 hộ", 53480, "hộ"), Q("26.917 hộ", 26917, "hộ"),
 Q("6.800 ngày công", 6800, "ngày công"), Q("41.600 m2", 41600, "m2"), Q("4,25 tỷ đồng", 4250000000, "đồng"),
 Q("1.028 hộ nghèo", 1028, "hộ nghèo"), Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"), Q("1.460 hộ", 1460, "hộ"),
 Q("126 mô hình", 126, "mô hình"), Q("7 ha", 7, "ha"), Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
 Q("15 lao động", 15, "lao động"), Q("22 hộ", 22, "hộ"), Q("64 lồng cá", 64, "lồng cá"), Q("16 xã", 16, "xã"), Q("3%", 3, "%"),
 Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân"), Q("12 tập thể", 12, "tập thể"), Q("19 cá nhân", 19, "cá nhân")],
[D("Chương trình phối hợp", "07", "CTr/HND-UBND", None, None, "Chương trình phối hợp số 07-CTr/HND-UBND"),
 D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận 61-KL/TW ngày 03/12/2009"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg")],
[prov("Hòa Bình"), com("Phú Vinh"), com("Hiền Lương")],
["Báo Hòa Bình điện tử - Cơ quan của Đảng bộ tỉnh Hòa Bình", "Trang chủ › Xã hội › Hội - Đoàn thể", "(BHB)", "Dân vận khéo",
 "Chi hội nông dân nghề nghiệp trồng cam", "Tổ hợp tác nuôi cá lồng sông Đà", "Quỹ Hỗ trợ nông dân", "Số lượt xem: 1.417"],
["Cập nhật lúc 17:05 ngày 21/12/2018", "năm 2018", "năm 2019", "Số lượt xem: 1.417"]))

PAGES.append(page("b3949-gialai-bdv-giamsat-2019", """
Ban Dân vận Tỉnh ủy Gia Lai - Trang thông tin điện tử
Trang chủ / Tin hoạt động / Kiểm tra, giám sát
17.05.2019 | 10:20
Ảnh: Đoàn giám sát làm việc tại xã Ia Phang.
Giám sát việc xây dựng, nhân rộng mô hình "Dân vận khéo" tại huyện Chư Pưh
Ngày 15 và 16/5/2019, Đoàn giám sát của Ban Thường vụ Tỉnh ủy do đồng chí Ksor Ni, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Kết luận số 437-KL/TU của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào thi đua "Dân vận khéo" tại Huyện ủy Chư Pưh và 3 xã Ia Phang, Ia Le, Ia Hrú.
Tham gia đoàn có đồng chí Rơ Mah Tuân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Đỗ Thị Kim Thoa, Phó Trưởng Ban Dân vận Tỉnh ủy. Tiếp đoàn có đồng chí Nguyễn Văn Cường, Bí thư Huyện ủy, Chủ tịch HĐND huyện Chư Pưh và đồng chí Siu H'Pun, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Theo báo cáo, từ năm 2016 đến nay, huyện đã xây dựng 215 mô hình "Dân vận khéo", trong đó 34 mô hình được công nhận cấp huyện, 6 mô hình cấp tỉnh. Thông qua các mô hình, nhân dân đã hiến trên 16.000 m2 đất, đóng góp hơn 9.300 ngày công và khoảng 2,9 tỷ đồng làm 28 km đường nội làng, 11 nhà rông văn hóa; vận động 1.740 hộ đồng bào Jrai không bán đất, không di cư tự do. Năm 2018 có 26 tập thể, 43 cá nhân được khen thưởng với tổng số tiền 58 triệu đồng.
Tại xã Ia Le, đoàn đến thăm mô hình "Làng không có người sử dụng ma túy" ở làng Bò Ngoong. Già làng Rơ Lan Hyơk, người có uy tín làng Bò Ngoong, cho biết trong 3 năm qua làng không có người vi phạm pháp luật, 100% hộ ký cam kết không nghe theo "Tin lành Đê Ga". Ông Kpă Ywih, Bí thư Chi bộ làng Bò Ngoong, đã vận động 17 hộ chuyển 24 ha điều già cỗi sang trồng tiêu, cà phê.
Đoàn giám sát đánh giá, Huyện ủy Chư Pưh đã cụ thể hóa Kết luận 437-KL/TU bằng Kế hoạch số 58-KH/HU ngày 22/3/2017, gắn phong trào với thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị. Tuy nhiên, việc sơ kết, khen thưởng chưa kịp thời; một số mô hình thiếu kinh phí duy trì; tiêu chí đánh giá mô hình ở cấp xã chưa rõ.
Kết luận buổi giám sát, đồng chí Ksor Ni đề nghị huyện chỉ đạo mỗi xã, thị trấn có ít nhất 2 mô hình "Dân vận khéo" gắn với phát triển kinh tế; kịp thời biểu dương, nhân rộng điển hình; Ban Dân vận Huyện ủy tham mưu cấp ủy xử lý dứt điểm các vụ việc tranh chấp đất đai ở cơ sở.
Đoàn giám sát cũng đề nghị tỉnh xem xét tăng mức chi hỗ trợ hoạt động của các mô hình "Dân vận khéo" cấp xã, nghiên cứu cơ chế khen thưởng thường xuyên đối với già làng, người có uy tín có nhiều đóng góp trong vận động đồng bào.
Hoàng Ngọc
Lượt xem: 432
Tin khác
- Hội nghị báo cáo viên quý II năm 2019 (10/05/2019)
- Kbang: 7 mô hình "Dân vận khéo" được công nhận (25/04/2019)
- Ban Dân vận Tỉnh ủy thăm, chúc Tết Chôl Chnăm Thmây (12/04/2019)
""", "2019-05-17", 'Giám sát việc xây dựng, nhân rộng mô hình "Dân vận khéo" tại huyện Chư Pưh',
E("giam_sat", None, "2019-05-15"),
[P("Ksor Ni", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Mah Tuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Thị Kim Thoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Cường", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện Chư Pưh"),
 P("Siu H'Pun", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Rơ Lan Hyơk", "Già làng", "người có uy tín làng Bò Ngoong"),
 P("Kpă Ywih", "Bí thư Chi bộ làng Bò Ngoong")],
[Q("3 xã", 3, "xã"), Q("215 mô hình", 215, "mô hình"), Q("34 mô hình", 34, "mô hình"), Q("6 mô hình cấp tỉnh", 6, "mô hình cấp tỉnh"),
 Q("trên 16.000 m2", 16000, "m2", "over"), Q("hơn 9.300 ngày công", 9300, "ngày công", "over"),
 Q("khoảng 2,9 tỷ đồng", 2900000000, "đồng", "approx"), Q("28 km", 28, "km"), Q("11 nhà rông văn hóa", 11, "nhà rông văn hóa"),
 Q("1.740 hộ đồng bào Jrai", 1740, "hộ đồng bào Jrai"), Q("26 tập thể", 26, "tập thể"), Q("43 cá nhân", 43, "cá nhân"),
 Q("58 triệu đồng", 58000000, "đồng"), Q("100%", 100, "%"), Q("17 hộ", 17, "hộ"), Q("24 ha", 24, "ha"),
 Q("ít nhất 2 mô hình", 2, "mô hình", "over")],
[D("Kết luận", "437", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 437-KL/TU"),
 D("Kế hoạch", "58", "KH/HU", "2017-03-22", "Huyện ủy Chư Pưh", "Kế hoạch số 58-KH/HU ngày 22/3/2017"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Gia Lai"), com("Ia Phang"), com("Ia Le"), com("Ia Hrú")],
["Ban Dân vận Tỉnh ủy Gia Lai - Trang thông tin điện tử", "Trang chủ / Tin hoạt động / Kiểm tra, giám sát",
 "Ảnh: Đoàn giám sát làm việc tại xã Ia Phang.", "Dân vận khéo", "Làng không có người sử dụng ma túy", "Tin lành Đê Ga", "Lượt xem: 432"],
["17.05.2019 | 10:20", "từ năm 2016", "Năm 2018", "3 năm", "Lượt xem: 432"]))

PAGES.append(page("b3950-bentre-bdv-bieuduong-2020", """
Báo Đồng Khởi Online - Cơ quan của Đảng bộ tỉnh Bến Tre
Thời sự > Chính trị > Dân vận
Thứ Sáu, 13/11/2020, 07:45
Ảnh: Các điển hình "Dân vận khéo" nhận Bằng khen.
Ông Trần Văn Bảy (bìa trái) nhận Bằng khen của UBND tỉnh.
Tuyên dương 100 điển hình "Dân vận khéo"
Ngày 12/11/2020, Ban Thường vụ Tỉnh ủy Bến Tre tổ chức Hội nghị biểu dương mô hình, điển hình "Dân vận khéo" năm 2020, tuyên dương 100 điển hình của các ngành, các cấp. Dự có đồng chí Phan Văn Mến, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Hồ Thị Ngọc Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Văn Đức, Phó Trưởng Ban Dân vận Tỉnh ủy - Trưởng ban Thường trực Ban Chỉ đạo phong trào "Dân vận khéo" tỉnh.
Năm 2020, dù chịu ảnh hưởng nặng nề của hạn hán, xâm nhập mặn và dịch Covid-19, toàn tỉnh vẫn xây dựng 1.376 mô hình "Dân vận khéo", trong đó có 312 mô hình tiêu biểu cấp huyện. Các mô hình đã vận động nhân dân đóng góp trên 68 tỷ đồng, 135.000 ngày công, hiến 386.000 m2 đất làm 412 km đường giao thông nông thôn, 97 cây cầu; trao hơn 42.000 bình, can trữ nước ngọt cho các hộ vùng hạn mặn.
Trong số điển hình được biểu dương có 58 tập thể và 42 cá nhân. Tiêu biểu như ông Trần Văn Bảy, Trưởng ấp Phú Thạnh, xã Phú Khánh, vận động 63 hộ hiến 8.200 m2 đất làm đường; bà Lê Thị Ngọc Hạnh, Chủ tịch Hội LHPN xã Tân Xuân, thành lập "Tổ phụ nữ tiết kiệm nước ngọt" với 140 thành viên; Hòa thượng Thích Huệ Thông, trụ trì chùa Hội Tôn, xã Quới Sơn, vận động phật tử nấu 9.600 suất cơm miễn phí cho người bệnh.
Thực hiện Kế hoạch số 205-KH/TU ngày 16/4/2019 của Tỉnh ủy và Hướng dẫn 12-HD/BDVTU của Ban Dân vận Tỉnh ủy, phong trào "Dân vận khéo" đã gắn chặt với thực hiện Nghị quyết số 07, 08-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và Chương trình "Đồng Khởi mới", góp phần đưa 37 xã đạt chuẩn nông thôn mới.
Phát biểu tại hội nghị, đồng chí Phan Văn Mến đề nghị sau hội nghị, mỗi cơ quan, đơn vị tiếp tục đăng ký ít nhất 1 mô hình năm 2021; các điển hình được tuyên dương hôm nay phải là "hạt nhân" lan tỏa, nhân rộng; Ban Dân vận Tỉnh ủy sớm tham mưu sơ kết 10 năm phong trào.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân nói trên theo Quyết định số 2540/QĐ-UBND ngày 06/11/2020; mỗi điển hình nhận tiền thưởng 1 triệu đồng và 1 phần quà của Ban Thường vụ Tỉnh ủy.
Hữu Hiệp
Lượt đọc: 1.922
Tin liên quan
- Giồng Trôm: tuyên dương 25 gương "Dân vận khéo" (30/10/2020)
- Ba Tri trao 500 bình chứa nước cho hộ nghèo (20/10/2020)
- Hội nghị báo cáo viên tháng 10/2020 (08/10/2020)
""", "2020-11-13", 'Tuyên dương 100 điển hình "Dân vận khéo"',
E("hoi_nghi", "2020", "2020-11-12"),
[P("Phan Văn Mến", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Hồ Thị Ngọc Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Đức", 'Phó Trưởng Ban Dân vận Tỉnh ủy - Trưởng ban Thường trực Ban Chỉ đạo phong trào "Dân vận khéo" tỉnh'),
 P("Trần Văn Bảy", "Trưởng ấp Phú Thạnh"),
 P("Lê Thị Ngọc Hạnh", "Chủ tịch Hội LHPN xã Tân Xuân"),
 P("Thích Huệ Thông", "Hòa thượng", "trụ trì chùa Hội Tôn")],
[Q("100 điển hình", 100, "điển hình"), Q("1.376 mô hình", 1376, "mô hình"),
 Q("312 mô hình tiêu biểu cấp huyện", 312, "mô hình tiêu biểu cấp huyện"),

 Q("trên 68 tỷ đồng", 68000000000, "đồng", "over"), Q("135.000 ngày công", 135000, "ngày công"), Q("386.000 m2", 386000, "m2"),
 Q("412 km", 412, "km"), Q("97 cây cầu", 97, "cây cầu"), Q("hơn 42.000 bình, can", 42000, "bình, can", "over"),
 Q("58 tập thể", 58, "tập thể"), Q("42 cá nhân", 42, "cá nhân"), Q("63 hộ", 63, "hộ"), Q("8.200 m2", 8200, "m2"),
 Q("140 thành viên", 140, "thành viên"), Q("9.600 suất cơm", 9600, "suất cơm"), Q("37 xã", 37, "xã"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "205", "KH/TU", "2019-04-16", "Tỉnh ủy", "Kế hoạch số 205-KH/TU ngày 16/4/2019"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 12-HD/BDVTU"),
 D("Nghị quyết", "07", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 07, 08-NQ/TU"),
 D("Nghị quyết", "08", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 07, 08-NQ/TU"),
 D("Quyết định", "2540", "QĐ-UBND", "2020-11-06", "Chủ tịch UBND tỉnh", "Quyết định số 2540/QĐ-UBND ngày 06/11/2020")],
[prov("Bến Tre"), com("Phú Khánh"), com("Tân Xuân"), com("Quới Sơn")],
["Báo Đồng Khởi Online - Cơ quan của Đảng bộ tỉnh Bến Tre", "Thời sự > Chính trị > Dân vận",
 'Ảnh: Các điển hình "Dân vận khéo" nhận Bằng khen.', "Ông Trần Văn Bảy (bìa trái) nhận Bằng khen của UBND tỉnh.",
 "Dân vận khéo", "Tổ phụ nữ tiết kiệm nước ngọt", "Đồng Khởi mới", "Lượt đọc: 1.922"],
["Thứ Sáu, 13/11/2020, 07:45", "năm 2020", "năm 2021", "10 năm", "1 phần quà", "Covid-19", "Lượt đọc: 1.922"]))

PAGES.append(page("b3951-quangninh-bdv-soket-2020", """
BÁO QUẢNG NINH ĐIỆN TỬ
Chính trị › Xây dựng Đảng
16/07/2020 - 09:12
Sơ kết 6 tháng phong trào "Dân vận khéo": 27 tập thể, cá nhân được khen thưởng
Chiều 15/7, Ban Dân vận Tỉnh ủy Quảng Ninh tổ chức hội nghị trực tuyến sơ kết công tác dân vận và phong trào thi đua "Dân vận khéo" 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020 tới 14 điểm cầu các huyện, thị xã, thành phố.
Toàn cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Thu Chung
Đồng chí Đỗ Thị Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì. Cùng chủ trì có các đồng chí: Trần Văn Lâm, Trịnh Thị Minh Thanh - Phó Trưởng Ban Dân vận Tỉnh ủy.
6 tháng đầu năm, dù chịu tác động của dịch Covid-19, các cấp đã xây dựng 418 mô hình "Dân vận khéo", đạt 104,5% kế hoạch năm. Nhân dân đã tự nguyện hiến trên 72.000 m2 đất, đóng góp 13.450 ngày công và khoảng 17,6 tỷ đồng để xây dựng nông thôn mới kiểu mẫu; ủng hộ Quỹ phòng, chống dịch Covid-19 trên 41 tỷ đồng. Ở vùng đồng bào dân tộc thiểu số, 2.812 hộ người Dao, Tày, Sán Chỉ được vận động chuyển đổi sang trồng quế, hồi.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 178-KH/TU ngày 10/3/2020 về tổ chức phong trào "Dân vận khéo" giai đoạn 2020 - 2025 và Quy chế phối hợp số 03-QC/BDVTU-UBND với UBND tỉnh về công tác dân vận chính quyền. Ban cũng tổ chức khảo sát 1.500 phiếu dư luận xã hội về sự hài lòng của người dân đối với chính quyền cấp xã, kết quả 91,8% hài lòng.
Tại hội nghị, đồng chí Chìu Sinh Sáng, HUV, Trưởng Ban Dân vận Huyện ủy Bình Liêu, cho biết huyện có 23 mô hình mới, nổi bật là mô hình "Bản không có người di cư tự do" ở bản Khe Tiền, xã Đồng Văn; đồng chí Lý Thị Thu, Chủ tịch Ủy ban MTTQ xã Đồng Tâm, chia sẻ kinh nghiệm vận động 36 hộ người Dao bỏ tục thách cưới. Ông Hoàng Văn Thắng, Trưởng bản Khe Tiền, đề nghị có thêm chính sách hỗ trợ giống quế cho đồng bào.
Kết luận hội nghị, đồng chí Đỗ Thị Hoàng lưu ý 6 tháng cuối năm cần tiếp tục thực hiện Nghị quyết 25-NQ/TW, Kết luận 114-KL/TW của Ban Bí thư; vận động nhân dân tham gia góp ý văn kiện đại hội đảng bộ các cấp; chú trọng vận động người dân tại các dự án trọng điểm như cao tốc Vân Đồn - Móng Cái.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 12 tập thể và 15 cá nhân tiêu biểu, mỗi tập thể được thưởng 2 triệu đồng, mỗi cá nhân 1 triệu đồng.
Thu Chung
Lượt xem: 2.086
Tin liên quan
- Tiên Yên: tuyên dương 18 điển hình dân vận khéo (08/07/2020)
- Hạ Long: 100 mô hình dân vận chính quyền (25/06/2020)
- Hội nghị giao ban khối dân vận quý I/2020 (30/03/2020)
""", "2020-07-16", 'Sơ kết 6 tháng phong trào "Dân vận khéo": 27 tập thể, cá nhân được khen thưởng',
E("so_ket", "2020-H1", "2020-07-15"),
[P("Đỗ Thị Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Văn Lâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Trịnh Thị Minh Thanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chìu Sinh Sáng", "HUV", "Trưởng Ban Dân vận Huyện ủy Bình Liêu"),
 P("Lý Thị Thu", "Chủ tịch Ủy ban MTTQ xã Đồng Tâm"),
 P("Hoàng Văn Thắng", "Trưởng bản Khe Tiền")],
[Q("27 tập thể, cá nhân", 27, "tập thể, cá nhân"), Q("14 điểm cầu các huyện, thị xã, thành phố", 14, "điểm cầu các huyện, thị xã, thành phố"),
 Q("418 mô hình", 418, "mô hình"), Q("104,5%", 104.5, "%"), Q("trên 72.000 m2", 72000, "m2", "over"),
 Q("13.450 ngày công", 13450, "ngày công"), Q("khoảng 17,6 tỷ đồng", 17600000000, "đồng", "approx"),
 Q("trên 41 tỷ đồng", 41000000000, "đồng", "over"), Q("2.812 hộ người Dao, Tày, Sán Chỉ", 2812, "hộ người Dao, Tày, Sán Chỉ"),
 Q("1.500 phiếu", 1500, "phiếu"), Q("91,8%", 91.8, "%"), Q("23 mô hình mới", 23, "mô hình mới"), Q("36 hộ người Dao", 36, "hộ người Dao"),
 Q("12 tập thể", 12, "tập thể"), Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "178", "KH/TU", "2020-03-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 178-KH/TU ngày 10/3/2020"),
 D("Quy chế phối hợp", "03", "QC/BDVTU-UBND", None, None, "Quy chế phối hợp số 03-QC/BDVTU-UBND"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Đồng Tâm")],
["BÁO QUẢNG NINH ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "Toàn cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Thu Chung",
 "Dân vận khéo", "Bản không có người di cư tự do", "Quỹ phòng, chống dịch Covid-19", "Lượt xem: 2.086"],
["16/07/2020 - 09:12", "6 tháng đầu năm", "6 tháng cuối năm 2020", "giai đoạn 2020 - 2025", "Covid-19", "Lượt xem: 2.086"]))

PAGES.append(page("b3952-phutho-ccb-tongket-2021", """
HỘI CỰU CHIẾN BINH TỈNH PHÚ THỌ
Trang chủ - Tin hoạt động - Thi đua khen thưởng
Thứ Sáu, 24/12/2021 - 08:30
Hội Cựu chiến binh tỉnh tổng kết phong trào thi đua "Cựu chiến binh gương mẫu" năm 2021
Ngày 22/12/2021, Hội Cựu chiến binh tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác Hội và phong trào thi đua "Cựu chiến binh gương mẫu" năm 2021, gắn với biểu dương các mô hình "Dân vận khéo" trong hội viên cựu chiến binh.
Ảnh: Trung tướng Nguyễn Văn Tuấn trao Bằng khen cho các tập thể.
Dự hội nghị có đồng chí Bùi Đình Thiện, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Trung tướng Nguyễn Văn Tuấn, Phó Chủ tịch Hội Cựu chiến binh Việt Nam; đồng chí Đỗ Thị Dung, Trưởng Ban Dân vận Tỉnh ủy. Đồng chí Đinh Công Thực, Chủ tịch Hội Cựu chiến binh tỉnh chủ trì.
Năm 2021, Hội đã kết nạp 1.206 hội viên mới, nâng tổng số hội viên lên 62.438 người, sinh hoạt tại 284 cơ sở Hội. Toàn tỉnh có 9.640 hội viên đạt danh hiệu sản xuất, kinh doanh giỏi; 318 doanh nghiệp, hợp tác xã, trang trại do cựu chiến binh làm chủ, tạo việc làm cho 7.420 lao động. Các cấp Hội đã vận động hội viên hiến 18.500 m2 đất, góp hơn 11.000 ngày công và 5,7 tỷ đồng xây dựng nông thôn mới; tham gia hòa giải thành 143 vụ việc ở cơ sở; 96,2% cơ sở Hội đạt trong sạch, vững mạnh.
Phong trào "Dân vận khéo" trong cựu chiến binh có 214 mô hình, tiêu biểu như "Tổ cựu chiến binh tự quản an ninh trật tự" ở xã Tiên Kiên, "Cựu chiến binh giúp nhau giảm nghèo" ở xã Xuân Sơn. Ông Hà Văn Lự, hội viên dân tộc Mường thôn Lạng, xã Xuân Sơn, đã vận động 19 hộ góp vốn trồng 40 ha keo, giúp 7 hộ thoát nghèo; ông Nguyễn Văn Khởi, Chủ tịch Hội Cựu chiến binh xã Tiên Kiên, duy trì tổ tự quản với 56 thành viên.
Hội đã thực hiện Chỉ thị 46-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với Hội Cựu chiến binh, Kế hoạch số 60-KH/TU và Hướng dẫn số 15-HD/CCB của Ban Thường vụ Hội Cựu chiến binh tỉnh về phong trào thi đua năm 2021. Trong công tác phòng, chống dịch Covid-19, các cấp Hội ủng hộ 2,48 tỷ đồng, trên 30 tấn lương thực, thực phẩm.
Đồng chí Bùi Đình Thiện ghi nhận đóng góp của cựu chiến binh, đề nghị năm 2022 các cấp Hội tiếp tục phát huy phẩm chất "Bộ đội Cụ Hồ", giữ vững vai trò nòng cốt trong vận động nhân dân.
Dịp này, Trung ương Hội tặng Bằng khen cho 3 tập thể và 5 cá nhân; UBND tỉnh tặng Bằng khen cho 10 tập thể và 14 cá nhân; Hội Cựu chiến binh tỉnh tặng Giấy khen cho 32 tập thể và 48 cá nhân tiêu biểu.
Lê Hằng
Lượt truy cập: 276.580
Các tin đã đưa
- Hội Cựu chiến binh huyện Thanh Sơn tổng kết năm 2021 (18/12/2021)
- Trao 60 suất quà cho hội viên khó khăn (10/12/2021)
- Hội nghị tập huấn nghiệp vụ công tác Hội (26/11/2021)
""", "2021-12-24", 'Hội Cựu chiến binh tỉnh tổng kết phong trào thi đua "Cựu chiến binh gương mẫu" năm 2021',
E("tong_ket", "2021", "2021-12-22"),
[P("Bùi Đình Thiện", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Văn Tuấn", "Trung tướng", "Phó Chủ tịch Hội Cựu chiến binh Việt Nam"),
 P("Đỗ Thị Dung", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Thực", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Hà Văn Lự", "hội viên dân tộc Mường thôn Lạng"),
 P("Nguyễn Văn Khởi", "Chủ tịch Hội Cựu chiến binh xã Tiên Kiên")],
[Q("1.206 hội viên mới", 1206, "hội viên mới"), Q("62.438 người", 62438, "người"), Q("284 cơ sở Hội", 284, "cơ sở Hội"),
 Q("9.640 hội viên", 9640, "hội viên"), Q("318 doanh nghiệp, hợp tác xã, trang trại", 318, "doanh nghiệp, hợp tác xã, trang trại"),
 Q("7.420 lao động", 7420, "lao động"), Q("18.500 m2", 18500, "m2"), Q("hơn 11.000 ngày công", 11000, "ngày công", "over"),
 Q("5,7 tỷ đồng", 5700000000, "đồng"), Q("143 vụ việc", 143, "vụ việc"), Q("96,2%", 96.2, "%"), Q("214 mô hình", 214, "mô hình"),
 Q("19 hộ", 19, "hộ"), Q("40 ha", 40, "ha"), Q("7 hộ", 7, "hộ"), Q("56 thành viên", 56, "thành viên"),
 Q("2,48 tỷ đồng", 2480000000, "đồng"), Q("trên 30 tấn", 30, "tấn", "over"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("10 tập thể", 10, "tập thể"), Q("14 cá nhân", 14, "cá nhân"),
 Q("32 tập thể", 32, "tập thể"), Q("48 cá nhân tiêu biểu", 48, "cá nhân tiêu biểu")],
[D("Chỉ thị", "46", "CT/TW", None, "Ban Bí thư", "Chỉ thị 46-CT/TW"),
 D("Kế hoạch", "60", "KH/TU", None, None, "Kế hoạch số 60-KH/TU"),
 D("Hướng dẫn", "15", "HD/CCB", None, "Ban Thường vụ Hội Cựu chiến binh tỉnh", "Hướng dẫn số 15-HD/CCB")],
[prov("Phú Thọ"), com("Tiên Kiên"), com("Xuân Sơn")],
["HỘI CỰU CHIẾN BINH TỈNH PHÚ THỌ", "Trang chủ - Tin hoạt động - Thi đua khen thưởng",
 "Ảnh: Trung tướng Nguyễn Văn Tuấn trao Bằng khen cho các tập thể.", "Cựu chiến binh gương mẫu", "Dân vận khéo",
 "Tổ cựu chiến binh tự quản an ninh trật tự", "Cựu chiến binh giúp nhau giảm nghèo", "Bộ đội Cụ Hồ", "Lượt truy cập: 276.580"],
["Thứ Sáu, 24/12/2021 - 08:30", "năm 2021", "năm 2022", "Covid-19", "Lượt truy cập: 276.580"]))
