from lib import *
PAGES = []

PAGES.append(page("b3941-thanhhoa-danvankheo-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA - Cổng thông tin điện tử
Trang chủ » Tin tức - Sự kiện » Phong trào thi đua
Thứ Sáu, 23/12/2011 - 09:40
Ảnh: Các tập thể nhận Bằng khen của Chủ tịch UBND tỉnh.
Thanh Hóa: 38 tập thể, 52 cá nhân được khen thưởng trong phong trào "Dân vận khéo"
Ngày 21/12/2011, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012 và khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo". Đồng chí Lê Thị Thoan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Dự hội nghị có đồng chí Trịnh Văn Chinh, Phó Bí thư Thường trực Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Hùng, Cầm Bá Tiến.
Năm 2011, phong trào "Dân vận khéo" được triển khai sâu rộng tới 637 xã, phường, thị trấn. Toàn tỉnh đã xây dựng 1.254 mô hình "Dân vận khéo", trong đó có 218 mô hình tiêu biểu cấp huyện và 46 mô hình tiêu biểu cấp tỉnh. Thông qua phong trào, nhân dân đã hiến trên 215.000 m2 đất, đóng góp 312.600 ngày công và gần 48,5 tỷ đồng để làm đường giao thông nông thôn, kênh mương nội đồng và nhà văn hóa thôn. Tỷ lệ hộ nghèo toàn tỉnh giảm còn 21,3%.
Báo cáo do đồng chí Hoàng Văn Hùng trình bày nêu rõ, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 37-KH/TU về đẩy mạnh phong trào thi đua "Dân vận khéo" giai đoạn 2011 - 2015 và Hướng dẫn số 05-HD/BDVTU về tiêu chí công nhận mô hình "Dân vận khéo" các cấp. Ban cũng hướng dẫn các huyện ủy thực hiện Chỉ thị 49-CT/TW của Ban Bí thư về công tác dân vận ở vùng đồng bào theo đạo Công giáo.
Tại hội nghị, ông Lương Văn Mằn, Bí thư Đảng ủy xã Thành Sơn, huyện Bá Thước, chia sẻ cách vận động đồng bào Mường, Thái chuyển đổi 120 ha đất màu sang trồng mía; bà Phạm Thị Lụa, Chủ tịch Hội LHPN xã Quảng Hải, trình bày mô hình "Tổ phụ nữ tiết kiệm" giúp 87 hội viên vay vốn thoát nghèo.
Phát biểu chỉ đạo, đồng chí Trịnh Văn Chinh đề nghị các cấp ủy coi phong trào "Dân vận khéo" là nhiệm vụ thường xuyên, gắn với cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh" và chương trình xây dựng nông thôn mới.
Dịp này, 12 tập thể và 15 cá nhân được nhận Bằng khen của Chủ tịch UBND tỉnh theo Quyết định số 4123/QĐ-UBND ngày 16/12/2011 của UBND tỉnh; 26 tập thể và 37 cá nhân được Ban Thường vụ Tỉnh ủy tặng Giấy khen. Mỗi tập thể được thưởng 1,5 triệu đồng.
Ảnh: Đồng chí Trịnh Văn Chinh trao Bằng khen cho các tập thể.
Lê Hà
Lượt xem: 1.032
Tin liên quan
- Như Thanh ra mắt 8 mô hình "Dân vận khéo" (05/12/2011)
- Hội nghị giao ban khối dân vận quý IV (18/11/2011)
- Quảng Xương: 5 năm thực hiện Quy chế dân chủ ở cơ sở (02/11/2011)
- Trao 200 suất quà cho hộ nghèo huyện Mường Lát (15/10/2011)
""", "2011-12-23", 'Thanh Hóa: 38 tập thể, 52 cá nhân được khen thưởng trong phong trào "Dân vận khéo"',
E("tong_ket", "2011", "2011-12-21"),
[P("Lê Thị Thoan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trịnh Văn Chinh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Hoàng Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cầm Bá Tiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Mằn", "Bí thư Đảng ủy xã Thành Sơn"),
 P("Phạm Thị Lụa", "Chủ tịch Hội LHPN xã Quảng Hải")],
[Q("38 tập thể", 38, "tập thể"), Q("52 cá nhân", 52, "cá nhân"), Q("637 xã, phường, thị trấn", 637, "xã, phường, thị trấn"),
 Q("1.254 mô hình", 1254, "mô hình"), Q("218 mô hình tiêu biểu cấp huyện", 218, "mô hình tiêu biểu cấp huyện"),
 Q("46 mô hình tiêu biểu cấp tỉnh", 46, "mô hình tiêu biểu cấp tỉnh"), Q("trên 215.000 m2", 215000, "m2", "over"),
 Q("312.600 ngày công", 312600, "ngày công"), Q("gần 48,5 tỷ đồng", 48500000000, "đồng", "approx"),
 Q("21,3%", 21.3, "%"), Q("120 ha", 120, "ha"), Q("87 hội viên", 87, "hội viên"),
 Q("12 tập thể", 12, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("26 tập thể", 26, "tập thể"), Q("37 cá nhân", 37, "cá nhân"),
 Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Kế hoạch", "37", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 37-KH/TU"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, None, "Hướng dẫn số 05-HD/BDVTU"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị 49-CT/TW"),
 D("Quyết định", "4123", "QĐ-UBND", "2011-12-16", "UBND tỉnh", "Quyết định số 4123/QĐ-UBND ngày 16/12/2011")],
[prov("Thanh Hóa"), com("Thành Sơn"), com("Quảng Hải")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA - Cổng thông tin điện tử", "Trang chủ » Tin tức - Sự kiện » Phong trào thi đua",
 "Ảnh: Các tập thể nhận Bằng khen của Chủ tịch UBND tỉnh.", "Dân vận khéo", "Tổ phụ nữ tiết kiệm",
 "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "Ảnh: Đồng chí Trịnh Văn Chinh trao Bằng khen cho các tập thể.", "Lượt xem: 1.032"],
["Thứ Sáu, 23/12/2011 - 09:40", "năm 2011", "năm 2012", "giai đoạn 2011 - 2015", "Lượt xem: 1.032"]))

PAGES.append(page("b3942-langson-phunu-soket-2012", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LẠNG SƠN
Trang chủ > Hoạt động Hội > Thi đua - Khen thưởng
Cập nhật: 15:20, 10/07/2012 (GMT+7)
Biểu dương 24 chi hội phụ nữ "Dân vận khéo"
Sáng 9/7, Hội LHPN tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2012, biểu dương các chi hội tiêu biểu trong phong trào thi đua "Dân vận khéo". Bà Hoàng Thị Pác, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì; dự có bà Nông Thị Lịch, Phó Trưởng Ban Dân vận Tỉnh ủy.
Quang cảnh hội nghị. Ảnh: Thu Hằng
Theo báo cáo, 6 tháng đầu năm các cấp Hội đã kết nạp được 2.318 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 148.602 người, đạt 86,4% so với tổng số phụ nữ trong độ tuổi. Các cơ sở Hội đã vận động hội viên đóng góp 9.840 ngày công, ủng hộ khoảng 1,2 tỷ đồng giúp 64 hộ phụ nữ nghèo sửa chữa nhà ở; 415 hội viên được vay vốn từ nguồn Ngân hàng Chính sách xã hội ủy thác với dư nợ trên 6,3 tỷ đồng.
Thực hiện Kế hoạch số 12-KH/HPN ngày 20/02/2012 của Ban Thường vụ Hội LHPN tỉnh, toàn tỉnh đã xây dựng 36 mô hình "Dân vận khéo", trong đó có 24 chi hội được đánh giá tiêu biểu. Nhiều mô hình do chị em dân tộc Tày, Nùng, Dao làm nòng cốt như mô hình "Phụ nữ giữ gìn bản sắc văn hóa dân tộc" ở xã Hoàng Đồng, "Tổ hợp tác trồng hồi" ở xã Tân Thành.
Tại hội nghị, chị Lộc Thị Khuyên, Chi hội trưởng phụ nữ thôn Nà Lầu, xã Hoàng Đồng, chia sẻ kinh nghiệm vận động 32 hộ đồng bào Nùng làm nhà tiêu hợp vệ sinh; chị Triệu Thị Mây, Phó Chủ tịch Hội LHPN xã Tân Thành, cho biết chi hội đã giúp 11 hội viên người Dao có việc làm ổn định.
Phát biểu tại hội nghị, bà Nông Thị Lịch ghi nhận vai trò của các cấp Hội trong triển khai Chỉ thị số 03-CT/TU ngày 15/5/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số, đề nghị các cấp Hội tiếp tục thực hiện Nghị quyết 11-NQ/TW của Bộ Chính trị về công tác phụ nữ.
Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: việc đăng ký mô hình ở một số chi hội còn hình thức, chưa gắn với nhu cầu thiết thực của hội viên; công tác nắm tình hình tư tưởng chị em ở vùng sâu, vùng xa, vùng biên giới có lúc chưa kịp thời; cán bộ chi hội phần lớn kiêm nhiệm, ít được tập huấn kỹ năng vận động quần chúng.
Bà Hoàng Thị Pác yêu cầu 6 tháng cuối năm mỗi cơ sở Hội xây dựng ít nhất 1 mô hình "Dân vận khéo"; phấn đấu giảm 5% hộ phụ nữ nghèo do Hội giúp đỡ.
Dịp này, Ban Thường vụ Hội LHPN tỉnh tặng Giấy khen cho 24 chi hội và 30 cá nhân có thành tích xuất sắc; 2 tập thể được nhận Bằng khen của Trung ương Hội LHPN Việt Nam.
Thu Hằng - Văn phòng Hội
Số lượt truy cập: 45.218
Tin khác
- Hội LHPN huyện Cao Lộc tập huấn kỹ năng tuyên truyền (02/07/2012)
- Trao 50 suất học bổng cho trẻ em nghèo vượt khó (20/06/2012)
- Lộc Bình: ra mắt câu lạc bộ "Phụ nữ với pháp luật" (08/06/2012)
- Hội thi "Phụ nữ duyên dáng" huyện Văn Quan (25/05/2012)
""", "2012-07-10", 'Biểu dương 24 chi hội phụ nữ "Dân vận khéo"',
E("so_ket", "2012-H1", "2012-07-09"),
[P("Hoàng Thị Pác", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Nông Thị Lịch", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lộc Thị Khuyên", "Chi hội trưởng phụ nữ thôn Nà Lầu"),
 P("Triệu Thị Mây", "Phó Chủ tịch Hội LHPN xã Tân Thành")],
[Q("24 chi hội", 24, "chi hội"), Q("2.318 hội viên mới", 2318, "hội viên mới"), Q("148.602 người", 148602, "người"),
 Q("86,4%", 86.4, "%"), Q("9.840 ngày công", 9840, "ngày công"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("64 hộ phụ nữ nghèo", 64, "hộ phụ nữ nghèo"), Q("415 hội viên", 415, "hội viên"), Q("trên 6,3 tỷ đồng", 6300000000, "đồng", "over"),
 Q("36 mô hình", 36, "mô hình"), Q("32 hộ đồng bào Nùng", 32, "hộ đồng bào Nùng"), Q("11 hội viên người Dao", 11, "hội viên người Dao"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("5%", 5, "%"), Q("30 cá nhân", 30, "cá nhân"), Q("2 tập thể", 2, "tập thể")],
[D("Kế hoạch", "12", "KH/HPN", "2012-02-20", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 12-KH/HPN ngày 20/02/2012"),
 D("Chỉ thị", "03", "CT/TU", "2011-05-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 15/5/2011"),
 D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 11-NQ/TW")],
[prov("Lạng Sơn"), com("Hoàng Đồng"), com("Tân Thành")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LẠNG SƠN", "Trang chủ > Hoạt động Hội > Thi đua - Khen thưởng", "Quang cảnh hội nghị. Ảnh: Thu Hằng",
 "Dân vận khéo", "Phụ nữ giữ gìn bản sắc văn hóa dân tộc", "Tổ hợp tác trồng hồi", "Số lượt truy cập: 45.218"],
["Cập nhật: 15:20, 10/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Số lượt truy cập: 45.218"]))

PAGES.append(page("b3943-nghean-bdvhuyen-bieuduong-2013", """
Cổng thông tin điện tử huyện Quỳnh Lưu - Nghệ An
Tin tức > Xây dựng Đảng > Dân vận
22-11-2013 08:35
Ảnh: Lãnh đạo huyện trao Giấy khen cho các điển hình.
Quỳnh Lưu tôn vinh 45 mô hình, điển hình "Dân vận khéo" năm 2013
Sáng 20/11, Ban Thường vụ Huyện ủy Quỳnh Lưu tổ chức Hội nghị biểu dương mô hình, điển hình "Dân vận khéo" năm 2013. Dự hội nghị có đồng chí Nguyễn Đình Tuấn, Phó Trưởng Ban Dân vận Tỉnh ủy Nghệ An; đồng chí Hồ Đức Phước, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Quỳnh Lưu cùng đông đảo già làng, trưởng bản, chức sắc tôn giáo và 45 điển hình được biểu dương.
Sau 3 năm thực hiện Kết luận số 22-KL/HU ngày 12/4/2010 của Ban Thường vụ Huyện ủy, toàn huyện có 173 mô hình "Dân vận khéo" đăng ký, trong đó 45 mô hình, điển hình được công nhận cấp huyện. Các mô hình đã vận động nhân dân hiến 36.420 m2 đất, tháo dỡ 1.850 m tường rào, đóng góp 24.000 ngày công và trên 17 tỷ đồng làm 86,5 km đường bê tông nông thôn; 2 xã đạt chuẩn nông thôn mới.
Đồng chí Phan Văn Nam, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện cho biết, các điển hình trải rộng trên mọi lĩnh vực: vận động giáo dân xây dựng "Giáo xứ bình yên" ở xã Quỳnh Yên, vận động ngư dân xã Quỳnh Lập tham gia tổ đoàn kết trên biển với 312 tàu thuyền.
Tại hội nghị, linh mục Giuse Trần Văn Hạnh, Chánh xứ giáo xứ Thuận Nghĩa, chia sẻ: "Giáo dân trong xứ đã góp 800 triệu đồng và 3.500 ngày công làm đường vào các giáo họ". Ông Hồ Văn Xuân, Trưởng xóm 5, xã Quỳnh Thắng, kể lại việc vận động 42 hộ hiến đất mở rộng đường liên xóm mà không phải đền bù.
Theo đánh giá của Ban Chỉ đạo, phong trào đã tạo sự chuyển biến rõ nét trong nhận thức và hành động của cán bộ, đảng viên về công tác dân vận; nhiều cán bộ cơ sở đã biết lắng nghe, gần dân, trọng dân, làm cho dân tin. Tuy vậy, ở một số nơi việc sơ kết, nhân rộng mô hình chưa kịp thời, chưa có cơ chế động viên, khen thưởng thường xuyên đối với những người trực tiếp làm công tác vận động quần chúng ở thôn, xóm.
Phát biểu tại hội nghị, đồng chí Hồ Đức Phước đề nghị các tổ chức trong hệ thống chính trị tiếp tục thực hiện Quyết định 290-QĐ/TW và Nghị quyết 25-NQ/TW của BCH Trung ương về tăng cường công tác dân vận trong tình hình mới; nhân rộng các mô hình, lấy kết quả phong trào "Dân vận khéo" làm tiêu chí đánh giá tổ chức cơ sở đảng cuối năm.
Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 20 tập thể và 25 cá nhân, kèm theo tiền thưởng tổng cộng 31,5 triệu đồng; đồng chí Nguyễn Đình Tuấn trao Bằng khen của Ban Dân vận Tỉnh ủy cho 3 tập thể xuất sắc.
Hồng Nhung (Trung tâm VHTT huyện)
Lượt xem: 614
Tin khác
- Quỳnh Lưu: khánh thành 12 nhà đại đoàn kết (15/11/2013)
- Hội nghị giao ban công tác dân vận quý III (30/09/2013)
- Xã Quỳnh Thạch ra mắt mô hình "Dòng họ tự quản" (10/09/2013)
""", "2013-11-22", 'Quỳnh Lưu tôn vinh 45 mô hình, điển hình "Dân vận khéo" năm 2013',
E("hoi_nghi", "2013", "2013-11-20"),
[P("Nguyễn Đình Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy Nghệ An"),
 P("Hồ Đức Phước", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy Quỳnh Lưu"),
 P("Phan Văn Nam", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Giuse Trần Văn Hạnh", "linh mục", "Chánh xứ giáo xứ Thuận Nghĩa"),
 P("Hồ Văn Xuân", "Trưởng xóm 5")],
[Q("45 mô hình, điển hình", 45, "mô hình, điển hình"), Q("173 mô hình", 173, "mô hình"), Q("36.420 m2", 36420, "m2"),
 Q("1.850 m", 1850, "m"), Q("24.000 ngày công", 24000, "ngày công"), Q("trên 17 tỷ đồng", 17000000000, "đồng", "over"),
 Q("86,5 km", 86.5, "km"), Q("2 xã", 2, "xã"), Q("312 tàu thuyền", 312, "tàu thuyền"), Q("800 triệu đồng", 800000000, "đồng"),
 Q("3.500 ngày công", 3500, "ngày công"), Q("42 hộ", 42, "hộ"), Q("20 tập thể", 20, "tập thể"), Q("25 cá nhân", 25, "cá nhân"),
 Q("31,5 triệu đồng", 31500000, "đồng"), Q("3 tập thể xuất sắc", 3, "tập thể xuất sắc")],
[D("Kết luận", "22", "KL/HU", "2010-04-12", "Ban Thường vụ Huyện ủy", "Kết luận số 22-KL/HU ngày 12/4/2010"),
 D("Quyết định", "290", "QĐ/TW", None, None, "Quyết định 290-QĐ/TW"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 25-NQ/TW")],
[prov("Nghệ An"), com("Quỳnh Yên"), com("Quỳnh Lập"), com("Quỳnh Thắng")],
["Cổng thông tin điện tử huyện Quỳnh Lưu - Nghệ An", "Tin tức > Xây dựng Đảng > Dân vận",
 "Ảnh: Lãnh đạo huyện trao Giấy khen cho các điển hình.", "Dân vận khéo", "Giáo xứ bình yên", "Lượt xem: 614"],
["22-11-2013 08:35", "năm 2013", "3 năm", "xóm 5", "Lượt xem: 614"]))

PAGES.append(page("b3944-soctrang-mttq-bieuduong-2014", """
SÓC TRĂNG ONLINE - Báo Sóc Trăng điện tử
Chính trị » Mặt trận - Đoàn thể
08:15 | 19/12/2014
Sóc Trăng: Biểu dương 60 gương điển hình "Dân vận khéo" trong đồng bào Khmer
(STO) - Chiều 18/12, Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức Hội nghị biểu dương điển hình tiên tiến trong phong trào thi đua "Dân vận khéo" vùng đồng bào dân tộc Khmer năm 2014.
Ảnh: Các điển hình nhận Bằng khen của UBND tỉnh. Ảnh: Kim Phượng
Dự hội nghị có các đồng chí: Lâm Văn Mến, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Trần Thị Thu Hằng, Trưởng Ban Dân vận Tỉnh ủy; Kim Ngọc Thái, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; cùng 15 vị sư cả các chùa Phật giáo Nam tông Khmer và 60 gương điển hình được biểu dương.
Báo cáo của Ban Dân vận Tỉnh ủy cho biết, sau 2 năm thực hiện Chỉ thị số 68-CT/TW của Ban Bí thư và Kế hoạch 15-KH/TU ngày 05/3/2013 của Tỉnh ủy, toàn tỉnh có 128 mô hình "Dân vận khéo" trong vùng đồng bào Khmer. Đồng bào đã đóng góp trên 26 tỷ đồng, 41.500 ngày công xây dựng 112 cây cầu nông thôn, 94 km đường đal và sửa chữa 356 căn nhà cho hộ nghèo. Tỷ lệ hộ nghèo Khmer giảm từ 24,6% xuống còn 18,1%.
Tại hội nghị, Đại đức Thạch Sô Phonl, trụ trì chùa Tum Núp, xã Lai Hòa, chia sẻ việc vận động phật tử mở 9 lớp dạy chữ Khmer hè cho 280 em học sinh; ông Lý Sên, người có uy tín ấp Tắc Gồng, xã Gia Hòa 1, vận động 18 hộ hiến đất làm lộ nông thôn với tổng diện tích 2.400 m2. Bà Sơn Thị Chanh Thi, Chi hội trưởng phụ nữ ấp Prey Chóp, xã Thạnh Thới An, đã giúp 23 chị em vay 460 triệu đồng phát triển chăn nuôi.
Hội nghị cũng thẳng thắn chỉ ra những hạn chế: một số mô hình chưa có tính bền vững, chủ yếu dựa vào sự hỗ trợ của Nhà nước; việc vận động đồng bào thay đổi tập quán sản xuất còn chậm; công tác nắm tình hình ở các ấp giáp ranh có lúc chưa sâu sát, chưa phát hiện sớm các hoạt động lợi dụng tôn giáo, dân tộc.
Phát biểu tại hội nghị, đồng chí Lâm Văn Mến đánh giá cao sự đóng góp của các vị sư sãi, người có uy tín, đề nghị các cấp tiếp tục thực hiện tốt Quyết định số 18/2011/QĐ-TTg và Quyết định 56/2013/QĐ-TTg của Thủ tướng Chính phủ về chế độ, chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số.
Dịp này, UBND tỉnh tặng Bằng khen cho 20 tập thể và 40 cá nhân tiêu biểu; mỗi điển hình được nhận 1 phần quà trị giá 500.000 đồng.
Kim Phượng
Lượt truy cập: 3.216.540
Tin liên quan
- Mỹ Xuyên: trao 300 phần quà cho hộ Khmer nghèo (12/12/2014)
- Hội Đoàn kết sư sãi yêu nước tỉnh tổng kết năm 2014 (08/12/2014)
- Trần Đề: 7 mô hình dân vận khéo được công nhận (25/11/2014)
""", "2014-12-19", 'Sóc Trăng: Biểu dương 60 gương điển hình "Dân vận khéo" trong đồng bào Khmer',
E("hoi_nghi", "2014", "2014-12-18"),
[P("Lâm Văn Mến", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Trần Thị Thu Hằng", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Ngọc Thái", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phonl", "Đại đức", "trụ trì chùa Tum Núp"),
 P("Lý Sên", "người có uy tín ấp Tắc Gồng"),
 P("Sơn Thị Chanh Thi", "Chi hội trưởng phụ nữ ấp Prey Chóp")],
[Q("60 gương điển hình", 60, "gương điển hình"), Q("15 vị sư cả", 15, "vị sư cả"), Q("128 mô hình", 128, "mô hình"),
 Q("trên 26 tỷ đồng", 26000000000, "đồng", "over"), Q("41.500 ngày công", 41500, "ngày công"),
 Q("112 cây cầu nông thôn", 112, "cây cầu nông thôn"), Q("94 km", 94, "km"), Q("356 căn nhà", 356, "căn nhà"),
 Q("24,6%", 24.6, "%"), Q("18,1%", 18.1, "%"), Q("9 lớp dạy chữ Khmer hè", 9, "lớp dạy chữ Khmer hè"),
 Q("280 em học sinh", 280, "em học sinh"), Q("18 hộ", 18, "hộ"), Q("2.400 m2", 2400, "m2"), Q("23 chị em", 23, "chị em"),
 Q("460 triệu đồng", 460000000, "đồng"), Q("20 tập thể", 20, "tập thể"), Q("40 cá nhân tiêu biểu", 40, "cá nhân tiêu biểu"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 68-CT/TW"),
 D("Kế hoạch", "15", "KH/TU", "2013-03-05", "Tỉnh ủy", "Kế hoạch 15-KH/TU ngày 05/3/2013"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 56/2013/QĐ-TTg")],
[prov("Sóc Trăng"), com("Lai Hòa"), com("Gia Hòa 1"), com("Thạnh Thới An")],
["SÓC TRĂNG ONLINE - Báo Sóc Trăng điện tử", "Chính trị » Mặt trận - Đoàn thể", "(STO)",
 "Ảnh: Các điển hình nhận Bằng khen của UBND tỉnh. Ảnh: Kim Phượng", "Dân vận khéo", "Lượt truy cập: 3.216.540"],
["08:15 | 19/12/2014", "năm 2014", "2 năm", "1 phần quà", "Lượt truy cập: 3.216.540"]))

PAGES.append(page("b3945-daklak-danvankheo-tongket-2015", """
Báo Đắk Lắk điện tử
Trang chủ / Chính trị / Dân vận
29/12/2015 - 16:10
Ảnh: Toàn cảnh hội nghị tổng kết.
Đắk Lắk: Trao Bằng khen cho 35 tập thể, cá nhân tiêu biểu trong phong trào "Dân vận khéo"
Ngày 28/12, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị tổng kết phong trào thi đua "Dân vận khéo" năm 2015. Đồng chí Y Dhăm Ênuôl, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Cùng dự có các đồng chí: Y Khâm Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; H'Yam Byă, Phó Trưởng Ban Dân tộc tỉnh; Nguyễn Văn Lạc, Phó Giám đốc Sở Nội vụ, Trưởng ban Thi đua - Khen thưởng tỉnh.
Năm 2015, toàn tỉnh có 2.067 mô hình "Dân vận khéo" được đăng ký thực hiện, tăng 314 mô hình so với năm 2014; trong đó 452 mô hình được các cấp công nhận, 61 mô hình cấp tỉnh. Từ các mô hình, nhân dân đã hiến trên 187.000 m2 đất, đóng góp khoảng 58.700 ngày công và 34,2 tỷ đồng xây dựng nông thôn mới; 1.276 hộ đồng bào dân tộc thiểu số được giúp đỡ thoát nghèo.
Những cách làm hay được nêu tại hội nghị như mô hình "Buôn không có người vi phạm pháp luật" ở buôn Ea Kmát, xã Ea Tu; "Nhóm hộ Ê Đê giúp nhau làm cà phê bền vững" ở xã Cư Bao. Già làng Ama H'Lin, người có uy tín buôn Ea Kmát, kể: "Mình đi từng nhà nói cho bà con hiểu, 35 hộ đã ký cam kết không nghe theo kẻ xấu".
Hội nghị cũng đánh giá, bên cạnh những kết quả đạt được, phong trào còn một số hạn chế như: một số cấp ủy, chính quyền cơ sở chưa thực sự quan tâm lãnh đạo; việc lựa chọn, xây dựng mô hình còn dàn trải, chưa có trọng tâm; công tác tuyên truyền, nhân rộng điển hình chưa thường xuyên; kinh phí hỗ trợ các mô hình còn hạn hẹp, chủ yếu dựa vào sự đóng góp của nhân dân.
Đồng chí Y Dhăm Ênuôl nhấn mạnh, phong trào đã góp phần thực hiện thắng lợi Nghị quyết 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương và Chương trình hành động số 23-CTr/TU của Tỉnh ủy về tăng cường công tác dân vận; đề nghị năm 2016 tập trung xây dựng mô hình ở các buôn đặc biệt khó khăn, vùng có đạo Tin lành.
Theo Quyết định số 3825/QĐ-UBND ngày 22/12/2015 của UBND tỉnh, 15 tập thể và 20 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh, kèm tiền thưởng theo quy định; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 47 tập thể, cá nhân khác. Trong số cá nhân được khen có các đồng chí Bí thư chi bộ buôn: Y Blin Mlô, Y Sơn Knul, H'Bươn Adrơng.
Hoài Thương
Lượt xem: 2.305
Tin liên quan
- Krông Bông: sơ kết 3 năm thực hiện Kết luận 114 (20/12/2015)
- Trao 100 suất quà cho người có uy tín huyện Lắk (10/12/2015)
- Hội nghị báo cáo viên tháng 11/2015 (25/11/2015)
""", "2015-12-29", 'Đắk Lắk: Trao Bằng khen cho 35 tập thể, cá nhân tiêu biểu trong phong trào "Dân vận khéo"',
E("tong_ket", "2015", "2015-12-28"),
[P("Y Dhăm Ênuôl", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Khâm Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Yam Byă", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Văn Lạc", "Phó Giám đốc Sở Nội vụ", "Trưởng ban Thi đua - Khen thưởng tỉnh"),
 P("Ama H'Lin", "Già làng", "người có uy tín buôn Ea Kmát"),
 P("Y Blin Mlô", "Bí thư chi bộ buôn"), P("Y Sơn Knul", "Bí thư chi bộ buôn"), P("H'Bươn Adrơng", "Bí thư chi bộ buôn")],
[Q("35 tập thể, cá nhân tiêu biểu", 35, "tập thể, cá nhân tiêu biểu"), Q("2.067 mô hình", 2067, "mô hình"),
 Q("314 mô hình", 314, "mô hình"), Q("452 mô hình", 452, "mô hình"), Q("61 mô hình cấp tỉnh", 61, "mô hình cấp tỉnh"),
 Q("trên 187.000 m2", 187000, "m2", "over"), Q("khoảng 58.700 ngày công", 58700, "ngày công", "approx"),
 Q("34,2 tỷ đồng", 34200000000, "đồng"), Q("1.276 hộ đồng bào dân tộc thiểu số", 1276, "hộ đồng bào dân tộc thiểu số"),
 Q("35 hộ", 35, "hộ"), Q("15 tập thể", 15, "tập thể"), Q("20 cá nhân", 20, "cá nhân"),
 Q("47 tập thể, cá nhân", 47, "tập thể, cá nhân")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết 25-NQ/TW ngày 03/6/2013"),
 D("Chương trình hành động", "23", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 23-CTr/TU"),
 D("Quyết định", "3825", "QĐ-UBND", "2015-12-22", "UBND tỉnh", "Quyết định số 3825/QĐ-UBND ngày 22/12/2015")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Cư Bao")],
["Báo Đắk Lắk điện tử", "Trang chủ / Chính trị / Dân vận", "Ảnh: Toàn cảnh hội nghị tổng kết.", "Dân vận khéo",
 "Buôn không có người vi phạm pháp luật", "Nhóm hộ Ê Đê giúp nhau làm cà phê bền vững", "Lượt xem: 2.305"],
["29/12/2015 - 16:10", "năm 2015", "năm 2014", "năm 2016", "Lượt xem: 2.305"]))

PAGES.append(page("b3946-hatinh-xa-mattran-tongket-2016", """
ỦY BAN NHÂN DÂN XÃ THẠCH HẠ - THÀNH PHỐ HÀ TĨNH
Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể
Ngày đăng 20/12/2016 | 10:05
Ảnh minh họa: Các khu dân cư nhận Giấy khen.
Xã Thạch Hạ tổng kết công tác Mặt trận và cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"
Chiều 18/12, Ủy ban MTTQ xã Thạch Hạ tổ chức hội nghị tổng kết công tác Mặt trận năm 2016, khen thưởng các khu dân cư, hộ gia đình tiêu biểu trong phong trào thi đua "Dân vận khéo" và xây dựng nông thôn mới.
Dự hội nghị có ông Trần Đình Vũ, Phó Chủ tịch Ủy ban MTTQ thành phố Hà Tĩnh; ông Nguyễn Văn Thanh, Bí thư Đảng ủy, Chủ tịch HĐND xã; ông Phan Đình Lợi, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; các ông, bà Trưởng thôn: Lê Văn Tâm, Đặng Thị Hoa, Võ Quốc Toản.
Bà Nguyễn Thị Mai Hương, Chủ tịch Ủy ban MTTQ xã báo cáo: năm 2016, Mặt trận và các đoàn thể đã vận động nhân dân 9 thôn hiến 6.850 m2 đất, đóng góp 2.160 ngày công và hơn 3,46 tỷ đồng làm 7,2 km đường giao thông, 4,5 km kênh mương; quỹ "Vì người nghèo" của xã vận động được 86,7 triệu đồng, hỗ trợ làm mới 3 nhà đại đoàn kết, mỗi nhà 30 triệu đồng. Toàn xã có 1.432/1.518 hộ đạt gia đình văn hóa, đạt 94,3%; 8/9 thôn đạt khu dân cư văn hóa.
Thực hiện Kế hoạch số 46-KH/ĐU ngày 10/3/2016 của Đảng ủy xã và Hướng dẫn 07-HD/MT của Ban Thường trực Ủy ban MTTQ thành phố, Mặt trận xã đã chỉ đạo xây dựng 4 mô hình "Dân vận khéo": "Đường hoa khu dân cư", "Tổ tự quản vệ sinh môi trường", "Vườn mẫu nông thôn mới", "Câu lạc bộ dòng họ không có người vi phạm pháp luật".
Bên cạnh đó, hội nghị cũng chỉ ra những tồn tại như: việc phân loại rác thải tại hộ gia đình chưa đồng đều; một số hộ còn chậm đóng góp các khoản theo thỏa thuận; hoạt động của Ban công tác Mặt trận ở một số thôn còn lúng túng, chưa phát huy được vai trò của người có uy tín, các chức sắc và trưởng họ tộc trong vận động nhân dân; công tác nắm bắt tâm tư, nguyện vọng của nhân dân có lúc chưa kịp thời.
Các ý kiến tham luận tập trung vào kinh nghiệm vận động hiến đất, giải quyết mâu thuẫn trong khu dân cư và giữ gìn vệ sinh môi trường nông thôn.
Phát biểu tại hội nghị, ông Trần Đình Vũ biểu dương những kết quả xã đạt được, đề nghị năm 2017 tiếp tục thực hiện Nghị quyết 08-NQ/TU của Ban Thường vụ Tỉnh ủy về xây dựng khu dân cư kiểu mẫu, phấn đấu có ít nhất 2 thôn đạt chuẩn.
Dịp này, UBND xã tặng Giấy khen cho 5 tập thể và 14 cá nhân; Ủy ban MTTQ thành phố tặng Giấy khen cho thôn Đồng Vĩnh và ông Lê Văn Tâm.
Thanh Bình
Số lượt truy cập: 18.904
Tin khác
- Thạch Hạ ra quân làm đường hoa mùa xuân (12/12/2016)
- Trao 30 suất quà cho hộ nghèo dịp Tết (05/12/2016)
- Hội nghị đối thoại với nhân dân năm 2016 (28/11/2016)
""", "2016-12-20", 'Xã Thạch Hạ tổng kết công tác Mặt trận và cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"',
E("tong_ket", "2016", "2016-12-18"),
[P("Trần Đình Vũ", "Phó Chủ tịch Ủy ban MTTQ thành phố Hà Tĩnh"),
 P("Nguyễn Văn Thanh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Phan Đình Lợi", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lê Văn Tâm", "Trưởng thôn"), P("Đặng Thị Hoa", "Trưởng thôn"), P("Võ Quốc Toản", "Trưởng thôn"),
 P("Nguyễn Thị Mai Hương", "Chủ tịch Ủy ban MTTQ xã")],
[Q("9 thôn", 9, "thôn"), Q("6.850 m2", 6850, "m2"), Q("2.160 ngày công", 2160, "ngày công"),
 Q("hơn 3,46 tỷ đồng", 3460000000, "đồng", "over"), Q("7,2 km", 7.2, "km"), Q("4,5 km", 4.5, "km"),
 Q("86,7 triệu đồng", 86700000, "đồng"), Q("3 nhà đại đoàn kết", 3, "nhà đại đoàn kết"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("1.432/1.518 hộ", 1432, "hộ"), Q("94,3%", 94.3, "%"), Q("8/9 thôn", 8, "thôn"), Q("4 mô hình", 4, "mô hình"),
 Q("ít nhất 2 thôn", 2, "thôn", "over"), Q("5 tập thể", 5, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kế hoạch", "46", "KH/ĐU", "2016-03-10", "Đảng ủy xã", "Kế hoạch số 46-KH/ĐU ngày 10/3/2016"),
 D("Hướng dẫn", "07", "HD/MT", None, "Ban Thường trực Ủy ban MTTQ thành phố", "Hướng dẫn 07-HD/MT"),
 D("Nghị quyết", "08", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 08-NQ/TU")],
[prov("Hà Tĩnh"), com("Thạch Hạ")],
["ỦY BAN NHÂN DÂN XÃ THẠCH HẠ - THÀNH PHỐ HÀ TĨNH", "Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể",
 "Ảnh minh họa: Các khu dân cư nhận Giấy khen.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Dân vận khéo",
 "Vì người nghèo", "Đường hoa khu dân cư", "Tổ tự quản vệ sinh môi trường", "Vườn mẫu nông thôn mới",
 "Câu lạc bộ dòng họ không có người vi phạm pháp luật", "Số lượt truy cập: 18.904"],
["Ngày đăng 20/12/2016 | 10:05", "năm 2016", "năm 2017", "Số lượt truy cập: 18.904"]))
