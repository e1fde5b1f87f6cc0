from lib import *
PAGES = []

PAGES.append(page("b6725-nghean-danphong-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH NGHỆ AN
Trang chủ » Tin tức » Phòng cháy, chữa cháy
Thứ Tư, 28/12/2011 - 09:30
Nghệ An tổng kết công tác xây dựng lực lượng dân phòng năm 2011
Ngày 27/12, Ban Chỉ đạo công tác PCCC tỉnh Nghệ An tổ chức hội nghị tổng kết công tác xây dựng lực lượng dân phòng và phong trào toàn dân tham gia PCCC năm 2011, triển khai nhiệm vụ năm 2012. Đại tá Nguyễn Hữu Quang, Phó Giám đốc Công an tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo chủ trì hội nghị.
Toàn cảnh hội nghị tổng kết.
Theo báo cáo của Phòng Cảnh sát PCCC Công an tỉnh, năm 2011 toàn tỉnh đã củng cố, kiện toàn 478 đội dân phòng với 5.736 đội viên, trong đó 312 đội ở các xã, thị trấn và 166 đội tại các khu phố, cụm dân cư. Các đội được trang bị trên 1.900 bình chữa cháy xách tay, 240 thang dây và các dụng cụ thô sơ như câu liêm, bao tải, xô thùng. Thực hiện Chỉ thị số 09/CT-UBND ngày 14/4/2011 của UBND tỉnh về tăng cường công tác PCCC mùa hanh khô, các địa phương đã tổ chức 96 cuộc tuyên truyền lưu động, in và phát 25.000 tờ rơi đến từng hộ gia đình.
Năm qua, trên địa bàn tỉnh xảy ra 84 vụ cháy, giảm 11 vụ so với năm 2010, làm chết 2 người, bị thương 5 người, thiệt hại về tài sản ước tính khoảng 6,4 tỷ đồng. Đáng chú ý, lực lượng dân phòng đã tham gia dập tắt 57 vụ cháy ngay khi mới phát sinh, cứu được 14 người ra khỏi đám cháy.
Tại hội nghị, ông Hồ Văn Thắng, Chủ tịch UBND xã Nghi Phong, Đội trưởng đội dân phòng xã, chia sẻ kinh nghiệm duy trì chế độ trực đêm ở các xóm ven biển vào mùa gió Lào. Bà Trần Thị Lan, Tổ trưởng tổ dân phòng khối 5, phường Hưng Bình, cho biết nhờ sự đóng góp của nhân dân, tổ đã tự mua sắm thêm 12 bình chữa cháy với số tiền hơn 4 triệu đồng.
Phát biểu chỉ đạo, Đại tá Nguyễn Hữu Quang đề nghị các địa phương tiếp tục quán triệt Luật Phòng cháy và chữa cháy, Nghị định số 35/2003/NĐ-CP ngày 4/4/2003 của Chính phủ quy định chi tiết thi hành một số điều của Luật; thực hiện tốt phương châm "4 tại chỗ"; năm 2012 phấn đấu 100% xã, phường, thị trấn có đội dân phòng được huấn luyện nghiệp vụ.
Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 15 tập thể và 27 cá nhân có thành tích xuất sắc trong phong trào toàn dân tham gia PCCC; Thượng tá Lê Đình Sơn, Trưởng phòng Cảnh sát PCCC, công bố quyết định khen thưởng.
Đức Anh
Lượt xem: 1.204
Tin liên quan
- Diễn Châu: 40 đội dân phòng ra quân trực cháy mùa khô (15/12/2011)
- Kiểm tra công tác PCCC tại các chợ trung tâm (02/12/2011)
- Tập huấn nghiệp vụ cho 300 đội viên dân phòng huyện Quỳnh Lưu (18/11/2011)
- Cháy kho hàng ở phường Hưng Dũng, thiệt hại hàng trăm triệu đồng (04/11/2011)
""", "2011-12-28", "Nghệ An tổng kết công tác xây dựng lực lượng dân phòng năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Nguyễn Hữu Quang", "Đại tá", "Phó Giám đốc Công an tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("Hồ Văn Thắng", "Chủ tịch UBND xã Nghi Phong", "Đội trưởng đội dân phòng xã"),
 P("Trần Thị Lan", "Tổ trưởng tổ dân phòng khối 5"),
 P("Lê Đình Sơn", "Thượng tá", "Trưởng phòng Cảnh sát PCCC")],
[Q("478 đội dân phòng", 478, "đội dân phòng"), Q("5.736 đội viên", 5736, "đội viên"), Q("312 đội", 312, "đội"),
 Q("166 đội", 166, "đội"), Q("trên 1.900 bình chữa cháy xách tay", 1900, "bình chữa cháy xách tay", "over"),
 Q("240 thang dây", 240, "thang dây"), Q("96 cuộc tuyên truyền lưu động", 96, "cuộc tuyên truyền lưu động"),
 Q("25.000 tờ rơi", 25000, "tờ rơi"), Q("84 vụ cháy", 84, "vụ cháy"), Q("11 vụ", 11, "vụ"),
 Q("2 người", 2, "người"), Q("5 người", 5, "người"), Q("khoảng 6,4 tỷ đồng", 6400000000, "đồng", "approx"),
 Q("57 vụ cháy", 57, "vụ cháy"), Q("14 người", 14, "người"), Q("12 bình chữa cháy", 12, "bình chữa cháy"),
 Q("hơn 4 triệu đồng", 4000000, "đồng", "over"), Q("100%", 100, "%"), Q("15 tập thể", 15, "tập thể"),
 Q("27 cá nhân", 27, "cá nhân")],
[D("Chỉ thị", "09", "CT-UBND", "2011-04-14", "UBND tỉnh", "Chỉ thị số 09/CT-UBND ngày 14/4/2011"),
 D("Nghị định", "35", "2003/NĐ-CP", "2003-04-04", "Chính phủ", "Nghị định số 35/2003/NĐ-CP ngày 4/4/2003")],
[prov("Nghệ An"), com("Nghi Phong"), com("Hưng Bình")],
["CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH NGHỆ AN", "Trang chủ » Tin tức » Phòng cháy, chữa cháy", "Toàn cảnh hội nghị tổng kết.",
 "Luật Phòng cháy và chữa cháy", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "năm 2010", "4 tại chỗ", "Lượt xem: 1.204"]))

PAGES.append(page("b6726-bacninh-danphong-taphuan-2012", """
BÁO BẮC NINH ĐIỆN TỬ
Xã hội > An ninh - Trật tự
17/04/2012 - 16:20
Tập huấn nghiệp vụ PCCC cho 260 đội viên dân phòng
BBN - Trong hai ngày 16 và 17/4, Công an huyện Tiên Du phối hợp với Phòng Cảnh sát PC&CC số 2 tổ chức lớp tập huấn nghiệp vụ phòng cháy, chữa cháy năm 2012 cho 260 đội viên dân phòng của 14 xã, thị trấn trên địa bàn huyện.
Học viên thực hành dập lửa bằng bình bột. Ảnh: Hoàng Lâm
Các học viên được thiếu tá Ngô Văn Hải, Đội trưởng Đội Tuyên truyền và Xây dựng phong trào thuộc Phòng Cảnh sát PC&CC số 2 truyền đạt những nội dung cơ bản của Luật Phòng cháy và chữa cháy năm 2001; Nghị định 35/2003/NĐ-CP; Thông tư số 04/2004/TT-BCA ngày 31/3/2004 của Bộ Công an hướng dẫn thi hành Nghị định; Quyết định số 1141/QĐ-UBND của UBND tỉnh ban hành quy chế phối hợp trong công tác PCCC trên địa bàn tỉnh.
Bên cạnh phần lý thuyết, các đội viên được thực hành sử dụng bình bột, bình khí CO2, kỹ năng thoát nạn, sơ cứu người bị nạn và phương án chữa cháy tại chỗ khi xảy ra cháy ở chợ, khu dân cư có nghề truyền thống. Đây là lần thứ 3 huyện tổ chức tập huấn cho lực lượng dân phòng; kinh phí lớp học hơn 38 triệu đồng do ngân sách huyện bảo đảm.
Theo ông Nguyễn Văn Tuấn, Phó Chủ tịch UBND huyện Tiên Du, trên địa bàn huyện hiện có 1.850 cơ sở sản xuất kinh doanh, trong đó khoảng 600 hộ làm nghề mộc, nghề giấy nên nguy cơ cháy nổ rất cao. Năm 2011, huyện xảy ra 9 vụ cháy, thiệt hại gần 1,5 tỷ đồng. Đội dân phòng thôn Đình Cả, xã Nội Duệ đã kịp thời dập tắt 3 đám cháy xưởng gỗ, không để lửa lan sang nhà dân.
Anh Đỗ Văn Khánh, Đội phó đội dân phòng xã Lạc Vệ chia sẻ: "Trước đây anh em chủ yếu dùng xô, chậu, gặp đám cháy lớn là lúng túng. Được hướng dẫn bài bản, chúng tôi tự tin hơn nhiều."
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu; 20 học viên có kết quả thực hành tốt được Công an huyện tặng giấy khen. Ông Nguyễn Văn Tuấn đề nghị các xã rà soát, bổ sung trang thiết bị, bảo đảm mỗi đội có ít nhất 4 bình chữa cháy và 1 thang dây, duy trì chế độ thường trực trong dịp cao điểm nắng nóng.
Theo kế hoạch, sau Tiên Du, Công an tỉnh Bắc Ninh sẽ tiếp tục mở các lớp tương tự tại những huyện có nhiều làng nghề như Yên Phong, Từ Sơn, Gia Bình, ưu tiên các thôn có đường vào nhỏ hẹp, xe chữa cháy chuyên dụng khó tiếp cận. Các đội dân phòng sau khi được tập huấn sẽ làm nòng cốt tuyên truyền, hướng dẫn lại cho người dân trong thôn.
Minh Phương
Tin cùng chuyên mục
- Yên Phong: kiểm tra an toàn PCCC tại các làng nghề (10/04/2012)
- Tuyên truyền Luật PCCC cho học sinh THCS (02/04/2012)
- Cháy xưởng giấy ở Phong Khê, thiệt hại hàng trăm triệu đồng (26/03/2012)
- Thành lập thêm 5 đội PCCC cơ sở tại khu công nghiệp (15/03/2012)
""", "2012-04-17", "Tập huấn nghiệp vụ PCCC cho 260 đội viên dân phòng",
E("tap_huan", "2012", "2012-04-16"),
[P("Ngô Văn Hải", "thiếu tá", "Đội trưởng Đội Tuyên truyền và Xây dựng phong trào thuộc Phòng Cảnh sát PC&CC số 2"),
 P("Nguyễn Văn Tuấn", "Phó Chủ tịch UBND huyện Tiên Du"),
 P("Đỗ Văn Khánh", "Đội phó đội dân phòng xã Lạc Vệ")],
[Q("260 đội viên dân phòng", 260, "đội viên dân phòng"), Q("14 xã, thị trấn", 14, "xã, thị trấn"),
 Q("hơn 38 triệu đồng", 38000000, "đồng", "over"), Q("1.850 cơ sở sản xuất kinh doanh", 1850, "cơ sở sản xuất kinh doanh"),
 Q("khoảng 600 hộ", 600, "hộ", "approx"), Q("9 vụ cháy", 9, "vụ cháy"), Q("gần 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
 Q("3 đám cháy xưởng gỗ", 3, "đám cháy xưởng gỗ"), Q("100%", 100, "%"), Q("20 học viên", 20, "học viên"),
 Q("ít nhất 4 bình chữa cháy", 4, "bình chữa cháy", "over")],
[D("Nghị định", "35", "2003/NĐ-CP", None, None, "Nghị định 35/2003/NĐ-CP"),
 D("Thông tư", "04", "2004/TT-BCA", "2004-03-31", "Bộ Công an", "Thông tư số 04/2004/TT-BCA ngày 31/3/2004"),
 D("Quyết định", "1141", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1141/QĐ-UBND")],
[prov("Bắc Ninh"), com("Nội Duệ"), com("Lạc Vệ")],
["BÁO BẮC NINH ĐIỆN TỬ", "Xã hội > An ninh - Trật tự", "Học viên thực hành dập lửa bằng bình bột. Ảnh: Hoàng Lâm", "BBN",
 "Luật Phòng cháy và chữa cháy năm 2001"],
["17/04/2012 - 16:20", "lần thứ 3", "Năm 2011", "1 thang dây", "năm 2012", "CO2"]))

PAGES.append(page("b6727-haiphong-lienggia-ramat-2013", """
AN NINH HẢI PHÒNG - Chuyên trang của Công an thành phố Hải Phòng
Bạn đang ở: Trang chủ / Phòng cháy chữa cháy
08:15 | 05/10/2013
Phường Cát Dài ra mắt 12 tổ liên gia an toàn PCCC
Chiều 4/10, nhân kỷ niệm 52 năm Ngày toàn dân PCCC (4/10/1961 - 4/10/2013), UBND phường Cát Dài (quận Lê Chân) tổ chức lễ ra mắt 12 tổ liên gia an toàn PCCC tại các cụm dân cư trên địa bàn.
Bà Vũ Thị Hằng, Chủ tịch UBND phường Cát Dài trao quyết định thành lập cho các tổ trưởng.
Theo bà Vũ Thị Hằng, Chủ tịch UBND phường, mô hình được xây dựng theo Kế hoạch số 86/KH-UBND ngày 12/8/2013 của UBND phường, trên cơ sở hướng dẫn của Công an quận. Toàn phường có 142 hộ tham gia; mỗi tổ được UBND phường hỗ trợ 2 bình bột chữa cháy, 1 búa, 1 xà beng và 1 thang nhôm, tổng kinh phí hơn 46 triệu đồng. Các hộ cam kết tự trang bị thêm bình chữa cháy, mở lối thoát nạn thứ hai qua ban công hoặc sân thượng, không để xe máy, hàng hóa chắn lối đi chung.
Phát biểu tại buổi lễ, Trung tá Phạm Quang Vinh, Phó Trưởng Công an quận Lê Chân cho biết, khu vực Cát Dài có mật độ dân cư cao, nhiều nhà ống, ngõ nhỏ chỉ rộng khoảng 1,5 m, xe chữa cháy khó tiếp cận. Năm 2012, trên địa bàn quận xảy ra 7 vụ cháy nhà ở kết hợp kinh doanh, trong đó có vụ làm 3 người tử vong do cửa cuốn khóa kín, không có lối thoát.
"Khi có cháy, trong 5 phút đầu chính bà con hàng xóm mới là người cứu được nhau. Tổ liên gia phải biết hô hoán, ngắt điện, dùng bình chữa cháy và gọi 114 ngay lập tức", Trung tá Phạm Quang Vinh nhấn mạnh.
Ông Đặng Văn Bình, 68 tuổi, Tổ trưởng tổ liên gia số 3 cho biết, tổ sẽ họp mỗi tháng một lần, phân công các hộ thay nhau kiểm tra bếp, ổ điện nhà nhau vào buổi tối; hộ nào đi vắng dài ngày thì gửi chìa khóa cho hộ bên cạnh.
Tại buổi ra mắt, lực lượng Cảnh sát PC&CC số 1 đã hướng dẫn hơn 200 người dân thực hành chữa cháy ban đầu, thoát nạn từ tầng cao bằng dây. Thời gian tới, phường phấn đấu nhân rộng mô hình ra 100% cụm dân cư, vận động 80% hộ gia đình có bình chữa cháy.
Cát Dài là một trong những phường đầu tiên của quận Lê Chân triển khai mô hình. Qua khảo sát trước khi thành lập, nhiều hộ vẫn giữ thói quen đun nấu bằng bếp than tổ ong trong nhà, câu mắc điện tùy tiện, chứa hàng hóa dễ cháy ở tầng trệt. Sau buổi ra mắt, các tổ trưởng sẽ lập danh sách số điện thoại của từng hộ trong tổ để báo tin nhanh khi có sự cố, đồng thời phối hợp với công an khu vực rà soát những nhà lắp lồng sắt, "chuồng cọp" bịt kín.
Tùng Lâm
Tin liên quan
- Lê Chân: 9 phường ký cam kết an toàn PCCC (25/09/2013)
- Cháy nhà 4 tầng ở phố Hai Bà Trưng, cứu thoát 5 người (12/09/2013)
- Kiểm tra PCCC tại chợ Sắt (28/08/2013)
""", "2013-10-05", "Phường Cát Dài ra mắt 12 tổ liên gia an toàn PCCC",
E("khac", None, "2013-10-04"),
[P("Vũ Thị Hằng", "Chủ tịch UBND phường Cát Dài", "Chủ tịch UBND phường"),
 P("Phạm Quang Vinh", "Trung tá", "Phó Trưởng Công an quận Lê Chân"),
 P("Đặng Văn Bình", "Tổ trưởng tổ liên gia số 3")],
[Q("12 tổ liên gia an toàn PCCC", 12, "tổ liên gia an toàn PCCC"), Q("142 hộ", 142, "hộ"),
 Q("2 bình bột chữa cháy", 2, "bình bột chữa cháy"), Q("hơn 46 triệu đồng", 46000000, "đồng", "over"),
 Q("khoảng 1,5 m", 1.5, "m", "approx"), Q("7 vụ cháy nhà ở kết hợp kinh doanh", 7, "vụ cháy nhà ở kết hợp kinh doanh"),
 Q("3 người", 3, "người"), Q("hơn 200 người dân", 200, "người dân", "over"), Q("100%", 100, "%"), Q("80%", 80, "%")],
[D("Kế hoạch", "86", "KH-UBND", "2013-08-12", "UBND phường", "Kế hoạch số 86/KH-UBND ngày 12/8/2013")],
[prov("Hải Phòng"), com("Cát Dài")],
["AN NINH HẢI PHÒNG - Chuyên trang của Công an thành phố Hải Phòng", "Bạn đang ở: Trang chủ / Phòng cháy chữa cháy",
 "Bà Vũ Thị Hằng, Chủ tịch UBND phường Cát Dài trao quyết định thành lập cho các tổ trưởng.", "Ngày toàn dân PCCC"],
["08:15 | 05/10/2013", "52 năm", "4/10/1961", "Năm 2012", "5 phút", "114", "68 tuổi", "1 búa", "1 thang nhôm", "số 3"]))

PAGES.append(page("b6728-danang-danphong-soket-2014", """
Cổng thông tin điện tử thành phố Đà Nẵng
Tin tức - Sự kiện :: An ninh quốc phòng
Ngày đăng 09/07/2014 | 15:45
Nâng cao hiệu quả hoạt động của lực lượng dân phòng
(ĐNĐT) - Sáng 8/7, Cảnh sát PC&CC thành phố tổ chức hội nghị sơ kết công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Dự hội nghị có đồng chí Lê Minh Tiến, Phó Chủ tịch UBND thành phố; Đại tá Trần Công Định, Giám đốc Cảnh sát PC&CC thành phố chủ trì.
Đại tá Trần Công Định phát biểu tại hội nghị
Theo báo cáo, 6 tháng qua toàn thành phố xảy ra 31 vụ cháy, tăng 4 vụ so với cùng kỳ, thiệt hại ước khoảng 3,2 tỷ đồng, không có thiệt hại về người. Nguyên nhân chủ yếu do sự cố hệ thống điện và sơ suất trong sử dụng lửa khi thắp hương, đốt vàng mã. Lực lượng dân phòng tại chỗ đã tham gia chữa cháy 19 vụ, trong đó tự dập tắt hoàn toàn 12 vụ trước khi xe chữa cháy đến.
Thực hiện Kế hoạch số 45, 46/KH-UBND của UBND thành phố về xây dựng phong trào toàn dân PCCC và kiện toàn lực lượng dân phòng giai đoạn 2013 - 2015, đến nay thành phố đã có 56 đội dân phòng ở 56 phường, xã với 1.120 đội viên; 92% đội viên đã qua huấn luyện nghiệp vụ. Kinh phí mua sắm phương tiện cho dân phòng năm 2014 được thành phố bố trí hơn 2,1 tỷ đồng. Cảnh sát PC&CC cũng đã kiểm tra 1.346 lượt cơ sở theo Nghị định số 46/2012/NĐ-CP ngày 22/5/2012 của Chính phủ, xử phạt 64 trường hợp vi phạm với số tiền 187,5 triệu đồng.
Tại hội nghị, Thiếu tá Huỳnh Văn Lợi, Phó Trưởng phòng Cảnh sát PC&CC quận Thanh Khê thông tin, tổ dân phòng tổ 22, phường Xuân Hà đã phát hiện và dập tắt đám cháy gian hàng tạp hóa lúc 2 giờ sáng, cứu được 4 người trong căn nhà liền kề. Ông Phan Văn Tư, Đội trưởng đội dân phòng phường Hòa Khánh Bắc đề xuất nâng mức phụ cấp cho đội viên, hiện chỉ khoảng 300.000 đồng/người/tháng.
Phát biểu chỉ đạo, đồng chí Lê Minh Tiến yêu cầu 6 tháng cuối năm các quận, huyện tập trung kiểm tra nhà trọ, khu dân cư có nhiều kiốt kinh doanh; tổ chức thực tập phương án chữa cháy có sự tham gia của lực lượng dân phòng ở ít nhất 30 khu dân cư; phấn đấu kiềm chế, giảm số vụ cháy so với năm 2013.
Hội nghị đã tặng giấy khen cho 8 tập thể, 21 cá nhân có thành tích xuất sắc.
Cũng theo báo cáo, công tác tuyên truyền được đẩy mạnh trên báo, đài và hệ thống loa phát thanh của các phường; nhiều tổ dân phố đưa nội dung PCCC vào hương ước, quy ước. Tuy nhiên, một số đội dân phòng chưa duy trì thường xuyên chế độ trực, đội viên thay đổi nhiều do đi làm ăn xa, trang thiết bị xuống cấp nhưng chậm được bổ sung; việc phối hợp giữa dân phòng với bảo vệ các chợ, trung tâm thương mại có lúc còn lúng túng.
Thanh Hòa
Các tin đã đưa
- Thực tập phương án chữa cháy tại chợ Cồn (30/06/2014)
- Kiện toàn 14 đội dân phòng ở huyện Hòa Vang (20/06/2014)
- Tuyên truyền PCCC tại các khu nhà trọ công nhân (11/06/2014)
""", "2014-07-09", "Nâng cao hiệu quả hoạt động của lực lượng dân phòng",
E("so_ket", "2014-H1", "2014-07-08"),
[P("Lê Minh Tiến", "Phó Chủ tịch UBND thành phố"),
 P("Trần Công Định", "Đại tá", "Giám đốc Cảnh sát PC&CC thành phố"),
 P("Huỳnh Văn Lợi", "Thiếu tá", "Phó Trưởng phòng Cảnh sát PC&CC quận Thanh Khê"),
 P("Phan Văn Tư", "Đội trưởng đội dân phòng phường Hòa Khánh Bắc")],
[Q("31 vụ cháy", 31, "vụ cháy"), Q("4 vụ", 4, "vụ"), Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"),
 Q("19 vụ", 19, "vụ"), Q("12 vụ", 12, "vụ"), Q("56 đội dân phòng", 56, "đội dân phòng"), Q("56 phường, xã", 56, "phường, xã"),
 Q("1.120 đội viên", 1120, "đội viên"), Q("92%", 92, "%"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("1.346 lượt cơ sở", 1346, "lượt cơ sở"), Q("64 trường hợp", 64, "trường hợp"), Q("187,5 triệu đồng", 187500000, "đồng"),
 Q("4 người", 4, "người"), Q("khoảng 300.000 đồng", 300000, "đồng", "approx"),
 Q("ít nhất 30 khu dân cư", 30, "khu dân cư", "over"), Q("8 tập thể", 8, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Kế hoạch", "45", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 45, 46/KH-UBND"),
 D("Kế hoạch", "46", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 45, 46/KH-UBND"),
 D("Nghị định", "46", "2012/NĐ-CP", "2012-05-22", "Chính phủ", "Nghị định số 46/2012/NĐ-CP ngày 22/5/2012")],
[prov("Đà Nẵng"), com("Xuân Hà"), com("Hòa Khánh Bắc")],
["Cổng thông tin điện tử thành phố Đà Nẵng", "Tin tức - Sự kiện :: An ninh quốc phòng", "(ĐNĐT)",
 "Đại tá Trần Công Định phát biểu tại hội nghị"],
["Ngày đăng 09/07/2014 | 15:45", "6 tháng đầu năm 2014", "6 tháng cuối năm", "2013 - 2015", "2 giờ sáng", "tổ 22", "năm 2013"]))

PAGES.append(page("b6729-cantho-trao-binh-2015", """
BÁO CẦN THƠ ONLINE
Xã hội | Đời sống
30 tháng 9, 2015 | 10:12
Trao tặng 500 bình chữa cháy cho hộ nghèo, cận nghèo
Trao bình chữa cháy cho người dân khu vực 4. Ảnh: K.Trinh
Ngày 29-9, Ủy ban MTTQ Việt Nam phường An Bình (quận Ninh Kiều) phối hợp Công an phường và Cảnh sát PC&CC TP Cần Thơ tổ chức trao tặng 500 bình chữa cháy cho các hộ nghèo, hộ cận nghèo và hộ có nhà ven sông trên địa bàn phường.
Mỗi bình chữa cháy loại bột 4 kg trị giá khoảng 350.000 đồng, tổng trị giá hơn 175 triệu đồng do các doanh nghiệp, nhà hảo tâm đóng góp thông qua Quỹ "Vì người nghèo" của phường. Trong số hộ nhận bình có 126 hộ nghèo, 94 hộ cận nghèo, còn lại là các hộ kinh doanh nhỏ, nhà gỗ lợp lá ven rạch.
Phát biểu tại buổi trao tặng, bà Nguyễn Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam phường An Bình cho biết, phường có nhiều khu nhà tạm, nhà sàn bằng gỗ ven sông, khi xảy ra cháy rất dễ lan rộng. Những năm gần đây, thông qua mô hình "Tổ liên gia an toàn PCCC" với 38 tổ ở 6 khu vực, ý thức phòng cháy của người dân đã được nâng lên rõ rệt.
Thiếu tá Trần Văn Nhanh, Phó Trưởng phòng Cảnh sát PC&CC quận Ninh Kiều, đã hướng dẫn người dân cách kiểm tra đồng hồ áp suất, cách sử dụng bình và bảo quản bình ở nơi dễ thấy, dễ lấy. Theo Thiếu tá Trần Văn Nhanh, từ đầu năm đến nay trên địa bàn quận xảy ra 9 vụ cháy, trong đó 2 vụ ở khu vực nhà ven sông, thiệt hại khoảng 420 triệu đồng.
Bà Lê Thị Mười (khu vực 4), một trong những người nhận bình, xúc động: "Nhà tôi bán tạp hóa, toàn đồ dễ cháy. Có cái bình này, lỡ có chuyện gì cũng đỡ lo".
Cũng dịp này, ông Huỳnh Tấn Phát, Bí thư Đảng ủy phường An Bình đề nghị các tổ liên gia phân công người kiểm tra việc sử dụng bình, không để hư hỏng hay đem bán; Công an phường đưa nội dung PCCC vào các buổi họp tổ dân phố hằng tháng. Trước đó, thực hiện Kế hoạch số 112/KH-UBND ngày 5/6/2015 của UBND quận Ninh Kiều, phường đã tổ chức 4 buổi tuyên truyền cho hơn 600 lượt người dân.
Được biết, đây là đợt trao tặng thứ hai trong năm; trước đó, vào đầu mùa khô, Hội Chữ thập đỏ phường đã vận động trao bình chữa cháy cho các hộ kinh doanh ở khu vực chợ. Phường cũng khuyến cáo các hộ không để bình dưới nắng trực tiếp, định kỳ kiểm tra và nạp lại bình theo hướng dẫn của lực lượng chức năng, đồng thời lưu số điện thoại của tổ trưởng tổ liên gia và công an khu vực.
Kim Trinh
Tin khác
- Ninh Kiều: ra mắt 10 điểm chữa cháy công cộng (22/9/2015)
- Cháy 3 căn nhà ven rạch Tham Tướng (15/9/2015)
- Phường Hưng Lợi kiện toàn đội dân phòng (03/9/2015)
- Tập huấn PCCC cho 200 hộ kinh doanh ở chợ Xuân Khánh (25/8/2015)
""", "2015-09-30", "Trao tặng 500 bình chữa cháy cho hộ nghèo, cận nghèo",
E("trao_qua", None, "2015-09-29"),
[P("Nguyễn Thị Kim Loan", "Chủ tịch Ủy ban MTTQ Việt Nam phường An Bình"),
 P("Trần Văn Nhanh", "Thiếu tá", "Phó Trưởng phòng Cảnh sát PC&CC quận Ninh Kiều"),
 P("Lê Thị Mười"),
 P("Huỳnh Tấn Phát", "Bí thư Đảng ủy phường An Bình")],
[Q("500 bình chữa cháy", 500, "bình chữa cháy"), Q("4 kg", 4, "kg"), Q("khoảng 350.000 đồng", 350000, "đồng", "approx"),
 Q("hơn 175 triệu đồng", 175000000, "đồng", "over"), Q("126 hộ nghèo", 126, "hộ nghèo"), Q("94 hộ cận nghèo", 94, "hộ cận nghèo"),
 Q("38 tổ", 38, "tổ"), Q("6 khu vực", 6, "khu vực"), Q("9 vụ cháy", 9, "vụ cháy"), Q("2 vụ", 2, "vụ"),
 Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"), Q("4 buổi tuyên truyền", 4, "buổi tuyên truyền"),
 Q("hơn 600 lượt người dân", 600, "lượt người dân", "over")],
[D("Kế hoạch", "112", "KH-UBND", "2015-06-05", "UBND quận Ninh Kiều", "Kế hoạch số 112/KH-UBND ngày 5/6/2015")],
[prov("Cần Thơ"), com("An Bình")],
["BÁO CẦN THƠ ONLINE", "Xã hội | Đời sống", "Trao bình chữa cháy cho người dân khu vực 4. Ảnh: K.Trinh", "Vì người nghèo",
 "Tổ liên gia an toàn PCCC"],
["30 tháng 9, 2015 | 10:12", "khu vực 4", "29-9"]))

PAGES.append(page("b6730-thanhhoa-pccc-giaoban-2016", """
BÁO THANH HÓA
Trang chủ > Pháp luật > An ninh trật tự
Thứ Năm, 06/10/2016 | 14:05
Quảng Xương: giao ban công tác PCCC và hoạt động dân phòng quý III
Chiều 5/10, Công an huyện Quảng Xương tổ chức giao ban công tác phòng cháy, chữa cháy và hoạt động của lực lượng dân phòng quý III năm 2016. Chủ trì có các đồng chí Phó Trưởng Công an huyện: Lê Văn Cường, Hoàng Đình Thái. Dự có đại diện lãnh đạo UBND và trưởng công an 36 xã, thị trấn.
Quý III, trên địa bàn huyện xảy ra 3 vụ cháy, trong đó 1 vụ cháy nhà dân ở xã Quảng Hải và 2 vụ cháy rừng phi lao ven biển, diện tích thiệt hại khoảng 1,8 ha; tổng thiệt hại ước 160 triệu đồng. Các vụ cháy đều được lực lượng dân phòng và nhân dân phát hiện sớm, dập tắt kịp thời, không để cháy lan.
Giao ban công tác PCCC quý III tại Công an huyện.
Thực hiện Chỉ thị số 47-CT/TW ngày 25/6/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy và Kế hoạch số 97-KH/TU của Ban Thường vụ Tỉnh ủy, Công an huyện đã tham mưu Huyện ủy ban hành Kế hoạch số 58-KH/HU, tổ chức quán triệt đến 100% chi bộ thôn, tiểu khu. Trong quý, huyện kiện toàn 36 đội dân phòng với 612 đội viên, mở 5 lớp huấn luyện cho 390 lượt đội viên; các xã ven biển thành lập thêm 24 tổ PCCC liên gia tại khu vực neo đậu tàu thuyền.
Đồng chí Lê Văn Cường đánh giá, nhiều đội dân phòng hoạt động còn hình thức, trang bị thiếu; có xã cả đội chỉ có 2 bình chữa cháy; kinh phí hoạt động chủ yếu dựa vào đóng góp của nhân dân. Ông Nguyễn Đình Hợp, Trưởng Công an xã Quảng Nham, đề xuất huyện hỗ trợ mỗi xã ven biển ít nhất 10 triệu đồng để mua bình chữa cháy, máy bơm mini phục vụ chữa cháy tàu cá.
Kết luận giao ban, đồng chí Hoàng Đình Thái yêu cầu quý IV tập trung kiểm tra an toàn PCCC tại các chợ, cơ sở chế biến hải sản, cây xăng; tăng cường tuyên truyền trên hệ thống loa truyền thanh xã; chuẩn bị tổ chức hội thi nghiệp vụ chữa cháy cho dân phòng vào tháng 11. Dịp này, Công an huyện biểu dương 6 đội dân phòng hoạt động hiệu quả.
Theo đánh giá của Công an tỉnh Thanh Hóa, Quảng Xương là huyện ven biển có nhiều cơ sở chế biến hải sản, chợ nông thôn và khu neo đậu tàu cá, trong khi lực lượng chữa cháy chuyên nghiệp đóng ở xa, vì vậy vai trò của đội dân phòng và các tổ liên gia trong những phút đầu của đám cháy là rất quan trọng. Thời gian tới, huyện sẽ nhân rộng mô hình "Điểm chữa cháy công cộng" ở các thôn đông dân.
Văn Hùng
Tin cùng chuyên mục
- Sầm Sơn: ra quân bảo đảm an toàn PCCC mùa du lịch (20/09/2016)
- Tĩnh Gia kiện toàn 34 đội dân phòng (08/09/2016)
- Cháy xưởng chế biến gỗ ở Thọ Xuân (29/08/2016)
- Huấn luyện chữa cháy rừng cho lực lượng kiểm lâm, dân phòng (15/08/2016)
""", "2016-10-06", "Quảng Xương: giao ban công tác PCCC và hoạt động dân phòng quý III",
E("giao_ban", "2016-Q3", "2016-10-05"),
[P("Lê Văn Cường", "Phó Trưởng Công an huyện"),
 P("Hoàng Đình Thái", "Phó Trưởng Công an huyện"),
 P("Nguyễn Đình Hợp", "Trưởng Công an xã Quảng Nham")],
[Q("36 xã, thị trấn", 36, "xã, thị trấn"), Q("3 vụ cháy", 3, "vụ cháy"), Q("2 vụ cháy rừng phi lao", 2, "vụ cháy rừng phi lao"),
 Q("khoảng 1,8 ha", 1.8, "ha", "approx"), Q("160 triệu đồng", 160000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("36 đội dân phòng", 36, "đội dân phòng"), Q("612 đội viên", 612, "đội viên"), Q("5 lớp huấn luyện", 5, "lớp huấn luyện"),
 Q("390 lượt đội viên", 390, "lượt đội viên"), Q("24 tổ PCCC liên gia", 24, "tổ PCCC liên gia"),
 Q("2 bình chữa cháy", 2, "bình chữa cháy"), Q("ít nhất 10 triệu đồng", 10000000, "đồng", "over"),
 Q("6 đội dân phòng", 6, "đội dân phòng")],
[D("Chỉ thị", "47", "CT/TW", "2015-06-25", "Ban Bí thư", "Chỉ thị số 47-CT/TW ngày 25/6/2015"),
 D("Kế hoạch", "97", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 97-KH/TU"),
 D("Kế hoạch", "58", "KH/HU", None, "Huyện ủy", "Kế hoạch số 58-KH/HU")],
[prov("Thanh Hóa"), com("Quảng Hải"), com("Quảng Nham")],
["BÁO THANH HÓA", "Trang chủ > Pháp luật > An ninh trật tự", "Giao ban công tác PCCC quý III tại Công an huyện.", "Điểm chữa cháy công cộng"],
["Thứ Năm, 06/10/2016 | 14:05", "quý III năm 2016", "1 vụ cháy nhà dân", "quý IV", "tháng 11"]))
