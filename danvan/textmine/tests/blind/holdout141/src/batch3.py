from lib import *
PAGES = []

PAGES.append(page("b3353-dienbien-khuyenhoc-daihoi-2022", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ - Xã hội - Giáo dục
20 tháng 5, 2022 | 16:10
Đại hội Hội Khuyến học huyện Điện Biên Đông lần thứ V
Ngày 19/5, Hội Khuyến học huyện Điện Biên Đông tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2022 - 2027. Dự đại hội có bà Lò Thị Hiên, Phó Chủ tịch Hội Khuyến học tỉnh; ông Sùng A Hồ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện cùng 110 đại biểu đại diện cho hơn 21.000 hội viên trong huyện.
Các đại biểu biểu quyết thông qua các nội dung đại hội. Ảnh: Minh Thúy
Báo cáo tại đại hội cho thấy, nhiệm kỳ 2017 - 2022, mạng lưới tổ chức hội được củng cố với 14/14 hội khuyến học xã, thị trấn, 186 chi hội ở các bản và 73 ban khuyến học tại các trường học, cơ quan. Quỹ khuyến học các cấp vận động được khoảng 3,6 tỷ đồng; đã trao 7.850 suất học bổng, phần thưởng cho học sinh người Mông, Thái, Khơ Mú, Lào nghèo vượt khó và học sinh giỏi. Hội đã phối hợp vận động nhân dân hiến trên 6.000 m2 đất, góp 9.200 ngày công xây dựng 32 phòng học, 15 nhà bán trú.
Thực hiện Nghị quyết số 06-NQ/HU của Ban Chấp hành Đảng bộ huyện về nâng cao chất lượng giáo dục vùng cao và Kế hoạch số 125/KH-UBND ngày 15/01/2021 của UBND tỉnh về xây dựng xã hội học tập, các cấp hội đã vận động được 426 học sinh bỏ học trở lại trường; tỷ lệ học sinh đi học chuyên cần đạt 96,8%. Phong trào "Gia đình học tập" có 8.940 hộ đạt danh hiệu, tăng gần 2 lần so với đầu nhiệm kỳ.
Tham luận tại đại hội, ông Quàng Văn Pánh, Chủ tịch Hội Khuyến học xã Phì Nhừ, chia sẻ cách vận động các dòng họ Mông như họ Giàng, họ Vừ lập quỹ khuyến học dòng họ, đến nay xã có 18 quỹ với tổng số tiền hơn 150 triệu đồng. Bà Giàng Thị Dua, Phó Hiệu trưởng Trường PTDTBT THCS Xa Dung, nêu kinh nghiệm phối hợp với trưởng bản đưa đón học sinh sau các kỳ nghỉ Tết.
Phát biểu chỉ đạo, ông Sùng A Hồ ghi nhận những đóng góp của Hội và đề nghị nhiệm kỳ tới tập trung phát triển hội viên, phấn đấu 100% bản có chi hội khuyến học; gắn công tác khuyến học với giảm nghèo bền vững, phòng chống tảo hôn, hôn nhân cận huyết thống.
Đại hội đã bầu Ban Chấp hành khóa V gồm 19 ủy viên. Ông Lường Văn Thiêm, Phó Trưởng phòng Giáo dục và Đào tạo huyện, tái đắc cử Chủ tịch Hội Khuyến học huyện Điện Biên Đông khóa V; bà Lò Thị Nga và ông Vừ A Chinh được bầu làm Phó Chủ tịch. Đại hội cũng bầu 5 đại biểu dự Đại hội Hội Khuyến học tỉnh Điện Biên lần thứ V.
Minh Thúy
Bài viết liên quan
- Đại hội Hội Khuyến học huyện Tuần Giáo nhiệm kỳ 2022 - 2027 (12/05/2022)
- Mường Nhé: trao 80 xe đạp cho học sinh vùng biên (28/04/2022)
- Hội Khuyến học tỉnh triển khai nhiệm vụ năm 2022 (15/03/2022)
- Tủa Chùa ra mắt mô hình "Bản học tập" (02/03/2022)
""", "2022-05-20", "Đại hội Hội Khuyến học huyện Điện Biên Đông lần thứ V",
E("dai_hoi", None, "2022-05-19"),
[P("Lò Thị Hiên", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Sùng A Hồ", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Quàng Văn Pánh", "Chủ tịch Hội Khuyến học xã Phì Nhừ"),
 P("Giàng Thị Dua", "Phó Hiệu trưởng Trường PTDTBT THCS Xa Dung"),
 P("Lường Văn Thiêm", "Phó Trưởng phòng Giáo dục và Đào tạo huyện", "Chủ tịch Hội Khuyến học huyện Điện Biên Đông khóa V"),
 P("Lò Thị Nga", "Phó Chủ tịch"), P("Vừ A Chinh", "Phó Chủ tịch")],
[Q("110 đại biểu", 110, "đại biểu"), Q("hơn 21.000 hội viên", 21000, "hội viên", "over"),
 Q("14/14 hội khuyến học xã, thị trấn", 14, "hội khuyến học xã, thị trấn"), Q("186 chi hội", 186, "chi hội"),
 Q("73 ban khuyến học", 73, "ban khuyến học"), Q("khoảng 3,6 tỷ đồng", 3600000000, "đồng", "approx"),
 Q("7.850 suất học bổng, phần thưởng", 7850, "suất học bổng, phần thưởng"), Q("trên 6.000 m2", 6000, "m2", "over"),
 Q("9.200 ngày công", 9200, "ngày công"), Q("32 phòng học", 32, "phòng học"), Q("15 nhà bán trú", 15, "nhà bán trú"),
 Q("426 học sinh", 426, "học sinh"), Q("96,8%", 96.8, "%"), Q("8.940 hộ", 8940, "hộ"), Q("18 quỹ", 18, "quỹ"),
 Q("hơn 150 triệu đồng", 150000000, "đồng", "over"), Q("100%", 100, "%"), Q("19 ủy viên", 19, "ủy viên"),
 Q("5 đại biểu", 5, "đại biểu")],
[D("Nghị quyết", "06", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 06-NQ/HU"),
 D("Kế hoạch", "125", "KH-UBND", "2021-01-15", "UBND tỉnh", "Kế hoạch số 125/KH-UBND ngày 15/01/2021")],
[prov("Điện Biên"), com("Phì Nhừ"), com("Xa Dung")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ - Xã hội - Giáo dục", "Các đại biểu biểu quyết thông qua các nội dung đại hội. Ảnh: Minh Thúy",
 "Gia đình học tập", "Trường PTDTBT THCS Xa Dung"],
["20 tháng 5, 2022 | 16:10", "lần thứ V", "2022 - 2027", "2017 - 2022", "gần 2 lần", "khóa V"]))

PAGES.append(page("b3354-quangnam-bdv-giaoban-thang9-2022", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Bạn đang ở: Trang chủ » Tin tức » Hoạt động của Ban
Thứ Sáu, 30/09/2022 - 08:45
Đồng chí Alăng Thị Nhiên chủ trì giao ban.
Khối dân vận chung tay đưa học sinh miền núi đến trường
Chiều 29/9, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức giao ban công tác dân vận tháng 9/2022 với Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội tỉnh và Hội Khuyến học tỉnh, tập trung đánh giá kết quả vận động học sinh ra lớp đầu năm học 2022 - 2023 ở các huyện miền núi. Đồng chí Alăng Thị Nhiên, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong tháng 9, các cơ quan khối dân vận đã phối hợp trao 1.350 suất quà khai giảng, 210 chiếc xe đạp và 4.800 cuốn vở cho học sinh người Cơ Tu, Xơ Đăng, Gié Triêng ở các huyện Tây Giang, Đông Giang, Nam Trà My. Chương trình "Nâng bước em đến trường" do Tỉnh đoàn thực hiện đã trao 120 suất học bổng, mỗi suất 1,5 triệu đồng. Tổng giá trị các phần quà, học bổng hơn 1,4 tỷ đồng.
Nhờ sự vào cuộc của cả hệ thống chính trị, tỷ lệ học sinh ra lớp ở 9 huyện miền núi đạt 98,7%; còn 64 em chưa ra lớp, tập trung ở các xã Tr'Hy, A Xan. Các địa phương đang thực hiện Kết luận 14, 15-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số và về chống tảo hôn, cùng Nghị quyết số 02/2022/NQ-HĐND của HĐND tỉnh về hỗ trợ học sinh bán trú.
Tại giao ban, đồng chí Zơrâm Pơloong, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, Mặt trận đang vận động xây dựng 6 điểm trường bằng nguồn xã hội hóa với kinh phí khoảng 3 tỷ đồng. Đồng chí Ating Tươi, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, báo cáo huyện đã phân công 85 đảng viên nhận giúp đỡ các gia đình có con nghỉ học. Đại diện Hội Liên hiệp Phụ nữ tỉnh, bà Hồ Thị Thanh Lâm, Phó Chủ tịch Hội LHPN tỉnh, đề nghị nhân rộng mô hình "Mẹ đỡ đầu" cho trẻ mồ côi.
Kết luận giao ban, đồng chí Alăng Thị Nhiên đề nghị trong tháng 10 các cơ quan tiếp tục phối hợp với ngành giáo dục, già làng, người có uy tín vận động 64 em còn lại đến lớp; kiểm tra việc thực hiện chính sách hỗ trợ gạo, tiền ăn cho học sinh; chuẩn bị nội dung sơ kết 3 năm thực hiện Kết luận 14-KL/TU.
Dịp này, Ban Dân vận Tỉnh ủy phát động các cơ quan khối dân vận quyên góp ủng hộ chương trình "Áo ấm cho em" trước mùa đông.
Hồng Vân
Lượt xem: 1.209
Tin khác
- Giao ban công tác dân vận tháng 8/2022 (31/08/2022)
- Nam Giang tổ chức hội nghị người có uy tín (22/08/2022)
- Đông Giang: vận động nhân dân hiến đất làm điểm trường thôn Arớt (12/08/2022)
- Phước Sơn ra mắt mô hình "Dân vận khéo" trong vận động học sinh ra lớp (03/08/2022)
- Giao ban công tác dân vận tháng 7/2022 (29/07/2022)
""", "2022-09-30", "Khối dân vận chung tay đưa học sinh miền núi đến trường",
E("giao_ban", "2022-09", "2022-09-29"),
[P("Alăng Thị Nhiên", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Zơrâm Pơloong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ating Tươi", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Hồ Thị Thanh Lâm", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("1.350 suất quà", 1350, "suất quà"), Q("210 chiếc xe đạp", 210, "chiếc xe đạp"), Q("4.800 cuốn vở", 4800, "cuốn vở"),
 Q("120 suất học bổng", 120, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("hơn 1,4 tỷ đồng", 1400000000, "đồng", "over"), Q("9 huyện miền núi", 9, "huyện miền núi"), Q("98,7%", 98.7, "%"),
 Q("64 em", 64, "em"), Q("6 điểm trường", 6, "điểm trường"), Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"),
 Q("85 đảng viên", 85, "đảng viên")],
[D("Kết luận", "14", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU"),
 D("Nghị quyết", "02", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 02/2022/NQ-HĐND")],
[prov("Quảng Nam"), com("Tr'Hy"), com("A Xan")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Bạn đang ở: Trang chủ » Tin tức » Hoạt động của Ban",
 "Đồng chí Alăng Thị Nhiên chủ trì giao ban.", "Nâng bước em đến trường", "Mẹ đỡ đầu", "Áo ấm cho em", "Lượt xem: 1.209"],
["Thứ Sáu, 30/09/2022 - 08:45", "tháng 9/2022", "tháng 9", "tháng 10", "2022 - 2023", "3 năm", "Lượt xem: 1.209"]))

PAGES.append(page("b3355-angiang-hocbong-cham-2023", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh An Giang
Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo
Thứ Năm, 24/8/2023 10:20
Trao 180 suất học bổng cho học sinh, sinh viên dân tộc Chăm
Sáng 23/8, tại Thánh đường Mubarak (xã Châu Phong, thị xã Tân Châu), Ủy ban MTTQ Việt Nam tỉnh An Giang phối hợp Hội Khuyến học tỉnh và Ban Đại diện Cộng đồng Hồi giáo tỉnh tổ chức trao 180 suất học bổng cho học sinh, sinh viên người Chăm có hoàn cảnh khó khăn, học giỏi nhân dịp năm học mới 2023 - 2024.
Haji Mohamad Ly, Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh trao học bổng cho các em.
Trong đó, 150 suất dành cho học sinh các cấp, mỗi suất 1 triệu đồng; 30 suất dành cho sinh viên đang học đại học, cao đẳng, mỗi suất 3 triệu đồng. Tổng giá trị 240 triệu đồng do các doanh nghiệp, mạnh thường quân và bà con Chăm ở nước ngoài đóng góp. Cùng dịp, Hội Khuyến học tỉnh trao thêm 40 chiếc xe đạp cho học sinh nhà xa trường tại các xã Quốc Thái, Nhơn Hội, Khánh Hòa.
Dự buổi lễ có ông Nguyễn Thanh Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Haji Mohamad Ly, Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh; ông Mu Ha Mách, Phó Chủ tịch Hội Khuyến học tỉnh; ông Sa Lây, Hakim Thánh đường Mubarak.
Phát biểu tại buổi lễ, ông Nguyễn Thanh Hùng cho biết, thực hiện Chỉ thị số 07-CT/TU ngày 12/4/2022 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào Chăm, những năm qua tỷ lệ học sinh người Chăm bỏ học giảm rõ rệt, từ 5,6% năm 2018 xuống còn khoảng 1,2%. Hiện toàn tỉnh có hơn 2.600 học sinh và 318 sinh viên người Chăm đang theo học. Nhiều em sau khi tốt nghiệp đã trở về làm giáo viên, cán bộ y tế tại các xóm Chăm.
Ông Mu Ha Mách cho rằng, để giữ chân học sinh, nhất là các em nữ, cần sự đồng hành của các vị chức sắc Hồi giáo và gia đình. Hội Khuyến học tỉnh đang phối hợp với Ban Đại diện Cộng đồng Hồi giáo duy trì 7 lớp dạy tiếng Việt, tiếng Chăm, tiếng Ả Rập miễn phí tại các thánh đường.
Em Sa Ri Da, sinh viên năm thứ hai Trường Đại học An Giang, quê xã Quốc Thái, cho biết: "Cha em làm nghề dệt, mẹ buôn bán nhỏ, nuôi 5 anh chị em ăn học. Học bổng giúp em trang trải tiền trọ trong 2 tháng". Em Ly Sa Mây, học sinh lớp 10, cũng bày tỏ quyết tâm học tốt để thi vào ngành sư phạm.
Cũng trong dịp này, Ban tổ chức tuyên dương 25 học sinh, sinh viên người Chăm đạt thành tích xuất sắc năm học 2022 - 2023.
Hữu Huệ
Tin cùng chuyên mục
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo Tri Tôn (17/08/2023)
- Tịnh Biên: hội nghị người có uy tín trong đồng bào Khmer (09/08/2023)
- Chợ Mới: họp mặt chức sắc các tôn giáo (31/07/2023)
""", "2023-08-24", "Trao 180 suất học bổng cho học sinh, sinh viên dân tộc Chăm",
E("trao_qua", None, "2023-08-23"),
[P("Haji Mohamad Ly", "Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Nguyễn Thanh Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mu Ha Mách", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Sa Lây", "Hakim Thánh đường Mubarak"),
 P("Sa Ri Da", "sinh viên năm thứ hai Trường Đại học An Giang"),
 P("Ly Sa Mây", "học sinh lớp 10")],
[Q("180 suất học bổng", 180, "suất học bổng"), Q("150 suất", 150, "suất"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("30 suất", 30, "suất"), Q("3 triệu đồng", 3000000, "đồng"), Q("240 triệu đồng", 240000000, "đồng"),
 Q("40 chiếc xe đạp", 40, "chiếc xe đạp"), Q("5,6%", 5.6, "%"), Q("khoảng 1,2%", 1.2, "%", "approx"),
 Q("hơn 2.600 học sinh", 2600, "học sinh", "over"), Q("318 sinh viên", 318, "sinh viên"),
 Q("7 lớp dạy tiếng Việt, tiếng Chăm, tiếng Ả Rập", 7, "lớp dạy tiếng Việt, tiếng Chăm, tiếng Ả Rập"),
 Q("5 anh chị em", 5, "anh chị em"), Q("25 học sinh, sinh viên", 25, "học sinh, sinh viên")],
[D("Chỉ thị", "07", "CT/TU", "2022-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 12/4/2022")],
[prov("An Giang"), com("Châu Phong"), com("Quốc Thái"), com("Nhơn Hội"), com("Khánh Hòa")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh An Giang", "Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo",
 "Haji Mohamad Ly, Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh trao học bổng cho các em.", "Thánh đường Mubarak",
 "Ban Đại diện Cộng đồng Hồi giáo tỉnh", "Trường Đại học An Giang"],
["Thứ Năm, 24/8/2023 10:20", "2023 - 2024", "2022 - 2023", "năm 2018", "2 tháng", "năm thứ hai", "lớp 10"]))

PAGES.append(page("b3356-binhdinh-xa-cathanh-baocao-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ CÁT HANH - HUYỆN PHÙ CÁT - TỈNH BÌNH ĐỊNH
Trang chủ / Văn bản - Báo cáo / Khuyến học
Ngày đăng: 26/12/2023 | Người đăng: Văn phòng UBND xã
Cơ quan ban hành: Hội Khuyến học xã | Ngày ban hành: 25/12/2023
Báo cáo kết quả công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2023
HỘI KHUYẾN HỌC XÃ CÁT HANH
Số: 12/BC-HKH          Cát Hanh, ngày 25 tháng 12 năm 2023
BÁO CÁO
Kết quả công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2023 và phương hướng, nhiệm vụ năm 2024
Thực hiện Kế hoạch số 15/KH-HKH ngày 10/01/2023 của Hội Khuyến học xã và Nghị quyết số 05-NQ/ĐU của Đảng ủy xã về xây dựng xã hội học tập giai đoạn 2021 - 2025, Hội Khuyến học xã báo cáo kết quả năm 2023 như sau:
I. Công tác tổ chức, phát triển hội viên
Toàn xã có 9/9 chi hội khuyến học thôn và 4 ban khuyến học ở các trường học, với 3.126 hội viên, tăng 214 hội viên mới so với năm 2022, chiếm 27,4% dân số. Có 2.480 hộ đăng ký "Gia đình học tập", đến cuối năm có 2.315 hộ đạt, tỷ lệ 93,3%; 11 dòng họ được công nhận "Dòng họ học tập".
II. Xây dựng quỹ và hoạt động khuyến học
Năm 2023, quỹ khuyến học xã vận động được 386.500.000 đồng (trong đó con em xa quê đóng góp 142 triệu đồng), tổng quỹ hiện có hơn 1,1 tỷ đồng. Hội đã trao 265 suất học bổng, phần thưởng cho học sinh giỏi, học sinh nghèo vượt khó với tổng số tiền 98.600.000 đồng; phối hợp chương trình "Nâng bước em đến trường" trao 20 chiếc xe đạp, mỗi chiếc trị giá 2,2 triệu đồng. Ông Trần Văn Bảy, thôn Chánh Hội, cựu giáo viên, tặng 50 triệu đồng lập quỹ học bổng mang tên thân phụ.
Kết quả học tập: Có 47 học sinh đỗ đại học, 12 em đạt giải học sinh giỏi cấp tỉnh; 100% học sinh hoàn thành chương trình tiểu học.
III. Tồn tại, hạn chế
Một số chi hội hoạt động chưa đều; việc vận động quỹ ở thôn Hòa Hội còn khó khăn; sổ sách theo dõi hội viên chưa cập nhật kịp thời.
IV. Phương hướng năm 2024
Phấn đấu phát triển thêm ít nhất 150 hội viên; quỹ khuyến học vận động đạt 400 triệu đồng trở lên; tổ chức Đại hội Hội Khuyến học xã nhiệm kỳ 2024 - 2029 theo Hướng dẫn số 08/HD-KH ngày 20/10/2023 của Hội Khuyến học tỉnh Bình Định.
Nơi nhận: Thường trực Đảng ủy xã; UBND xã; Hội Khuyến học huyện; Lưu VT.
TM. BAN CHẤP HÀNH
CHỦ TỊCH
Nguyễn Thị Mỹ Lệ
Tệp đính kèm: BC_khuyenhoc_2023.pdf (248 KB) | Lượt tải: 37
Các tin khác
- Thông báo lịch tiếp công dân tháng 1/2024 (25/12/2023)
- Kế hoạch tổ chức Tết Nguyên đán Giáp Thìn 2024 (20/12/2023)
- Danh sách học sinh nhận học bổng năm học 2023 - 2024 (05/12/2023)
- Quyết định công nhận danh hiệu "Gia đình học tập" năm 2023 (30/11/2023)
""", "2023-12-26", "Báo cáo kết quả công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2023",
E("bao_cao", "2023", "2023-12-25"),
[P("Nguyễn Thị Mỹ Lệ", "CHỦ TỊCH"),
 P("Trần Văn Bảy", "cựu giáo viên")],
[Q("9/9 chi hội khuyến học thôn", 9, "chi hội khuyến học thôn"), Q("4 ban khuyến học", 4, "ban khuyến học"),
 Q("3.126 hội viên", 3126, "hội viên"), Q("214 hội viên mới", 214, "hội viên mới"), Q("27,4%", 27.4, "%"),
 Q("2.480 hộ", 2480, "hộ"), Q("2.315 hộ", 2315, "hộ"), Q("93,3%", 93.3, "%"), Q("11 dòng họ", 11, "dòng họ"),
 Q("386.500.000 đồng", 386500000, "đồng"), Q("142 triệu đồng", 142000000, "đồng"),
 Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("265 suất học bổng, phần thưởng", 265, "suất học bổng, phần thưởng"),
 Q("98.600.000 đồng", 98600000, "đồng"), Q("20 chiếc xe đạp", 20, "chiếc xe đạp"), Q("2,2 triệu đồng", 2200000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("47 học sinh", 47, "học sinh"), Q("12 em", 12, "em"), Q("100%", 100, "%"),
 Q("ít nhất 150 hội viên", 150, "hội viên", "over"), Q("400 triệu đồng trở lên", 400000000, "đồng", "over")],
[D("Báo cáo", "12", "BC-HKH", "2023-12-25", "Hội Khuyến học xã", "Số: 12/BC-HKH"),
 D("Kế hoạch", "15", "KH-HKH", "2023-01-10", "Hội Khuyến học xã", "Kế hoạch số 15/KH-HKH ngày 10/01/2023"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU"),
 D("Hướng dẫn", "08", "HD-KH", "2023-10-20", "Hội Khuyến học tỉnh", "Hướng dẫn số 08/HD-KH ngày 20/10/2023")],
[prov("Bình Định"), com("Cát Hanh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ CÁT HANH - HUYỆN PHÙ CÁT - TỈNH BÌNH ĐỊNH", "Trang chủ / Văn bản - Báo cáo / Khuyến học",
 "Người đăng: Văn phòng UBND xã", "HỘI KHUYẾN HỌC XÃ CÁT HANH", "Gia đình học tập", "Dòng họ học tập", "Nâng bước em đến trường",
 "Nơi nhận: Thường trực Đảng ủy xã; UBND xã; Hội Khuyến học huyện; Lưu VT.", "TM. BAN CHẤP HÀNH", "Tệp đính kèm: BC_khuyenhoc_2023.pdf (248 KB) | Lượt tải: 37"],
["Ngày đăng: 26/12/2023", "năm 2023", "năm 2024", "năm 2022", "2021 - 2025", "2024 - 2029", "9/9", "248 KB", "Lượt tải: 37", "I.", "IV."]))

PAGES.append(page("b3357-laichau-chandung-giaovien-2024", """
Báo Lai Châu điện tử
Xã hội › Giáo dục › Gương sáng
2024-03-12 07:30
Cô giáo Lò Thị Hoa (bên phải) đến nhà vận động học sinh trở lại lớp.
Cô giáo người Thái "gõ cửa" từng nhà đưa trò đến lớp
Hơn 15 năm gắn bó với vùng cao Phong Thổ, cô giáo Lò Thị Hoa, Phó Hiệu trưởng Trường PTDTBT THCS Dào San, đã không nhớ hết bao nhiêu lần lội suối, băng rừng đến từng bản người Mông, người Dao để vận động học sinh trở lại trường.
Sinh năm 1982 tại xã Pa Vệ Sủ, huyện Mường Tè, cô Hoa là người Thái. Năm 2008, sau khi tốt nghiệp Trường Cao đẳng Sư phạm Lai Châu, cô tình nguyện lên dạy học ở xã Dào San. Khi ấy, cả trường chỉ có 6 phòng học tạm, gần một nửa học sinh bỏ học sau mỗi đợt nghỉ Tết.
"Có những em 13, 14 tuổi đã bị gia đình gả chồng. Mình phải ngồi với bố mẹ em cả buổi, nhờ trưởng bản, người có uy tín nói giúp thì mới mong các em quay lại", cô Hoa kể. Năm học 2022 - 2023, cô cùng các đồng nghiệp đã vận động được 37 học sinh trở lại lớp.
Không chỉ vận động, cô Hoa còn là người kết nối nhiều nguồn hỗ trợ. Từ chương trình "Nâng bước em đến trường", cô đã kêu gọi các nhà hảo tâm dưới xuôi tặng 145 chiếc áo ấm, 60 đôi ủng và 30 chiếc xe đạp cho học sinh. Cô cũng là thành viên tích cực của Hội Khuyến học xã, góp phần vận động lập quỹ khuyến học với khoảng 80 triệu đồng.
Ông Tẩn A Lù, Bí thư Đảng ủy xã Dào San, đánh giá: "Cô Hoa hiểu tiếng, hiểu phong tục của bà con nên nói gì dân cũng nghe. Nhiều năm liền, tỷ lệ học sinh đi học chuyên cần của trường đạt trên 97%". Ông Lý A Chừ, người có uy tín bản Tả Phìn, cũng cho biết ông thường cùng cô đi vận động các gia đình trong bản.
Những ngày đầu, cô phải học tiếng Mông từ chính học trò của mình. Buổi tối, cô mở lớp phụ đạo miễn phí ngay tại phòng công vụ, vừa dạy chữ, vừa dạy các em cách giữ vệ sinh, nấu ăn khi ở bán trú. Phụ huynh thấy con tiến bộ, dần tin tưởng và tự đưa con đến trường mỗi đầu tuần.
Em Giàng Thị Dợ, học sinh lớp 9, từng nghỉ học 2 tháng để đi làm thuê ở cửa khẩu, chia sẻ: "Cô đến nhà 3 lần, em mới đi học lại. Giờ em muốn làm cô giáo như cô Hoa".
Với những đóng góp đó, cô Lò Thị Hoa được Chủ tịch UBND tỉnh tặng Bằng khen năm 2023 và được chọn là một trong 10 gương điển hình "Dân vận khéo" tiêu biểu của tỉnh. Cô chia sẻ, điều cô mong nhất là mỗi bản đều có một điểm trường kiên cố, để các em nhỏ không còn phải đi bộ hơn 5 km đến lớp.
Bài và ảnh: Quỳnh Anh
Tin liên quan
- Phong Thổ: trao 100 suất quà cho học sinh bán trú (05/03/2024)
- Sìn Hồ vận động học sinh trở lại trường sau Tết (26/02/2024)
- Người thầy 20 năm gieo chữ ở Mù Cả (15/01/2024)
""", "2024-03-12", "Cô giáo người Thái \"gõ cửa\" từng nhà đưa trò đến lớp",
E("khac", None, None),
[P("Lò Thị Hoa", "Phó Hiệu trưởng Trường PTDTBT THCS Dào San"),
 P("Tẩn A Lù", "Bí thư Đảng ủy xã Dào San"),
 P("Lý A Chừ", "người có uy tín bản Tả Phìn"),
 P("Giàng Thị Dợ", "học sinh lớp 9")],
[Q("6 phòng học tạm", 6, "phòng học tạm"), Q("37 học sinh", 37, "học sinh"), Q("145 chiếc áo ấm", 145, "chiếc áo ấm"),
 Q("60 đôi ủng", 60, "đôi ủng"), Q("30 chiếc xe đạp", 30, "chiếc xe đạp"),
 Q("khoảng 80 triệu đồng", 80000000, "đồng", "approx"), Q("trên 97%", 97, "%", "over"),
 Q("10 gương điển hình", 10, "gương điển hình"), Q("hơn 5 km", 5, "km", "over")],
[],
[prov("Lai Châu"), com("Pa Vệ Sủ"), com("Dào San")],
["Báo Lai Châu điện tử", "Xã hội › Giáo dục › Gương sáng", "Cô giáo Lò Thị Hoa (bên phải) đến nhà vận động học sinh trở lại lớp.",
 "Nâng bước em đến trường", "Dân vận khéo", "Trường Cao đẳng Sư phạm Lai Châu", "Bài và ảnh: Quỳnh Anh"],
["2024-03-12 07:30", "Hơn 15 năm", "Sinh năm 1982", "Năm 2008", "13, 14 tuổi", "2022 - 2023", "2 tháng", "3 lần", "năm 2023", "lớp 9", "gần một nửa"]))

PAGES.append(page("b3358-ninhthuan-khuyenhoc-soket-2024", """
NINH THUẬN ONLINE - Báo Ninh Thuận
Giáo dục | Khuyến học - Khuyến tài
19/07/2024 06:00
Hơn 3.000 suất học bổng đến với học sinh nghèo trong 6 tháng
Sáng 18/7, Hội Khuyến học tỉnh tổ chức hội nghị sơ kết công tác khuyến học, khuyến tài, xây dựng xã hội học tập 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Bà Pi Năng Thị Hoa, Chủ tịch Hội Khuyến học tỉnh chủ trì hội nghị.
Bà Pi Năng Thị Hoa phát biểu kết luận hội nghị.
Theo báo cáo, 6 tháng đầu năm, các cấp hội trong tỉnh đã vận động quỹ khuyến học được hơn 4,2 tỷ đồng, tăng khoảng 15% so với cùng kỳ; trao 3.140 suất học bổng, phần thưởng với tổng trị giá trên 2,6 tỷ đồng, trong đó 1.260 suất dành cho học sinh người Raglai, Chăm. Chương trình "Nâng bước em đến trường" phối hợp với Báo Ninh Thuận đã trao 75 chiếc xe đạp cho học sinh ở các xã Phước Bình, Ma Nới và 200 thẻ bảo hiểm y tế cho học sinh cận nghèo.
Toàn tỉnh có 65/65 xã, phường, thị trấn có hội khuyến học, với hơn 141.000 hội viên. Thực hiện Kết luận số 49-KL/TW của Bộ Chính trị và Chương trình hành động số 22-CTr/TU của Tỉnh ủy, đã có 94,6% hộ gia đình đăng ký danh hiệu "Gia đình học tập"; 52 xã đạt "Cộng đồng học tập" cấp xã.
Tại hội nghị, các đồng chí Phó Chủ tịch Hội Khuyến học tỉnh: Katơr Thị Thúy, Đàng Văn Sơn trình bày dự thảo kế hoạch 6 tháng cuối năm và hướng dẫn tổ chức ngày hội "Khuyến học - Khuyến tài". Ông Chamaléa Bá, Chủ tịch Hội Khuyến học xã Ma Nới, cho biết xã đã vận động 19 học sinh Raglai bỏ học quay lại trường; tuy nhiên vẫn còn nhiều em phải đi học xa khoảng 12 km. Bà Trượng Thị Bích, Chủ tịch Hội Khuyến học phường Đô Vinh, đề xuất xây dựng mô hình "Tủ sách khuyến học" tại khu phố.
Phát biểu kết luận, bà Pi Năng Thị Hoa đề nghị 6 tháng cuối năm các cấp hội chủ động phối hợp với ngành giáo dục chuẩn bị cho năm học 2024 - 2025, bảo đảm không để học sinh nào thiếu sách vở, phương tiện đến trường; triển khai Quyết định số 1373/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 3120/KH-UBND ngày 26/7/2022 của UBND tỉnh; phấn đấu cả năm vận động quỹ đạt 8 tỷ đồng trở lên.
Dịp này, Hội Khuyến học tỉnh tặng giấy khen cho 9 tập thể và 16 cá nhân có thành tích tiêu biểu.
Hoài Thương
Lượt xem: 427
Tin cùng chuyên mục
- Trao học bổng cho học sinh người Chăm huyện Ninh Phước (10/07/2024)
- Bác Ái ra mắt Quỹ khuyến học dòng họ Pinăng (28/06/2024)
- Ngày hội "Gia đình học tập" phường Phủ Hà (15/06/2024)
- Hội Khuyến học tỉnh tập huấn phần mềm quản lý hội viên (05/06/2024)
- Thuận Bắc: trao xe đạp cho học sinh nghèo vượt khó (28/05/2024)
""", "2024-07-19", "Hơn 3.000 suất học bổng đến với học sinh nghèo trong 6 tháng",
E("so_ket", "2024-H1", "2024-07-18"),
[P("Pi Năng Thị Hoa", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Katơr Thị Thúy", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Đàng Văn Sơn", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Chamaléa Bá", "Chủ tịch Hội Khuyến học xã Ma Nới"),
 P("Trượng Thị Bích", "Chủ tịch Hội Khuyến học phường Đô Vinh")],
[Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("khoảng 15%", 15, "%", "approx"),
 Q("3.140 suất học bổng, phần thưởng", 3140, "suất học bổng, phần thưởng"),
 Q("trên 2,6 tỷ đồng", 2600000000, "đồng", "over"), Q("1.260 suất", 1260, "suất"),
 Q("75 chiếc xe đạp", 75, "chiếc xe đạp"), Q("200 thẻ bảo hiểm y tế", 200, "thẻ bảo hiểm y tế"),
 Q("65/65 xã, phường, thị trấn", 65, "xã, phường, thị trấn"), Q("hơn 141.000 hội viên", 141000, "hội viên", "over"),
 Q("94,6%", 94.6, "%"), Q("52 xã", 52, "xã"), Q("19 học sinh Raglai", 19, "học sinh Raglai"),
 Q("khoảng 12 km", 12, "km", "approx"), Q("8 tỷ đồng trở lên", 8000000000, "đồng", "over"),
 Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Kết luận", "49", "KL/TW", None, "Bộ Chính trị", "Kết luận số 49-KL/TW"),
 D("Chương trình hành động", "22", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 22-CTr/TU"),
 D("Quyết định", "1373", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1373/QĐ-TTg"),
 D("Kế hoạch", "3120", "KH-UBND", "2022-07-26", "UBND tỉnh", "Kế hoạch số 3120/KH-UBND ngày 26/7/2022")],
[prov("Ninh Thuận"), com("Phước Bình"), com("Ma Nới"), com("Đô Vinh")],
["NINH THUẬN ONLINE - Báo Ninh Thuận", "Giáo dục | Khuyến học - Khuyến tài", "Bà Pi Năng Thị Hoa phát biểu kết luận hội nghị.",
 "Nâng bước em đến trường", "Gia đình học tập", "Cộng đồng học tập", "Khuyến học - Khuyến tài", "Tủ sách khuyến học", "Lượt xem: 427"],
["19/07/2024 06:00", "6 tháng đầu năm 2024", "6 tháng cuối năm", "trong 6 tháng", "2024 - 2025", "Lượt xem: 427"]))
