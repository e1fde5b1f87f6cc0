from lib import *
PAGES = []

PAGES.append(page("b4547-bentre-ccbxa-daihoi-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHƯỚC LONG - HUYỆN GIỒNG TRÔM
Trang chủ | Tin tức | Mặt trận - Đoàn thể
Thứ Bảy, 13/05/2017 - 10:20
Đại hội Hội Cựu chiến binh xã Phước Long lần thứ VI, nhiệm kỳ 2017 - 2022
Sáng ngày 12/5/2017, Hội Cựu chiến binh xã Phước Long tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2017 - 2022. Đây là đại hội điểm cấp cơ sở của huyện Giồng Trôm. Tham dự có ông Trần Văn Bé Năm, Phó Chủ tịch Hội CCB huyện; ông Nguyễn Thanh Liêm, Bí thư Đảng ủy xã; bà Huỳnh Thị Mỹ Lệ, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã cùng 96 đại biểu đại diện cho 248 hội viên của 9 chi hội.
Đại biểu tham dự đại hội. Ảnh: Thanh Hồng
Nhiệm kỳ 2012 - 2017, Hội CCB xã kết nạp 37 hội viên mới; 9/9 chi hội đạt trong sạch, vững mạnh. Hội viên tích cực tham gia xây dựng nông thôn mới, hiến 4.600 m2 đất, đóng góp hơn 310 triệu đồng và 1.250 ngày công làm 6 tuyến đường giao thông nông thôn, 3 cây cầu bê tông. Phong trào CCB giúp nhau làm kinh tế có 42 hộ hội viên đạt sản xuất, kinh doanh giỏi, 11 mô hình chăn nuôi dê, trồng bưởi da xanh cho thu nhập từ 150 đến 300 triệu đồng/năm. Hội vận động xây 5 căn nhà "Nghĩa tình đồng đội", mỗi căn trị giá 50 triệu đồng; đến nay không còn hộ hội viên nghèo, còn 3 hộ cận nghèo.
Tổ hòa giải có CCB tham gia đã hòa giải thành 26 vụ việc mâu thuẫn, tranh chấp ranh đất, đạt 89,6%. Hội thực hiện tốt Chỉ thị 14, 15-CT/ĐU của Đảng ủy xã về nâng cao chất lượng sinh hoạt chi hội và kế hoạch số 09/KH-HCCB ngày 3/1/2017 của Hội CCB huyện về tổ chức đại hội Hội CCB cơ sở.
Hội CCB xã còn phối hợp Hội CCB tỉnh Bến Tre vận động hội viên đóng góp xây dựng "Quỹ nghĩa tình đồng đội" được 62 triệu đồng, giúp 14 lượt hội viên vay không lãi để nuôi bò, trồng dừa xen ca cao. Tuy vậy, đại hội cũng thẳng thắn chỉ ra việc phát triển hội viên ở ấp Phước Thạnh còn chậm, có chi hội sinh hoạt chưa đều.
Phát biểu chỉ đạo, ông Nguyễn Thanh Liêm ghi nhận CCB xã luôn là chỗ dựa tin cậy của cấp ủy, chính quyền; đề nghị nhiệm kỳ tới tiếp tục phát huy bản chất "Bộ đội Cụ Hồ", tham gia giám sát, phản biện xã hội, góp ý xây dựng Đảng.
Đại hội đã bầu Ban Chấp hành khóa VI gồm 7 đồng chí; ông Lê Văn Sáu được bầu giữ chức Chủ tịch Hội CCB xã, ông Phan Văn Út Em được bầu làm Phó Chủ tịch. Đại hội bầu 5 đại biểu dự Đại hội Hội CCB huyện Giồng Trôm lần thứ VI.
Đại hội đề ra 6 chỉ tiêu, trong đó phấn đấu hằng năm kết nạp ít nhất 8 hội viên mới, giảm 100% hộ cận nghèo trong hội viên vào năm 2022, 100% chi hội đạt trong sạch, vững mạnh.
Thanh Hồng
Lượt xem: 315
Tin khác
- Hội Nông dân xã tập huấn kỹ thuật trồng bưởi da xanh (05/05/2017)
- Phước Long ra quân làm đường giao thông ấp 4 (28/04/2017)
- Hội Liên hiệp Phụ nữ xã sơ kết quý I/2017 (14/04/2017)
- Đảng ủy xã học tập Nghị quyết Trung ương 4 (khóa XII) (05/04/2017)
- Đoàn Thanh niên xã ra quân Chiến dịch Thanh niên tình nguyện hè (02/04/2017)
""", "2017-05-13", "Đại hội Hội Cựu chiến binh xã Phước Long lần thứ VI, nhiệm kỳ 2017 - 2022",
E("dai_hoi", None, "2017-05-12"),
[P("Trần Văn Bé Năm", "Phó Chủ tịch Hội CCB huyện"),
 P("Nguyễn Thanh Liêm", "Bí thư Đảng ủy xã"),
 P("Huỳnh Thị Mỹ Lệ", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã"),
 P("Lê Văn Sáu", "Chủ tịch Hội CCB xã"),
 P("Phan Văn Út Em", "Phó Chủ tịch")],
[Q("96 đại biểu", 96, "đại biểu"), Q("248 hội viên", 248, "hội viên"), Q("9 chi hội", 9, "chi hội"),
 Q("37 hội viên mới", 37, "hội viên mới"), Q("4.600 m2", 4600, "m2"),
 Q("hơn 310 triệu đồng", 310000000, "đồng", "over"), Q("1.250 ngày công", 1250, "ngày công"),
 Q("6 tuyến đường giao thông nông thôn", 6, "tuyến đường giao thông nông thôn"), Q("3 cây cầu bê tông", 3, "cây cầu bê tông"),
 Q("42 hộ hội viên", 42, "hộ hội viên"), Q("11 mô hình chăn nuôi dê, trồng bưởi da xanh", 11, "mô hình chăn nuôi dê, trồng bưởi da xanh"),
 Q("150", 150000000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"), Q("5 căn nhà", 5, "căn nhà"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("3 hộ cận nghèo", 3, "hộ cận nghèo"), Q("62 triệu đồng", 62000000, "đồng"), Q("14 lượt hội viên", 14, "lượt hội viên"), Q("26 vụ việc mâu thuẫn, tranh chấp ranh đất", 26, "vụ việc mâu thuẫn, tranh chấp ranh đất"),
 Q("89,6%", 89.6, "%"), Q("7 đồng chí", 7, "đồng chí"), Q("5 đại biểu", 5, "đại biểu"), Q("6 chỉ tiêu", 6, "chỉ tiêu"),
 Q("ít nhất 8 hội viên mới", 8, "hội viên mới", "over"), Q("100% hộ cận nghèo", 100, "%"), Q("100% chi hội", 100, "%")],
[D("Chỉ thị", "14", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị 14, 15-CT/ĐU"),
 D("Chỉ thị", "15", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị 14, 15-CT/ĐU"),
 D("Kế hoạch", "09", "KH-HCCB", "2017-01-03", "Hội CCB huyện", "kế hoạch số 09/KH-HCCB ngày 3/1/2017")],
[prov("Bến Tre"), com("Phước Long")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHƯỚC LONG - HUYỆN GIỒNG TRÔM", "Trang chủ | Tin tức | Mặt trận - Đoàn thể",
 "Đại biểu tham dự đại hội. Ảnh: Thanh Hồng", "Nghĩa tình đồng đội", "Bộ đội Cụ Hồ", "Lượt xem: 315"],
["Thứ Bảy, 13/05/2017 - 10:20", "lần thứ VI", "2017 - 2022", "2012 - 2017", "khóa VI", "7 đồng chí", "năm 2022", "Lượt xem: 315"]))

PAGES.append(page("b4548-hagiang-ccb-giaoban-2018", """
Báo Hà Giang điện tử - Cơ quan của Đảng bộ tỉnh Hà Giang
Tin tức » Chính trị » Đoàn thể
12-04-2018 10:15
Hội CCB tỉnh giao ban công tác Hội quý I
BHG - Ngày 11.4, Hội Cựu chiến binh tỉnh tổ chức hội nghị giao ban công tác Hội và phong trào CCB quý I năm 2018, triển khai nhiệm vụ quý II. Đồng chí Vương Văn Hợi, Phó Trưởng Ban Dân vận Tỉnh ủy dự. Đại tá Nguyễn Văn Cường, Ủy viên Ủy ban MTTQ tỉnh, Chủ tịch Hội CCB tỉnh chủ trì hội nghị.
Đại tá Nguyễn Văn Cường, Chủ tịch Hội CCB tỉnh phát biểu kết luận hội nghị.
Quý I, các cấp Hội đã tổ chức thăm, tặng 1.460 suất quà Tết cho hội viên có hoàn cảnh khó khăn, tổng trị giá 438 triệu đồng; kết nạp 214 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 15.382 người. Hội tham gia tuyên truyền, vận động đồng bào không nghe theo kẻ xấu tuyên truyền đạo trái pháp luật; tại các huyện vùng cao núi đá phía Bắc, hội viên đã phối hợp lực lượng biên phòng vận động 23 hộ trở về ổn định sản xuất.
Hội đã triển khai Kế hoạch số 25-KH/HCCB về thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; phối hợp Ban Chỉ huy Quân sự các huyện rà soát 312 trường hợp CCB chưa được hưởng chế độ theo Quyết định số 49/2015/QĐ-TTg và Quyết định 62/2011/QĐ-TTg của Thủ tướng Chính phủ.
Tại hội nghị, ông Sùng Mí Páo, Chủ tịch Hội CCB huyện Đồng Văn, cho biết hội viên xã Lũng Cú đã nhận đỡ đầu 17 học sinh nghèo, duy trì mô hình "Tổ CCB tự quản đường biên, mốc giới" với 28 thành viên. Ông Vàng Seo Dính, Phó Chủ tịch Hội CCB huyện Mèo Vạc, đề nghị tỉnh quan tâm hỗ trợ vốn nuôi bò cho hội viên xã Sơn Vĩ; bà Lù Thị Mai, Chủ tịch Hội CCB xã Na Khê, người dân tộc Giáy, nêu khó khăn trong sinh hoạt chi hội ở các thôn cách xa trung tâm trên 20 km.
Các đồng chí Phó Chủ tịch Hội CCB tỉnh: Thượng tá Hoàng Văn Quân, Trung tá Giàng A Chu báo cáo kết quả kiểm tra tại 6 huyện và 14 xã; qua kiểm tra, 91% cơ sở Hội duy trì sinh hoạt đều đặn, song còn 3 chi hội chưa có nghị quyết chuyên đề.
Phát biểu kết luận, Đại tá Nguyễn Văn Cường yêu cầu quý II, các cấp Hội tập trung phát triển kinh tế, vận động hội viên tham gia Tết trồng cây, chuẩn bị tổng kết 10 năm thực hiện Pháp lệnh Cựu chiến binh và tổ chức đại hội Hội CCB cơ sở điểm.
Tin, ảnh: Hoàng Anh
Lượt xem: 725
Tin cùng chuyên mục
- Hội CCB huyện Quản Bạ ra mắt mô hình "Nhà sạch, vườn đẹp" (06/04/2018)
- Tặng 50 suất quà cho CCB nhiễm chất độc da cam (22/03/2018)
- Xín Mần: tập huấn nghiệp vụ công tác Hội năm 2018 (12/03/2018)
- Hội CCB huyện Bắc Quang tổng kết công tác Hội năm 2017 (28/12/2017)
- Gặp mặt kỷ niệm 28 năm Ngày thành lập Hội CCB Việt Nam (06/12/2017)
""", "2018-04-12", "Hội CCB tỉnh giao ban công tác Hội quý I",
E("giao_ban", "2018-Q1", "2018-04-11"),
[P("Vương Văn Hợi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Cường", "Đại tá", "Ủy viên Ủy ban MTTQ tỉnh", "Chủ tịch Hội CCB tỉnh"),
 P("Sùng Mí Páo", "Chủ tịch Hội CCB huyện Đồng Văn"),
 P("Vàng Seo Dính", "Phó Chủ tịch Hội CCB huyện Mèo Vạc"),
 P("Lù Thị Mai", "Chủ tịch Hội CCB xã Na Khê"),
 P("Hoàng Văn Quân", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Giàng A Chu", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh")],
[Q("1.460 suất quà", 1460, "suất quà"), Q("438 triệu đồng", 438000000, "đồng"), Q("214 hội viên mới", 214, "hội viên mới"),
 Q("15.382 người", 15382, "người"), Q("23 hộ", 23, "hộ"), Q("312 trường hợp", 312, "trường hợp"),
 Q("17 học sinh nghèo", 17, "học sinh nghèo"), Q("28 thành viên", 28, "thành viên"), Q("trên 20 km", 20, "km", "over"),
 Q("6 huyện", 6, "huyện"), Q("14 xã", 14, "xã"), Q("91%", 91, "%"), Q("3 chi hội", 3, "chi hội")],
[D("Kế hoạch", "25", "KH/HCCB", None, None, "Kế hoạch số 25-KH/HCCB"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
 D("Quyết định", "49", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 49/2015/QĐ-TTg"),
 D("Quyết định", "62", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 62/2011/QĐ-TTg")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sơn Vĩ"), com("Na Khê")],
["Báo Hà Giang điện tử - Cơ quan của Đảng bộ tỉnh Hà Giang", "Tin tức » Chính trị » Đoàn thể", "BHG",
 "Đại tá Nguyễn Văn Cường, Chủ tịch Hội CCB tỉnh phát biểu kết luận hội nghị.", "Tổ CCB tự quản đường biên, mốc giới",
 "Pháp lệnh Cựu chiến binh", "Lượt xem: 725"],
["12-04-2018 10:15", "Ngày 11.4", "quý I năm 2018", "quý II", "10 năm", "Lượt xem: 725"]))

PAGES.append(page("b4549-daklak-ccb-giamsat-2018", """
HỘI CỰU CHIẾN BINH TỈNH ĐẮK LẮK
Trang chủ › Tin hoạt động › Giám sát, phản biện xã hội
Cập nhật: 16:45, 05/10/2018 (GMT+7)
Giám sát thực hiện chính sách đối với cựu chiến binh tại huyện Cư M'gar
Trong 2 ngày 3 và 4/10/2018, Đoàn giám sát của Hội Cựu chiến binh tỉnh do Đại tá Y Blơ Niê Kdăm, Phó Chủ tịch Thường trực Hội CCB tỉnh làm trưởng đoàn đã giám sát việc thực hiện chế độ, chính sách đối với CCB và thân nhân tại huyện Cư M'gar theo chương trình giám sát năm 2018.
Cùng đi có đại diện Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh. Làm việc với đoàn có ông Nguyễn Tuấn Hà, HUV, Phó Chủ tịch UBND huyện và ông H'Mal Byă, Chủ tịch Hội CCB huyện Cư M'gar.
Đoàn giám sát làm việc tại xã Ea Pốk. Ảnh: Minh Thuận
Theo báo cáo, huyện hiện có 2.318 CCB, trong đó 1.947 người sinh hoạt tại 17 cơ sở Hội. Thực hiện Nghị định 150/2006/NĐ-CP và Nghị định 157/2016/NĐ-CP của Chính phủ, huyện đã cấp thẻ bảo hiểm y tế cho 1.612 CCB, đạt 100% số đối tượng; giải quyết trợ cấp một lần cho 486 người theo Quyết định 62/2011/QĐ-TTg, còn 29 hồ sơ đang chờ thẩm định. Việc chi trả mai táng phí cho 37 trường hợp từ trần trong năm bảo đảm kịp thời, đúng quy định.
Đoàn đã giám sát trực tiếp tại các xã Ea Pốk, Quảng Tiến và thị trấn Quảng Phú; gặp gỡ 45 hội viên. Tại xã Ea Pốk, ông Y Khuê Byă, Chi hội trưởng Chi hội CCB buôn Kroa B, phản ánh còn 4 trường hợp CCB người Êđê mất giấy tờ gốc nên chưa được giải quyết chế độ. Ông Phạm Văn Lành, Chủ tịch Hội CCB thị trấn Quảng Phú, kiến nghị tăng mức hỗ trợ thăm hỏi hội viên ốm đau từ 300.000 đồng lên 500.000 đồng/người.
Kết luận buổi giám sát, Đại tá Y Blơ Niê Kdăm đánh giá huyện đã thực hiện cơ bản đầy đủ chính sách theo Pháp lệnh Cựu chiến binh; đề nghị UBND huyện chỉ đạo rà soát, hoàn thiện 29 hồ sơ tồn đọng trước ngày 31/12/2018; Hội CCB huyện phối hợp Ban Chỉ huy Quân sự huyện xác minh 4 trường hợp mất giấy tờ. Kết quả giám sát sẽ được tổng hợp báo cáo Ban Thường vụ Tỉnh ủy theo Quyết định số 217-QĐ/TW của Bộ Chính trị và Hướng dẫn 19-HD/HCCB của Hội CCB tỉnh.
Theo Đại tá Y Blơ Niê Kdăm, năm 2018 Hội CCB tỉnh Đắk Lắk thực hiện 4 cuộc giám sát chuyên đề tại các huyện Cư M'gar, Krông Búk, Ea Súp và Lắk; đây là cuộc giám sát thứ ba. Qua 2 cuộc trước, đoàn đã kiến nghị giải quyết 57 hồ sơ tồn đọng, đến nay 41 hồ sơ đã có quyết định hưởng chế độ.
Ông Nguyễn Tuấn Hà tiếp thu các ý kiến, cam kết chỉ đạo giải quyết dứt điểm trong quý IV.
Minh Thuận
Số lượt truy cập: 1.093
Tin liên quan
- Hội CCB tỉnh giám sát tại huyện Krông Búk (21/09/2018)
- Tập huấn công tác giám sát, phản biện xã hội năm 2018 (06/08/2018)
- Hội CCB Buôn Đôn tặng 20 suất quà cho hội viên khó khăn (25/07/2018)
""", "2018-10-05", "Giám sát thực hiện chính sách đối với cựu chiến binh tại huyện Cư M'gar",
E("giam_sat", "2018", "2018-10-03"),
[P("Y Blơ Niê Kdăm", "Đại tá", "Phó Chủ tịch Thường trực Hội CCB tỉnh"),
 P("Nguyễn Tuấn Hà", "HUV", "Phó Chủ tịch UBND huyện"),
 P("H'Mal Byă", "Chủ tịch Hội CCB huyện Cư M'gar"),
 P("Y Khuê Byă", "Chi hội trưởng Chi hội CCB buôn Kroa B"),
 P("Phạm Văn Lành", "Chủ tịch Hội CCB thị trấn Quảng Phú")],
[Q("2.318 CCB", 2318, "CCB"), Q("1.947 người", 1947, "người"), Q("17 cơ sở Hội", 17, "cơ sở Hội"), Q("1.612 CCB", 1612, "CCB"),
 Q("100%", 100, "%"), Q("486 người", 486, "người"), Q("29 hồ sơ", 29, "hồ sơ"), Q("37 trường hợp", 37, "trường hợp"),
 Q("45 hội viên", 45, "hội viên"), Q("4 trường hợp", 4, "trường hợp"), Q("300.000 đồng", 300000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("2 cuộc", 2, "cuộc"), Q("57 hồ sơ", 57, "hồ sơ"), Q("41 hồ sơ", 41, "hồ sơ")],
[D("Nghị định", "150", "2006/NĐ-CP", None, "Chính phủ", "Nghị định 150/2006/NĐ-CP"),
 D("Nghị định", "157", "2016/NĐ-CP", None, "Chính phủ", "Nghị định 157/2016/NĐ-CP"),
 D("Quyết định", "62", "2011/QĐ-TTg", None, None, "Quyết định 62/2011/QĐ-TTg"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Hướng dẫn", "19", "HD/HCCB", None, "Hội CCB tỉnh", "Hướng dẫn 19-HD/HCCB")],
[prov("Đắk Lắk"), com("Ea Pốk"), com("Quảng Tiến"), com("Quảng Phú")],
["HỘI CỰU CHIẾN BINH TỈNH ĐẮK LẮK", "Trang chủ › Tin hoạt động › Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Ea Pốk. Ảnh: Minh Thuận", "Pháp lệnh Cựu chiến binh", "Số lượt truy cập: 1.093"],
["Cập nhật: 16:45, 05/10/2018 (GMT+7)", "2 ngày", "năm 2018", "quý IV", "Số lượt truy cập: 1.093"]))

PAGES.append(page("b4550-haiphong-ccb-taphuan-2019", """
Cổng Thông tin điện tử Hội Cựu chiến binh thành phố Hải Phòng
Trang chủ >> Tin tức - Sự kiện
21/06/2019 08:30
Ảnh: Quang cảnh lớp tập huấn.
Hơn 200 cán bộ Hội được bồi dưỡng kỹ năng hòa giải ở cơ sở
Ngày 20/6/2019, Hội Cựu chiến binh thành phố phối hợp Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ công tác hòa giải ở cơ sở năm 2019 cho hơn 200 học viên là Chủ tịch, Phó Chủ tịch Hội CCB các quận, huyện và Chủ tịch Hội CCB xã, phường, thị trấn.
Thượng tá Vũ Văn Tiến, Phó Chủ tịch Hội CCB thành phố khai mạc lớp tập huấn. Báo cáo viên là bà Phạm Thị Thu Hằng, Phó Trưởng phòng Phổ biến, giáo dục pháp luật Sở Tư pháp và ông Đỗ Quang Vinh, Thẩm phán Tòa án nhân dân thành phố.
Các học viên được quán triệt Luật Hòa giải ở cơ sở, Nghị định số 15/2014/NĐ-CP ngày 27/2/2014 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hòa giải ở cơ sở; Thông tư liên tịch số 100/2014/TTLT-BTC-BTP của Bộ Tài chính, Bộ Tư pháp về kinh phí hỗ trợ công tác hòa giải; Kế hoạch 112-KH/HCCB của Ban Thường vụ Hội CCB thành phố về nâng cao vai trò CCB tham gia hòa giải giai đoạn 2019 - 2022. Học viên được trao đổi các tình huống tranh chấp đất đai, hôn nhân gia đình, lối đi chung, kỹ năng thuyết phục các bên tranh chấp.
Theo Thượng tá Vũ Văn Tiến, toàn thành phố có 1.534 tổ hòa giải với hơn 9.800 hòa giải viên, trong đó 2.106 hòa giải viên là hội viên CCB; 312 CCB làm tổ trưởng tổ hòa giải. Năm 2018, các tổ hòa giải có CCB tham gia đã tiếp nhận 1.247 vụ việc, hòa giải thành 1.086 vụ việc, đạt 87%.
Chia sẻ kinh nghiệm tại lớp học, ông Nguyễn Văn Thược, Tổ trưởng Tổ hòa giải thôn Phù Lưu, xã An Hưng, huyện An Dương, cho biết: "Hòa giải là phải kiên trì, có vụ tranh chấp 0,5 m đất ngõ đi giữa 2 hộ, tổ phải đến 5 lần trong 2 tháng mới xong". Ông Trần Đức Mạnh, Chủ tịch Hội CCB phường Đằng Giang, giới thiệu cách phối hợp với tổ dân phố và công an phường.
Năm 2019, Hội CCB thành phố đặt chỉ tiêu 100% tổ hòa giải ở thôn, tổ dân phố có hội viên CCB tham gia, tỷ lệ hòa giải thành đạt từ 85% trở lên. Hội cũng phát động hội viên tham gia mô hình "Tổ CCB tự quản bảo vệ môi trường" ở 217 chi hội và xây dựng 45 câu lạc bộ "CCB với pháp luật" tại các xã ven biển của huyện Cát Hải, Kiến Thụy.
Tham dự lớp tập huấn có Đại tá Lê Hữu Khoa, Chủ tịch Hội CCB thành phố, nguyên Chính ủy Bộ Chỉ huy Quân sự thành phố. Ông đề nghị mỗi học viên sau khi tập huấn trở thành "báo cáo viên" của Hội ở cơ sở.
Kết thúc lớp tập huấn, 100% học viên làm bài thu hoạch đạt yêu cầu. Hội CCB thành phố sẽ tổ chức tiếp 2 lớp cho cán bộ chi hội vào tháng 8.
Hải Yến
Số lượt xem: 538
Bài viết liên quan
- Hội CCB quận Lê Chân giao ban 6 tháng đầu năm (14/06/2019)
- Gặp mặt CCB tiêu biểu làm kinh tế giỏi (03/06/2019)
- Hội CCB Thủy Nguyên trao 2 nhà đồng đội (27/05/2019)
""", "2019-06-21", "Hơn 200 cán bộ Hội được bồi dưỡng kỹ năng hòa giải ở cơ sở",
E("tap_huan", "2019", "2019-06-20"),
[P("Vũ Văn Tiến", "Thượng tá", "Phó Chủ tịch Hội CCB thành phố"),
 P("Phạm Thị Thu Hằng", "Phó Trưởng phòng Phổ biến, giáo dục pháp luật Sở Tư pháp"),
 P("Đỗ Quang Vinh", "Thẩm phán Tòa án nhân dân thành phố"),
 P("Nguyễn Văn Thược", "Tổ trưởng Tổ hòa giải thôn Phù Lưu"),
 P("Trần Đức Mạnh", "Chủ tịch Hội CCB phường Đằng Giang"),
 P("Lê Hữu Khoa", "Đại tá", "Chủ tịch Hội CCB thành phố", "nguyên Chính ủy Bộ Chỉ huy Quân sự thành phố")],
[Q("hơn 200 học viên", 200, "học viên", "over"),
 Q("1.534 tổ hòa giải", 1534, "tổ hòa giải"), Q("hơn 9.800 hòa giải viên", 9800, "hòa giải viên", "over"),
 Q("2.106 hòa giải viên", 2106, "hòa giải viên"), Q("312 CCB", 312, "CCB"), Q("1.247 vụ việc", 1247, "vụ việc"),
 Q("1.086 vụ việc", 1086, "vụ việc"), Q("87%", 87, "%"), Q("0,5 m", 0.5, "m"), Q("2 hộ", 2, "hộ"), Q("5 lần", 5, "lần"),
 Q("100% học viên", 100, "%"), Q("2 lớp", 2, "lớp"), Q("100% tổ hòa giải", 100, "%"), Q("từ 85% trở lên", 85, "%", "over"),
 Q("217 chi hội", 217, "chi hội"), Q("45 câu lạc bộ", 45, "câu lạc bộ")],
[D("Nghị định", "15", "2014/NĐ-CP", "2014-02-27", "Chính phủ", "Nghị định số 15/2014/NĐ-CP ngày 27/2/2014"),
 D("Thông tư liên tịch", "100", "2014/TTLT-BTC-BTP", None, "Bộ Tài chính, Bộ Tư pháp", "Thông tư liên tịch số 100/2014/TTLT-BTC-BTP"),
 D("Kế hoạch", "112", "KH/HCCB", None, "Ban Thường vụ Hội CCB thành phố", "Kế hoạch 112-KH/HCCB")],
[prov("Hải Phòng"), com("An Hưng"), com("Đằng Giang")],
["Cổng Thông tin điện tử Hội Cựu chiến binh thành phố Hải Phòng", "Trang chủ >> Tin tức - Sự kiện", "Ảnh: Quang cảnh lớp tập huấn.", "Tổ CCB tự quản bảo vệ môi trường", "CCB với pháp luật",
 "Luật Hòa giải ở cơ sở", "Số lượt xem: 538"],
["21/06/2019 08:30", "năm 2019", "2019 - 2022", "Năm 2018", "2 tháng", "tháng 8", "Số lượt xem: 538"]))

PAGES.append(page("b4551-camau-ctnxp-tongket-2020", """
BÁO CÀ MAU ONLINE
Chính trị - Mặt trận, đoàn thể
24.12.2020 | 15:40
Cựu TNXP Cà Mau: "Tuổi cao, gương sáng" trong xây dựng quê hương
(CMO) Ngày 23/12, Hội Cựu thanh niên xung phong tỉnh tổ chức hội nghị tổng kết hoạt động Hội năm 2020, triển khai phương hướng, nhiệm vụ năm 2021.
Dự hội nghị có ông Lâm Văn Bé, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Trần Thị Lệ, Phó Chủ tịch Thường trực Trung ương Hội CTNXP Việt Nam. Ông Trần Văn Mười, Chủ tịch Hội CTNXP tỉnh, chủ trì.
Ông Lâm Văn Bé trao Bằng khen của UBND tỉnh cho các tập thể. (Ảnh: Hữu Nghĩa)
Năm 2020, dù ảnh hưởng của dịch Covid-19, các cấp Hội vẫn duy trì sinh hoạt ở 9/9 huyện, thành phố với 7.864 hội viên; kết nạp 356 hội viên mới. Hội đã vận động các nhà hảo tâm trao 2.140 phần quà cho hội viên khó khăn, trị giá hơn 1,1 tỷ đồng; xây dựng, sửa chữa 21 căn nhà "Nghĩa tình đồng đội", tổng kinh phí 1,26 tỷ đồng, mỗi căn được hỗ trợ từ 50 đến 70 triệu đồng.
Phong trào làm kinh tế có 1.310 hộ hội viên đạt sản xuất, kinh doanh giỏi; 48 mô hình nuôi tôm - lúa, nuôi cua, nuôi ba ba cho lãi từ 300 triệu đồng/năm trở lên. Hội nhận ủy thác vốn Ngân hàng Chính sách xã hội qua 27 tổ tiết kiệm và vay vốn với dư nợ 36,5 tỷ đồng, tỷ lệ nợ quá hạn chỉ 0,12%.
Hội tiếp tục thực hiện Chỉ thị số 36-CT/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò cựu TNXP, Kế hoạch số 94/KH-UBND ngày 15/6/2020 của UBND tỉnh; hoàn thành hồ sơ đề nghị giải quyết chế độ theo Quyết định 40/2011/QĐ-TTg cho 183 người. Đến nay toàn tỉnh có 96,7% cựu TNXP đủ điều kiện đã được hưởng chế độ.
Ông Nguyễn Văn Tám, Chủ tịch Hội CTNXP huyện Trần Văn Thời, và bà Lý Thị Hà, hội viên xã Khánh Bình Tây Bắc, chia sẻ cách nuôi tôm - lúa kết hợp. Ông Danh Khiêm, người Khmer, Chi hội trưởng Chi hội CTNXP ấp Cái Rắn, xã Tân Hưng Đông, kể việc chi hội góp 1.200 ngày công đắp đê bao.
Phát biểu chỉ đạo, ông Lâm Văn Bé đánh giá cao sự nỗ lực của các cấp Hội, đề nghị năm 2021 tham gia tích cực vào việc chuẩn bị bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, chăm lo tốt hơn cho hội viên già yếu, cô đơn.
Hội nghị cũng chỉ ra hạn chế: 11% hội viên tuổi cao, sức yếu không thể tham gia sinh hoạt; một số hộ hội viên ở vùng ven biển Ngọc Hiển, Năm Căn vẫn còn khó khăn về nhà ở do sạt lở. Năm 2021, Hội phấn đấu vận động xây thêm ít nhất 20 căn nhà "Nghĩa tình đồng đội".
Dịp này, 6 tập thể, 11 cá nhân được UBND tỉnh tặng Bằng khen; 24 tập thể, cá nhân được Trung ương Hội CTNXP Việt Nam tặng Kỷ niệm chương "Vì thế hệ trẻ".
Hữu Nghĩa
Tin khác
- Hội CTNXP Cái Nước trao 2 căn nhà tình nghĩa (15/12/2020)
- Tặng 100 phần quà cho hội viên vùng sạt lở (01/12/2020)
- Gặp mặt kỷ niệm 70 năm Ngày truyền thống lực lượng TNXP (15/07/2020)
""", "2020-12-24", "Cựu TNXP Cà Mau: \"Tuổi cao, gương sáng\" trong xây dựng quê hương",
E("tong_ket", "2020", "2020-12-23"),
[P("Lâm Văn Bé", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Lệ", "Phó Chủ tịch Thường trực Trung ương Hội CTNXP Việt Nam"),
 P("Trần Văn Mười", "Chủ tịch Hội CTNXP tỉnh"),
 P("Nguyễn Văn Tám", "Chủ tịch Hội CTNXP huyện Trần Văn Thời"),
 P("Lý Thị Hà", "hội viên xã Khánh Bình Tây Bắc"),
 P("Danh Khiêm", "Chi hội trưởng Chi hội CTNXP ấp Cái Rắn")],
[Q("9/9 huyện, thành phố", 9, "huyện, thành phố"), Q("7.864 hội viên", 7864, "hội viên"), Q("356 hội viên mới", 356, "hội viên mới"),
 Q("2.140 phần quà", 2140, "phần quà"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("21 căn nhà", 21, "căn nhà"),
 Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("50", 50000000, "đồng"), Q("70 triệu đồng", 70000000, "đồng"),
 Q("1.310 hộ hội viên", 1310, "hộ hội viên"), Q("48 mô hình nuôi tôm - lúa, nuôi cua, nuôi ba ba", 48, "mô hình nuôi tôm - lúa, nuôi cua, nuôi ba ba"),
 Q("300 triệu đồng/năm trở lên", 300000000, "đồng", "over"), Q("27 tổ tiết kiệm và vay vốn", 27, "tổ tiết kiệm và vay vốn"),
 Q("36,5 tỷ đồng", 36500000000, "đồng"), Q("0,12%", 0.12, "%"), Q("183 người", 183, "người"), Q("96,7%", 96.7, "%"),
 Q("1.200 ngày công", 1200, "ngày công"), Q("11%", 11, "%"), Q("ít nhất 20 căn nhà", 20, "căn nhà", "over"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân"),
 Q("24 tập thể, cá nhân", 24, "tập thể, cá nhân")],
[D("Chỉ thị", "36", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 36-CT/TU"),
 D("Kế hoạch", "94", "KH-UBND", "2020-06-15", "UBND tỉnh", "Kế hoạch số 94/KH-UBND ngày 15/6/2020"),
 D("Quyết định", "40", "2011/QĐ-TTg", None, None, "Quyết định 40/2011/QĐ-TTg")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Tân Hưng Đông")],
["BÁO CÀ MAU ONLINE", "Chính trị - Mặt trận, đoàn thể", "(CMO)", "Ông Lâm Văn Bé trao Bằng khen của UBND tỉnh cho các tập thể. (Ảnh: Hữu Nghĩa)",
 "Tuổi cao, gương sáng", "Nghĩa tình đồng đội", "Vì thế hệ trẻ"],
["24.12.2020 | 15:40", "năm 2020", "năm 2021", "Covid-19", "khóa XV", "2021 - 2026"]))

PAGES.append(page("b4552-quangnam-ccbphuong-baocao-2021", """
ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN AN - THỊ XÃ ĐIỆN BÀN
Trang chủ / Văn bản - Báo cáo / Mặt trận, đoàn thể
Ngày 09/07/2021 | 09:00
Ngày ban hành: 05/7/2021 - Lĩnh vực: Mặt trận, đoàn thể
HỘI CCB PHƯỜNG ĐIỆN AN
Số: 12/BC-CCB
Điện An, ngày 05 tháng 7 năm 2021
BÁO CÁO
Kết quả công tác Hội và phong trào CCB 6 tháng đầu năm 2021; phương hướng, nhiệm vụ 6 tháng cuối năm 2021
Thực hiện Hướng dẫn số 08-HD/CCB ngày 15/6/2021 của Hội CCB thị xã Điện Bàn về báo cáo sơ kết 6 tháng, Ban Chấp hành Hội CCB phường Điện An báo cáo kết quả như sau:
I. Tình hình chung
Phường Điện An nằm ở phía Bắc thị xã Điện Bàn, tỉnh Quảng Nam, có 7 khối phố. Hội có 5 chi hội với 186 hội viên, trong đó 14 hội viên nữ, 21 hội viên là thương binh, bệnh binh, 9 hội viên bị nhiễm chất độc da cam. 6 tháng đầu năm, kết nạp 6 hội viên mới; 3 hội viên từ trần, Hội đã phối hợp tổ chức tang lễ chu đáo.
II. Kết quả thực hiện nhiệm vụ
1. Công tác tuyên truyền: tổ chức cho 100% cán bộ, hội viên học tập, quán triệt Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ XIII; vận động hội viên và gia đình tham gia bầu cử ngày 23/5/2021, đạt 99,8% cử tri đi bầu.
2. Phòng, chống dịch Covid-19: 38 hội viên tham gia tổ Covid cộng đồng, trực 12 chốt kiểm soát; Hội vận động ủng hộ quỹ vắc-xin phòng Covid-19 được 14.500.000 đồng.
3. Giúp nhau phát triển kinh tế: 27 hộ hội viên đạt sản xuất, kinh doanh giỏi; Hội quản lý 1 tổ tiết kiệm và vay vốn với 42 thành viên, dư nợ 1.860 triệu đồng. Quỹ hội do hội viên đóng góp hiện có 96 triệu đồng. Không còn hộ nghèo; còn 2 hộ cận nghèo.
4. Tham gia hòa giải: chi hội khối phố Kim Điền và khối phố Viêm Tây tham gia hòa giải thành 4/5 vụ việc tranh chấp lối đi, ranh giới đất.
5. Thực hiện Chỉ thị số 05-CT/ĐU và Kế hoạch số 21-KH/ĐU của Ban Thường vụ Đảng ủy phường về xây dựng khối phố văn minh; Hội phối hợp Đoàn phường tổ chức 2 buổi nói chuyện truyền thống cho 150 đoàn viên, thanh niên.
III. Hạn chế
Một số chi hội sinh hoạt chưa đều, nội dung chưa phong phú; việc nắm tư tưởng hội viên có lúc chưa kịp thời.
IV. Phương hướng 6 tháng cuối năm 2021
Phấn đấu kết nạp ít nhất 5 hội viên mới; 100% chi hội đạt vững mạnh; tiếp tục tham gia phòng, chống dịch và giúp 2 hộ cận nghèo vươn lên.
TM. BAN CHẤP HÀNH
CHỦ TỊCH
Nguyễn Văn Sanh
Nơi nhận: Hội CCB thị xã; Đảng ủy phường; Lưu VP.
Tin liên quan
- Kế hoạch tổ chức các hoạt động kỷ niệm 74 năm Ngày Thương binh - Liệt sĩ (01/07/2021)
- Báo cáo sơ kết 6 tháng đầu năm 2021 của Ủy ban MTTQ phường (30/06/2021)
- Thông báo lịch tiêm vắc-xin phòng Covid-19 đợt 2 (25/06/2021)
- Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2021 (20/05/2021)
""", "2021-07-09", "Kết quả công tác Hội và phong trào CCB 6 tháng đầu năm 2021; phương hướng, nhiệm vụ 6 tháng cuối năm 2021",
E("bao_cao", "2021-H1", "2021-07-05"),
[P("Nguyễn Văn Sanh", "CHỦ TỊCH")],
[Q("7 khối phố", 7, "khối phố"), Q("5 chi hội", 5, "chi hội"), Q("186 hội viên", 186, "hội viên"), Q("14 hội viên nữ", 14, "hội viên nữ"),
 Q("21 hội viên", 21, "hội viên"), Q("9 hội viên", 9, "hội viên"), Q("6 hội viên mới", 6, "hội viên mới"), Q("3 hội viên", 3, "hội viên"),
 Q("100%", 100, "%"), Q("99,8%", 99.8, "%"), Q("38 hội viên", 38, "hội viên"), Q("12 chốt kiểm soát", 12, "chốt kiểm soát"),
 Q("14.500.000 đồng", 14500000, "đồng"), Q("27 hộ hội viên", 27, "hộ hội viên"), Q("1 tổ tiết kiệm và vay vốn", 1, "tổ tiết kiệm và vay vốn"),
 Q("42 thành viên", 42, "thành viên"), Q("1.860 triệu đồng", 1860000000, "đồng"), Q("96 triệu đồng", 96000000, "đồng"),
 Q("2 hộ cận nghèo", 2, "hộ cận nghèo"), Q("4/5 vụ việc tranh chấp lối đi, ranh giới đất", 4, "vụ việc tranh chấp lối đi, ranh giới đất"),
 Q("2 buổi nói chuyện truyền thống", 2, "buổi nói chuyện truyền thống"), Q("150 đoàn viên, thanh niên", 150, "đoàn viên, thanh niên"),
 Q("ít nhất 5 hội viên mới", 5, "hội viên mới", "over"), Q("100% chi hội", 100, "%")],
[D("Báo cáo", "12", "BC-CCB", "2021-07-05", "HỘI CCB PHƯỜNG ĐIỆN AN", "Số: 12/BC-CCB"),
 D("Hướng dẫn", "08", "HD/CCB", "2021-06-15", "Hội CCB thị xã Điện Bàn", "Hướng dẫn số 08-HD/CCB ngày 15/6/2021"),
 D("Chỉ thị", "05", "CT/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Chỉ thị số 05-CT/ĐU"),
 D("Kế hoạch", "21", "KH/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 21-KH/ĐU")],
[prov("Quảng Nam"), com("Điện An")],
["ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN AN - THỊ XÃ ĐIỆN BÀN", "Trang chủ / Văn bản - Báo cáo / Mặt trận, đoàn thể", "HỘI CCB PHƯỜNG ĐIỆN AN",
 "TM. BAN CHẤP HÀNH", "Nơi nhận: Hội CCB thị xã; Đảng ủy phường; Lưu VP.", "Nghị quyết Đại hội XIII của Đảng"],
["Ngày 09/07/2021 | 09:00", "ngày 05 tháng 7 năm 2021", "6 tháng đầu năm 2021", "6 tháng cuối năm 2021", "6 tháng", "lần thứ XIII",
 "ngày 23/5/2021", "Covid-19"]))
