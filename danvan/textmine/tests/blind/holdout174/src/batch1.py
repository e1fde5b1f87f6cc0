from lib import *
PAGES = []

PAGES.append(page("b4133-thainguyen-phunu-2011", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Trang chủ > Xã hội > Người tốt - việc tốt
08:15 | 14/10/2011
Ảnh: Bà Dương Thị Hòa (thứ hai từ trái) trò chuyện với hội viên xóm Na Hoàng.
Người "giữ lửa" phong trào phụ nữ ở xóm Na Hoàng
Hơn 20 năm làm Chi hội trưởng Chi hội Phụ nữ xóm Na Hoàng, xã Phú Đình, bà Dương Thị Hòa, người dân tộc Tày, đã cùng chị em góp công, góp của làm đường, dựng nhà văn hóa và giúp 37 hộ thoát nghèo.
Xóm Na Hoàng có 112 hộ, trên 90% là đồng bào Tày, Dao. Những năm 1990, đường vào xóm chỉ là lối mòn, mùa mưa lầy lội. Bà Hòa đi từng nhà vận động, chính gia đình bà hiến trước 350 m2 đất vườn để mở đường. Noi theo, 26 hộ khác tự nguyện hiến tổng cộng khoảng 2.400 m2 đất, góp hơn 1.100 ngày công; nhờ vậy năm 2010 xóm có 1,8 km đường bê tông, trong đó nhân dân đóng góp trên 210 triệu đồng.
Theo bà Ma Thị Lan, Chủ tịch Hội LHPN xã Phú Đình, chi hội Na Hoàng hiện có 84 hội viên, là chi hội đầu tiên của xã lập "tổ tiết kiệm tín dụng" với 3 tổ, dư nợ hơn 640 triệu đồng. Mỗi tháng chị em góp 20.000 đồng, cho hội viên nghèo vay không lấy lãi để mua giống chè, nuôi lợn. Từ nguồn vốn ấy, 37 hộ đã thoát nghèo, 9 hộ trở thành hộ khá.
Không chỉ lo kinh tế, bà Hòa còn là "người hòa giải" của xóm. Trong 5 năm, tổ hòa giải do bà làm tổ trưởng đã hòa giải thành 14 vụ việc mâu thuẫn gia đình, đất đai, không để vụ nào vượt cấp. Ông Hoàng Văn Chiến, Bí thư Chi bộ xóm Na Hoàng, nói: "Việc gì khó, chi bộ lại nhờ bà Hòa đi vận động trước".
Năm 2011, bà Dương Thị Hòa được Trung ương Hội LHPN Việt Nam tặng Bằng khen vì có thành tích xuất sắc trong thực hiện Nghị quyết 11-NQ/TW của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Dịp này, huyện Định Hóa cũng biểu dương 21 cá nhân điển hình trong phong trào thi đua "Dân vận khéo".
Bà Nông Thị Xuân, Phó Chủ tịch Hội LHPN tỉnh, đánh giá: Những người như bà Hòa là "cánh tay nối dài" của Hội ở cơ sở. Hội LHPN tỉnh đang triển khai Kế hoạch số 52/KH-HPN về nhân rộng mô hình tổ tiết kiệm ở 180 xã, phường, thị trấn.
Nói về bí quyết vận động, bà Hòa cười: "Phải nói cho chị em hiểu, làm trước cho chị em thấy". Mỗi kỳ sinh hoạt chi hội, bà đều dành thời gian phổ biến chính sách, pháp luật, hướng dẫn cách chăm sóc chè, ủ phân vi sinh. Năm 2011, chi hội vận động 100% hội viên tham gia bảo hiểm y tế, 52 hộ đăng ký "Gia đình văn hóa" và không có hộ nào vi phạm pháp luật. Theo ông Lý Văn Tình, Chủ tịch UBND xã Phú Đình, xã đang nhân rộng cách làm của chi hội Na Hoàng ra 16 xóm còn lại của xã, tỉnh Thái Nguyên cũng chọn đây là một trong 12 điển hình của phong trào.
Bài, ảnh: Ngọc Hà
Lượt đọc: 1.204
Tin liên quan
- Đồng Hỷ: 500 phụ nữ được vay vốn phát triển kinh tế (10/10/2011)
- Phụ nữ Võ Nhai giúp nhau xóa nghèo (02/10/2011)
- Tuyên dương 35 gương phụ nữ tiêu biểu (25/09/2011)
""", "2011-10-14", 'Người "giữ lửa" phong trào phụ nữ ở xóm Na Hoàng',
E("khac", None, None),
[P("Dương Thị Hòa", "Chi hội trưởng Chi hội Phụ nữ xóm Na Hoàng"),
 P("Ma Thị Lan", "Chủ tịch Hội LHPN xã Phú Đình"),
 P("Hoàng Văn Chiến", "Bí thư Chi bộ xóm Na Hoàng"),
 P("Nông Thị Xuân", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lý Văn Tình", "Chủ tịch UBND xã Phú Đình")],
[Q("37 hộ", 37, "hộ"), Q("112 hộ", 112, "hộ"), Q("trên 90%", 90, "%", "over"), Q("350 m2", 350, "m2"),
 Q("26 hộ", 26, "hộ"), Q("khoảng 2.400 m2", 2400, "m2", "approx"), Q("hơn 1.100 ngày công", 1100, "ngày công", "over"),
 Q("1,8 km", 1.8, "km"), Q("trên 210 triệu đồng", 210000000, "đồng", "over"), Q("84 hội viên", 84, "hội viên"),
 Q("3 tổ", 3, "tổ"), Q("hơn 640 triệu đồng", 640000000, "đồng", "over"), Q("20.000 đồng", 20000, "đồng"),
 Q("9 hộ", 9, "hộ"), Q("14 vụ việc mâu thuẫn gia đình, đất đai", 14, "vụ việc mâu thuẫn gia đình, đất đai"),
 Q("21 cá nhân điển hình", 21, "cá nhân điển hình"), Q("180 xã, phường, thị trấn", 180, "xã, phường, thị trấn"),
 Q("100% hội viên", 100, "%"), Q("52 hộ", 52, "hộ"), Q("16 xóm", 16, "xóm"), Q("12 điển hình", 12, "điển hình")],
[D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 11-NQ/TW"),
 D("Kế hoạch", "52", "KH-HPN", None, None, "Kế hoạch số 52/KH-HPN")],
[prov("Thái Nguyên"), com("Phú Đình")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Trang chủ > Xã hội > Người tốt - việc tốt",
 "Ảnh: Bà Dương Thị Hòa (thứ hai từ trái) trò chuyện với hội viên xóm Na Hoàng.", "tổ tiết kiệm tín dụng",
 "Xây dựng gia đình 5 không, 3 sạch", "Dân vận khéo", "Gia đình văn hóa", "Lượt đọc: 1.204"],
["08:15 | 14/10/2011", "Hơn 20 năm", "5 không, 3 sạch", "Trong 5 năm", "Những năm 1990", "năm 2010", "Lượt đọc: 1.204"]))

PAGES.append(page("b4134-quangnam-uytin-2012", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Bạn đang ở: Trang chủ / Dân vận các cấp / Gương điển hình
Ngày đăng 05/03/2012 | 16:20
Quảng Nam: Biểu dương 86 người có uy tín tiêu biểu vùng đồng bào dân tộc thiểu số
Ngày 3/3, tại huyện Nam Giang, Ban Dân vận Tỉnh ủy phối hợp Ban Dân tộc tỉnh tổ chức Hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2012. 86 già làng, trưởng thôn, người có uy tín của 9 huyện miền núi được biểu dương.
Quang cảnh hội nghị. Ảnh: Hồ Quân
Dự hội nghị có các đồng chí: Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Phan Văn Lộc, Phó Chủ tịch UBND tỉnh; Hồ Văn Mười, Trưởng Ban Dân tộc tỉnh.
Báo cáo tại hội nghị cho biết, năm 2011 người có uy tín trong tỉnh đã vận động bà con hiến hơn 46 ha đất sản xuất và đất làm đường, xóa bỏ 127 lò đất làm ma chay theo tập tục cũ; tham gia hòa giải thành 58 vụ tranh chấp đất rẫy; phát hiện, tố giác 11 vụ khai thác gỗ trái phép. Toàn tỉnh có 312 thôn, bản có người có uy tín tham gia sinh hoạt các tổ dân vận.
Nhiều tấm gương được các đại biểu nhắc tới. Già làng Alăng Rí, thôn Pà Dấu, xã Tà Bhing, là người đầu tiên hiến 4.000 m2 đất rẫy để xây trường học, vận động 23 hộ trong thôn cùng hiến đất. Ông Bríu Pố, người có uy tín thôn Pả Lanh, xã Lăng, vận động 15 thanh niên bỏ rượu, vào tổ đội sản xuất. Bà Zơ Râm Thị Đợi, người có uy tín thôn Ra Ê, xã Dang, giúp 40 hộ đồng bào Cơ Tu trồng 60 ha keo.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Thu Hà ghi nhận những đóng góp của đội ngũ già làng, trưởng thôn, người có uy tín; đề nghị các cấp tiếp tục thực hiện Quyết định 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số và Chỉ thị 06-CT/TU của Tỉnh ủy về tăng cường công tác dân vận vùng dân tộc thiểu số.
Dịp này, UBND tỉnh tặng Bằng khen cho 20 người có uy tín tiêu biểu; Ban Dân vận Tỉnh ủy tặng giấy khen cho 66 người. Mỗi người được tặng một phần quà trị giá 500.000 đồng. Ông A Rất Thành, Phó Trưởng Ban Dân tộc tỉnh, cho biết tổng kinh phí tổ chức hội nghị và quà tặng là 78 triệu đồng, do các doanh nghiệp trong tỉnh hỗ trợ.
Tại hội nghị, già làng Alăng Rí bày tỏ: "Đảng, Nhà nước quan tâm thì già làng phải nói để con cháu nghe, phải làm trước cho con cháu làm theo". Ông Đinh Văn Hiến, Bí thư Huyện ủy Nam Giang, cho biết huyện có 132 người có uy tín; năm 2011, họ đã vận động 214 hộ di cư tự do trở về nơi ở cũ, 95% trẻ em trong độ tuổi đến trường. Nhiều ý kiến đề nghị nâng mức hỗ trợ, tổ chức cho người có uy tín đi tham quan, học tập kinh nghiệm ở các tỉnh bạn.
Kim Chi
Số lượt xem: 632
Tin khác
- Nam Giang: hơn 100 hộ hiến đất làm đường (28/02/2012)
- Già làng Cơ Tu giữ rừng (14/02/2012)
- Tây Giang sơ kết mô hình dân vận khéo (02/02/2012)
""", "2012-03-05", "Quảng Nam: Biểu dương 86 người có uy tín tiêu biểu vùng đồng bào dân tộc thiểu số",
E("hoi_nghi", "2012", "2012-03-03"),
[P("Nguyễn Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Lộc", "Phó Chủ tịch UBND tỉnh"),
 P("Hồ Văn Mười", "Trưởng Ban Dân tộc tỉnh"),
 P("Alăng Rí", "Già làng"),
 P("Bríu Pố", "người có uy tín thôn Pả Lanh"),
 P("Zơ Râm Thị Đợi", "người có uy tín thôn Ra Ê"),
 P("A Rất Thành", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Đinh Văn Hiến", "Bí thư Huyện ủy Nam Giang")],
[Q("86 người có uy tín tiêu biểu", 86, "người có uy tín tiêu biểu"), Q("9 huyện miền núi", 9, "huyện miền núi"),
 Q("hơn 46 ha", 46, "ha", "over"), Q("127 lò đất", 127, "lò đất"), Q("58 vụ tranh chấp đất rẫy", 58, "vụ tranh chấp đất rẫy"),
 Q("11 vụ khai thác gỗ trái phép", 11, "vụ khai thác gỗ trái phép"), Q("312 thôn, bản", 312, "thôn, bản"),
 Q("4.000 m2", 4000, "m2"), Q("23 hộ", 23, "hộ"), Q("15 thanh niên", 15, "thanh niên"), Q("40 hộ đồng bào Cơ Tu", 40, "hộ đồng bào Cơ Tu"),
 Q("60 ha", 60, "ha"), Q("20 người có uy tín tiêu biểu", 20, "người có uy tín tiêu biểu"), Q("66 người", 66, "người"),
 Q("500.000 đồng", 500000, "đồng"), Q("78 triệu đồng", 78000000, "đồng"),
 Q("132 người có uy tín", 132, "người có uy tín"), Q("214 hộ di cư tự do", 214, "hộ di cư tự do"), Q("95%", 95, "%")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Chỉ thị", "06", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 06-CT/TU")],
[prov("Quảng Nam"), com("Tà Bhing"), com("Lăng"), com("Dang")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Bạn đang ở: Trang chủ / Dân vận các cấp / Gương điển hình",
 "Quang cảnh hội nghị. Ảnh: Hồ Quân", "Số lượt xem: 632"],
["Ngày đăng 05/03/2012 | 16:20", "năm 2012", "năm 2011", "một phần quà", "Số lượt xem: 632"]))

PAGES.append(page("b4135-hatinh-cuuchienbinh-2013", """
Báo Hà Tĩnh - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Hà Tĩnh
Xã hội » Gương sáng
Thứ Năm, 22/08/2013 - 09:40
Cựu chiến binh hiến gần 1.000 m2 đất làm đường nông thôn mới
Không chỉ hiến gần 1.000 m2 đất vườn, cựu chiến binh Trần Đình Luận ở thôn Trung Hà, xã Thạch Hưng còn đi vận động 19 hộ hàng xóm cùng làm, để thôn có con đường rộng 6 m đầu tiên.
Ông Trần Đình Luận (bên phải) bên đoạn đường thôn Trung Hà. Ảnh: Hoàng Anh
Năm nay 67 tuổi, từng có 12 năm quân ngũ, ông Luận hiện là Chi hội trưởng Chi hội Cựu chiến binh thôn Trung Hà. Đầu năm 2013, khi xã Thạch Hưng triển khai mở rộng đường trục thôn theo Kế hoạch 27/KH-UBND của UBND xã về xây dựng nông thôn mới, thôn Trung Hà có 21 hộ phải hiến đất, phá dỡ tường rào. Nhiều hộ còn băn khoăn, ông Luận họp gia đình, chủ động phá dỡ 45 m tường rào, chặt 14 cây bưởi đang cho quả và hiến gần 1.000 m2 đất.
"Mình là đảng viên, là cựu chiến binh thì phải làm trước. Con đường là của con cháu cả thôn", ông nói. Sau 3 tháng, 19 hộ còn lại đồng thuận hiến thêm 1.650 m2; con đường dài 2,3 km hoàn thành với tổng kinh phí 3,2 tỷ đồng, trong đó nhân dân đóng góp khoảng 860 triệu đồng.
Ông Nguyễn Văn Hiếu, Bí thư Đảng ủy, Chủ tịch HĐND xã Thạch Hưng, cho biết: Năm 2013 toàn xã có 312 hộ hiến trên 25.000 m2 đất; Hội Cựu chiến binh xã với 286 hội viên vận động được 41 hộ hiến đất. Ông Luận cũng là một trong 5 hội viên được Hội Cựu chiến binh tỉnh khen thưởng trong phong trào "Cựu chiến binh gương mẫu".
Ông Lê Quang Tuấn, Phó Chủ tịch Hội Cựu chiến binh tỉnh, cho biết thực hiện Nghị quyết 08-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới, năm 2012 - 2013 hội viên cựu chiến binh toàn tỉnh đã hiến trên 420.000 m2 đất, góp 18.500 ngày công. Ông Phan Văn Bình, Trưởng thôn Trung Hà, nói thêm: nhờ ông Luận mà thôn về đích sớm các tiêu chí giao thông.
Không dừng ở con đường, ông Luận còn cùng Chi hội vận động hội viên góp 36 triệu đồng lập quỹ "Nghĩa tình đồng đội", giúp 7 hội viên khó khăn sửa nhà, mua bò giống. Bà Võ Thị Hà, Chủ tịch Ủy ban MTTQ xã Thạch Hưng, cho biết: Từ tấm gương của ông, xã đã phát động phong trào "Mỗi đảng viên, hội viên một việc làm cụ thể vì nông thôn mới", đến nay có 1.130 lượt người đăng ký. Với những đóng góp đó, tháng 7/2013 ông Trần Đình Luận được UBND tỉnh Hà Tĩnh tặng Bằng khen, là 1 trong 30 cá nhân tiêu biểu của tỉnh trong phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Ông Trần Đình Luận đang chăm vườn. Ảnh: Hoàng Anh
Hoàng Anh
Lượt xem: 2.311
Tin cùng chuyên mục
- Thạch Hà: 1.200 hộ hiến đất làm đường (15/08/2013)
- Người thương binh làm giàu trên đồi cằn (06/08/2013)
- Hương Khê: nông thôn mới nhờ sức dân (29/07/2013)
""", "2013-08-22", "Cựu chiến binh hiến gần 1.000 m2 đất làm đường nông thôn mới",
E("khac", None, None),
[P("Trần Đình Luận", "Chi hội trưởng Chi hội Cựu chiến binh thôn Trung Hà"),
 P("Nguyễn Văn Hiếu", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Thạch Hưng"),
 P("Lê Quang Tuấn", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Phan Văn Bình", "Trưởng thôn Trung Hà"),
 P("Võ Thị Hà", "Chủ tịch Ủy ban MTTQ xã Thạch Hưng")],
[Q("gần 1.000 m2", 1000, "m2", "approx"), Q("19 hộ", 19, "hộ"), Q("6 m", 6, "m"), Q("21 hộ", 21, "hộ"),
 Q("45 m", 45, "m"), Q("14 cây bưởi", 14, "cây bưởi"), Q("1.650 m2", 1650, "m2"), Q("2,3 km", 2.3, "km"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("khoảng 860 triệu đồng", 860000000, "đồng", "approx"),
 Q("312 hộ", 312, "hộ"), Q("trên 25.000 m2", 25000, "m2", "over"), Q("286 hội viên", 286, "hội viên"),
 Q("41 hộ", 41, "hộ"), Q("5 hội viên", 5, "hội viên"), Q("trên 420.000 m2", 420000, "m2", "over"),
 Q("18.500 ngày công", 18500, "ngày công"),
 Q("36 triệu đồng", 36000000, "đồng"), Q("7 hội viên", 7, "hội viên"), Q("1.130 lượt người", 1130, "lượt người"),
 Q("30 cá nhân tiêu biểu", 30, "cá nhân tiêu biểu")],
[D("Kế hoạch", "27", "KH-UBND", None, "UBND xã", "Kế hoạch 27/KH-UBND"),
 D("Nghị quyết", "08", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 08-NQ/TU")],
[prov("Hà Tĩnh"), com("Thạch Hưng")],
["Báo Hà Tĩnh - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Hà Tĩnh", "Xã hội » Gương sáng",
 "Ông Trần Đình Luận (bên phải) bên đoạn đường thôn Trung Hà. Ảnh: Hoàng Anh", "Cựu chiến binh gương mẫu", "Nghĩa tình đồng đội", "Mỗi đảng viên, hội viên một việc làm cụ thể vì nông thôn mới",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Ông Trần Đình Luận đang chăm vườn. Ảnh: Hoàng Anh", "Lượt xem: 2.311"],
["Thứ Năm, 22/08/2013 - 09:40", "67 tuổi", "12 năm", "Sau 3 tháng", "năm 2012 - 2013", "tháng 7/2013", "1 trong 30", "Lượt xem: 2.311"]))

PAGES.append(page("b4136-soctrang-khmer-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ :: Hoạt động Mặt trận :: Người tốt việc tốt
19-12-2014 10:35
Tuyên dương 45 gương "Người tốt, việc tốt" trong đồng bào Khmer
Sáng 18/12, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" năm 2014, tuyên dương 45 gương "Người tốt, việc tốt" trong đồng bào Khmer.
Các cá nhân tiêu biểu nhận Bằng khen. Ảnh: Kim Hoa
Đến dự có các đồng chí: Lâm Văn Khởi, Phó Bí thư Tỉnh ủy; Trần Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Sơn Thị Ngọc Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2014, toàn tỉnh có 341.000 hộ, chiếm 91,6%, đạt danh hiệu "Gia đình văn hóa"; 672/751 ấp, khóm đạt chuẩn văn hóa. Quỹ "Vì người nghèo" các cấp vận động được trên 14,6 tỷ đồng, xây mới 412 căn nhà Đại đoàn kết, sửa chữa 96 căn.
Trong số 45 gương được tuyên dương, nhiều người là chức sắc, chức việc Phật giáo Nam tông Khmer. Đại đức Thạch Sóc Xiêng, trụ trì chùa Ba Sắc, xã Thạnh Thới An, vận động phật tử đóng góp 1,2 tỷ đồng làm 4 cây cầu bê tông; Achar Lý Sà Rết, Phó Ban Quản trị chùa Sóc Vồ, xã Tham Đôn, mở 6 lớp dạy chữ Khmer hè cho 230 em. Ông Kim Sô Phanh, người có uy tín ấp Trà Sết, xã Vĩnh Hải, hiến 2.200 m2 đất xây trường mẫu giáo. Chị Thạch Thị Sà Phi, Phó Chủ tịch Hội LHPN xã Lai Hòa, giúp 34 chị em vay vốn nuôi bò.
Phát biểu tại hội nghị, đồng chí Lâm Văn Khởi biểu dương các tập thể, cá nhân; yêu cầu Mặt trận các cấp tiếp tục thực hiện Chỉ thị 49-CT/TW của Ban Bí thư về xây dựng gia đình thời kỳ công nghiệp hóa, hiện đại hóa và Nghị quyết liên tịch 05/2013/NQLT-CP-UBTWMTTQVN về phối hợp thực hiện cuộc vận động.
Dịp này, UBND tỉnh tặng Bằng khen cho 15 tập thể và 45 cá nhân; mỗi cá nhân được tặng 1 triệu đồng.
Chia sẻ tại hội nghị, Đại đức Thạch Sóc Xiêng cho biết nhà chùa luôn xem việc giúp dân là việc tu hành, "đạo pháp gắn với dân tộc". Năm 2014 chùa Ba Sắc còn nuôi ăn ở cho 35 học sinh nghèo ở xa, hỗ trợ 120 bộ sách giáo khoa. Ông Trần Văn Tuấn, Trưởng Ban Dân vận Huyện ủy Mỹ Xuyên, đề nghị các cấp quan tâm hơn nữa đến đội ngũ người có uy tín, achar, sư cả các chùa; kịp thời nhân rộng những mô hình hay, cách làm hiệu quả trong vùng đồng bào Khmer.
Theo đánh giá, năm 2015 Mặt trận các cấp tiếp tục vận động xây dựng khoảng 400 căn nhà Đại đoàn kết, phấn đấu 90% hộ đạt danh hiệu gia đình văn hóa.
Kim Hoa
Lượt truy cập: 45.210
Tin khác
- Mỹ Xuyên: 200 phần quà cho hộ Khmer nghèo (12/12/2014)
- Vĩnh Châu sơ kết mô hình "Ấp không có đơn thư" (05/12/2014)
""", "2014-12-19", 'Tuyên dương 45 gương "Người tốt, việc tốt" trong đồng bào Khmer',
E("tong_ket", "2014", "2014-12-18"),
[P("Lâm Văn Khởi", "Phó Bí thư Tỉnh ủy"),
 P("Trần Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Thị Ngọc Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sóc Xiêng", "Đại đức", "trụ trì chùa Ba Sắc"),
 P("Lý Sà Rết", "Achar", "Phó Ban Quản trị chùa Sóc Vồ"),
 P("Kim Sô Phanh", "người có uy tín ấp Trà Sết"),
 P("Thạch Thị Sà Phi", "Phó Chủ tịch Hội LHPN xã Lai Hòa"),
 P("Trần Văn Tuấn", "Trưởng Ban Dân vận Huyện ủy Mỹ Xuyên")],
[Q("45 gương", 45, "gương"), Q("341.000 hộ", 341000, "hộ"), Q("91,6%", 91.6, "%"), Q("672/751 ấp, khóm", 672, "ấp, khóm"),
 Q("trên 14,6 tỷ đồng", 14600000000, "đồng", "over"), Q("412 căn nhà Đại đoàn kết", 412, "căn nhà Đại đoàn kết"),
 Q("96 căn", 96, "căn"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("4 cây cầu bê tông", 4, "cây cầu bê tông"),
 Q("6 lớp dạy chữ Khmer hè", 6, "lớp dạy chữ Khmer hè"), Q("230 em", 230, "em"), Q("2.200 m2", 2200, "m2"),
 Q("34 chị em", 34, "chị em"), Q("15 tập thể", 15, "tập thể"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("35 học sinh nghèo", 35, "học sinh nghèo"), Q("120 bộ sách giáo khoa", 120, "bộ sách giáo khoa"),
 Q("khoảng 400 căn nhà Đại đoàn kết", 400, "căn nhà Đại đoàn kết", "approx"), Q("90%", 90, "%")],
[D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị 49-CT/TW"),
 D("Nghị quyết liên tịch", "05", "2013/NQLT-CP-UBTWMTTQVN", None, None, "Nghị quyết liên tịch 05/2013/NQLT-CP-UBTWMTTQVN")],
[prov("Sóc Trăng"), com("Thạnh Thới An"), com("Tham Đôn"), com("Vĩnh Hải"), com("Lai Hòa")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ :: Hoạt động Mặt trận :: Người tốt việc tốt",
 "Các cá nhân tiêu biểu nhận Bằng khen. Ảnh: Kim Hoa", "Người tốt, việc tốt",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Gia đình văn hóa", "Vì người nghèo", "Lượt truy cập: 45.210"],
["19-12-2014 10:35", "năm 2014", "Lượt truy cập: 45.210"]))

PAGES.append(page("b4137-gialai-gialang-2015", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội | Dân tộc - Miền núi
Cập nhật: 07:30, 18/11/2015 (GMT+7)
Già làng Rơ Mah Hlơn và những mùa rẫy không cháy
(GLO)- Gần 30 năm làm già làng làng Plei Bông, xã Ia Ka, ông Rơ Mah Hlơn đã vận động 64 hộ Jrai bỏ đốt rẫy bừa bãi, giao nộp 12 khẩu súng tự chế và đưa làng 3 năm liền đạt danh hiệu "Làng văn hóa".
Già làng Rơ Mah Hlơn (giữa) trao đổi với cán bộ xã Ia Ka. Ảnh: Đức Thụy
Làng Plei Bông có 186 hộ với 912 khẩu, 98% là đồng bào Jrai. Năm 2008, làng còn 71 hộ nghèo; đến cuối năm 2015 chỉ còn 14 hộ, giảm 57 hộ. Ông Hlơn kể, mỗi tối ông cùng Bí thư Chi bộ Siu Đoan đến từng nhà nói chuyện, nói bằng tiếng Jrai để bà con hiểu. Nhờ đó, bà con góp 1.300 ngày công, hiến 3.600 m2 đất mở rộng đường nội làng, xây nhà rông trị giá khoảng 450 triệu đồng.
Ông Rơ Mah Hlơn còn là Trưởng ban Công tác Mặt trận làng Plei Bông. Cùng với ông, 8 người có uy tín của xã Ia Ka đã tham gia hòa giải thành 23 vụ mâu thuẫn, không để xảy ra khiếu kiện đông người. Bà Rah Lan H'Nhí, Phó Chủ tịch UBND xã Ia Ka, cho biết làng Plei Bông là nơi đầu tiên trong xã không còn người theo "Tin lành Đê Ga".
Theo đồng chí Ksor Hơ, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh, toàn tỉnh hiện có 1.476 già làng, người có uy tín được hưởng chính sách theo Quyết định số 56/2013/QĐ-TTg ngày 7/10/2013 của Thủ tướng Chính phủ. Mỗi năm, mỗi người được cấp 1 tờ báo, hỗ trợ thăm hỏi ốm đau tối đa 500.000 đồng. Thực hiện Kết luận 10-KL/TU và Chỉ thị 12-CT/TU của Ban Thường vụ Tỉnh ủy, năm 2015 tỉnh đã biểu dương 120 gương điển hình trong đồng bào dân tộc thiểu số.
Đồng chí Nguyễn Đức Hoàng, Phó Trưởng Ban Dân vận Tỉnh ủy, nhận xét: "Già làng Hlơn là người nói được, làm được, dân tin theo". Năm 2015, ông được Chủ tịch UBND tỉnh tặng Bằng khen.
Năm nay ngoài 70 tuổi, già làng Hlơn vẫn đều đặn lên rẫy. Gia đình ông có 2 ha cà phê, 1,5 ha cao su, thu nhập mỗi năm trên 150 triệu đồng. Ông đem giống cà phê ghép cho 17 hộ trong làng, chỉ cách chăm bón. Ông Nguyễn Văn Hùng, Chủ tịch UBND xã Ia Ka, huyện Chư Păh, tỉnh Gia Lai, cho biết: "Cả xã có 12 làng, làng nào cũng cần những già làng như ông Hlơn". Từ năm 2013 đến nay, xã đã vận động 95 hộ đồng bào Jrai chuyển từ đốt rẫy sang trồng cây lâu năm, diện tích rẫy bị cháy giảm trên 80%. Bà Siu H'Lanh, Chủ tịch Hội LHPN xã, kể rằng chính già làng đã thuyết phục 9 gia đình bỏ tục "ăn năm" kéo dài nhiều ngày, tiết kiệm cho mỗi hộ khoảng 10 triệu đồng.
Đức Thụy
Lượt xem: 1.085
Tin liên quan
- Chư Sê: 30 già làng được tuyên dương (10/11/2015)
- Người có uy tín góp sức giữ bình yên buôn làng (28/10/2015)
""", "2015-11-18", "Già làng Rơ Mah Hlơn và những mùa rẫy không cháy",
E("khac", None, None),
[P("Rơ Mah Hlơn", "già làng làng Plei Bông", "Trưởng ban Công tác Mặt trận làng Plei Bông"),
 P("Siu Đoan", "Bí thư Chi bộ"),
 P("Rah Lan H'Nhí", "Phó Chủ tịch UBND xã Ia Ka"),
 P("Ksor Hơ", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Đức Hoàng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hùng", "Chủ tịch UBND xã Ia Ka"),
 P("Siu H'Lanh", "Chủ tịch Hội LHPN xã")],
[Q("64 hộ Jrai", 64, "hộ Jrai"), Q("12 khẩu súng tự chế", 12, "khẩu súng tự chế"), Q("186 hộ", 186, "hộ"),
 Q("912 khẩu", 912, "khẩu"), Q("98%", 98, "%"), Q("71 hộ nghèo", 71, "hộ nghèo"), Q("14 hộ", 14, "hộ"), Q("57 hộ", 57, "hộ"),
 Q("1.300 ngày công", 1300, "ngày công"), Q("3.600 m2", 3600, "m2"), Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"),
 Q("8 người có uy tín", 8, "người có uy tín"), Q("23 vụ mâu thuẫn", 23, "vụ mâu thuẫn"),
 Q("1.476 già làng, người có uy tín", 1476, "già làng, người có uy tín"), Q("tối đa 500.000 đồng", 500000, "đồng"),
 Q("120 gương điển hình", 120, "gương điển hình"),
 Q("2 ha", 2, "ha"), Q("1,5 ha", 1.5, "ha"), Q("trên 150 triệu đồng", 150000000, "đồng", "over"), Q("17 hộ", 17, "hộ"),
 Q("12 làng", 12, "làng"), Q("9 gia đình", 9, "gia đình"), Q("khoảng 10 triệu đồng", 10000000, "đồng", "approx"), Q("95 hộ đồng bào Jrai", 95, "hộ đồng bào Jrai"), Q("trên 80%", 80, "%", "over")],
[D("Quyết định", "56", "2013/QĐ-TTg", "2013-10-07", "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg ngày 7/10/2013"),
 D("Kết luận", "10", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 10-KL/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12-CT/TU")],
[prov("Gia Lai"), com("Ia Ka")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội | Dân tộc - Miền núi", "(GLO)", "Làng văn hóa",
 "Già làng Rơ Mah Hlơn (giữa) trao đổi với cán bộ xã Ia Ka. Ảnh: Đức Thụy", "Tin lành Đê Ga", "Lượt xem: 1.085"],
["Cập nhật: 07:30, 18/11/2015 (GMT+7)", "ngoài 70 tuổi", "Từ năm 2013", "Gần 30 năm", "3 năm liền", "1 tờ báo", "Năm 2008", "Lượt xem: 1.085"]))

PAGES.append(page("b4138-nghean-doanhnhan-2016", """
Báo Nghệ An điện tử
Trang chủ › Xã hội › Từ thiện
29/01/2016 - 14:05
Ảnh: Doanh nhân Hồ Sỹ Thắng trao quà cho hộ nghèo xã Châu Kim.
Doanh nhân xứ Nghệ trao 1.500 suất quà Tết cho hộ nghèo miền Tây
Ngày 28/1, Ủy ban MTTQ tỉnh phối hợp Công ty CP Tập đoàn Thắng Lợi trao 1.500 suất quà Tết cho hộ nghèo, gia đình chính sách tại 3 huyện Quế Phong, Quỳ Châu, Kỳ Sơn, tổng trị giá trên 1,2 tỷ đồng.
Mỗi suất quà gồm 10 kg gạo, dầu ăn, bánh chưng và 500.000 đồng tiền mặt, trị giá 800.000 đồng. Tham dự trao quà có các đồng chí: Nguyễn Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Lô Thị Kim Ngân, Trưởng Ban Dân tộc tỉnh; Vi Văn Sơn, Bí thư Huyện ủy Quế Phong.
Người trao quà là doanh nhân Hồ Sỹ Thắng, Chủ tịch HĐQT Công ty CP Tập đoàn Thắng Lợi, Phó Chủ tịch Hiệp hội Doanh nghiệp tỉnh. Sinh ra ở xã Diễn Hồng, huyện Diễn Châu, ông Thắng rời quê đi làm thợ xây từ năm 17 tuổi. Sau hơn 20 năm, doanh nghiệp của ông có 1.250 lao động, trong đó khoảng 400 người là đồng bào Thái, Khơ Mú.
5 năm qua, ông Thắng đã đóng góp cho Quỹ "Vì người nghèo" các cấp hơn 7,5 tỷ đồng, xây 62 nhà Đại đoàn kết, tặng 350 suất học bổng cho học sinh nghèo vượt khó, mỗi suất 2 triệu đồng. Năm 2015, ông được Thủ tướng Chính phủ tặng Bằng khen theo Quyết định 2345/QĐ-TTg.
Bà Lương Thị Bích, Chủ tịch Ủy ban MTTQ xã Châu Kim, xúc động: "Xã có 486 hộ nghèo, năm nào ông Thắng cũng về". Ông Lữ Văn Khiêm, người có uy tín bản Hủa Na, xã Châu Kim, thay mặt bà con cảm ơn nhà hảo tâm.
Đồng chí Nguyễn Văn Hải đánh giá: thực hiện Chỉ thị số 05-CT/TU ngày 9/6/2011 của Ban Thường vụ Tỉnh ủy và Kế hoạch 112/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, Tết Bính Thân năm nay Mặt trận các cấp dự kiến trao khoảng 62.000 suất quà, tổng trị giá 24 tỷ đồng.
Dịp này, ông Hồ Sỹ Thắng cũng trao tặng 20 con bò giống cho 20 hộ nghèo ở bản Hủa Na và hỗ trợ 150 triệu đồng để xây phòng học cắm bản. Đồng chí Vi Văn Sơn cảm ơn tấm lòng của doanh nghiệp, cho biết Quế Phong còn trên 42% hộ nghèo, nhiều bản đồng bào Thái, Mông thiếu nước sinh hoạt. Bà Lô Thị Kim Ngân mong doanh nghiệp tiếp tục đồng hành với chương trình giảm nghèo bền vững ở các huyện miền núi phía Tây tỉnh. Theo Ban Thường trực Ủy ban MTTQ tỉnh, năm 2015 Quỹ "Vì người nghèo" toàn tỉnh tiếp nhận 68,4 tỷ đồng, hỗ trợ xây mới và sửa chữa 1.826 nhà ở cho hộ nghèo; riêng các doanh nghiệp đóng góp trên 60% tổng số tiền.
Tiến Hùng
Lượt xem: 3.412
Tin khác
- Trao 200 suất quà cho công nhân nghèo (26/01/2016)
- Kỳ Sơn: đón Tết sớm với đồng bào Mông (20/01/2016)
""", "2016-01-29", "Doanh nhân xứ Nghệ trao 1.500 suất quà Tết cho hộ nghèo miền Tây",
E("trao_qua", None, "2016-01-28"),
[P("Hồ Sỹ Thắng", "Chủ tịch HĐQT Công ty CP Tập đoàn Thắng Lợi", "Phó Chủ tịch Hiệp hội Doanh nghiệp tỉnh"),
 P("Nguyễn Văn Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lô Thị Kim Ngân", "Trưởng Ban Dân tộc tỉnh"),
 P("Vi Văn Sơn", "Bí thư Huyện ủy Quế Phong"),
 P("Lương Thị Bích", "Chủ tịch Ủy ban MTTQ xã Châu Kim"),
 P("Lữ Văn Khiêm", "người có uy tín bản Hủa Na")],
[Q("1.500 suất quà Tết", 1500, "suất quà"), Q("3 huyện", 3, "huyện"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("10 kg", 10, "kg"), Q("500.000 đồng", 500000, "đồng"), Q("800.000 đồng", 800000, "đồng"),
 Q("1.250 lao động", 1250, "lao động"), Q("khoảng 400 người", 400, "người", "approx"),
 Q("hơn 7,5 tỷ đồng", 7500000000, "đồng", "over"), Q("62 nhà Đại đoàn kết", 62, "nhà Đại đoàn kết"),
 Q("350 suất học bổng", 350, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("486 hộ nghèo", 486, "hộ nghèo"),
 Q("khoảng 62.000 suất quà", 62000, "suất quà", "approx"), Q("24 tỷ đồng", 24000000000, "đồng"),
 Q("20 con bò giống", 20, "con bò giống"), Q("20 hộ nghèo", 20, "hộ nghèo"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("trên 42% hộ nghèo", 42, "%", "over"),
 Q("68,4 tỷ đồng", 68400000000, "đồng"), Q("1.826 nhà ở", 1826, "nhà ở"), Q("trên 60%", 60, "%", "over")],
[D("Quyết định", "2345", "QĐ-TTg", None, None, "Quyết định 2345/QĐ-TTg"),
 D("Chỉ thị", "05", "CT/TU", "2011-06-09", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 9/6/2011"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 112/KH-MTTQ-BTT")],
[prov("Nghệ An"), com("Châu Kim"), com("Diễn Hồng")],
["Báo Nghệ An điện tử", "Trang chủ › Xã hội › Từ thiện", "Ảnh: Doanh nhân Hồ Sỹ Thắng trao quà cho hộ nghèo xã Châu Kim.",
 "Vì người nghèo", "Công ty CP Tập đoàn Thắng Lợi", "Lượt xem: 3.412"],
["29/01/2016 - 14:05", "17 tuổi", "hơn 20 năm", "5 năm qua", "Năm 2015", "Lượt xem: 3.412"]))
