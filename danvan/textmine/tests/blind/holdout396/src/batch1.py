from lib import *
PAGES = []

PAGES.append(page("b9461-thanhhoa-bdv-dvk-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ › Hoạt động › Phong trào "Dân vận khéo"
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Các tập thể được tặng bằng khen tại hội nghị.
Thanh Hóa tổng kết phong trào thi đua "Dân vận khéo" năm 2011
Ngày 26/12/2011, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị tổng kết phong trào thi đua "Dân vận khéo" năm 2011, phát động thi đua năm 2012. Dự hội nghị có đồng chí Lê Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Văn Thụ, Phó Chủ tịch UBND tỉnh cùng 215 đại biểu là lãnh đạo ban dân vận các huyện, thị, thành ủy, Mặt trận và các đoàn thể.
Báo cáo tổng kết do đồng chí Cầm Bá Lượng, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày nêu rõ: thực hiện Kế hoạch số 27-KH/BDVTU ngày 10/3/2011 của Ban Dân vận Tỉnh ủy và Hướng dẫn số 14-HD/BDVTW của Ban Dân vận Trung ương, các cấp, các ngành đã cụ thể hóa phong trào bằng những việc làm thiết thực. Toàn tỉnh có 1.246 mô hình "Dân vận khéo" được đăng ký, trong đó 318 mô hình ở lĩnh vực phát triển kinh tế, 205 mô hình về xây dựng nông thôn mới. Nhân dân đã hiến 48.600 m2 đất, đóng góp trên 36 tỷ đồng và hơn 92.000 ngày công để làm 214 km đường giao thông nông thôn.
Ở các huyện miền núi, phong trào gắn với việc vận động đồng bào Thái, Mường, Mông bỏ tập tục lạc hậu, định canh định cư. Huyện Mường Lát có 21 thôn, bản không còn trường hợp tảo hôn; xã Trung Lý vận động 137 hộ chuyển đổi 85 ha đất trồng lúa kém hiệu quả sang trồng ngô lai.
Tại hội nghị, ông Hà Văn Ca, Bí thư Đảng ủy xã Trung Lý; bà Lò Thị Ánh, Chủ tịch Hội LHPN huyện Quan Sơn và ông Mai Xuân Bình, Trưởng thôn Yên Trung, xã Định Tăng đã chia sẻ kinh nghiệm "nói để dân nghe, làm để dân tin" khi vận động bà con dồn điền đổi thửa, làm đường giao thông.
Đồng chí Lê Thị Hạnh ghi nhận kết quả đạt được, đồng thời chỉ ra hạn chế: một số nơi đăng ký mô hình còn hình thức, chưa có tiêu chí đánh giá rõ ràng, việc nhân rộng điển hình còn chậm. Năm 2012, đồng chí đề nghị các cấp ủy tiếp tục quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị, gắn phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; mỗi cơ quan, đơn vị đăng ký ít nhất một mô hình có địa chỉ cụ thể.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 25 tập thể và 38 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 46 tập thể, 72 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2011. Mỗi tập thể được thưởng 1,5 triệu đồng, mỗi cá nhân 500.000 đồng.
Minh Hiếu
Lượt xem: 1.024
Tin liên quan
- Hậu Lộc ra mắt 12 mô hình "Dân vận khéo" (20/12/2011)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại Như Xuân (08/12/2011)
- Hội nghị công tác dân vận chính quyền năm 2011 (30/11/2011)
- Vận động đồng bào Mông ở Mường Lát định canh định cư (15/11/2011)
""", "2011-12-28", "Thanh Hóa tổng kết phong trào thi đua \"Dân vận khéo\" năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Lê Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Thụ", "Phó Chủ tịch UBND tỉnh"),
 P("Cầm Bá Lượng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Ca", "Bí thư Đảng ủy xã Trung Lý"),
 P("Lò Thị Ánh", "Chủ tịch Hội LHPN huyện Quan Sơn"),
 P("Mai Xuân Bình", "Trưởng thôn Yên Trung")],
[Q("215 đại biểu", 215, "đại biểu"), Q("1.246 mô hình", 1246, "mô hình"), Q("318 mô hình", 318, "mô hình"),
 Q("205 mô hình", 205, "mô hình"), Q("48.600 m2", 48600, "m2"), Q("trên 36 tỷ đồng", 36000000000, "đồng", "over"),
 Q("hơn 92.000 ngày công", 92000, "ngày công", "over"), Q("214 km", 214, "km"), Q("21 thôn, bản", 21, "thôn, bản"),
 Q("137 hộ", 137, "hộ"), Q("85 ha", 85, "ha"), Q("25 tập thể", 25, "tập thể"), Q("38 cá nhân", 38, "cá nhân"),
 Q("46 tập thể", 46, "tập thể"), Q("72 cá nhân", 72, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "27", "KH/BDVTU", "2011-03-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 27-KH/BDVTU ngày 10/3/2011"),
 D("Hướng dẫn", "14", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 14-HD/BDVTW"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Định Tăng")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ › Hoạt động › Phong trào \"Dân vận khéo\"",
 "Ảnh: Các tập thể được tặng bằng khen tại hội nghị.", "Dân vận khéo", "nói để dân nghe, làm để dân tin",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.024"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "Lượt xem: 1.024"]))

PAGES.append(page("b9462-langson-bdv-dvk-soket-2012", """
Cổng thông tin điện tử Đảng bộ tỉnh Lạng Sơn
Bạn đang ở: Trang chủ > Dân vận > Tin tức - Sự kiện
Cập nhật: 14:05, 16/07/2012 (GMT+7)
Nhiều cách làm sáng tạo trong phong trào "Dân vận khéo" ở vùng biên
Sáng 13/7, Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức hội nghị sơ kết phong trào thi đua "Dân vận khéo" 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Hoàng Văn Nghiệm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Hoàng Văn Nghiệm phát biểu chỉ đạo hội nghị.
Sáu tháng qua, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 32, 33-KH/TU về đẩy mạnh phong trào "Dân vận khéo" ở các xã biên giới và trong vùng đồng bào có đạo; phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh duy trì mô hình "Đồn biên phòng - điểm tựa dân vận" ở 16 đồn.
Đến nay toàn tỉnh có 684 mô hình, điển hình "Dân vận khéo", tăng 97 mô hình so với cuối năm 2011. Nổi bật là việc vận động nhân dân 5 xã biên giới của hai huyện Cao Lộc, Văn Lãng tham gia tự quản đường biên, mốc giới; ở xã Thụy Hùng, 312 hộ đã ký cam kết không tiếp tay buôn lậu. Nhân dân các huyện Bình Gia, Bắc Sơn hiến gần 12.000 m2 đất, đóng góp 4,3 tỷ đồng làm đường bê tông; huyện Tràng Định vận động được 58 hộ xóa nhà tạm bằng nguồn vốn vay ưu đãi và ngày công của dòng họ.
Tại hội nghị, đại biểu nghe các tham luận của bà Hoàng Thị Nhung, HUV, Trưởng Ban Dân vận Huyện ủy Văn Quan; ông Vi Văn Thành, Bí thư Chi bộ thôn Nà Slảng, xã Hồng Phong và Thiếu tá Lăng Văn Hữu, Đồn trưởng Đồn Biên phòng Chi Ma. Các ý kiến đề nghị tỉnh sớm có cơ chế khen thưởng kịp thời cho tổ, nhóm có cách làm hay ở thôn, bản; quan tâm bồi dưỡng kỹ năng cho cán bộ dân vận xã mới được bố trí.
Hội nghị cũng chỉ ra hạn chế: một số mô hình đăng ký còn chung chung, chưa gắn với nhiệm vụ chính trị của địa phương; việc theo dõi, đánh giá sau đăng ký chưa thường xuyên; sự phối hợp giữa khối dân vận với chính quyền ở vài nơi còn lỏng lẻo.
Phát biểu kết luận, đồng chí Hoàng Văn Nghiệm yêu cầu 6 tháng cuối năm các cấp tiếp tục thực hiện Chỉ thị số 16-CT/TU ngày 12/5/2011 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng công tác dân vận; mỗi huyện chọn từ hai đến ba mô hình tiêu biểu để tổng kết, nhân rộng; chuẩn bị tốt việc sơ kết 3 năm phong trào vào cuối năm. Ban Dân vận Tỉnh ủy sẽ phối hợp Sở Nội vụ hướng dẫn tiêu chí khen thưởng theo Thông tư số 02/2011/TT-BNV của Bộ Nội vụ, bảo đảm khen đúng người, đúng việc.
Thu Hằng
Số lượt đọc: 512
Các tin khác
- Lộc Bình: 9 tập thể được khen thưởng trong phong trào "Dân vận khéo" (10/07/2012)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Đình Lập (29/06/2012)
- Công tác dân vận trong vùng đồng bào có đạo (18/06/2012)
- Hữu Lũng: nhân dân hiến hơn 3.000 m2 đất làm đường (05/06/2012)
""", "2012-07-16", "Nhiều cách làm sáng tạo trong phong trào \"Dân vận khéo\" ở vùng biên",
E("so_ket", "2012-H1", "2012-07-13"),
[P("Hoàng Văn Nghiệm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Nhung", "HUV", "Trưởng Ban Dân vận Huyện ủy Văn Quan"),
 P("Vi Văn Thành", "Bí thư Chi bộ thôn Nà Slảng"),
 P("Lăng Văn Hữu", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Chi Ma")],
[Q("16 đồn", 16, "đồn"), Q("684 mô hình, điển hình", 684, "mô hình, điển hình"), Q("97 mô hình", 97, "mô hình"),
 Q("5 xã biên giới", 5, "xã biên giới"), Q("312 hộ", 312, "hộ"), Q("gần 12.000 m2", 12000, "m2", "approx"),
 Q("4,3 tỷ đồng", 4300000000, "đồng"), Q("58 hộ", 58, "hộ")],
[D("Kế hoạch", "32", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 32, 33-KH/TU"),
 D("Kế hoạch", "33", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 32, 33-KH/TU"),
 D("Chỉ thị", "16", "CT/TU", "2011-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 12/5/2011"),
 D("Thông tư", "02", "2011/TT-BNV", None, "Bộ Nội vụ", "Thông tư số 02/2011/TT-BNV")],
[prov("Lạng Sơn"), com("Thụy Hùng"), com("Hồng Phong")],
["Cổng thông tin điện tử Đảng bộ tỉnh Lạng Sơn", "Bạn đang ở: Trang chủ > Dân vận > Tin tức - Sự kiện",
 "Đồng chí Hoàng Văn Nghiệm phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "Đồn biên phòng - điểm tựa dân vận",
 "Số lượt đọc: 512"],
["Cập nhật: 14:05, 16/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "cuối năm 2011", "3 năm",
 "Số lượt đọc: 512"]))

PAGES.append(page("b9463-gialai-bdv-dvk-bieuduong-2013", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị » Dân vận
08:20 | 22/11/2013
Biểu dương 86 điển hình "Dân vận khéo"
(GLO)- Ngày 21/11, Ban Dân vận Tỉnh ủy Gia Lai tổ chức Hội nghị biểu dương điển hình "Dân vận khéo" năm 2013. Dự hội nghị có các đồng chí: Rah Lan Thuyết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Nguyễn Đức Hòa, Phó Chủ tịch UBND tỉnh; Siu H'Lim, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Toàn cảnh hội nghị biểu dương. Ảnh: Hồng Thi
Năm 2013, phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa ở 17 huyện, thị xã, thành phố. Toàn tỉnh đã xây dựng 1.532 mô hình, trong đó 410 mô hình ở vùng đồng bào dân tộc thiểu số. Từ phong trào, nhân dân đã hiến 63.000 m2 đất, góp 7,8 tỷ đồng cùng Nhà nước làm 126 km đường và 42 nhà rông văn hóa.
Hội nghị đã biểu dương 86 điển hình "Dân vận khéo", gồm 39 tập thể và 47 cá nhân. Trong đó có nhiều già làng, người có uy tín như già làng Đinh Blưn (làng Kon Sơ Lăl, xã Hà Đông) đã vận động 36 hộ trong làng bỏ tục chia của cho người chết; ông Kpă Blih, Trưởng thôn Plei Ơi, xã Ia Le vận động bà con hiến 2,4 ha đất làm sân thể thao. Chị Hồ Thị Hương, giáo viên Trường Mầm non Hoa Mai, xã Đak Pling thực hiện "3 cùng" với dân, vận động toàn bộ trẻ mẫu giáo trong làng ra lớp.
Phát biểu tại hội nghị, đồng chí Rah Lan Thuyết đánh giá phong trào đã góp phần củng cố niềm tin của đồng bào Jrai, Bahnar với Đảng, chính quyền. Tuy vậy, việc phát hiện, bồi dưỡng điển hình ở một số nơi chưa thường xuyên, tuyên truyền còn hạn chế. Đồng chí đề nghị các cấp ủy tiếp tục thực hiện Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể, Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy; đưa tiêu chí "Dân vận khéo" vào bình xét thi đua cuối năm của các cơ quan, đơn vị.
Thay mặt các điển hình, già làng Đinh Blưn bày tỏ: "Làm cán bộ thì phải ở với dân, ăn với dân, nói cái gì dân hiểu thì dân mới nghe". Ông Kpă Blih cho biết năm tới làng sẽ tiếp tục vận động bà con trồng cà phê xen cây ăn quả, giữ rừng đầu nguồn. Chị Hồ Thị Hương mong muốn ngành giáo dục quan tâm hơn đến giáo viên cắm bản, nhất là chỗ ở và phụ cấp đi lại.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 39 tập thể và 47 cá nhân; mỗi điển hình được nhận phần thưởng trị giá 1 triệu đồng.
Hồng Thi
Tin liên quan
- Đak Đoa: sơ kết 3 năm phong trào "Dân vận khéo" (14/11/2013)
- Già làng trong vùng đồng bào Bahnar giữ bình yên buôn làng (02/11/2013)
- Ia Grai ra mắt mô hình "Làng không có người vi phạm pháp luật" (25/10/2013)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Krông Pa (10/10/2013)
""", "2013-11-22", "Biểu dương 86 điển hình \"Dân vận khéo\"",
E("hoi_nghi", "2013", "2013-11-21"),
[P("Rah Lan Thuyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Hòa", "Phó Chủ tịch UBND tỉnh"),
 P("Siu H'Lim", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Blưn", "già làng"),
 P("Kpă Blih", "Trưởng thôn Plei Ơi"),
 P("Hồ Thị Hương", "giáo viên Trường Mầm non Hoa Mai")],
[Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("1.532 mô hình", 1532, "mô hình"),
 Q("410 mô hình", 410, "mô hình"), Q("63.000 m2", 63000, "m2"), Q("7,8 tỷ đồng", 7800000000, "đồng"),
 Q("126 km", 126, "km"), Q("42 nhà rông văn hóa", 42, "nhà rông văn hóa"), Q("86 điển hình", 86, "điển hình"),
 Q("39 tập thể", 39, "tập thể"), Q("47 cá nhân", 47, "cá nhân"), Q("36 hộ", 36, "hộ"), Q("2,4 ha", 2.4, "ha"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU")],
[prov("Gia Lai"), com("Hà Đông"), com("Ia Le"), com("Đak Pling")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị » Dân vận", "Toàn cảnh hội nghị biểu dương. Ảnh: Hồng Thi", "(GLO)",
 "Dân vận khéo", "3 cùng"],
["08:20 | 22/11/2013", "năm 2013", "3 cùng"]))

PAGES.append(page("b9464-soctrang-trande-dvk-tongket-2014", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ | Hoạt động dân vận | Dân vận cơ sở
08:15 | 19/12/2014
Trần Đề: tổng kết phong trào thi đua "Dân vận khéo" năm 2014
Ngày 17/12/2014, Ban Dân vận Huyện ủy Trần Đề tổ chức hội nghị tổng kết phong trào thi đua "Dân vận khéo" năm 2014. Đồng chí Lâm Văn Sươl, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị. Dự hội nghị có đồng chí Trần Thị Mỹ Lệ, Phó Trưởng Ban Dân vận Tỉnh ủy.
Năm 2014, toàn huyện có 94 mô hình "Dân vận khéo" được công nhận, trong đó cấp huyện 21 mô hình, cấp xã 73 mô hình. Các mô hình tập trung vào chuyển đổi cơ cấu cây trồng, vật nuôi, giữ gìn an ninh trật tự và vận động đồng bào Khmer cho con em đến trường. Tiêu biểu như mô hình "Sóc không có người nghiện ma túy" ở ấp Tắc Bướm, xã Đại Ân 2; mô hình "Chùa tham gia xóa đói giảm nghèo" ở xã Lịch Hội Thượng do Đại đức Thạch Sà Phol, trụ trì chùa Prếk Chrôp, làm chủ nhiệm, đã vận động 14 chùa Phật giáo Nam tông Khmer trong huyện quyên góp 265 triệu đồng hỗ trợ 53 học sinh nghèo.
Cùng với đó, các cơ quan, đơn vị đã vận động 1.120 hộ hiến đất, cây trồng để làm 37 km đường nông thôn; giải quyết 46/51 vụ việc tranh chấp ngay từ cơ sở. Tổng giá trị nhân dân đóng góp ước 9,6 tỷ đồng.
Tại hội nghị, các đại biểu: ông Sơn Ngọc Thạch, Chủ tịch UBND xã Đại Ân 2; bà Lý Thị Sa Muôl, Chi hội trưởng Chi hội Phụ nữ ấp Tắc Bướm; ông Kim Văn Hên, người có uy tín ấp Giồng Chùa, xã Trung Bình đã trình bày tham luận, chia sẻ cách làm gần dân, hiểu dân. Ông Kim Văn Hên cho biết nhờ bà con tin tưởng, ấp đã 3 năm liền không có đơn thư vượt cấp.
Bên cạnh kết quả, hội nghị thẳng thắn chỉ ra một số hạn chế: việc đăng ký mô hình ở vài xã còn mang tính hình thức, chưa có sổ theo dõi; công tác tuyên truyền, giới thiệu điển hình trên hệ thống loa truyền thanh chưa thường xuyên.
Phát biểu kết luận, đồng chí Trần Thị Mỹ Lệ đề nghị Ban Dân vận Huyện ủy tiếp tục tham mưu thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới và Kế hoạch số 71-KH/TU của Tỉnh ủy Sóc Trăng; chú trọng phát hiện những cách làm hay trong đồng bào Khmer để nhân rộng. Năm 2015, huyện phấn đấu mỗi xã, thị trấn có ít nhất 3 mô hình "Dân vận khéo" cấp xã.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 15 tập thể, 22 cá nhân tiêu biểu trong phong trào thi đua "Dân vận khéo" năm 2014.
Sơn Hải
Lượt truy cập: 27.415
Tin khác
- Mỹ Xuyên: vận động hội viên tham gia mô hình "Dân vận khéo" (12/12/2014)
- Trao 50 căn nhà đại đoàn kết cho hộ nghèo Khmer (04/12/2014)
- Ban Dân vận Tỉnh ủy thăm, chúc mừng lễ Ok Om Bok (05/11/2014)
- Châu Thành: tổng kết công tác dân vận chính quyền (28/10/2014)
""", "2014-12-19", "Trần Đề: tổng kết phong trào thi đua \"Dân vận khéo\" năm 2014",
E("tong_ket", "2014", "2014-12-17"),
[P("Lâm Văn Sươl", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Thị Mỹ Lệ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sà Phol", "Đại đức", "trụ trì chùa Prếk Chrôp"),
 P("Sơn Ngọc Thạch", "Chủ tịch UBND xã Đại Ân 2"),
 P("Lý Thị Sa Muôl", "Chi hội trưởng Chi hội Phụ nữ ấp Tắc Bướm"),
 P("Kim Văn Hên", "người có uy tín ấp Giồng Chùa")],
[Q("94 mô hình", 94, "mô hình"), Q("21 mô hình", 21, "mô hình"), Q("73 mô hình", 73, "mô hình"),
 Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"), Q("265 triệu đồng", 265000000, "đồng"),
 Q("53 học sinh nghèo", 53, "học sinh nghèo"), Q("1.120 hộ", 1120, "hộ"), Q("37 km", 37, "km"),
 Q("46/51 vụ việc tranh chấp", 46, "vụ việc tranh chấp"), Q("ước 9,6 tỷ đồng", 9600000000, "đồng", "approx"),
 Q("ít nhất 3 mô hình", 3, "mô hình", "over"), Q("15 tập thể", 15, "tập thể"),
 Q("22 cá nhân tiêu biểu", 22, "cá nhân tiêu biểu")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Kế hoạch", "71", "KH/TU", None, "Tỉnh ủy Sóc Trăng", "Kế hoạch số 71-KH/TU")],
[prov("Sóc Trăng"), com("Đại Ân 2"), com("Lịch Hội Thượng"), com("Trung Bình")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ | Hoạt động dân vận | Dân vận cơ sở", "Dân vận khéo",
 "Sóc không có người nghiện ma túy", "Chùa tham gia xóa đói giảm nghèo", "Lượt truy cập: 27.415"],
["08:15 | 19/12/2014", "năm 2014", "3 năm", "Năm 2015", "Lượt truy cập: 27.415"]))

PAGES.append(page("b9465-nghean-dvk-chandung-2015", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự > Chính trị > Dân vận
Thứ Năm, 10/09/2015, 07:45
Người "giữ lửa" Dân vận khéo ở bản Thái
Ông Lương Văn Pận (bên trái) trao đổi với cán bộ xã về vùng chè. Ảnh: Hải Thượng
(Baonghean) - Hơn 20 năm làm Bí thư Chi bộ bản Xiềng, xã Châu Quang, ông Lương Văn Pận được bà con người Thái gọi là "người đi trước". Ông là một trong 12 cá nhân được Ban Dân vận Tỉnh ủy Nghệ An tặng giấy khen điển hình "Dân vận khéo" theo Quyết định số 1156-QĐ/BDVTU ngày 20/12/2014.
Bản Xiềng có 164 hộ, trước đây quanh năm chỉ trông vào vài sào lúa nước và nương ngô. Năm 2010, khi xã triển khai đề án trồng chè, nhiều hộ còn ngần ngại. Ông Pận bàn với chi bộ: đảng viên làm trước, dân làm theo. Chính ông mang 1,2 ha đất nương nhà mình ra trồng thử. Hai năm sau, thấy vườn chè nhà ông cho thu hoạch, 64 hộ trong bản đăng ký trồng theo, nâng diện tích chè của bản lên 35 ha.
"Nói mười lần không bằng làm một lần. Dân thấy mình làm được thì dân theo", ông Pận chia sẻ. Cũng theo cách ấy, năm 2013 ông vận động gia đình và các dòng họ hiến 1.800 m2 đất xây nhà văn hóa bản, góp 320 ngày công làm đường nội bản. Thu nhập bình quân của người dân bản Xiềng từ 8 triệu đồng lên 26 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm từ 48% xuống còn 11,5%.
Ông Lô Văn Thiết, Chủ tịch UBND xã Châu Quang nhận xét: "Bản Xiềng là bản đầu tiên của xã không còn hộ đói, không có người nghiện, không có trẻ bỏ học. Đó là công của cả chi bộ, nhưng người khởi xướng là ông Pận".
Bà Vi Thị Dung, HUV, Trưởng Ban Dân vận Huyện ủy Quỳ Hợp cho biết, học tập cách làm ở bản Xiềng, huyện đã nhân rộng mô hình "Chi bộ bản gương mẫu, dân bản đồng lòng" ra 27 bản vùng cao, gắn với thực hiện Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh.
Không chỉ làm kinh tế, ông Pận còn cùng các già bản khôi phục đội xòe, giữ tiếng khắc luống, dạy chữ Thái cho lớp trẻ vào mỗi dịp nông nhàn. Những buổi sinh hoạt văn nghệ ở nhà văn hóa bản trở thành dịp để chi bộ lồng ghép tuyên truyền chủ trương của Đảng, chính sách của Nhà nước. Nhiều năm nay, bản Xiềng không có người vi phạm pháp luật, không có hộ sinh con thứ ba.
Ở tuổi gần 60, ông Pận vẫn đều đặn đi từng nhà nhắc bà con chăm vườn chè, cho con đi học. Với ông, làm dân vận không cần nói nhiều, chỉ cần "việc gì có lợi cho dân thì hết sức làm".
Hoài Thu
Bài viết liên quan
- Quỳ Hợp: 18 mô hình "Dân vận khéo" được công nhận (25/08/2015)
- Người có uy tín ở vùng cao Tương Dương (12/08/2015)
- Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2015 (17/07/2015)
- Con Cuông: vận động đồng bào Đan Lai định canh (02/07/2015)
""", "2015-09-10", "Người \"giữ lửa\" Dân vận khéo ở bản Thái",
E("khac", None, None),
[P("Lương Văn Pận", "Bí thư Chi bộ bản Xiềng"),
 P("Lô Văn Thiết", "Chủ tịch UBND xã Châu Quang"),
 P("Vi Thị Dung", "HUV", "Trưởng Ban Dân vận Huyện ủy Quỳ Hợp")],
[Q("12 cá nhân", 12, "cá nhân"), Q("164 hộ", 164, "hộ"), Q("1,2 ha", 1.2, "ha"), Q("64 hộ", 64, "hộ"),
 Q("35 ha", 35, "ha"), Q("1.800 m2", 1800, "m2"), Q("320 ngày công", 320, "ngày công"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("26 triệu đồng", 26000000, "đồng"), Q("48%", 48, "%"),
 Q("11,5%", 11.5, "%"), Q("27 bản vùng cao", 27, "bản vùng cao")],
[D("Quyết định", "1156", "QĐ/BDVTU", "2014-12-20", "Ban Dân vận Tỉnh ủy Nghệ An", "Quyết định số 1156-QĐ/BDVTU ngày 20/12/2014"),
 D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị số 03-CT/TW ngày 14/5/2011")],
[prov("Nghệ An"), com("Châu Quang")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự > Chính trị > Dân vận", "Ông Lương Văn Pận (bên trái) trao đổi với cán bộ xã về vùng chè. Ảnh: Hải Thượng",
 "(Baonghean)", "Dân vận khéo", "người đi trước", "Chi bộ bản gương mẫu, dân bản đồng lòng",
 "học tập và làm theo tấm gương đạo đức Hồ Chí Minh"],
["Thứ Năm, 10/09/2015, 07:45", "Hơn 20 năm", "Năm 2010", "Hai năm sau", "năm 2013", "mười lần", "một lần", "gần 60"]))

PAGES.append(page("b9466-quangnam-bdv-dvk-taphuan-2016", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Vị trí: Trang chủ / Tin tức / Hoạt động của Ban
Ngày đăng 24/06/2016 | 10:40
Ảnh: Học viên lớp tập huấn thảo luận nhóm.
Tập huấn kỹ năng xây dựng mô hình "Dân vận khéo" cho cán bộ cơ sở
Trong 2 ngày 22 - 23/6/2016, tại thành phố Tam Kỳ, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức lớp tập huấn nghiệp vụ công tác dân vận và kỹ năng xây dựng, nhân rộng mô hình "Dân vận khéo" năm 2016 cho 168 học viên là trưởng, phó ban dân vận, cán bộ khối dân vận của 18 huyện, thị xã, thành phố và các đảng ủy trực thuộc.
Đồng chí Phan Thị Bích Vân, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn. Theo đồng chí, giai đoạn 2011 - 2015, toàn tỉnh có 2.874 mô hình "Dân vận khéo", nhưng số mô hình được tổng kết, nhân rộng chỉ chiếm khoảng 30%; nhiều mô hình đăng ký xong rồi "để đó", thiếu người theo dõi.
Các học viên được nghe TS. Nguyễn Văn Hùng, Phó Vụ trưởng Vụ Dân vận chính quyền Ban Dân vận Trung ương truyền đạt chuyên đề về Hướng dẫn số 23-HD/BDVTW ngày 12/6/2015 của Ban Dân vận Trung ương về tiêu chí đánh giá, công nhận mô hình "Dân vận khéo"; ThS. Lê Thị Thu Sương, giảng viên Trường Chính trị tỉnh, hướng dẫn kỹ năng tiếp xúc, đối thoại với nhân dân và kỹ năng viết báo cáo tổng kết mô hình.
Lớp tập huấn dành một buổi thảo luận theo nhóm. Ông Clâu Bút, Phó Trưởng Ban Dân vận Huyện ủy Tây Giang, kể lại cách vận động đồng bào Cơ Tu ở thôn Aur, xã A Xan góp 600 ngày công, hiến 2.300 m2 đất làm đường lên khu sản xuất. Bà Pơloong Thị Nhiên, Bí thư Đoàn xã Tà Lu, huyện Đông Giang chia sẻ kinh nghiệm vận động thanh niên giữ gìn nghề dệt thổ cẩm, giúp 41 chị em có thêm thu nhập từ 2 triệu đồng mỗi tháng trở lên.
Theo Kế hoạch số 86-KH/BDVTU ngày 5/4/2016 của Ban Dân vận Tỉnh ủy, năm 2016 mỗi xã, phường, thị trấn phấn đấu có ít nhất 2 mô hình "Dân vận khéo" được công nhận; mỗi cơ quan, đơn vị cấp tỉnh đăng ký mô hình gắn với cải cách hành chính. Ban cũng phát hành 1.500 cuốn tài liệu hướng dẫn về phong trào đến các chi bộ.
Bế mạc lớp tập huấn, đồng chí Phan Thị Bích Vân đề nghị học viên vận dụng kiến thức vào thực tiễn, tham mưu cấp ủy lựa chọn mô hình sát với nhu cầu của dân, tránh chạy theo số lượng; sau lớp học, mỗi học viên xây dựng một kế hoạch cụ thể về mô hình tại đơn vị mình và gửi về Ban trước ngày 30/7.
Ngọc Phú
Lượt xem: 689
Tin liên quan
- Núi Thành: 35 mô hình "Dân vận khéo" được công nhận (10/06/2016)
- Hội nghị giao ban khối dân vận quý I/2016 (08/04/2016)
- Phước Sơn vận động đồng bào Bh'noong làm nhà vệ sinh (22/03/2016)
- Đông Giang: tổng kết phong trào "Dân vận khéo" năm 2015 (29/12/2015)
""", "2016-06-24", "Tập huấn kỹ năng xây dựng mô hình \"Dân vận khéo\" cho cán bộ cơ sở",
E("tap_huan", "2016", "2016-06-22"),
[P("Phan Thị Bích Vân", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hùng", "TS.", "Phó Vụ trưởng Vụ Dân vận chính quyền Ban Dân vận Trung ương"),
 P("Lê Thị Thu Sương", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Clâu Bút", "Phó Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Pơloong Thị Nhiên", "Bí thư Đoàn xã Tà Lu")],
[Q("168 học viên", 168, "học viên"), Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"),
 Q("2.874 mô hình", 2874, "mô hình"), Q("khoảng 30%", 30, "%", "approx"), Q("600 ngày công", 600, "ngày công"),
 Q("2.300 m2", 2300, "m2"), Q("41 chị em", 41, "chị em"), Q("2 triệu đồng", 2000000, "đồng", "over"),
 Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("1.500 cuốn tài liệu hướng dẫn", 1500, "cuốn tài liệu hướng dẫn")],
[D("Hướng dẫn", "23", "HD/BDVTW", "2015-06-12", "Ban Dân vận Trung ương", "Hướng dẫn số 23-HD/BDVTW ngày 12/6/2015"),
 D("Kế hoạch", "86", "KH/BDVTU", "2016-04-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 86-KH/BDVTU ngày 5/4/2016")],
[prov("Quảng Nam"), com("A Xan"), com("Tà Lu")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Vị trí: Trang chủ / Tin tức / Hoạt động của Ban",
 "Ảnh: Học viên lớp tập huấn thảo luận nhóm.", "Dân vận khéo", "Lượt xem: 689"],
["Ngày đăng 24/06/2016 | 10:40", "2 ngày", "2011 - 2015", "năm 2016", "một buổi", "Lượt xem: 689"]))
