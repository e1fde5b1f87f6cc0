from lib import *
PAGES = []

PAGES.append(page("b4853-laichau-tinhdoan-tongket-2011", """
TỈNH ĐOÀN LAI CHÂU - BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH LAI CHÂU
Trang chủ » Hoạt động Đoàn » Tin tỉnh đoàn
Thứ Sáu, 30/12/2011 - 16:20
Ảnh: Quang cảnh hội nghị tổng kết.
Tuổi trẻ Lai Châu: 1.250 đoàn viên tình nguyện về bản trong năm 2011
Ngày 28/12/2011, Ban Chấp hành Tỉnh đoàn Lai Châu tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Lò Văn Inh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Vàng A Chinh, Bí thư Tỉnh đoàn chủ trì hội nghị cùng 65 đồng chí là Ủy viên Ban Chấp hành Tỉnh đoàn, bí thư các huyện đoàn, đoàn trực thuộc.
Theo báo cáo, năm 2011 các cấp bộ Đoàn đã triển khai Chỉ thị số 42-CT/TU ngày 12/4/2011 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên vùng cao, gắn với Kết luận 11, 12-KL/TU của Tỉnh ủy về xây dựng tổ chức cơ sở Đoàn ở các bản đặc biệt khó khăn. Chiến dịch Thanh niên tình nguyện hè thu hút 1.250 đoàn viên, thanh niên về bản, làm mới và tu sửa 37 km đường giao thông nông thôn, xây dựng 4 cầu treo dân sinh, 18 nhà bán trú cho học sinh, ước giá trị hơn 3,4 tỷ đồng.
Các cơ sở Đoàn đã kết nạp 1.468 đoàn viên mới, giới thiệu 312 đoàn viên ưu tú cho Đảng xem xét, trong đó 207 quần chúng được kết nạp vào Đảng. Hội đồng Đội tỉnh duy trì 96 lớp học xóa mù chữ buổi tối cho thanh niên người Mông, Dao, Hà Nhì; 94% liên đội đạt vững mạnh. Quỹ "Vì học sinh nghèo vùng cao" vận động được khoảng 420 triệu đồng, trao 1.030 suất học bổng.
Tại hội nghị, đồng chí Lý Seo Dìn, Phó Bí thư Huyện đoàn Sìn Hồ, chia sẻ cách làm "mỗi đoàn viên một cây ăn quả" ở xã Pa Tần; chị Tao Thị Kiên, Bí thư Đoàn xã Mường Mô, đề nghị Tỉnh đoàn hỗ trợ vốn vay cho 40 tổ hợp tác thanh niên. Đại úy Vì Văn Thỏa, Bí thư Đoàn cơ sở Bộ đội Biên phòng tỉnh, báo cáo kết quả phối hợp giữa 9 đồn biên phòng với đoàn xã biên giới.
Phát biểu chỉ đạo, đồng chí Lò Văn Inh ghi nhận những kết quả tuổi trẻ Lai Châu đạt được, đồng thời yêu cầu năm 2012 Tỉnh đoàn bám sát Nghị quyết số 45-NQ/TW của Bộ Chính trị, Quyết định số 1969/QĐ-TTg ngày 10/11/2011 của Thủ tướng Chính phủ và chương trình "Tuổi trẻ Lai Châu chung tay xây dựng nông thôn mới", không để thanh niên bị lôi kéo di cư tự do.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 17 tập thể, 38 cá nhân xuất sắc; đồng chí Giàng Thị Dua, Phó Bí thư Thường trực Tỉnh đoàn, công bố quyết định khen thưởng.
Ngọc Hoa
Lượt xem: 1.204
Tin liên quan
- Tam Đường ra quân Chiến dịch Thanh niên tình nguyện hè 2011 (25/06/2011)
- 500 suất quà tặng học sinh vùng cao dịp Trung thu (10/09/2011)
- Đại hội Hội Liên hiệp Thanh niên tỉnh lần thứ II (22/08/2011)
- Phong Thổ: Ngày hội thanh niên biên giới (05/08/2011)
""", "2011-12-30", "Tuổi trẻ Lai Châu: 1.250 đoàn viên tình nguyện về bản trong năm 2011",
E("tong_ket", "2011", "2011-12-28"),
[P("Lò Văn Inh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng A Chinh", "Bí thư Tỉnh đoàn"),
 P("Lý Seo Dìn", "Phó Bí thư Huyện đoàn Sìn Hồ"),
 P("Tao Thị Kiên", "Bí thư Đoàn xã Mường Mô"),
 P("Vì Văn Thỏa", "Đại úy", "Bí thư Đoàn cơ sở Bộ đội Biên phòng tỉnh"),
 P("Giàng Thị Dua", "Phó Bí thư Thường trực Tỉnh đoàn")],
[Q("65 đồng chí", 65, "đồng chí"), Q("1.250 đoàn viên, thanh niên", 1250, "đoàn viên, thanh niên"),
 Q("37 km", 37, "km"), Q("4 cầu treo dân sinh", 4, "cầu treo dân sinh"), Q("18 nhà bán trú", 18, "nhà bán trú"),
 Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("1.468 đoàn viên mới", 1468, "đoàn viên mới"),
 Q("312 đoàn viên ưu tú", 312, "đoàn viên ưu tú"), Q("207 quần chúng", 207, "quần chúng"),
 Q("96 lớp học xóa mù chữ", 96, "lớp học xóa mù chữ"), Q("94%", 94, "%"),
 Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"), Q("1.030 suất học bổng", 1030, "suất học bổng"),
 Q("40 tổ hợp tác thanh niên", 40, "tổ hợp tác thanh niên"), Q("9 đồn biên phòng", 9, "đồn biên phòng"),
 Q("17 tập thể", 17, "tập thể"), Q("38 cá nhân xuất sắc", 38, "cá nhân xuất sắc")],
[D("Chỉ thị", "42", "CT/TU", "2011-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 42-CT/TU ngày 12/4/2011"),
 D("Kết luận", "11", "KL/TU", None, "Tỉnh ủy", "Kết luận 11, 12-KL/TU"),
 D("Kết luận", "12", "KL/TU", None, "Tỉnh ủy", "Kết luận 11, 12-KL/TU"),
 D("Nghị quyết", "45", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 45-NQ/TW"),
 D("Quyết định", "1969", "QĐ-TTg", "2011-11-10", "Thủ tướng Chính phủ", "Quyết định số 1969/QĐ-TTg ngày 10/11/2011")],
[prov("Lai Châu"), com("Pa Tần"), com("Mường Mô")],
["TỈNH ĐOÀN LAI CHÂU - BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH LAI CHÂU", "Trang chủ » Hoạt động Đoàn » Tin tỉnh đoàn",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Vì học sinh nghèo vùng cao", "Tuổi trẻ Lai Châu chung tay xây dựng nông thôn mới",
 "mỗi đoàn viên một cây ăn quả", "Lượt xem: 1.204"],
["Thứ Sáu, 30/12/2011 - 16:20", "65 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b4854-kontum-bienphong-giaoban-2012", """
Báo Kon Tum điện tử
Thời sự | Quốc phòng - An ninh | Biên giới
Cập nhật: 09:42, 05/10/2012 (GMT+7)
Tuổi trẻ quân hàm xanh đồng hành cùng thanh niên làng biên giới
(BKT) - Ngày 3/10, tại Đồn Biên phòng Đắk Long, Đoàn cơ sở Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Tỉnh đoàn tổ chức giao ban công tác phối hợp giữa các chi đoàn đồn biên phòng với đoàn xã biên giới quý III năm 2012, triển khai nhiệm vụ quý IV.
Thượng tá Nguyễn Văn Hòa, Phó Chính ủy Bộ đội Biên phòng tỉnh và đồng chí A Pên, Phó Bí thư Tỉnh đoàn đồng chủ trì. Cùng dự có các đồng chí Bí thư Đoàn xã: Y Liên (Đắk Long), A Thiêng (Đắk Nhoong), Y Nhi (Mô Rai).
Đồn Biên phòng Đắk Long trao quà cho thanh niên làng Đắk Mế. Ảnh: Hữu Phương
Báo cáo cho thấy, trong quý III, 13 chi đoàn đồn biên phòng đã phối hợp tổ chức 46 buổi sinh hoạt chung với đoàn viên thanh niên người Xơ Đăng, Giẻ Triêng, Brâu tại các làng; tuyên truyền Luật Biên giới quốc gia cho khoảng 2.300 lượt thanh niên; vận động 21 thanh niên bỏ ý định vượt biên trái phép. Thực hiện Kế hoạch liên tịch số 08/KHLT-BĐBP-TĐ giữa Bộ Chỉ huy Bộ đội Biên phòng và Tỉnh đoàn, các đồn đã giúp dân làm 3,5 km đường liên làng, khai hoang 12 ha lúa nước, tặng 150 bộ quần áo ấm và 2 tấn gạo cho hộ nghèo.
Ban Chấp hành Đoàn cơ sở Bộ đội Biên phòng đã triển khai mô hình "Chi đoàn đồn - chi đoàn làng" kết nghĩa ở 9 cặp, duy trì 6 lớp dạy chữ cho thanh niên Brâu ở làng Đắk Mế. Tỷ lệ thanh niên làng biên giới tham gia sinh hoạt đoàn đạt 78%.
Tại buổi giao ban, Đại úy A Sang, Bí thư Chi đoàn Đồn Biên phòng Đắk Nhoong, nêu khó khăn vì nhiều thanh niên lên rẫy dài ngày; chị Y Nhi, Bí thư Đoàn xã Mô Rai, kiến nghị có thêm điểm vui chơi cho thiếu nhi. Thiếu tá Trần Quang Vinh, Đồn trưởng Đồn Biên phòng Đắk Long, cho biết đơn vị sẽ nhận đỡ đầu 15 học sinh nghèo.
Nhiều ý kiến cho rằng việc phối hợp có nơi còn hình thức, chủ yếu dừng ở giao lưu văn nghệ, bóng đá; nội dung sinh hoạt chưa gắn với nhu cầu học nghề, vay vốn phát triển kinh tế của thanh niên. Một số chi đoàn làng chưa có phòng sinh hoạt, thiếu tài liệu tiếng Xơ Đăng, Giẻ Triêng để tuyên truyền; cán bộ đoàn xã thường xuyên thay đổi, hạn chế về kỹ năng vận động quần chúng.
Kết luận buổi giao ban, Thượng tá Nguyễn Văn Hòa đề nghị quý IV tập trung thực hiện Chỉ thị 01/CT-BTL của Bộ Tư lệnh Bộ đội Biên phòng và Nghị quyết số 05-NQ/TĐ của Ban Chấp hành Tỉnh đoàn; đồng chí A Pên đề nghị các đoàn xã tham gia cùng đồn biên phòng đợt tuần tra song phương.
Hữu Phương
Lượt đọc: 642
Tin khác
- Kon Plông: trao 200 suất quà Trung thu cho thiếu nhi (28/09/2012)
- Ngọc Hồi: ra mắt Câu lạc bộ Thanh niên với pháp luật (20/09/2012)
- Đắk Glei: tuổi trẻ làm đường lên làng (11/09/2012)
""", "2012-10-05", "Tuổi trẻ quân hàm xanh đồng hành cùng thanh niên làng biên giới",
E("giao_ban", "2012-Q3", "2012-10-03"),
[P("Nguyễn Văn Hòa", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("A Pên", "Phó Bí thư Tỉnh đoàn"),
 P("Y Liên", "Bí thư Đoàn xã"), P("A Thiêng", "Bí thư Đoàn xã"),
 P("Y Nhi", "Bí thư Đoàn xã", "Bí thư Đoàn xã Mô Rai"),
 P("A Sang", "Đại úy", "Bí thư Chi đoàn Đồn Biên phòng Đắk Nhoong"),
 P("Trần Quang Vinh", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Đắk Long")],
[Q("13 chi đoàn đồn biên phòng", 13, "chi đoàn đồn biên phòng"), Q("46 buổi sinh hoạt chung", 46, "buổi sinh hoạt chung"),
 Q("khoảng 2.300 lượt thanh niên", 2300, "lượt thanh niên", "approx"), Q("21 thanh niên", 21, "thanh niên"),
 Q("3,5 km", 3.5, "km"), Q("12 ha", 12, "ha"), Q("150 bộ quần áo ấm", 150, "bộ quần áo ấm"), Q("2 tấn", 2, "tấn"),
 Q("9 cặp", 9, "cặp"), Q("6 lớp dạy chữ", 6, "lớp dạy chữ"), Q("78%", 78, "%"), Q("15 học sinh nghèo", 15, "học sinh nghèo")],
[D("Kế hoạch liên tịch", "08", "KHLT-BĐBP-TĐ", None, None, "Kế hoạch liên tịch số 08/KHLT-BĐBP-TĐ"),
 D("Chỉ thị", "01", "CT-BTL", None, "Bộ Tư lệnh Bộ đội Biên phòng", "Chỉ thị 01/CT-BTL"),
 D("Nghị quyết", "05", "NQ/TĐ", None, "Ban Chấp hành Tỉnh đoàn", "Nghị quyết số 05-NQ/TĐ")],
[prov("Kon Tum"), com("Đắk Long"), com("Đắk Nhoong"), com("Mô Rai")],
["Báo Kon Tum điện tử", "Thời sự | Quốc phòng - An ninh | Biên giới", "(BKT)",
 "Đồn Biên phòng Đắk Long trao quà cho thanh niên làng Đắk Mế. Ảnh: Hữu Phương", "Chi đoàn đồn - chi đoàn làng",
 "Luật Biên giới quốc gia", "Lượt đọc: 642"],
["Cập nhật: 09:42, 05/10/2012 (GMT+7)", "quý III năm 2012", "quý IV", "Lượt đọc: 642"]))

PAGES.append(page("b4855-quangngai-lyson-tinhnguyen-2013", """
HUYỆN ĐOÀN LÝ SƠN - TỈNH QUẢNG NGÃI
Bạn đang ở: Trang chủ > Tin tức > Phong trào tình nguyện
08:15 | 14/06/2013
Lý Sơn: Hơn 300 đoàn viên ra quân Chiến dịch Thanh niên tình nguyện hè 2013
Sáng 12/6, tại cảng An Hải, Huyện đoàn Lý Sơn phối hợp với Đồn Biên phòng Lý Sơn (Bộ đội Biên phòng tỉnh Quảng Ngãi) và Trạm Ra đa 550 tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2013 với chủ đề "Tuổi trẻ Lý Sơn chung tay vì biển, đảo quê hương".
Đoàn viên thanh niên dọn vệ sinh bờ biển thôn Đông. Ảnh: Thanh Nhàn
Tham dự lễ ra quân có đồng chí Phạm Thị Hương, Phó Bí thư Thường trực Tỉnh đoàn; đồng chí Võ Văn Thuận, HUV, Phó Chủ tịch UBND huyện; các đồng chí Phó Bí thư Huyện đoàn: Lê Minh Trí, Đặng Thị Thu; cùng hơn 300 đoàn viên, thanh niên, chiến sĩ và học sinh trên đảo.
Theo kế hoạch số 27-KH/HĐTN của Ban Thường vụ Huyện đoàn, chiến dịch năm nay triển khai từ tháng 6 đến tháng 8 tại 3 xã An Vĩnh, An Hải, An Bình với 12 công trình, phần việc thanh niên: làm mới 1,2 km đường bê tông ra bãi tỏi, sửa chữa 6 phòng học, trồng 500 cây phi lao chắn cát, thu gom rác thải trên 8 km bờ biển, mở 4 lớp phụ đạo hè cho khoảng 120 em học sinh. Tổng kinh phí dự kiến trên 650 triệu đồng, trong đó nhân dân đóng góp khoảng 30%.
Phát biểu tại lễ ra quân, đồng chí Nguyễn Tấn Lực, Bí thư Huyện đoàn Lý Sơn cho biết chiến dịch hưởng ứng Chỉ thị 06, 07-CT/HU của Ban Thường vụ Huyện ủy về phát triển du lịch biển đảo và bảo vệ môi trường, gắn với Quyết định số 45/2013/QĐ-UBND ngày 20/3/2013 của UBND tỉnh. "Mỗi đoàn viên trên đảo phải là một tuyên truyền viên về chủ quyền biển, đảo", đồng chí nói.
Thiếu tá Huỳnh Văn Sang, Chính trị viên Đồn Biên phòng Lý Sơn, cam kết đơn vị cử 25 cán bộ, chiến sĩ trẻ tham gia cùng thanh niên, hỗ trợ 2 xuồng vận chuyển vật liệu ra đảo Bé; đồng thời duy trì mô hình "Tủ sách biển đảo" ở 3 điểm trường.
Dịp này, Ban Tổ chức trao 40 suất học bổng "Thắp sáng ước mơ", mỗi suất 500.000 đồng cho học sinh có hoàn cảnh khó khăn là con ngư dân bám biển; tặng 10 bộ dụng cụ thu gom rác cho Chi đoàn thôn Tây.
Ngay sau lễ ra quân, các đội hình tình nguyện đã về các thôn dọn vệ sinh, sơn sửa nhà bia tưởng niệm Hải đội Hoàng Sa - Bắc Hải, nhận chăm sóc các phần mộ liệt sĩ tại nghĩa trang nhân dân huyện. Đội hình "Thầy thuốc trẻ" của Trung tâm Y tế quân dân y khám bệnh, cấp phát thuốc cho hơn 200 lượt người cao tuổi.
Thanh Nhàn
Số lượt xem: 532
Tin liên quan
- Tỉnh đoàn Quảng Ngãi phát động Tháng Thanh niên 2013 (02/03/2013)
- Trao 100 suất quà cho ngư dân Lý Sơn (15/01/2013)
- Ra mắt Câu lạc bộ "Ngư dân trẻ" xã An Vĩnh (20/12/2012)
""", "2013-06-14", "Lý Sơn: Hơn 300 đoàn viên ra quân Chiến dịch Thanh niên tình nguyện hè 2013",
E("khac", None, "2013-06-12"),
[P("Phạm Thị Hương", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Võ Văn Thuận", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Lê Minh Trí", "Phó Bí thư Huyện đoàn"), P("Đặng Thị Thu", "Phó Bí thư Huyện đoàn"),
 P("Nguyễn Tấn Lực", "Bí thư Huyện đoàn Lý Sơn"),
 P("Huỳnh Văn Sang", "Thiếu tá", "Chính trị viên Đồn Biên phòng Lý Sơn")],
[Q("Hơn 300 đoàn viên", 300, "đoàn viên", "over"), Q("3 xã", 3, "xã"), Q("12 công trình, phần việc thanh niên", 12, "công trình, phần việc thanh niên"),
 Q("1,2 km", 1.2, "km"), Q("6 phòng học", 6, "phòng học"), Q("500 cây phi lao", 500, "cây phi lao"), Q("8 km", 8, "km", "over"),
 Q("4 lớp phụ đạo hè", 4, "lớp phụ đạo hè"), Q("khoảng 120 em học sinh", 120, "em học sinh", "approx"),
 Q("trên 650 triệu đồng", 650000000, "đồng", "over"), Q("khoảng 30%", 30, "%", "approx"),
 Q("25 cán bộ, chiến sĩ", 25, "cán bộ, chiến sĩ"), Q("2 xuồng", 2, "xuồng"), Q("3 điểm trường", 3, "điểm trường"),
 Q("40 suất học bổng", 40, "suất học bổng"), Q("500.000 đồng", 500000, "đồng"), Q("10 bộ dụng cụ thu gom rác", 10, "bộ dụng cụ thu gom rác"),
 Q("hơn 200 lượt người cao tuổi", 200, "lượt người cao tuổi", "over")],
[D("Kế hoạch", "27", "KH/HĐTN", None, "Ban Thường vụ Huyện đoàn", "kế hoạch số 27-KH/HĐTN"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 06, 07-CT/HU"),
 D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 06, 07-CT/HU"),
 D("Quyết định", "45", "2013/QĐ-UBND", "2013-03-20", "UBND tỉnh", "Quyết định số 45/2013/QĐ-UBND ngày 20/3/2013")],
[prov("Quảng Ngãi"), com("An Vĩnh"), com("An Hải"), com("An Bình")],
["HUYỆN ĐOÀN LÝ SƠN - TỈNH QUẢNG NGÃI", "Bạn đang ở: Trang chủ > Tin tức > Phong trào tình nguyện",
 "Đoàn viên thanh niên dọn vệ sinh bờ biển thôn Đông. Ảnh: Thanh Nhàn", "Tuổi trẻ Lý Sơn chung tay vì biển, đảo quê hương",
 "Thắp sáng ước mơ", "Tủ sách biển đảo", "Thầy thuốc trẻ", "Trạm Ra đa 550", "Số lượt xem: 532"],
["08:15 | 14/06/2013", "năm 2013", "Trạm Ra đa 550", "Hải đội Hoàng Sa - Bắc Hải", "Số lượt xem: 532"]))

PAGES.append(page("b4856-hagiang-hocbong-traoqua-2014", """
BÁO HÀ GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ GIANG
Xã hội › Giáo dục › Vùng cao
Ngày đăng 03/09/2014 | 16:20
Các em học sinh Mèo Vạc nhận học bổng "Nâng bước em tới trường". Ảnh: Đức Toàn
Trao 180 suất học bổng cho học sinh dân tộc Mông vùng biên
BHG - Ngày 1/9, tại xã Xín Cái, Tỉnh đoàn Hà Giang phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Hội Doanh nhân trẻ tỉnh tổ chức chương trình "Nâng bước em tới trường" năm học 2014 - 2015, trao 180 suất học bổng cho học sinh nghèo người Mông, Lô Lô, Dao ở các xã biên giới.
Dự và trao học bổng có đồng chí Sùng Mí Vừ, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; Đại tá Lê Hữu Tình, Phó Chỉ huy trưởng - Tham mưu trưởng Bộ đội Biên phòng tỉnh; bà Phàn Thị Mẩy, Chủ tịch Hội Doanh nhân trẻ tỉnh và lãnh đạo huyện Mèo Vạc.
Mỗi suất học bổng trị giá 1 triệu đồng, kèm theo 1 bộ sách giáo khoa, áo ấm và cặp sách; tổng giá trị chương trình gần 260 triệu đồng. Riêng các đồn biên phòng Xín Cái, Sơn Vĩ, Lũng Cú nhận đỡ đầu 36 em học sinh mồ côi, hỗ trợ mỗi em 300.000 đồng/tháng cho đến hết lớp 9.
Theo đồng chí Sùng Mí Vừ, thực hiện Kế hoạch số 112-KH/TĐTN-TNNT của Ban Thường vụ Tỉnh đoàn và Quyết định số 1008/QĐ-UBND ngày 15/5/2014 của UBND tỉnh Hà Giang về hỗ trợ học sinh bán trú, 3 năm qua các cấp bộ Đoàn đã vận động được trên 2.100 suất học bổng, quyên góp 4.500 bộ quần áo, 12.000 cuốn vở; xây dựng 14 "Bếp ăn bán trú thanh niên" ở các điểm trường vùng cao. Tỷ lệ học sinh ra lớp ở 13 xã biên giới tăng lên 96,5%.
Tại buổi lễ, em Giàng Thị Sử, lớp 8 Trường PTDT bán trú THCS Xín Cái, xúc động: "Nhà em ở cách trường 12 km, có học bổng em sẽ không phải nghỉ học đi nương nữa". Thầy Ly Mí Chá, Hiệu trưởng nhà trường, cho biết trường có 412 học sinh thì 87% là con hộ nghèo.
Đại tá Lê Hữu Tình khẳng định, cùng với tuần tra bảo vệ cột mốc, cán bộ, chiến sĩ trẻ biên phòng sẽ tiếp tục mô hình "Con nuôi đồn biên phòng" và "Mỗi chi đoàn đồn một phòng học tình nguyện", vận động gia đình cho con em đến trường, không tảo hôn, không nghe theo kẻ xấu.
Dịp này, Hội Doanh nhân trẻ tỉnh tặng Trường PTDT bán trú THCS Xín Cái 2 máy tính, 50 chiếc chăn ấm; Tỉnh đoàn tặng 5 tủ sách "Thư viện xanh" cho các điểm trường lẻ. Sau buổi trao học bổng, đoàn viên thanh niên và chiến sĩ trẻ Đồn Biên phòng Xín Cái đã cùng thầy cô giáo sửa lại khu nhà ở bán trú, làm rãnh thoát nước và trồng rau xanh cải thiện bữa ăn cho các em.
Vàng Thị Dung
Lượt xem: 1.876
Tin liên quan
- Đồng Văn: tuổi trẻ biên phòng xây nhà bán trú cho học sinh (21/08/2014)
- Ra quân tình nguyện "Mùa hè xanh" trên cao nguyên đá (30/06/2014)
- Trao 300 suất quà cho thiếu nhi nghèo huyện Yên Minh (01/06/2014)
""", "2014-09-03", "Trao 180 suất học bổng cho học sinh dân tộc Mông vùng biên",
E("trao_qua", None, "2014-09-01"),
[P("Sùng Mí Vừ", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Lê Hữu Tình", "Đại tá", "Phó Chỉ huy trưởng - Tham mưu trưởng Bộ đội Biên phòng tỉnh"),
 P("Phàn Thị Mẩy", "Chủ tịch Hội Doanh nhân trẻ tỉnh"),
 P("Giàng Thị Sử"),
 P("Ly Mí Chá", "Hiệu trưởng nhà trường")],
[Q("180 suất học bổng", 180, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("gần 260 triệu đồng", 260000000, "đồng", "approx"),
 Q("36 em học sinh mồ côi", 36, "em học sinh mồ côi"), Q("300.000 đồng", 300000, "đồng"),
 Q("trên 2.100 suất học bổng", 2100, "suất học bổng", "over"), Q("4.500 bộ quần áo", 4500, "bộ quần áo"), Q("12.000 cuốn vở", 12000, "cuốn vở"),
 Q("14 \"Bếp ăn bán trú thanh niên\"", 14, "Bếp ăn bán trú thanh niên"), Q("13 xã biên giới", 13, "xã biên giới"), Q("96,5%", 96.5, "%"),
 Q("12 km", 12, "km"), Q("412 học sinh", 412, "học sinh"), Q("87%", 87, "%"), Q("2 máy tính", 2, "máy tính"), Q("50 chiếc chăn ấm", 50, "chiếc chăn ấm"),
 Q("5 tủ sách", 5, "tủ sách")],
[D("Kế hoạch", "112", "KH/TĐTN-TNNT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 112-KH/TĐTN-TNNT"),
 D("Quyết định", "1008", "QĐ-UBND", "2014-05-15", "UBND tỉnh Hà Giang", "Quyết định số 1008/QĐ-UBND ngày 15/5/2014")],
[prov("Hà Giang"), com("Xín Cái"), com("Sơn Vĩ"), com("Lũng Cú")],
["BÁO HÀ GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ GIANG", "Xã hội › Giáo dục › Vùng cao",
 "Các em học sinh Mèo Vạc nhận học bổng \"Nâng bước em tới trường\". Ảnh: Đức Toàn", "BHG", "Nâng bước em tới trường",
 "Con nuôi đồn biên phòng", "Mỗi chi đoàn đồn một phòng học tình nguyện", "Thư viện xanh", "Lượt xem: 1.876"],
["Ngày đăng 03/09/2014 | 16:20", "năm học 2014 - 2015", "3 năm qua", "1 bộ sách giáo khoa", "lớp 8", "lớp 9", "Lượt xem: 1.876"]))

PAGES.append(page("b4857-daklak-khoinghiep-taphuan-2015", """
ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐẮK LẮK
Trang chủ / Thanh niên khởi nghiệp / Tin hoạt động
20/08/2015 - 10:05
Toàn cảnh lớp tập huấn. Ảnh: BTV
Tập huấn khởi nghiệp cho 150 thanh niên dân tộc thiểu số
Trong 2 ngày 18 và 19/8, Tỉnh đoàn Đắk Lắk phối hợp với Ngân hàng Chính sách xã hội tỉnh và Trung tâm Hỗ trợ thanh niên khởi nghiệp tổ chức lớp tập huấn "Kỹ năng khởi sự kinh doanh và lập dự án vay vốn" năm 2015 cho 150 đoàn viên, thanh niên người Êđê, M'nông, Jrai tại huyện Krông Bông.
Khai mạc lớp tập huấn có đồng chí Y Khuê Niê, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh; ông Nguyễn Văn Hậu, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh; cùng các đồng chí Bí thư Đoàn xã: H'Hoa Byă (Yang Mao), Y Thông Êban (Cư Pui), Ma Văn Dũng (Hòa Phong).
Báo cáo viên Y Phôn Kbuôr, Giám đốc Hợp tác xã Thanh niên cà phê Ea Tul, chia sẻ hành trình từ 2 ha cà phê già cỗi đến hợp tác xã với 46 thành viên, doanh thu trên 1,8 tỷ đồng mỗi năm. Anh khuyên các bạn trẻ "bắt đầu nhỏ, làm thật, giữ chữ tín với buôn làng".
Theo đồng chí Y Khuê Niê, thực hiện Đề án "Hỗ trợ thanh niên khởi nghiệp" của Ban Thường vụ Tỉnh đoàn theo Nghị quyết số 03-NQ/TĐTN và Chương trình phối hợp số 15-CTr/TĐTN-NHCS với Ngân hàng Chính sách xã hội, đến nay Đoàn thanh niên đang ủy thác quản lý 312 tổ tiết kiệm và vay vốn với tổng dư nợ hơn 540 tỷ đồng, giúp khoảng 17.600 hộ thanh niên vay vốn. Năm 2015, toàn tỉnh có 27 dự án khởi nghiệp được hỗ trợ, 9 mô hình thanh niên làm kinh tế giỏi được công nhận.
Trong 2 ngày, học viên được hướng dẫn cách xác định ý tưởng, tính toán chi phí - lợi nhuận, tiếp cận các nguồn vốn ưu đãi theo Nghị định số 78/2002/NĐ-CP của Chính phủ, mức vay tối đa 50 triệu đồng/hộ không phải thế chấp. Các nhóm thực hành xây dựng phương án nuôi heo rừng lai, trồng bơ xen cà phê, dệt thổ cẩm phục vụ du lịch hồ Lắk.
Kết thúc lớp học, 38 ý tưởng khởi nghiệp được các nhóm trình bày; Ban Tổ chức chọn 5 ý tưởng tốt nhất để hỗ trợ, mỗi ý tưởng 10 triệu đồng. Chị H'Linh Mlô, học viên buôn Cuê, cho biết sẽ vay vốn mở rộng tổ dệt thổ cẩm với 12 chị em trong buôn.
Cũng dịp này, Tỉnh đoàn trao giấy chứng nhận cho 150 học viên hoàn thành lớp học và tặng 20 bộ tài liệu cho các cơ sở đoàn xã vùng sâu. Các huyện đoàn được giao theo dõi, hỗ trợ học viên hoàn thiện hồ sơ vay vốn trước ngày 30/9.
Lê Thu
Lượt truy cập: 3.418
Tin khác
- Tuổi trẻ Buôn Đôn ra quân làm đường giao thông nông thôn (12/08/2015)
- Trao 50 triệu đồng cho thanh niên khởi nghiệp (30/07/2015)
- Hội thi "Thanh niên Đắk Lắk với văn hóa cồng chiêng" (15/07/2015)
""", "2015-08-20", "Tập huấn khởi nghiệp cho 150 thanh niên dân tộc thiểu số",
E("tap_huan", "2015", "2015-08-18"),
[P("Y Khuê Niê", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Nguyễn Văn Hậu", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("H'Hoa Byă", "Bí thư Đoàn xã"), P("Y Thông Êban", "Bí thư Đoàn xã"), P("Ma Văn Dũng", "Bí thư Đoàn xã"),
 P("Y Phôn Kbuôr", "Giám đốc Hợp tác xã Thanh niên cà phê Ea Tul"),
 P("H'Linh Mlô")],
[Q("150 thanh niên dân tộc thiểu số", 150, "thanh niên dân tộc thiểu số"), Q("2 ha", 2, "ha"), Q("46 thành viên", 46, "thành viên"),
 Q("trên 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("312 tổ tiết kiệm và vay vốn", 312, "tổ tiết kiệm và vay vốn"),
 Q("hơn 540 tỷ đồng", 540000000000, "đồng", "over"), Q("khoảng 17.600 hộ thanh niên", 17600, "hộ thanh niên", "approx"),
 Q("27 dự án khởi nghiệp", 27, "dự án khởi nghiệp"), Q("9 mô hình thanh niên làm kinh tế giỏi", 9, "mô hình thanh niên làm kinh tế giỏi"),
 Q("tối đa 50 triệu đồng", 50000000, "đồng"), Q("38 ý tưởng khởi nghiệp", 38, "ý tưởng khởi nghiệp"), Q("5 ý tưởng", 5, "ý tưởng"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("12 chị em", 12, "chị em"), Q("20 bộ tài liệu", 20, "bộ tài liệu")],
[D("Nghị quyết", "03", "NQ/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Nghị quyết số 03-NQ/TĐTN"),
 D("Chương trình phối hợp", "15", "CTr/TĐTN-NHCS", None, None, "Chương trình phối hợp số 15-CTr/TĐTN-NHCS"),
 D("Nghị định", "78", "2002/NĐ-CP", None, "Chính phủ", "Nghị định số 78/2002/NĐ-CP")],
[prov("Đắk Lắk"), com("Yang Mao"), com("Cư Pui"), com("Hòa Phong")],
["ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐẮK LẮK", "Trang chủ / Thanh niên khởi nghiệp / Tin hoạt động", "Toàn cảnh lớp tập huấn. Ảnh: BTV",
 "Kỹ năng khởi sự kinh doanh và lập dự án vay vốn", "Hỗ trợ thanh niên khởi nghiệp", "bắt đầu nhỏ, làm thật, giữ chữ tín với buôn làng",
 "Lượt truy cập: 3.418"],
["20/08/2015 - 10:05", "2 ngày 18 và 19/8", "năm 2015", "Năm 2015", "Lượt truy cập: 3.418"]))

PAGES.append(page("b4858-laocai-doithoai-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Tin tức - Sự kiện :: Hoạt động của lãnh đạo tỉnh
Thứ Sáu, 25/03/2016
Bí thư Tỉnh ủy đối thoại với thanh niên vùng cao
Chiều 24/3, nhân kỷ niệm 85 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, Tỉnh ủy Lào Cai phối hợp với Tỉnh đoàn tổ chức chương trình đối thoại giữa đồng chí Bí thư Tỉnh ủy với thanh niên năm 2016 với chủ đề "Thanh niên vùng cao lập thân, lập nghiệp". Hơn 400 đoàn viên, thanh niên tiêu biểu người Mông, Dao, Tày, Giáy, Hà Nhì từ 9 huyện, thành phố tham dự.
Tham gia đối thoại có đồng chí Phạm Văn Thịnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; các đồng chí Phó Chủ tịch UBND tỉnh Đặng Xuân Thành, Nguyễn Thanh Dương; đồng chí Sần Thị Thìn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo các sở, ngành. Đồng chí Lý Thị Vinh, Bí thư Tỉnh đoàn, điều hành chương trình.
Toàn cảnh buổi đối thoại tại Hội trường Tỉnh ủy.
Tại buổi đối thoại, 26 ý kiến được đặt ra, tập trung vào việc làm, vốn vay, đất sản xuất và đào tạo nghề cho thanh niên dân tộc thiểu số. Anh Thào A Sình, Bí thư Chi đoàn thôn Sín Chải, xã Tả Van, hỏi về cơ chế cho thanh niên vay vốn làm du lịch cộng đồng; chị Tẩn Thị Mây, Tổ trưởng Tổ hợp tác thêu thổ cẩm xã Bản Khoang, kiến nghị hỗ trợ bao tiêu sản phẩm. Trung úy Hoàng Văn Quyết, Bí thư Chi đoàn Đồn Biên phòng Y Tý, đề xuất nhân rộng mô hình "Thanh niên biên phòng giúp bản làm kinh tế".
Trả lời các ý kiến, đồng chí Phạm Văn Thịnh cho biết, thực hiện Nghị quyết số 02-NQ/TU ngày 12/1/2016 của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch số 186/KH-UBND của UBND tỉnh, năm 2016 tỉnh dành khoảng 15 tỷ đồng hỗ trợ thanh niên khởi nghiệp, đào tạo nghề cho ít nhất 3.000 lao động trẻ, trong đó 70% là người dân tộc thiểu số. Tỉnh sẽ giao Tỉnh đoàn quản lý nguồn vốn 2 tỷ đồng từ Quỹ Quốc gia về việc làm theo Quyết định số 1050/QĐ-UBND ngày 5/4/2015.
Đồng chí Đặng Xuân Thành đề nghị các bạn trẻ mạnh dạn liên kết thành hợp tác xã, tổ hợp tác; hiện toàn tỉnh đã có 58 tổ hợp tác thanh niên, 11 hợp tác xã do thanh niên làm chủ. Đồng chí Sần Thị Thìn lưu ý thanh niên cảnh giác với việc tuyên truyền đạo trái phép, di cư tự do ở khu vực biên giới.
Kết thúc chương trình, Bí thư Tỉnh ủy giao Tỉnh đoàn tổng hợp đầy đủ các kiến nghị, chuyển các sở, ngành trả lời bằng văn bản trước ngày 30/4/2016. Dịp này, Tỉnh ủy tặng 30 suất quà cho thanh niên tiêu biểu, mỗi suất 2 triệu đồng.
Minh Quân - Trung tâm Thông tin
Số lượt xem: 2.957
Các tin khác
- Lào Cai: ra quân Tháng Thanh niên năm 2016 (02/03/2016)
- Tỉnh đoàn tổng kết công tác Đoàn năm 2015 (26/12/2015)
- Sa Pa: thanh niên làm du lịch cộng đồng (11/12/2015)
""", "2016-03-25", "Bí thư Tỉnh ủy đối thoại với thanh niên vùng cao",
E("doi_thoai", "2016", "2016-03-24"),
[P("Phạm Văn Thịnh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Đặng Xuân Thành", "Phó Chủ tịch UBND tỉnh"), P("Nguyễn Thanh Dương", "Phó Chủ tịch UBND tỉnh"),
 P("Sần Thị Thìn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Vinh", "Bí thư Tỉnh đoàn"),
 P("Thào A Sình", "Bí thư Chi đoàn thôn Sín Chải"),
 P("Tẩn Thị Mây", "Tổ trưởng Tổ hợp tác thêu thổ cẩm xã Bản Khoang"),
 P("Hoàng Văn Quyết", "Trung úy", "Bí thư Chi đoàn Đồn Biên phòng Y Tý")],
[Q("Hơn 400 đoàn viên, thanh niên tiêu biểu", 400, "đoàn viên, thanh niên tiêu biểu", "over"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("26 ý kiến", 26, "ý kiến"), Q("khoảng 15 tỷ đồng", 15000000000, "đồng", "approx"),
 Q("ít nhất 3.000 lao động trẻ", 3000, "lao động trẻ", "over"), Q("70%", 70, "%"), Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("58 tổ hợp tác thanh niên", 58, "tổ hợp tác thanh niên"), Q("11 hợp tác xã", 11, "hợp tác xã"),
 Q("30 suất quà", 30, "suất quà"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị quyết", "02", "NQ/TU", "2016-01-12", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 02-NQ/TU ngày 12/1/2016"),
 D("Kế hoạch", "186", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 186/KH-UBND"),
 D("Quyết định", "1050", "QĐ-UBND", "2015-04-05", None, "Quyết định số 1050/QĐ-UBND ngày 5/4/2015")],
[prov("Lào Cai"), com("Tả Van"), com("Bản Khoang"), com("Y Tý")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI", "Tin tức - Sự kiện :: Hoạt động của lãnh đạo tỉnh", "Toàn cảnh buổi đối thoại tại Hội trường Tỉnh ủy.",
 "Thanh niên vùng cao lập thân, lập nghiệp", "Thanh niên biên phòng giúp bản làm kinh tế", "Quỹ Quốc gia về việc làm", "Số lượt xem: 2.957"],
["Thứ Sáu, 25/03/2016", "85 năm", "năm 2016", "30/4/2016", "Số lượt xem: 2.957"]))
