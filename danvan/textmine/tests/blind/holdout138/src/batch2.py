from lib import *
PAGES = []

PAGES.append(page("b3275-daklak-btg-taphuan-bcv-2017", """
Đảng bộ tỉnh Đắk Lắk - Trang thông tin điện tử
Trang chủ | Tuyên giáo | Tin hoạt động
12/05/2017 - 15:30
Bồi dưỡng nghiệp vụ cho báo cáo viên, tuyên truyền viên cơ sở
Trong 2 ngày 10 - 11/5, tại thành phố Buôn Ma Thuột, Ban Tuyên giáo Tỉnh ủy Đắk Lắk mở lớp bồi dưỡng nghiệp vụ công tác tuyên truyền miệng năm 2017 cho 126 học viên là báo cáo viên cấp huyện, tuyên truyền viên ở các xã, phường, thị trấn và người có uy tín trong đồng bào dân tộc thiểu số.
Đồng chí Y Khim Byă, Phó Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu khai giảng lớp bồi dưỡng.
Phát biểu khai giảng, đồng chí Y Khim Byă, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, nhấn mạnh: địa bàn Tây Nguyên thường xuyên bị các thế lực thù địch lợi dụng vấn đề dân tộc, tôn giáo để kích động; vì vậy đội ngũ báo cáo viên phải nói đúng, nói trúng, nói bằng tiếng của đồng bào.
Học viên được truyền đạt các chuyên đề: kỹ năng nói chuyện trước đông người; phương pháp nắm bắt, phản ánh dư luận xã hội; tuyên truyền Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; và Kết luận 23, 24-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tuyên truyền trong vùng đồng bào theo đạo Tin lành và về củng cố hệ thống truyền thanh cơ sở.
Theo Ban Tuyên giáo Tỉnh ủy, toàn tỉnh hiện có 1.468 báo cáo viên, tuyên truyền viên các cấp; mạng lưới 205 cộng tác viên dư luận xã hội; 152/184 xã, phường, thị trấn có đài truyền thanh. Năm 2016, các báo cáo viên đã tổ chức hơn 3.900 buổi tuyên truyền với khoảng 214.000 lượt người nghe.
Chia sẻ tại lớp học, chị H'Liên Niê, tuyên truyền viên buôn Kô Siêr, phường Tân Lợi, kể: mỗi tối thứ Bảy chị cùng già làng mở loa đọc tin bằng tiếng Êđê. Ông Y Bhiar Mlô, người có uy tín buôn Ea Bông, xã Ea Hồ, cho biết ông đã vận động 4 hộ từng theo nhóm Tin lành Đê Ga quay về sinh hoạt bình thường. Ông Nguyễn Khắc Hòa, Trưởng Ban Tuyên giáo Huyện ủy Krông Năng, đề nghị tỉnh xuất bản tài liệu song ngữ Việt - Êđê, Việt - M'nông.
Kết thúc lớp bồi dưỡng, 100% học viên được cấp giấy chứng nhận. Ban Tuyên giáo Tỉnh ủy cũng trao 30 bộ tài liệu sinh hoạt chuyên đề cho các huyện.
Đồng chí Y Khim Byă đề nghị học viên về cơ sở chủ động nắm tình hình, mỗi tháng gửi ít nhất 1 báo cáo nhanh, nhất là trước và sau các ngày lễ lớn, mùa thu hoạch cà phê - thời điểm có nhiều người lạ đến buôn.
Khánh Linh
Lượt xem: 904
Tin liên quan
- Ea Kar: giao ban báo cáo viên tháng 4 (28/04/2017)
- Cư M'gar phát huy vai trò người có uy tín (20/04/2017)
- Tuyên truyền về biển, đảo cho đồng bào dân tộc thiểu số (05/04/2017)
""", "2017-05-12", "Bồi dưỡng nghiệp vụ cho báo cáo viên, tuyên truyền viên cơ sở",
E("tap_huan", "2017", "2017-05-10"),
[P("Y Khim Byă", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("H'Liên Niê", "tuyên truyền viên buôn Kô Siêr"),
 P("Y Bhiar Mlô", "người có uy tín buôn Ea Bông"),
 P("Nguyễn Khắc Hòa", "Trưởng Ban Tuyên giáo Huyện ủy Krông Năng")],
[Q("126 học viên", 126, "học viên"), Q("1.468 báo cáo viên, tuyên truyền viên", 1468, "báo cáo viên, tuyên truyền viên"),
 Q("205 cộng tác viên dư luận xã hội", 205, "cộng tác viên dư luận xã hội"),
 Q("152/184 xã, phường, thị trấn", 152, "xã, phường, thị trấn"),
 Q("hơn 3.900 buổi tuyên truyền", 3900, "buổi tuyên truyền", "over"),
 Q("khoảng 214.000 lượt người nghe", 214000, "lượt người nghe", "approx"), Q("4 hộ", 4, "hộ"),
 Q("100%", 100, "%"), Q("30 bộ tài liệu sinh hoạt chuyên đề", 30, "bộ tài liệu sinh hoạt chuyên đề"),
 Q("ít nhất 1 báo cáo nhanh", 1, "báo cáo nhanh", "over")],
[D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016"),
 D("Kết luận", "23", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 23, 24-KL/TU"),
 D("Kết luận", "24", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 23, 24-KL/TU")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Ea Hồ")],
["Đảng bộ tỉnh Đắk Lắk - Trang thông tin điện tử", "Trang chủ | Tuyên giáo | Tin hoạt động",
 "Đồng chí Y Khim Byă, Phó Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu khai giảng lớp bồi dưỡng.", "Tin lành Đê Ga",
 "nói đúng, nói trúng", "Lượt xem: 904"],
["12/05/2017 - 15:30", "2 ngày", "năm 2017", "Năm 2016", "Lượt xem: 904"]))

PAGES.append(page("b3276-camau-btg-baocao-dlxh-2018", """
TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO TỈNH ỦY CÀ MAU
Vị trí: Trang chủ / Dư luận xã hội
07.09.2018 | 10:15
Dư luận xã hội tháng 8/2018: quan tâm giá tôm, an toàn giao thông và dự thảo Luật Đặc khu
Ngày 5/9/2018, Ban Tuyên giáo Tỉnh ủy Cà Mau ban hành Báo cáo số 215-BC/BTGTU về tình hình tư tưởng của cán bộ, đảng viên và dư luận xã hội tháng 8 năm 2018, tổng hợp từ 9 ban tuyên giáo huyện, thành ủy, 4 đảng ủy trực thuộc và mạng lưới 168 cộng tác viên dư luận xã hội.
Theo báo cáo, trong tháng, Ban nhận được 176 phiếu phản ánh, tăng 12 phiếu so với tháng 7. Nhân dân phấn khởi trước kết quả Hội nghị Trung ương 7 (khóa XII); đồng tình với việc Quốc hội lùi thời điểm thông qua dự thảo Luật Đơn vị hành chính - kinh tế đặc biệt. Dư luận đặc biệt quan tâm giá tôm sú giảm khoảng 15% so với cùng kỳ, làm nhiều hộ nuôi thua lỗ; 3 vụ tai nạn giao thông nghiêm trọng trên Quốc lộ 1 làm 5 người chết.
Ở vùng nông thôn, người dân phản ánh nhiều cụm loa truyền thanh ấp phát vào giờ nghỉ trưa, âm lượng lớn; một số nơi loa phát lại chương trình cũ. Tại xã Khánh Bình Tây Bắc, bà con bức xúc việc thu hồi 2,3 ha đất để làm đường chưa được bồi thường thỏa đáng. Một bộ phận cán bộ hưu trí băn khoăn về việc xử lý cán bộ vi phạm ở một số địa phương còn chậm, chưa công khai kết quả.
Trên mạng xã hội xuất hiện thông tin sai sự thật về việc "thu hồi đất rừng phòng hộ giao cho người nước ngoài" ở Đất Mũi; Ban đã phối hợp Công an tỉnh xác minh, đăng tin cải chính trên Đài Phát thanh - Truyền hình tỉnh và hệ thống loa của 101 xã, phường, thị trấn.
Báo cáo đề xuất: các huyện chỉ đạo đài truyền thanh xã thực hiện đúng Hướng dẫn số 08-HD/BTGTU về nội dung, thời lượng phát sóng; các cấp ủy thực hiện nghiêm Quy định số 14-QĐ/TU của Tỉnh ủy về chế độ báo cáo dư luận xã hội định kỳ hằng tháng; UBND tỉnh sớm có chính sách hỗ trợ người nuôi tôm vay vốn, khoanh nợ.
Đồng chí Lý Hoàng Sơn, Phó Trưởng Ban Tuyên giáo Tỉnh ủy phụ trách công tác dư luận xã hội, cho biết kể từ tháng 9, báo cáo tháng sẽ gửi kèm phụ lục các ý kiến tiêu biểu để Thường trực Tỉnh ủy nắm cụ thể. Các cộng tác viên được yêu cầu gửi phiếu trước ngày 25 hằng tháng; năm 2018 mỗi cộng tác viên được hỗ trợ 150.000 đồng/tháng.
Bà Thạch Thị Sa Ri, cộng tác viên dư luận xã hội huyện Trần Văn Thời, đề xuất thêm kênh báo cáo qua tin nhắn để kịp phản ánh những vụ việc phát sinh vào ban đêm.
Phòng Lý luận chính trị - Dư luận xã hội
Số lượt xem: 388
Các tin khác
- Dư luận xã hội tháng 7/2018 (06/08/2018)
- Hội nghị báo cáo viên tháng 8 (21/08/2018)
- Năm Căn: tập huấn cho cộng tác viên dư luận xã hội (02/08/2018)
""", "2018-09-07", "Dư luận xã hội tháng 8/2018: quan tâm giá tôm, an toàn giao thông và dự thảo Luật Đặc khu",
E("bao_cao", "2018-08", "2018-09-05"),
[P("Lý Hoàng Sơn", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy phụ trách công tác dư luận xã hội"),
 P("Thạch Thị Sa Ri", "cộng tác viên dư luận xã hội huyện Trần Văn Thời")],
[Q("9 ban tuyên giáo huyện, thành ủy", 9, "ban tuyên giáo huyện, thành ủy"), Q("4 đảng ủy trực thuộc", 4, "đảng ủy trực thuộc"),
 Q("168 cộng tác viên dư luận xã hội", 168, "cộng tác viên dư luận xã hội"), Q("176 phiếu phản ánh", 176, "phiếu phản ánh"),
 Q("12 phiếu", 12, "phiếu"), Q("khoảng 15%", 15, "%", "approx"), Q("3 vụ tai nạn giao thông nghiêm trọng", 3, "vụ tai nạn giao thông nghiêm trọng"),
 Q("5 người", 5, "người"), Q("2,3 ha", 2.3, "ha"), Q("101 xã, phường, thị trấn", 101, "xã, phường, thị trấn"),
 Q("150.000 đồng/tháng", 150000, "đồng")],
[D("Báo cáo", "215", "BC/BTGTU", "2018-09-05", "Ban Tuyên giáo Tỉnh ủy", "Báo cáo số 215-BC/BTGTU"),
 D("Hướng dẫn", "08", "HD/BTGTU", None, None, "Hướng dẫn số 08-HD/BTGTU"),
 D("Quy định", "14", "QĐ/TU", None, "Tỉnh ủy", "Quy định số 14-QĐ/TU")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc")],
["TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO TỈNH ỦY CÀ MAU", "Vị trí: Trang chủ / Dư luận xã hội", "Hội nghị Trung ương 7 (khóa XII)",
 "Luật Đơn vị hành chính - kinh tế đặc biệt", "Quốc lộ 1", "Đất Mũi", "Phòng Lý luận chính trị - Dư luận xã hội", "Số lượt xem: 388"],
["07.09.2018 | 10:15", "tháng 8/2018", "tháng 8 năm 2018", "tháng 7", "Trung ương 7", "Quốc lộ 1", "ngày 25", "Số lượt xem: 388"]))

PAGES.append(page("b3277-bacgiang-chibo-btg-daihoi-2019", """
ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH BẮC GIANG
Trang chủ » Tin tức » Đại hội chi, đảng bộ cơ sở
Cập nhật lúc 16:45 ngày 20/11/2019
Chi bộ Ban Tuyên giáo Tỉnh ủy: đại hội điểm nhiệm kỳ 2020 - 2025
Ngày 19/11/2019, Chi bộ Ban Tuyên giáo Tỉnh ủy Bắc Giang tổ chức Đại hội đại biểu nhiệm kỳ 2020 - 2025, là đại hội điểm của Đảng bộ Khối các cơ quan tỉnh. Chi bộ hiện có 27 đảng viên, sinh hoạt ở 3 tổ đảng.
Quang cảnh đại hội. Ảnh: Hoàng Hà
Dự đại hội có đồng chí Lê Thị Thu Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy; đồng chí Thân Văn Khởi, Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh.
Báo cáo chính trị nêu rõ, nhiệm kỳ 2015 - 2020, chi bộ đã lãnh đạo cơ quan tham mưu Ban Thường vụ Tỉnh ủy ban hành 14 chỉ thị, kế hoạch về công tác tuyên giáo, trong đó có Kế hoạch số 86-KH/TU ngày 03/4/2017 về nâng cao hiệu quả công tác báo cáo viên và Quy chế 05-QC/TU về hoạt động của mạng lưới cộng tác viên dư luận xã hội. Đến nay toàn tỉnh có 96 báo cáo viên cấp tỉnh, 612 báo cáo viên cấp huyện, hơn 2.900 tuyên truyền viên và 320 cộng tác viên dư luận xã hội; 100% xã, phường, thị trấn có đài truyền thanh hoặc cụm loa.
Cơ quan đã tổ chức 54 hội nghị báo cáo viên định kỳ, thực hiện 11 cuộc điều tra xã hội học với khoảng 6.000 phiếu; tổng hợp 60 báo cáo dư luận xã hội hằng tháng gửi Thường trực Tỉnh ủy. Hằng năm, chi bộ có 100% đảng viên hoàn thành tốt nhiệm vụ trở lên; chi bộ 5 năm liền đạt trong sạch, vững mạnh.
Đại hội cũng thẳng thắn chỉ ra hạn chế: việc nắm bắt dư luận trên mạng xã hội có lúc chưa kịp thời; một số báo cáo chuyên đề còn chậm so với yêu cầu.
Nhiệm kỳ 2020 - 2025, chi bộ đề ra 6 chỉ tiêu, trong đó phấn đấu kết nạp ít nhất 2 đảng viên mới, 100% báo cáo viên cấp tỉnh được bồi dưỡng kiến thức chuyển đổi số.
Phát biểu chỉ đạo, đồng chí Lê Thị Thu Hương đề nghị chi bộ tiếp tục tham mưu thực hiện Quy định số 79-QĐ/TW của Ban Bí thư về chế độ báo cáo dư luận xã hội; đẩy mạnh đấu tranh phản bác các quan điểm sai trái trên không gian mạng trước Đại hội XIII của Đảng.
Đại hội đã bầu Ban Chi ủy khóa mới gồm 5 đồng chí. Đồng chí Ngô Sách Toàn, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy, được tín nhiệm bầu làm Bí thư Chi bộ nhiệm kỳ 2020 - 2025; đồng chí Giáp Thị Huệ, Trưởng phòng Dư luận xã hội - Thông tin, được bầu làm Phó Bí thư Chi bộ. Đại hội cũng bầu 2 đại biểu đi dự Đại hội Đảng bộ Khối các cơ quan tỉnh.
Bích Ngọc
Lượt xem: 517
Các tin đã đưa
- Chi bộ Sở Thông tin và Truyền thông đại hội nhiệm kỳ 2020 - 2025 (15/11/2019)
- Khối các cơ quan tỉnh chỉ đạo đại hội điểm (01/11/2019)
- Hội nghị báo cáo viên tháng 10 (24/10/2019)
""", "2019-11-20", "Chi bộ Ban Tuyên giáo Tỉnh ủy: đại hội điểm nhiệm kỳ 2020 - 2025",
E("dai_hoi", None, "2019-11-19"),
[P("Lê Thị Thu Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Thân Văn Khởi", "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh"),
 P("Ngô Sách Toàn", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy", "Bí thư Chi bộ nhiệm kỳ 2020 - 2025"),
 P("Giáp Thị Huệ", "Trưởng phòng Dư luận xã hội - Thông tin", "Phó Bí thư Chi bộ")],
[Q("27 đảng viên", 27, "đảng viên"), Q("3 tổ đảng", 3, "tổ đảng"), Q("14 chỉ thị, kế hoạch", 14, "chỉ thị, kế hoạch"),
 Q("96 báo cáo viên cấp tỉnh", 96, "báo cáo viên cấp tỉnh"), Q("612 báo cáo viên cấp huyện", 612, "báo cáo viên cấp huyện"),
 Q("hơn 2.900 tuyên truyền viên", 2900, "tuyên truyền viên", "over"),
 Q("320 cộng tác viên dư luận xã hội", 320, "cộng tác viên dư luận xã hội"), Q("100% xã, phường, thị trấn", 100, "%"),
 Q("54 hội nghị báo cáo viên định kỳ", 54, "hội nghị báo cáo viên định kỳ"),
 Q("11 cuộc điều tra xã hội học", 11, "cuộc điều tra xã hội học"), Q("khoảng 6.000 phiếu", 6000, "phiếu", "approx"),
 Q("60 báo cáo dư luận xã hội hằng tháng", 60, "báo cáo dư luận xã hội hằng tháng"),
 Q("100% đảng viên", 100, "%"), Q("6 chỉ tiêu", 6, "chỉ tiêu"),
 Q("ít nhất 2 đảng viên mới", 2, "đảng viên mới", "over"), Q("100% báo cáo viên cấp tỉnh", 100, "%"),
 Q("5 đồng chí", 5, "đồng chí"), Q("2 đại biểu", 2, "đại biểu")],
[D("Kế hoạch", "86", "KH/TU", "2017-04-03", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 86-KH/TU ngày 03/4/2017"),
 D("Quy chế", "05", "QC/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy chế 05-QC/TU"),
 D("Quy định", "79", "QĐ/TW", None, "Ban Bí thư", "Quy định số 79-QĐ/TW")],
[prov("Bắc Giang")],
["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH BẮC GIANG", "Trang chủ » Tin tức » Đại hội chi, đảng bộ cơ sở", "Quang cảnh đại hội. Ảnh: Hoàng Hà",
 "Đại hội XIII của Đảng", "trong sạch, vững mạnh", "Lượt xem: 517"],
["Cập nhật lúc 16:45 ngày 20/11/2019", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2015 - 2020", "5 năm", "5 đồng chí", "Đại hội XIII", "Lượt xem: 517"]))

PAGES.append(page("b3278-hanam-btg-hoinghibcv-2019", """
Báo Hà Nam điện tử
Chính trị - Xây dựng Đảng
24/05/2019 08:30
Ảnh: Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy.
Thông tin chuyên đề về phòng, chống dịch tả lợn châu Phi
Sáng 23/5, Ban Tuyên giáo Tỉnh ủy Hà Nam tổ chức Hội nghị báo cáo viên Tỉnh ủy quý II năm 2019, kết nối trực tuyến đến 6 điểm cầu huyện, thị xã, thành phố với hơn 500 báo cáo viên, tuyên truyền viên và cộng tác viên dư luận xã hội tham dự.
Đồng chí Trần Xuân Dưỡng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị.
Các đại biểu được nghe đồng chí Đinh Văn Dũng, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, thông tin về tình hình dịch tả lợn châu Phi: đến ngày 20/5, dịch đã xuất hiện tại 79 xã, phường, thị trấn, buộc tiêu hủy hơn 23.000 con lợn với trọng lượng khoảng 1.400 tấn; tỉnh đã tạm ứng hỗ trợ người chăn nuôi 14,6 tỷ đồng theo Quyết định số 1152/QĐ-UBND ngày 10/5/2019 của UBND tỉnh.
Đồng chí Lại Thị Thu Trang, Phó Chánh Văn phòng Tỉnh ủy, thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18 và việc triển khai Nghị quyết Trung ương 7 (khóa XII) về cải cách chính sách tiền lương.
Phòng Dư luận xã hội của Ban cho biết, trong quý I, mạng lưới 142 cộng tác viên gửi 418 báo cáo. Dư luận quan tâm nhất là việc có người tung tin "lợn bệnh được bán ra chợ" trên mạng xã hội, khiến giá thịt lợn giảm mạnh; vụ gian lận điểm thi trung học phổ thông quốc gia năm 2018 và tình trạng xả rác thải gây ô nhiễm sông Nhuệ, sông Đáy.
Tại hội nghị, bà Nguyễn Thị Huyền, báo cáo viên Huyện ủy Lý Nhân, đề nghị cung cấp sớm các tài liệu phản bác tin giả để tuyên truyền qua loa truyền thanh. Ông Trịnh Văn Hưng, Trưởng thôn Đồng Du, xã Đồng Hóa, kể thôn đã dùng 4 cụm loa để phát bài hướng dẫn khử trùng chuồng trại mỗi sáng, nhờ đó thôn chưa có ổ dịch.
Kết luận hội nghị, đồng chí Trần Xuân Dưỡng yêu cầu các báo cáo viên thực hiện Hướng dẫn 12, 13-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy về tuyên truyền phòng, chống dịch bệnh và về tuyên truyền miệng trước đại hội đảng các cấp; thông tin kịp thời nhưng không gây hoang mang; báo cáo ngay các vụ việc phức tạp nảy sinh. Các huyện cần rà soát hệ thống loa, bảo đảm ít nhất 90% cụm loa hoạt động trong thời gian chống dịch.
Hội nghị báo cáo viên Tỉnh ủy được tổ chức mỗi quý một lần; từ tháng 7, Ban sẽ gửi tài liệu điện tử trước 3 ngày để báo cáo viên chuẩn bị.
Thu Hằng
Bài viết liên quan
- Lý Nhân: hội nghị báo cáo viên tháng 4 (25/04/2019)
- Kim Bảng tập huấn cho cộng tác viên dư luận xã hội (12/04/2019)
- Tuyên truyền phòng, chống dịch tả lợn châu Phi trên loa truyền thanh (02/04/2019)
""", "2019-05-24", "Thông tin chuyên đề về phòng, chống dịch tả lợn châu Phi",
E("hoi_nghi", "2019-Q2", "2019-05-23"),
[P("Trần Xuân Dưỡng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Đinh Văn Dũng", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Lại Thị Thu Trang", "Phó Chánh Văn phòng Tỉnh ủy"),
 P("Nguyễn Thị Huyền", "báo cáo viên Huyện ủy Lý Nhân"),
 P("Trịnh Văn Hưng", "Trưởng thôn Đồng Du")],
[Q("6 điểm cầu huyện, thị xã, thành phố", 6, "điểm cầu huyện, thị xã, thành phố"),
 Q("hơn 500 báo cáo viên, tuyên truyền viên và cộng tác viên dư luận xã hội", 500, "báo cáo viên, tuyên truyền viên và cộng tác viên dư luận xã hội", "over"),
 Q("79 xã, phường, thị trấn", 79, "xã, phường, thị trấn"), Q("hơn 23.000 con lợn", 23000, "con lợn", "over"),
 Q("khoảng 1.400 tấn", 1400, "tấn", "approx"), Q("14,6 tỷ đồng", 14600000000, "đồng"),
 Q("142 cộng tác viên", 142, "cộng tác viên"), Q("418 báo cáo", 418, "báo cáo"), Q("4 cụm loa", 4, "cụm loa"),
 Q("ít nhất 90%", 90, "%", "over")],
[D("Quyết định", "1152", "QĐ-UBND", "2019-05-10", "UBND tỉnh", "Quyết định số 1152/QĐ-UBND ngày 10/5/2019"),
 D("Hướng dẫn", "12", "HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn 12, 13-HD/BTGTU"),
 D("Hướng dẫn", "13", "HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn 12, 13-HD/BTGTU")],
[prov("Hà Nam"), com("Đồng Hóa")],
["Báo Hà Nam điện tử", "Chính trị - Xây dựng Đảng", "Ảnh: Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy.",
 "Nghị quyết Trung ương 7 (khóa XII)", "Phòng Dư luận xã hội", "sông Nhuệ, sông Đáy"],
["24/05/2019 08:30", "quý II năm 2019", "ngày 20/5", "lần thứ 18", "quý I", "năm 2018", "3 ngày", "Trung ương 7"]))

PAGES.append(page("b3279-longan-btg-giaoban-thang4-2020", """
BAN TUYÊN GIÁO TỈNH ỦY LONG AN
Trang chủ :: Hoạt động tuyên giáo :: Dư luận xã hội
Thứ Tư, 29/04/2020, 17:00
Đồng chí Phạm Văn Cẩn chủ trì giao ban.
Giao ban trực tuyến công tác nắm bắt dư luận xã hội tháng 4
Chiều 28/4, Ban Tuyên giáo Tỉnh ủy Long An tổ chức giao ban trực tuyến công tác tuyên giáo và dư luận xã hội tháng 4/2020 với 15 ban tuyên giáo huyện, thị, thành ủy. Đồng chí Phạm Văn Cẩn, Tỉnh ủy viên, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì.
Do thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, hội nghị được tổ chức qua phần mềm họp trực tuyến, mỗi điểm cầu không quá 10 người.
Theo báo cáo, trong tháng, 188 cộng tác viên dư luận xã hội đã gửi 201 phiếu thông tin; cán bộ tuyên giáo theo dõi khoảng 2.300 tin, bài trên mạng xã hội liên quan tới dịch Covid-19 trên địa bàn tỉnh, phát hiện 27 trường hợp đăng tin sai sự thật, chuyển Công an tỉnh xử lý, trong đó 9 trường hợp bị xử phạt hành chính với tổng số tiền 112,5 triệu đồng.
Dư luận đồng tình cao với việc hỗ trợ người dân gặp khó khăn theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ; tuy nhiên có ý kiến băn khoăn việc lập danh sách hộ được hỗ trợ ở một số ấp chưa công khai. Nông dân vùng Đồng Tháp Mười lo lắng vì hạn, mặn làm khoảng 1.800 ha lúa bị ảnh hưởng.
Hệ thống loa truyền thanh cơ sở phát huy hiệu quả: 188/188 xã, phường, thị trấn phát thông điệp phòng dịch 3 lần mỗi ngày. Đồng chí Nguyễn Thị Kim Phượng, Trưởng Ban Tuyên giáo Huyện ủy Cần Giuộc, cho biết huyện đã huy động hơn 60 xe loa lưu động chạy tuyên truyền ở các ấp giáp ranh TP Hồ Chí Minh. Đồng chí Võ Minh Luân, Phó Bí thư Thường trực Đảng ủy xã Tân Tập, phản ánh một số loa gần chợ bị người dân phàn nàn vì phát quá sớm, đề nghị thống nhất khung giờ phát thanh buổi sáng từ 6 giờ 30.
Kết luận giao ban, đồng chí Phạm Văn Cẩn đề nghị các huyện tiếp tục thực hiện Kế hoạch số 204-KH/BTGTU ngày 2/3/2020 về tuyên truyền phòng, chống dịch; duy trì báo cáo nhanh dư luận xã hội hằng tuần trong thời gian có dịch thay vì hằng tháng; tăng thời lượng phát thanh các tin hỗ trợ người dân, tránh để kẻ xấu lợi dụng xuyên tạc.
Cũng tại giao ban, các đại biểu thống nhất tạm hoãn hội nghị báo cáo viên quý II, thay bằng việc gửi tài liệu qua thư điện tử.
Ban cũng đề nghị Ủy ban MTTQ các cấp phối hợp giám sát việc chi trả hỗ trợ, kịp thời giải đáp thắc mắc của người dân qua loa ấp và nhóm Zalo khu dân cư.
Minh Thư
Tin khác
- Bến Lức: tuyên truyền phòng dịch bằng xe loa lưu động (22/04/2020)
- Long An xử phạt nhiều trường hợp đưa tin sai về Covid-19 (15/04/2020)
- Giao ban dư luận xã hội tháng 3/2020 (31/03/2020)
""", "2020-04-29", "Giao ban trực tuyến công tác nắm bắt dư luận xã hội tháng 4",
E("giao_ban", "2020-04", "2020-04-28"),
[P("Phạm Văn Cẩn", "Tỉnh ủy viên", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Nguyễn Thị Kim Phượng", "Trưởng Ban Tuyên giáo Huyện ủy Cần Giuộc"),
 P("Võ Minh Luân", "Phó Bí thư Thường trực Đảng ủy xã Tân Tập")],
[Q("15 ban tuyên giáo huyện, thị, thành ủy", 15, "ban tuyên giáo huyện, thị, thành ủy"),
 Q("không quá 10 người", 10, "người"),
 Q("188 cộng tác viên dư luận xã hội", 188, "cộng tác viên dư luận xã hội"), Q("201 phiếu thông tin", 201, "phiếu thông tin"),
 Q("khoảng 2.300 tin, bài", 2300, "tin, bài", "approx"), Q("27 trường hợp", 27, "trường hợp"), Q("9 trường hợp", 9, "trường hợp"),
 Q("112,5 triệu đồng", 112500000, "đồng"), Q("khoảng 1.800 ha", 1800, "ha", "approx"),
 Q("188/188 xã, phường, thị trấn", 188, "xã, phường, thị trấn"), Q("hơn 60 xe loa lưu động", 60, "xe loa lưu động", "over")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Kế hoạch", "204", "KH/BTGTU", "2020-03-02", None, "Kế hoạch số 204-KH/BTGTU ngày 2/3/2020")],
[prov("Long An"), com("Tân Tập")],
["BAN TUYÊN GIÁO TỈNH ỦY LONG AN", "Trang chủ :: Hoạt động tuyên giáo :: Dư luận xã hội", "Đồng chí Phạm Văn Cẩn chủ trì giao ban.",
 "Đồng Tháp Mười", "TP Hồ Chí Minh", "Zalo"],
["Thứ Tư, 29/04/2020, 17:00", "tháng 4/2020", "3 lần", "Covid-19", "6 giờ 30"]))

PAGES.append(page("b3280-quangtri-btg-traoqua-loa-2020", """
Báo Quảng Trị Online
Xã hội | Thiện nguyện
T3, 27/10/2020 - 06:50
Hôm nay: Thứ Ba, 27/10/2020
Trao tặng 40 bộ loa và 300 suất quà cho đồng bào vùng lũ Đakrông
QTO - Ngày 25/10, Ban Tuyên giáo Tỉnh ủy Quảng Trị phối hợp với Sở Thông tin và Truyền thông và Quỹ Hỗ trợ cộng đồng Kết nối trao tặng 40 bộ loa truyền thanh không dây và 300 suất quà cho đồng bào bị ảnh hưởng bởi lũ lụt tại huyện Đakrông.
Đồng chí Nguyễn Thị Thanh Hà trao loa cho đại diện xã Ba Lòng. Ảnh: Lê Trường
Trong đợt mưa lũ lịch sử vừa qua, nhiều xã của huyện Đakrông bị chia cắt, hệ thống điện và sóng điện thoại mất nhiều ngày. Theo thống kê, 21 cụm loa truyền thanh ở các thôn vùng thấp bị nước cuốn trôi hoặc hư hỏng; 2 đài truyền thanh xã Triệu Nguyên, Ba Lòng ngừng phát sóng. Người dân chỉ biết tin qua lời truyền miệng và loa cầm tay của lực lượng vũ trang. Nhiều tin đồn sai về mực nước hồ thủy điện lan nhanh, khiến bà con hoang mang, có hộ không chịu sơ tán.
Phát biểu tại buổi trao tặng, đồng chí Nguyễn Thị Thanh Hà, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, cho biết: bộ loa không dây có thể nhận sóng từ đài huyện, dùng pin dự phòng khoảng 8 giờ, giúp thông tin về mưa lũ, sơ tán kịp thời đến người dân. Mỗi bộ loa trị giá 12 triệu đồng; mỗi suất quà gồm 1 thùng mì, 10 kg gạo và 500.000 đồng tiền mặt. Tổng giá trị đợt hỗ trợ khoảng 630 triệu đồng.
Ông Hồ Văn Lai, Chủ tịch UBND xã Ba Lòng, cảm ơn sự quan tâm của các cơ quan, cho biết toàn xã có 137 hộ bị ngập sâu, 6 nhà bị sập. Già làng Hồ Văn Pành ở thôn Ba Ngào bày tỏ: "Có loa rồi, bà con nghe được tin Nhà nước báo, không ai dám ở lại nhà khi nước lên nữa".
Dịp này, Ban Tuyên giáo Tỉnh ủy cũng trao tặng 15 máy thu thanh cho các tuyên truyền viên thôn, bản là người Vân Kiều, Pa Kô ở xã Triệu Nguyên, Ba Lòng, để duy trì việc nắm bắt và phản ánh dư luận xã hội trong thời gian khắc phục hậu quả lũ. Chị Hồ Thị Xoan, tuyên truyền viên thôn Khe Luôi, hứa sẽ báo ngay khi có tin đồn thất thiệt về phân phát hàng cứu trợ.
Đồng chí Nguyễn Thị Thanh Hà đề nghị UBND huyện Đakrông thực hiện Kế hoạch số 95-KH/BTGTU ngày 20/10/2020 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền khắc phục hậu quả mưa lũ; đưa loa vào hoạt động ngay trong tuần, ưu tiên các thôn ven sông Đakrông, sông Ba Lòng; phân công người quản lý, bảo quản loa tại nhà văn hóa thôn.
Lê Trường
Lượt xem: 1.662
Tin cùng chuyên mục
- Nhiều đoàn thiện nguyện đến với vùng lũ Hải Lăng (24/10/2020)
- Quảng Trị khẩn trương khôi phục hệ thống truyền thanh cơ sở sau lũ (22/10/2020)
- Hướng Hóa: trao 500 suất quà cho người dân bị sạt lở (21/10/2020)
""", "2020-10-27", "Trao tặng 40 bộ loa và 300 suất quà cho đồng bào vùng lũ Đakrông",
E("trao_qua", None, "2020-10-25"),
[P("Nguyễn Thị Thanh Hà", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Hồ Văn Lai", "Chủ tịch UBND xã Ba Lòng"),
 P("Hồ Văn Pành", "Già làng"),
 P("Hồ Thị Xoan", "tuyên truyền viên thôn Khe Luôi")],
[Q("40 bộ loa truyền thanh không dây", 40, "bộ loa truyền thanh không dây"), Q("300 suất quà", 300, "suất quà"),
 Q("21 cụm loa truyền thanh", 21, "cụm loa truyền thanh"), Q("2 đài truyền thanh xã", 2, "đài truyền thanh xã"),
 Q("12 triệu đồng", 12000000, "đồng"), Q("10 kg", 10, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 630 triệu đồng", 630000000, "đồng", "approx"), Q("137 hộ", 137, "hộ"), Q("6 nhà", 6, "nhà"),
 Q("15 máy thu thanh", 15, "máy thu thanh")],
[D("Kế hoạch", "95", "KH/BTGTU", "2020-10-20", "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch số 95-KH/BTGTU ngày 20/10/2020")],
[prov("Quảng Trị"), com("Triệu Nguyên"), com("Ba Lòng")],
["Báo Quảng Trị Online", "Xã hội | Thiện nguyện", "Hôm nay: Thứ Ba, 27/10/2020", "QTO", "Đồng chí Nguyễn Thị Thanh Hà trao loa cho đại diện xã Ba Lòng. Ảnh: Lê Trường",
 "Quỹ Hỗ trợ cộng đồng Kết nối", "Lượt xem: 1.662"],
["T3, 27/10/2020 - 06:50", "Hôm nay: Thứ Ba, 27/10/2020", "khoảng 8 giờ", "1 thùng mì", "Lượt xem: 1.662"]))
