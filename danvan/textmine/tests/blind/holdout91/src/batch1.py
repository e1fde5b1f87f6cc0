from lib import *
PAGES = []

PAGES.append(page("b2141-laocai-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ › Hoạt động › Tin trong tỉnh
Thứ Năm, 22/12/2011 - 16:30
Toàn cảnh hội nghị tổng kết.
Lào Cai: Tổng kết công tác dân vận năm 2011 vùng đồng bào dân tộc thiểu số
Ngày 20/12/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Sần Thị Mỷ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 64 đồng chí là lãnh đạo ban dân vận các huyện ủy, thành ủy, Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh.
Đồng chí Sần Thị Mỷ phát biểu tại hội nghị.
Báo cáo do đồng chí Hoàng Văn Dìn, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày nêu rõ: năm 2011, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 11, 12-CT/TU về tăng cường công tác dân vận ở các xã biên giới và về vận động đồng bào Mông, Dao, Hà Nhì xóa bỏ hủ tục trong việc cưới, việc tang. Ban phối hợp Ban Tuyên giáo Tỉnh ủy hướng dẫn thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số.
Cả tỉnh hiện có 1.642 người có uy tín, trong đó 213 người là già làng, trưởng họ. Các cấp ủy đã gặp mặt, đối thoại với người có uy tín tại 47 xã biên giới; cấp 9.850 tờ báo Dân tộc và Phát triển. Nhờ vận động, nhân dân đã hiến trên 31.000 m2 đất, đóng góp 4.200 ngày công để làm đường liên thôn; 96,5% thôn, bản có tổ hòa giải hoạt động thường xuyên.
Thảo luận tại hội nghị, đồng chí Lý Seo Chúng, HUV, Trưởng Ban Dân vận Huyện ủy Si Ma Cai, cho biết huyện đã vận động 126 hộ theo đạo trái pháp luật trở lại sinh hoạt bình thường. Ông Phu Chà Mé, Bí thư Chi bộ kiêm Trưởng bản Nậm Pung, xã Y Tý, chia sẻ cách vận động bà con người Hà Nhì giữ rừng đầu nguồn. Bà Bàn Thị Mẩy, Chủ tịch Hội LHPN xã Bản Khoang, đề nghị mở thêm lớp dạy tiếng phổ thông cho phụ nữ.
Hội nghị cũng chỉ ra những hạn chế: ở một số bản vùng cao, tình trạng tảo hôn, di cư tự do vẫn còn; việc nắm tình hình của một số tổ dân vận thôn chưa kịp thời, báo cáo còn chậm; cán bộ dân vận cơ sở phần lớn kiêm nhiệm, chưa thạo tiếng dân tộc.
Phát biểu chỉ đạo, đồng chí Sần Thị Mỷ đề nghị năm 2012 các cấp tiếp tục thực hiện Quy chế công tác dân vận theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị, gắn với phong trào thi đua "Dân vận khéo"; đặc biệt chú trọng phương châm "bốn tại chỗ" trong phòng chống thiên tai.
Nhân dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 9 tập thể và 14 cá nhân có thành tích xuất sắc.
Minh Thu
Lượt xem: 1.204
Tin liên quan
- Si Ma Cai: gặp mặt 80 người có uy tín (10/12/2011)
- Bát Xát ra mắt mô hình "Bản không có người di cư tự do" (25/11/2011)
- Mường Khương tập huấn nghiệp vụ dân vận (08/11/2011)
""", "2011-12-22", "Lào Cai: Tổng kết công tác dân vận năm 2011 vùng đồng bào dân tộc thiểu số",
E("tong_ket", "2011", "2011-12-20"),
[P("Sần Thị Mỷ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Dìn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Seo Chúng", "HUV", "Trưởng Ban Dân vận Huyện ủy Si Ma Cai"),
 P("Phu Chà Mé", "Bí thư Chi bộ kiêm Trưởng bản Nậm Pung"),
 P("Bàn Thị Mẩy", "Chủ tịch Hội LHPN xã Bản Khoang")],
[Q("64 đồng chí", 64, "đồng chí"), Q("1.642 người có uy tín", 1642, "người có uy tín"),
 Q("213 người", 213, "người"), Q("47 xã biên giới", 47, "xã biên giới"),
 Q("9.850 tờ báo Dân tộc và Phát triển", 9850, "tờ báo Dân tộc và Phát triển"),
 Q("trên 31.000 m2", 31000, "m2", "over"), Q("4.200 ngày công", 4200, "ngày công"), Q("96,5%", 96.5, "%"),
 Q("126 hộ", 126, "hộ"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Lào Cai"), com("Y Tý"), com("Bản Khoang")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ › Hoạt động › Tin trong tỉnh", "Toàn cảnh hội nghị tổng kết.",
 "Đồng chí Sần Thị Mỷ phát biểu tại hội nghị.", "Dân vận khéo", "bốn tại chỗ", "Quy chế công tác dân vận", "Lượt xem: 1.204"],
["Thứ Năm, 22/12/2011 - 16:30", "64 đồng chí", "năm 2011", "năm 2012", "bốn tại chỗ", "Lượt xem: 1.204"]))

PAGES.append(page("b2142-kontum-bdv-nguoiuytin-2012", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Kon Tum
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Công tác dân tộc
Cập nhật: 09:40, 16/11/2012 (GMT+7)
Ảnh: Các già làng, người có uy tín dự hội nghị.
Phát huy vai trò già làng, người có uy tín trong xây dựng khối đại đoàn kết
(BDV) - Ngày 14/11, Ban Dân vận Tỉnh ủy phối hợp Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt già làng, người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2012. Dự hội nghị có 285 già làng, người có uy tín đến từ 9 huyện, thành phố; đồng chí A Pót, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Y Thoa, Trưởng Ban Dân tộc tỉnh đồng chủ trì.
Báo cáo tại hội nghị cho biết, toàn tỉnh có 694 làng đồng bào dân tộc thiểu số với 1.108 người có uy tín, phần lớn là người Xơ Đăng, Ba Na, Giẻ Triêng, Gia Rai. Thực hiện Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ và Hướng dẫn số 07-HD/BDVTU của Ban Dân vận Tỉnh ủy, năm qua người có uy tín đã tham gia hòa giải thành 137 vụ việc mâu thuẫn trong cộng đồng, vận động 52 hộ bỏ tục chôn chung, phát hiện và báo cho chính quyền 11 trường hợp tuyên truyền đạo trái phép.
Tại hội nghị, già làng A Nhiên, làng Kon Klor 2, phường Thắng Lợi, kể việc vận động con cháu không nghe lời kẻ xấu, không vượt biên trái phép. Già làng Y Hên, người có uy tín làng Đăk Rao Lớn, xã Đăk Dục, đề nghị tỉnh quan tâm hỗ trợ giống cây cà phê, sâm dây cho bà con. Ông A Kleo, Bí thư Chi bộ làng Plei Rơ Wăk, xã Ia Chim, mong muốn tiếp tục được cấp báo và tài liệu bằng tiếng dân tộc.
Phát biểu, đồng chí A Pót ghi nhận những đóng góp của già làng, người có uy tín; đề nghị các đồng chí tiếp tục là cầu nối giữa Đảng, chính quyền với nhân dân, nhất là trong thực hiện Nghị quyết số 24-NQ/TW ngày 12/3/2003 của BCH Trung ương về công tác dân tộc. Các cấp ủy, chính quyền phải thường xuyên gặp gỡ, lắng nghe già làng, không để kẻ xấu lôi kéo đồng bào.
Nhiều ý kiến phản ánh đời sống một bộ phận đồng bào còn khó khăn, giá nông sản bấp bênh; một số làng còn thiếu nước sinh hoạt vào mùa khô. Các già làng đề nghị chính quyền sớm sửa chữa đường vào khu sản xuất, hỗ trợ bà con chuyển đổi giống cây trồng phù hợp với thổ nhưỡng từng vùng, đồng thời giữ gìn nhà rông, cồng chiêng và lễ hội truyền thống của làng.
Dịp này, Ủy ban nhân dân tỉnh tặng bằng khen cho 25 già làng, người có uy tín tiêu biểu; mỗi đại biểu được tặng 1 phần quà trị giá 500.000 đồng và 1 chiếc radio.
Thanh Bình
Tin cùng chuyên mục
- Gặp mặt người có uy tín huyện Sa Thầy (05/11/2012)
- Đăk Glei: 40 già làng tham quan học tập tại Đà Nẵng (24/10/2012)
- Kon Plông vận động đồng bào trồng rừng (12/10/2012)
""", "2012-11-16", "Phát huy vai trò già làng, người có uy tín trong xây dựng khối đại đoàn kết",
E("hoi_nghi", "2012", "2012-11-14"),
[P("A Pót", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thoa", "Trưởng Ban Dân tộc tỉnh"),
 P("A Nhiên", "già làng"),
 P("Y Hên", "Già làng", "người có uy tín làng Đăk Rao Lớn"),
 P("A Kleo", "Bí thư Chi bộ làng Plei Rơ Wăk")],
[Q("285 già làng, người có uy tín", 285, "già làng, người có uy tín"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("694 làng đồng bào dân tộc thiểu số", 694, "làng đồng bào dân tộc thiểu số"), Q("1.108 người có uy tín", 1108, "người có uy tín"),
 Q("137 vụ việc mâu thuẫn", 137, "vụ việc mâu thuẫn"), Q("52 hộ", 52, "hộ"), Q("11 trường hợp", 11, "trường hợp"),
 Q("25 già làng, người có uy tín tiêu biểu", 25, "già làng, người có uy tín tiêu biểu"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 18/2011/QĐ-TTg"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU"),
 D("Nghị quyết", "24", "NQ/TW", "2003-03-12", "BCH Trung ương", "Nghị quyết số 24-NQ/TW ngày 12/3/2003")],
[prov("Kon Tum"), com("Thắng Lợi"), com("Đăk Dục"), com("Ia Chim")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Kon Tum", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Công tác dân tộc",
 "Ảnh: Các già làng, người có uy tín dự hội nghị.", "(BDV)"],
["Cập nhật: 09:40, 16/11/2012 (GMT+7)", "năm 2012", "1 phần quà", "1 chiếc radio"]))

PAGES.append(page("b2143-laichau-bdv-traoqua-2013", """
BAN DÂN VẬN TỈNH ỦY LAI CHÂU - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ >> Tin tức >> Dân tộc - Tôn giáo
08:15 | 25/01/2013
Đồng chí Lò Văn Xiêng tặng quà người có uy tín xã Ka Lăng.
Mang Tết sớm đến với người có uy tín vùng biên Mường Tè
Ngày 23/1, đoàn công tác của Ban Dân vận Tỉnh ủy Lai Châu do đồng chí Lò Văn Xiêng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà người có uy tín, gia đình chính sách tại các xã Ka Lăng, Thu Lũm và Pa Ủ, huyện Mường Tè. Cùng đi có đồng chí Chu Văn Dùng, HUV, Trưởng Ban Dân vận Huyện ủy Mường Tè.
Mường Tè là huyện biên giới với 14 xã, thị trấn, nơi sinh sống của đồng bào Hà Nhì, La Hủ, Cống, Si La, Mảng. Những năm qua, thực hiện Kết luận 04, 05-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào vùng biên và về phát huy vai trò người có uy tín, đời sống bà con từng bước được cải thiện. Toàn huyện có 118 người có uy tín; năm 2012 số hộ nghèo giảm 9,3%, có 2.350 hộ được hỗ trợ giống lúa, ngô lai.
Tại xã Ka Lăng, đoàn đã thăm hỏi, tặng quà ông Lỳ Chà Pó, người có uy tín bản Ka Lăng, và ông Pờ Xá Chừ, Bí thư Chi bộ bản Pa Thắng. Ông Lỳ Chà Pó cho biết: nhờ có đường bê tông và điện lưới, bà con người Hà Nhì không còn phải đi bộ cả ngày ra trung tâm huyện; năm nay bản có 3 hộ thoát nghèo. Tại xã Pa Ủ, nơi có đông đồng bào La Hủ, đoàn đến thăm gia đình bà Lò Mù Xá, Chi hội trưởng Chi hội Phụ nữ bản Nhù Te, người đã vận động 17 phụ nữ trong bản đi học lớp xóa mù chữ.
Phát biểu tại các buổi thăm, đồng chí Lò Văn Xiêng đề nghị người có uy tín tiếp tục tuyên truyền bà con thực hiện tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước, giữ gìn an ninh biên giới, không nghe theo kẻ xấu; đồng thời phối hợp chính quyền vận động con em đến trường, không tảo hôn, không di cư tự do. Đồng chí cũng đề nghị Huyện ủy Mường Tè quan tâm hơn nữa tới chế độ của người có uy tín theo Quyết định 18/2011/QĐ-TTg.
Dịp này, đoàn đã trao 230 suất quà Tết, mỗi suất trị giá 400.000 đồng, tổng trị giá 92 triệu đồng, từ nguồn vận động của Ban Dân vận Tỉnh ủy và các doanh nghiệp. Ngoài ra, đoàn trao tặng 40 chăn ấm và 60 bộ quần áo cho học sinh bán trú Trường Phổ thông dân tộc bán trú xã Thu Lũm.
Được biết, trong dịp Tết Quý Tỵ 2013, Ban Dân vận các cấp trong tỉnh tổ chức thăm, tặng quà người có uy tín ở 8 huyện, thành phố.
Quang Hưng
Các tin khác
- Phong Thổ: gặp mặt người có uy tín năm 2012 (15/01/2013)
- Tam Đường tổng kết công tác dân vận năm 2012 (04/01/2013)
- Sìn Hồ vận động nhân dân hiến đất làm đường (20/12/2012)
""", "2013-01-25", "Mang Tết sớm đến với người có uy tín vùng biên Mường Tè",
E("trao_qua", None, "2013-01-23"),
[P("Lò Văn Xiêng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chu Văn Dùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Tè"),
 P("Lỳ Chà Pó", "người có uy tín bản Ka Lăng"),
 P("Pờ Xá Chừ", "Bí thư Chi bộ bản Pa Thắng"),
 P("Lò Mù Xá", "Chi hội trưởng Chi hội Phụ nữ bản Nhù Te")],
[Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("118 người có uy tín", 118, "người có uy tín"), Q("9,3%", 9.3, "%"),
 Q("2.350 hộ", 2350, "hộ"), Q("3 hộ", 3, "hộ"), Q("17 phụ nữ", 17, "phụ nữ"),
 Q("230 suất quà Tết", 230, "suất quà"), Q("400.000 đồng", 400000, "đồng"), Q("92 triệu đồng", 92000000, "đồng"),
 Q("40 chăn ấm", 40, "chăn ấm"), Q("60 bộ quần áo", 60, "bộ quần áo"), Q("8 huyện, thành phố", 8, "huyện, thành phố")],
[D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, None, "Quyết định 18/2011/QĐ-TTg")],
[prov("Lai Châu"), com("Ka Lăng"), com("Thu Lũm"), com("Pa Ủ")],
["BAN DÂN VẬN TỈNH ỦY LAI CHÂU - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ >> Tin tức >> Dân tộc - Tôn giáo",
 "Đồng chí Lò Văn Xiêng tặng quà người có uy tín xã Ka Lăng.", "Trường Phổ thông dân tộc bán trú xã Thu Lũm", "Tết Quý Tỵ 2013"],
["08:15 | 25/01/2013", "năm 2012", "Tết Quý Tỵ 2013"]))

PAGES.append(page("b2144-daklak-bdv-taphuan-2014", """
Ban Dân vận Tỉnh ủy Đắk Lắk
Trang chủ | Tin hoạt động | Đào tạo, bồi dưỡng
Ngày đăng 14/08/2014 | 15:20
Bồi dưỡng kỹ năng vận động quần chúng cho cán bộ buôn
Trong 2 ngày 12 và 13/8/2014, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2014 cho cán bộ chủ chốt buôn, thôn vùng đồng bào dân tộc thiểu số tại huyện Krông Bông. Đồng chí Y Thuân Mlô, Phó Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu khai mạc.
Đồng chí Y Thuân Mlô phát biểu khai mạc lớp tập huấn. Ảnh: H.Nga
Tham gia lớp tập huấn có 156 học viên là bí thư chi bộ, trưởng buôn, chi hội trưởng các đoàn thể và người có uy tín của 14 xã, thị trấn; trong số này có 97 học viên người Ê Đê, M'nông, Gia Rai. Các học viên được nghe truyền đạt Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; Quyết định 56/2013/QĐ-TTg của Thủ tướng Chính phủ sửa đổi chính sách đối với người có uy tín; Hướng dẫn số 12-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" ở buôn.
Bà H'Ngơ Byă, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, giới thiệu kỹ năng nắm tình hình, phát hiện sớm các vụ việc phức tạp, nhất là hoạt động của tổ chức phản động "Tin lành Đê Ga". Ông Y Jang Knul, Chánh Văn phòng Ban Dân vận Tỉnh ủy, hướng dẫn cách tổ chức đối thoại ở buôn và vận động đồng bào thực hiện Kế hoạch số 36-KH/BDVTU ngày 20/5/2014 về "Buôn không có tội phạm và tệ nạn xã hội".
Chia sẻ tại lớp học, ông Y Khuê Niê, Bí thư Chi bộ buôn Cư Pui, xã Cư Pui, cho biết chi bộ buôn có 19 đảng viên, trong đó 4 đảng viên mới kết nạp năm 2013; nhờ sinh hoạt chi bộ đều đặn, buôn đã vận động được 21 hộ trả lại đất lấn chiếm cho rừng phòng hộ. Bà H'Bla Êban, Chi hội trưởng Phụ nữ buôn Khanh, xã Yang Mao, kể chuyện dùng luật tục Ê Đê để hòa giải 6 vụ việc tranh chấp đất rẫy giữa các gia đình.
Theo báo cáo của Ban Dân vận Tỉnh ủy, năm 2013 toàn tỉnh đã mở 28 lớp tập huấn với 3.640 lượt học viên; tỷ lệ cán bộ buôn, thôn được tập huấn nghiệp vụ dân vận đạt 78%. Năm 2014, Ban phấn đấu mở thêm 12 lớp ở các huyện Ea Súp, Buôn Đôn, M'Đrắk, Lắk và Krông Bông, ưu tiên cán bộ biết tiếng Ê Đê, M'nông.
Bế mạc lớp học, đồng chí Y Thuân Mlô đề nghị học viên vận dụng kiến thức vào thực tế, thường xuyên bám buôn, bám dân, kịp thời báo cáo cấp ủy những vấn đề mới nảy sinh. Mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn và 1 bộ tài liệu.
Hương Nga
Tin liên quan
- Ea Kar tập huấn cho 120 người có uy tín (05/08/2014)
- Hội nghị giao ban công tác dân vận 6 tháng đầu năm 2014 (18/07/2014)
- Lắk: 10 năm thực hiện Quy chế dân chủ ở cơ sở (02/07/2014)
""", "2014-08-14", "Bồi dưỡng kỹ năng vận động quần chúng cho cán bộ buôn",
E("tap_huan", "2014", "2014-08-12"),
[P("Y Thuân Mlô", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Ngơ Byă", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Y Jang Knul", "Chánh Văn phòng Ban Dân vận Tỉnh ủy"),
 P("Y Khuê Niê", "Bí thư Chi bộ buôn Cư Pui"),
 P("H'Bla Êban", "Chi hội trưởng Phụ nữ buôn Khanh")],
[Q("156 học viên", 156, "học viên"), Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("97 học viên", 97, "học viên"),
 Q("19 đảng viên", 19, "đảng viên"), Q("4 đảng viên mới", 4, "đảng viên mới"), Q("21 hộ", 21, "hộ"),
 Q("6 vụ việc tranh chấp đất rẫy", 6, "vụ việc tranh chấp đất rẫy"), Q("28 lớp tập huấn", 28, "lớp tập huấn"),
 Q("3.640 lượt học viên", 3640, "lượt học viên"), Q("78%", 78, "%"), Q("12 lớp", 12, "lớp"),
 Q("150.000 đồng", 150000, "đồng")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 56/2013/QĐ-TTg"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU"),
 D("Kế hoạch", "36", "KH/BDVTU", "2014-05-20", None, "Kế hoạch số 36-KH/BDVTU ngày 20/5/2014")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Yang Mao")],
["Ban Dân vận Tỉnh ủy Đắk Lắk", "Trang chủ | Tin hoạt động | Đào tạo, bồi dưỡng",
 "Đồng chí Y Thuân Mlô phát biểu khai mạc lớp tập huấn. Ảnh: H.Nga", "Dân vận khéo", "Tin lành Đê Ga",
 "Buôn không có tội phạm và tệ nạn xã hội"],
["Ngày đăng 14/08/2014 | 15:20", "2 ngày", "năm 2014", "năm 2013", "khóa XI", "1 bộ tài liệu"]))

PAGES.append(page("b2145-hagiang-bdv-soket-2015", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Tin tức :: Hoạt động dân vận :: Tin địa phương
10-07-2015 08:45
Hội nghị sơ kết công tác dân vận khối các huyện vùng cao núi đá
Ngày 8/7/2015, tại huyện Đồng Văn, Ban Dân vận Tỉnh ủy Hà Giang tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2015 khối 4 huyện vùng cao núi đá Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ. Đồng chí Vàng Mí Lử, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Thoa, Hầu Văn Lìn.
Quang cảnh hội nghị. Ảnh: Đức Tùng
6 tháng đầu năm, khối dân vận 4 huyện đã tập trung triển khai Kế hoạch số 52-KH/TU ngày 5/1/2015 của Tỉnh ủy về thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương; phối hợp tuyên truyền, vận động đồng bào Mông, Lô Lô, Pu Péo, Dao bỏ tục lệ lạc hậu trong ma chay, cưới xin. Kết quả, có 1.284 hộ ký cam kết không tổ chức đám ma kéo dài; 263 thôn, bản xây dựng hương ước, quy ước mới; vận động được 42 hộ di cư tự do trở về quê cũ ổn định cuộc sống.
Phong trào "Dân vận khéo" có 37 mô hình cấp huyện và 112 mô hình cấp xã được công nhận. Nhân dân hiến 46.300 m2 đất, đóng góp 3,15 tỷ đồng và gần 18.000 ngày công làm đường bê tông nông thôn, đạt 104% kế hoạch. Tại huyện Mèo Vạc, hưởng ứng chương trình "Làm nhà cho hộ nghèo", đã có 215 căn nhà được bàn giao.
Tại hội nghị, bà Lò Thị Páo, người Lô Lô, Chủ tịch Hội LHPN xã Lũng Cú, cho biết xã đã thành lập câu lạc bộ giữ gìn trang phục, dân ca Lô Lô với 45 thành viên. Ông Sùng Mí Chúa, Bí thư Đảng ủy xã Sủng Là, đề nghị có cơ chế hỗ trợ xi măng để bà con tiếp tục làm đường vào thôn. Ông Cháng Văn Sừ, người Pu Péo, người có uy tín thôn Phố Là, xã Phó Bảng, phản ánh tình trạng một số thanh niên sang bên kia biên giới làm thuê không khai báo.
Các ý kiến cũng thẳng thắn chỉ ra hạn chế: tình trạng tảo hôn, hôn nhân cận huyết thống ở một số xã chưa giảm; vẫn còn 9 vụ tụ tập đông người ở một số xã; công tác dân vận chính quyền ở một số nơi chưa được coi trọng.
Kết luận hội nghị, đồng chí Vàng Mí Lử đề nghị 6 tháng cuối năm khối dân vận 4 huyện tập trung phục vụ đại hội đảng bộ các cấp, nhiệm kỳ 2015 - 2020; bám sát địa bàn, giải quyết dứt điểm các vụ việc ngay từ thôn, bản. Đồng chí cũng giao Ban Dân vận các huyện ủy phối hợp với Ủy ban MTTQ cùng cấp chuẩn bị tốt ngày hội đại đoàn kết toàn dân tộc ở khu dân cư, chú trọng các thôn giáp biên giới, nơi có đông đồng bào Lô Lô và Pu Péo sinh sống.
Hồng Nhung
Lượt truy cập: 2.051.337
Xem thêm
- Quản Bạ: ra mắt mô hình "Thôn bản tự quản" (02/07/2015)
- Bắc Mê sơ kết 6 tháng công tác dân vận (26/06/2015)
- Gặp mặt người có uy tín huyện Yên Minh (15/06/2015)
""", "2015-07-10", "Hội nghị sơ kết công tác dân vận khối các huyện vùng cao núi đá",
E("so_ket", "2015-H1", "2015-07-08"),
[P("Vàng Mí Lử", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hầu Văn Lìn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Páo", "Chủ tịch Hội LHPN xã Lũng Cú"),
 P("Sùng Mí Chúa", "Bí thư Đảng ủy xã Sủng Là"),
 P("Cháng Văn Sừ", "người có uy tín thôn Phố Là")],
[Q("4 huyện vùng cao núi đá", 4, "huyện vùng cao núi đá"), Q("1.284 hộ", 1284, "hộ"),
 Q("263 thôn, bản", 263, "thôn, bản"), Q("42 hộ di cư tự do", 42, "hộ di cư tự do"),
 Q("37 mô hình cấp huyện", 37, "mô hình cấp huyện"), Q("112 mô hình cấp xã", 112, "mô hình cấp xã"),
 Q("46.300 m2", 46300, "m2"), Q("3,15 tỷ đồng", 3150000000, "đồng"), Q("gần 18.000 ngày công", 18000, "ngày công", "approx"),
 Q("104%", 104, "%"), Q("215 căn nhà", 215, "căn nhà"), Q("45 thành viên", 45, "thành viên"),
 Q("9 vụ tụ tập đông người", 9, "vụ tụ tập đông người")],
[D("Kế hoạch", "52", "KH/TU", "2015-01-05", "Tỉnh ủy", "Kế hoạch số 52-KH/TU ngày 5/1/2015"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là"), com("Phó Bảng")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Tin tức :: Hoạt động dân vận :: Tin địa phương", "Quang cảnh hội nghị. Ảnh: Đức Tùng",
 "Dân vận khéo", "Làm nhà cho hộ nghèo", "Lượt truy cập: 2.051.337"],
["10-07-2015 08:45", "6 tháng đầu năm 2015", "6 tháng cuối năm", "nhiệm kỳ 2015 - 2020", "Lượt truy cập: 2.051.337"]))

PAGES.append(page("b2146-gialai-mttq-giamsat-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Trang chủ / Hoạt động giám sát, phản biện
21.10.2016 | 14:05
Giám sát thực hiện chính sách đối với người có uy tín tại Chư Prông
Ngày 19/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai do bà Rơ Mah H'Djiu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số năm 2016 tại huyện Chư Prông. Tham gia đoàn có đại diện Ban Dân tộc tỉnh, Ban Dân vận Tỉnh ủy và Hội Nông dân tỉnh.
Bà Rơ Mah H'Djiu phát biểu kết luận buổi giám sát.
Theo báo cáo của UBND huyện, Chư Prông có 20 xã, thị trấn với 165 làng đồng bào Jrai, Ba Na; toàn huyện có 176 người có uy tín được bình chọn theo Quyết định 56/2013/QĐ-TTg. Năm 2016, huyện đã cấp phát 3.520 kg muối i-ốt, 176 thẻ bảo hiểm y tế; tổ chức thăm hỏi, tặng 352 suất quà, tổng kinh phí hơn 211 triệu đồng; 14 người có uy tín được đi tham quan, học tập kinh nghiệm tại các tỉnh đồng bằng.
Đoàn đã làm việc trực tiếp tại xã Ia Púch và xã Ia Mơ, gặp gỡ 36 người có uy tín. Ông Ksor Blik, người có uy tín làng Dơ Nâu, xã Ia Púch, phản ánh chế độ hỗ trợ hiện nay còn thấp, việc cấp phát quà Tết có lúc chậm. Ông Đinh Văn Hyưn, người Ba Na, Trưởng thôn Plei Kte, xã Ia Mơ, đề nghị được tập huấn thêm về pháp luật đất đai để hòa giải tranh chấp trong làng. Ông Puih Đoanh, Chủ tịch UBND xã Ia Púch, cho biết trong 9 tháng năm 2016, người có uy tín đã tham gia hòa giải 23 vụ việc, vận động 8 hộ theo tà đạo "Tin lành Đê Ga" từ bỏ, trở về sinh hoạt bình thường.
Qua giám sát, đoàn đánh giá huyện đã thực hiện cơ bản đầy đủ, đúng đối tượng chính sách theo Thông tư liên tịch số 01/2014/TTLT-UBDT-BTC; tuy nhiên việc rà soát, thay thế người có uy tín ở một số làng còn chậm, có 5 trường hợp đã chuyển khỏi địa bàn nhưng chưa được thay.
Phát biểu kết luận, bà Rơ Mah H'Djiu đề nghị UBND huyện tham mưu bố trí kinh phí kịp thời; Ủy ban MTTQ huyện phối hợp chặt chẽ với Phòng Dân tộc trong bình chọn người có uy tín; kịp thời biểu dương những người có uy tín tiêu biểu trong thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Siu Thị Hoa, Trưởng ban Dân tộc - Tôn giáo, cũng đề nghị huyện lập danh sách người có uy tín theo từng làng để MTTQ theo dõi.
Đoàn sẽ tổng hợp kết quả, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh trước ngày 30/11/2016.
Kpă Thuyên
Tin khác
- Ủy ban MTTQ tỉnh hiệp thương giới thiệu người ứng cử (10/10/2016)
- Đăk Đoa: giám sát xây dựng nông thôn mới (28/09/2016)
- Tặng 100 bồn nước cho hộ nghèo Ia Grai (15/09/2016)
""", "2016-10-21", "Giám sát thực hiện chính sách đối với người có uy tín tại Chư Prông",
E("giam_sat", "2016", "2016-10-19"),
[P("Rơ Mah H'Djiu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Blik", "người có uy tín làng Dơ Nâu"),
 P("Đinh Văn Hyưn", "Trưởng thôn Plei Kte"),
 P("Puih Đoanh", "Chủ tịch UBND xã Ia Púch"),
 P("Siu Thị Hoa", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân tộc - Tôn giáo")],
[Q("20 xã, thị trấn", 20, "xã, thị trấn"), Q("165 làng đồng bào Jrai, Ba Na", 165, "làng đồng bào Jrai, Ba Na"),
 Q("176 người có uy tín", 176, "người có uy tín"), Q("3.520 kg", 3520, "kg"), Q("176 thẻ bảo hiểm y tế", 176, "thẻ bảo hiểm y tế"),
 Q("352 suất quà", 352, "suất quà"), Q("hơn 211 triệu đồng", 211000000, "đồng", "over"), Q("14 người có uy tín", 14, "người có uy tín"),
 Q("36 người có uy tín", 36, "người có uy tín"), Q("23 vụ việc", 23, "vụ việc"), Q("8 hộ", 8, "hộ"), Q("5 trường hợp", 5, "trường hợp")],
[D("Quyết định", "56", "2013/QĐ-TTg", None, None, "Quyết định 56/2013/QĐ-TTg"),
 D("Thông tư liên tịch", "01", "2014/TTLT-UBDT-BTC", None, None, "Thông tư liên tịch số 01/2014/TTLT-UBDT-BTC")],
[prov("Gia Lai"), com("Ia Púch"), com("Ia Mơ")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Trang chủ / Hoạt động giám sát, phản biện",
 "Bà Rơ Mah H'Djiu phát biểu kết luận buổi giám sát.", "Tin lành Đê Ga",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["21.10.2016 | 14:05", "năm 2016", "9 tháng năm 2016", "30/11/2016"]))
