from lib import *
PAGES = []

PAGES.append(page("b4109-thanhhoa-mttq-tonghopykien-2011", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Trang chủ » Tin tức - Sự kiện » Hoạt động Mặt trận
Thứ Năm, 24/11/2011 - 09:30
Toàn cảnh hội nghị. Ảnh: Minh Hiếu
MTTQ tỉnh tổng hợp 326 ý kiến, kiến nghị của cử tri trước kỳ họp thứ 3 HĐND tỉnh
Ngày 22/11/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa tổ chức hội nghị tổng hợp ý kiến, kiến nghị của cử tri và nhân dân gửi tới kỳ họp thứ 3, HĐND tỉnh khóa XVII - kỳ họp thường lệ cuối năm 2011. Đồng chí Lê Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo do đồng chí Hoàng Văn Lực, Phó Chủ tịch Ủy ban MTTQ tỉnh trình bày, thực hiện Nghị quyết liên tịch số 05/2004/NQLT-UBTVQH11-ĐCTUBTWMTTQVN của Ủy ban Thường vụ Quốc hội và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, trước kỳ họp Thường trực HĐND tỉnh, Ban Thường trực Ủy ban MTTQ tỉnh đã phối hợp tổ chức cho 86 đại biểu HĐND tỉnh tiếp xúc cử tri tại 27 huyện, thị xã, thành phố với 214 điểm tiếp xúc, thu hút trên 19.500 lượt cử tri tham dự.
Qua tổng hợp, cử tri đã nêu 326 ý kiến, kiến nghị, trong đó lĩnh vực kinh tế - ngân sách 118 ý kiến, văn hóa - xã hội 97 ý kiến, pháp chế 64 ý kiến và dân tộc, miền núi 47 ý kiến. Cử tri phấn khởi trước kết quả phát triển kinh tế - xã hội của tỉnh, song còn băn khoăn về giá vật tư nông nghiệp tăng cao, việc cấp giấy chứng nhận quyền sử dụng đất ở một số nơi còn chậm, phụ cấp cho cán bộ không chuyên trách ở xã, thôn còn thấp. Cử tri xã Hoằng Trường (Hoằng Hóa) và xã Quảng Nham (Quảng Xương) kiến nghị sớm đầu tư nâng cấp đê biển, kè chống sạt lở trước mùa mưa bão.
Báo cáo cũng cho biết, đến nay UBND tỉnh và các sở, ngành đã trả lời 281/297 kiến nghị cử tri gửi tới kỳ họp thứ 2, đạt 94,6%; còn 16 kiến nghị đang được xem xét, giải quyết.
Tại hội nghị, ông Hà Văn Khiêm, Trưởng ban Dân tộc HĐND tỉnh, đề nghị các ngành trả lời cụ thể, tránh chung chung, "hẹn" nhiều kỳ họp. Bà Phạm Thị Thu, Chủ tịch Ủy ban MTTQ huyện Hoằng Hóa, phản ánh có những kiến nghị cử tri nêu đi nêu lại đến 3 kỳ họp vẫn chưa được giải quyết dứt điểm.
Phát biểu kết luận, đồng chí Lê Thị Hạnh đề nghị Ban Thường trực Ủy ban MTTQ tỉnh hoàn chỉnh báo cáo gửi Thường trực HĐND tỉnh trước ngày 30/11; đồng thời tăng cường giám sát việc giải quyết kiến nghị cử tri theo Chương trình phối hợp số 12/CTPH-HĐND-MTTQ giữa Thường trực HĐND tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh.
Quang Tuấn
Lượt xem: 1.204
Tin liên quan
- Hội nghị hiệp thương lần thứ ba giới thiệu người ứng cử (12/04/2011)
- MTTQ huyện Như Xuân giám sát việc chi trả chế độ chính sách (03/11/2011)
- Ra mắt 15 khu dân cư tiên tiến (28/10/2011)
""", "2011-11-24", "MTTQ tỉnh tổng hợp 326 ý kiến, kiến nghị của cử tri trước kỳ họp thứ 3 HĐND tỉnh",
E("hoi_nghi", "2011", "2011-11-22"),
[P("Lê Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Lực", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Khiêm", "Trưởng ban Dân tộc HĐND tỉnh"),
 P("Phạm Thị Thu", "Chủ tịch Ủy ban MTTQ huyện Hoằng Hóa")],
[Q("326 ý kiến, kiến nghị", 326, "ý kiến, kiến nghị"), Q("86 đại biểu HĐND tỉnh", 86, "đại biểu HĐND tỉnh"),
 Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"), Q("214 điểm tiếp xúc", 214, "điểm tiếp xúc"),
 Q("trên 19.500 lượt cử tri", 19500, "lượt cử tri", "over"), Q("118 ý kiến", 118, "ý kiến"), Q("97 ý kiến", 97, "ý kiến"),
 Q("64 ý kiến", 64, "ý kiến"), Q("47 ý kiến", 47, "ý kiến"), Q("281/297 kiến nghị", 281, "kiến nghị"), Q("94,6%", 94.6, "%"),
 Q("16 kiến nghị", 16, "kiến nghị")],
[D("Nghị quyết liên tịch", "05", "2004/NQLT-UBTVQH11-ĐCTUBTWMTTQVN", None,
   "Ủy ban Thường vụ Quốc hội và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết liên tịch số 05/2004/NQLT-UBTVQH11-ĐCTUBTWMTTQVN"),
 D("Chương trình phối hợp", "12", "CTPH-HĐND-MTTQ", None, None, "Chương trình phối hợp số 12/CTPH-HĐND-MTTQ")],
[prov("Thanh Hóa"), com("Hoằng Trường"), com("Quảng Nham")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Trang chủ » Tin tức - Sự kiện » Hoạt động Mặt trận",
 "Toàn cảnh hội nghị. Ảnh: Minh Hiếu", "Lượt xem: 1.204"],
["Thứ Năm, 24/11/2011 - 09:30", "kỳ họp thứ 3", "khóa XVII", "năm 2011", "3 kỳ họp", "kỳ họp thứ 2", "ngày 30/11", "Lượt xem: 1.204"]))

PAGES.append(page("b4110-quangnam-hdnd-chatvan-2012", """
BÁO QUẢNG NAM ĐIỆN TỬ
Thời sự | Chính trị | Kỳ họp HĐND
Cập nhật: 17:40, 12/07/2012 (GMT+7)
Chất vấn "nóng" về đền bù, tái định cư và ô nhiễm môi trường
(QNO) - Chiều 11/7, tại kỳ họp thứ 4 HĐND tỉnh khóa VIII - kỳ họp giữa năm 2012, HĐND tỉnh dành trọn buổi cho phiên chất vấn và trả lời chất vấn. Chủ tọa phiên chất vấn là ông Nguyễn Văn Sỹ, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và ông Trần Xuân Lộc, Phó Chủ tịch Thường trực HĐND tỉnh.
Chủ tịch HĐND tỉnh điều hành phiên chất vấn. Ảnh: VINH ANH
Trước kỳ họp, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã tổng hợp 412 ý kiến, kiến nghị của cử tri qua 198 buổi tiếp xúc của đại biểu HĐND 3 cấp; Thường trực HĐND tỉnh chọn 4 nhóm vấn đề để chất vấn. Có 23 lượt đại biểu đặt câu hỏi với 5 giám đốc sở; 11 đại biểu đăng ký nhưng không còn thời gian chất vấn đã gửi câu hỏi bằng văn bản.
Đại biểu Alăng Thị Bhriu, Phó Chủ tịch UBND huyện Nam Giang, chất vấn Giám đốc Sở Tài nguyên và Môi trường Lê Văn Dũng về việc chậm cấp đất sản xuất cho 318 hộ đồng bào Cơ Tu phải di dời khỏi lòng hồ thủy điện. Theo ông Dũng, tỉnh đã bố trí được 142 ha, số còn lại đang rà soát quỹ đất; sở sẽ tham mưu UBND tỉnh hoàn thành trước tháng 12/2012.
Về ô nhiễm tại khu công nghiệp, đại biểu Đinh Văn Tư, Phó Trưởng ban Pháp chế HĐND tỉnh, đặt câu hỏi vì sao doanh nghiệp đã bị xử phạt 3 lần vẫn xả thải. Ông Trần Đình Tùng, Giám đốc Sở Công Thương, thừa nhận việc kiểm tra sau xử phạt chưa thường xuyên, nhận trách nhiệm và hứa báo cáo kết quả khắc phục tại kỳ họp cuối năm.
Cử tri xã Tam Xuân 1 và xã Tam Anh Nam phản ánh tiến độ bồi thường dự án đường cao tốc. Trả lời, ông Huỳnh Khánh Toàn, Phó Chủ tịch UBND tỉnh cho biết đã chi trả khoảng 215 tỷ đồng cho 1.640 hộ bị ảnh hưởng, đạt 87%; phần còn lại vướng do hồ sơ đất chưa rõ nguồn gốc.
Kết luận phiên chất vấn, Chủ tịch HĐND tỉnh Nguyễn Văn Sỹ đề nghị UBND tỉnh chỉ đạo thực hiện các cam kết, trong đó có Quyết định số 1842/QĐ-UBND ngày 5/6/2012 và Quyết định số 1903/QĐ-UBND về chính sách hỗ trợ tái định cư; giao các ban HĐND giám sát, báo cáo kết quả tại kỳ họp thứ 5. Kỳ họp đã thông qua 18 nghị quyết và bế mạc chiều 12/7.
Theo Thường trực HĐND tỉnh Quảng Nam, đây là kỳ họp có số lượng câu hỏi chất vấn nhiều nhất từ đầu nhiệm kỳ; nhiều đại biểu đã dẫn lại nguyên văn kiến nghị của cử tri các huyện miền núi do Mặt trận tổng hợp. Sau kỳ họp, các tổ đại biểu sẽ tiếp xúc cử tri để báo cáo kết quả.
VĨNH LỘC
Tin khác
- Khai mạc kỳ họp thứ 4 HĐND tỉnh khóa VIII (09/07/2012)
- Cử tri Tiên Phước kiến nghị sửa chữa đập thủy lợi (28/06/2012)
- MTTQ tỉnh giám sát chính sách hỗ trợ hộ nghèo (15/06/2012)
""", "2012-07-12", "Chất vấn \"nóng\" về đền bù, tái định cư và ô nhiễm môi trường",
E("hoi_nghi", "2012", "2012-07-11"),
[P("Nguyễn Văn Sỹ", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Trần Xuân Lộc", "Phó Chủ tịch Thường trực HĐND tỉnh"),
 P("Alăng Thị Bhriu", "Phó Chủ tịch UBND huyện Nam Giang"),
 P("Lê Văn Dũng", "Giám đốc Sở Tài nguyên và Môi trường"),
 P("Đinh Văn Tư", "Phó Trưởng ban Pháp chế HĐND tỉnh"),
 P("Trần Đình Tùng", "Giám đốc Sở Công Thương"),
 P("Huỳnh Khánh Toàn", "Phó Chủ tịch UBND tỉnh")],
[Q("412 ý kiến, kiến nghị", 412, "ý kiến, kiến nghị"), Q("198 buổi tiếp xúc", 198, "buổi tiếp xúc"),
 Q("4 nhóm vấn đề", 4, "nhóm vấn đề"), Q("23 lượt đại biểu", 23, "lượt đại biểu"), Q("5 giám đốc sở", 5, "giám đốc sở"),
 Q("11 đại biểu", 11, "đại biểu"), Q("318 hộ đồng bào Cơ Tu", 318, "hộ đồng bào Cơ Tu"), Q("142 ha", 142, "ha"),
 Q("khoảng 215 tỷ đồng", 215000000000, "đồng", "approx"), Q("1.640 hộ", 1640, "hộ"), Q("87%", 87, "%"),
 Q("18 nghị quyết", 18, "nghị quyết")],
[D("Quyết định", "1842", "QĐ-UBND", "2012-06-05", None, "Quyết định số 1842/QĐ-UBND ngày 5/6/2012"),
 D("Quyết định", "1903", "QĐ-UBND", None, None, "Quyết định số 1903/QĐ-UBND")],
[prov("Quảng Nam"), com("Tam Xuân 1"), com("Tam Anh Nam")],
["BÁO QUẢNG NAM ĐIỆN TỬ", "Thời sự | Chính trị | Kỳ họp HĐND", "(QNO)", "Chủ tịch HĐND tỉnh điều hành phiên chất vấn. Ảnh: VINH ANH"],
["Cập nhật: 17:40, 12/07/2012 (GMT+7)", "kỳ họp thứ 4", "khóa VIII", "3 cấp", "3 lần", "tháng 12/2012", "kỳ họp thứ 5"]))

PAGES.append(page("b4111-hatinh-mttq-giamsat-2013", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh
Bạn đang ở: Trang chủ > Giám sát và phản biện xã hội
08:20 | 17/10/2013
Giám sát việc giải quyết kiến nghị cử tri tại Sở Nông nghiệp và Phát triển nông thôn
Thực hiện chương trình giám sát năm 2013, ngày 15/10, đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do bà Trần Thị Kim Nhung, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc giải quyết kiến nghị cử tri tại Sở Nông nghiệp và Phát triển nông thôn. Tham gia đoàn có đại diện Ban Văn hóa - Xã hội HĐND tỉnh, Hội Nông dân, Hội Cựu chiến binh tỉnh.
Đoàn giám sát làm việc tại Sở Nông nghiệp và Phát triển nông thôn.
Theo báo cáo, từ kỳ họp thứ 5 đến kỳ họp thứ 7 HĐND tỉnh khóa XVI, Sở được giao trả lời 73 kiến nghị cử tri, tập trung vào thủy lợi, giá giống, dịch bệnh gia súc, chính sách xây dựng nông thôn mới. Đến nay, Sở đã trả lời 73/73 kiến nghị bằng văn bản; trong đó 51 kiến nghị đã giải quyết xong, 14 kiến nghị đang giải quyết, 8 kiến nghị chưa giải quyết được do thiếu nguồn lực. Sở cũng đã tham mưu UBND tỉnh ban hành Quyết định 2124/QĐ-UBND và Quyết định 2125/QĐ-UBND ngày 18/7/2013 phân bổ gần 46 tỷ đồng sửa chữa 37 công trình thủy lợi bị hư hỏng sau mưa lũ.
Tuy vậy, đoàn giám sát chỉ ra một số kiến nghị trả lời còn chung chung, chưa nêu rõ thời hạn; việc hỗ trợ xi măng làm kênh mương nội đồng theo Nghị quyết số 54/2012/NQ-HĐND của HĐND tỉnh ở một số xã còn chậm. Cử tri xã Thạch Hương (Thạch Hà), xã Kỳ Phong (Kỳ Anh) nhiều lần kiến nghị nạo vét kênh tiêu nhưng chưa được bố trí vốn.
Ông Nguyễn Văn Lương, Giám đốc Sở, tiếp thu các ý kiến và cho biết sẽ rà soát, phân loại từng kiến nghị, trả lời cụ thể thời gian hoàn thành; đối với 8 kiến nghị còn tồn đọng, Sở sẽ đề xuất đưa vào kế hoạch vốn năm 2014.
Kết luận buổi giám sát, bà Trần Thị Kim Nhung đề nghị Sở công khai kết quả giải quyết kiến nghị trên Cổng thông tin điện tử của ngành, định kỳ 6 tháng gửi báo cáo về Ban Thường trực Ủy ban MTTQ tỉnh để thông tin tới cử tri qua các hội nghị tiếp xúc. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 8 HĐND tỉnh.
Đại diện Ban Văn hóa - Xã hội HĐND tỉnh đề nghị Sở chú ý các kiến nghị về chính sách hỗ trợ giống cho vùng lũ, vì đây là nội dung cử tri nêu lại nhiều lần. Đại diện Hội Nông dân tỉnh đề nghị công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn để nhân dân giám sát.
Được biết, năm 2013 Ban Thường trực Ủy ban MTTQ tỉnh chủ trì 6 cuộc giám sát chuyên đề, phối hợp với các ban HĐND tỉnh tham gia 9 cuộc giám sát khác.
Minh Hoa
Số lượt xem: 645
Các tin đã đưa
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6 (02/10/2013)
- MTTQ huyện Hương Sơn ra mắt 12 Ban giám sát đầu tư cộng đồng (20/09/2013)
- Tập huấn nghiệp vụ công tác giám sát (04/09/2013)
""", "2013-10-17", "Giám sát việc giải quyết kiến nghị cử tri tại Sở Nông nghiệp và Phát triển nông thôn",
E("giam_sat", "2013", "2013-10-15"),
[P("Trần Thị Kim Nhung", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Lương", "Giám đốc Sở")],
[Q("73 kiến nghị", 73, "kiến nghị"), Q("51 kiến nghị", 51, "kiến nghị"), Q("14 kiến nghị", 14, "kiến nghị"),
 Q("8 kiến nghị", 8, "kiến nghị"), Q("gần 46 tỷ đồng", 46000000000, "đồng", "approx"),
 Q("37 công trình thủy lợi", 37, "công trình thủy lợi"), Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"),
 Q("9 cuộc giám sát", 9, "cuộc giám sát")],
[D("Quyết định", "2124", "QĐ-UBND", "2013-07-18", "UBND tỉnh", "Quyết định 2124/QĐ-UBND"),
 D("Quyết định", "2125", "QĐ-UBND", "2013-07-18", "UBND tỉnh", "Quyết định 2125/QĐ-UBND ngày 18/7/2013"),
 D("Nghị quyết", "54", "2012/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 54/2012/NQ-HĐND")],
[prov("Hà Tĩnh"), com("Thạch Hương"), com("Kỳ Phong")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "Bạn đang ở: Trang chủ > Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại Sở Nông nghiệp và Phát triển nông thôn.", "Số lượt xem: 645"],
["08:20 | 17/10/2013", "kỳ họp thứ 5", "kỳ họp thứ 7", "khóa XVI", "73/73", "năm 2014", "6 tháng", "kỳ họp thứ 8", "Số lượt xem: 645"]))

PAGES.append(page("b4112-longan-mttq-tongket-2014", """
ỦY BAN MTTQ VIỆT NAM TỈNH LONG AN
Trang chủ :: Hoạt động :: Tin tức
26-12-2014 10:15
Ảnh: Quang cảnh hội nghị.
Nâng chất lượng tiếp xúc cử tri, giám sát giải quyết kiến nghị
Ngày 24/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp Thường trực HĐND tỉnh tổ chức hội nghị tổng kết công tác phối hợp tổ chức tiếp xúc cử tri và giám sát việc giải quyết kiến nghị cử tri năm 2014. Dự hội nghị có các đồng chí: Nguyễn Văn Được, Phó Chủ tịch HĐND tỉnh; Phạm Văn Rạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; cùng đại diện lãnh đạo Ủy ban MTTQ, Thường trực HĐND 15 huyện, thị xã, thành phố.
Năm 2014, Mặt trận các cấp đã phối hợp tổ chức 1.126 cuộc tiếp xúc cử tri cho đại biểu Quốc hội và đại biểu HĐND 3 cấp, với hơn 68.000 lượt cử tri tham dự. Cử tri nêu 2.315 ý kiến, kiến nghị; riêng kiến nghị gửi đến HĐND tỉnh có 286 ý kiến, kiến nghị, nhiều nhất thuộc lĩnh vực đất đai, môi trường (92 ý kiến), giao thông, thủy lợi (71 ý kiến), chính sách xã hội (58 ý kiến).
Các cơ quan chức năng đã trả lời 279 ý kiến, kiến nghị, đạt trên 97%. Một số kiến nghị bức xúc đã được giải quyết dứt điểm như nâng cấp tuyến đê bao ở xã Long Cang, xã Phước Vân (Cần Đước), cấp nước sạch cho 1.850 hộ dân vùng hạn mặn Cần Giuộc.
Phó Chủ tịch Ủy ban MTTQ tỉnh Võ Thị Mỹ Dung cho biết, thực hiện Quy chế phối hợp số 03/QCPH-TTHĐND-BTTUBMTTQ ngày 10/3/2012 giữa Thường trực HĐND tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh, năm qua Mặt trận tỉnh chủ trì 4 cuộc giám sát, tham gia 7 cuộc giám sát với các ban HĐND tỉnh; qua đó đã kiến nghị thu hồi, xử lý trên 1,2 tỷ đồng sai phạm trong chi trả chính sách.
Tham luận tại hội nghị, bà Lê Thị Ngọc Hạnh, Chủ tịch Ủy ban MTTQ xã Mỹ Yên (Bến Lức), nêu cách làm "nghe - ghi - báo - trả lời" để cử tri biết kiến nghị của mình đã đến đâu; ông Trần Văn Bảy, Trưởng Ban Thanh tra nhân dân xã Tân Lân, chia sẻ kinh nghiệm giám sát công trình giao thông nông thôn.
Phát biểu chỉ đạo, đồng chí Phạm Văn Rạnh đề nghị năm 2015 đổi mới hình thức tiếp xúc cử tri theo chuyên đề, theo địa bàn, theo nhóm đối tượng; Mặt trận theo dõi đến cùng từng kiến nghị, thực hiện tốt Kế hoạch số 85/KH-MTTQ-BTT của Ban Thường trực.
Một số ý kiến cho rằng vẫn còn tình trạng trả lời kiến nghị theo kiểu "đã ghi nhận", "sẽ xem xét"; có kiến nghị chuyển qua nhiều cơ quan mà cử tri tỉnh Long An chưa nhận được hồi âm.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 10 tập thể, 15 cá nhân có thành tích trong công tác phối hợp.
Hữu Nghĩa
Tin cùng chuyên mục
- Cần Giuộc: Mặt trận giám sát nước sạch nông thôn (10/12/2014)
- Hội nghị phản biện dự thảo quy hoạch giao thông (28/11/2014)
- Trao 200 căn nhà Đại đoàn kết cho hộ nghèo (14/11/2014)
""", "2014-12-26", "Nâng chất lượng tiếp xúc cử tri, giám sát giải quyết kiến nghị",
E("tong_ket", "2014", "2014-12-24"),
[P("Nguyễn Văn Được", "Phó Chủ tịch HĐND tỉnh"),
 P("Phạm Văn Rạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thị Mỹ Dung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Thị Ngọc Hạnh", "Chủ tịch Ủy ban MTTQ xã Mỹ Yên"),
 P("Trần Văn Bảy", "Trưởng Ban Thanh tra nhân dân xã Tân Lân")],
[Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("1.126 cuộc tiếp xúc cử tri", 1126, "cuộc tiếp xúc cử tri"),
 Q("hơn 68.000 lượt cử tri", 68000, "lượt cử tri", "over"), Q("2.315 ý kiến, kiến nghị", 2315, "ý kiến, kiến nghị"),
 Q("286 ý kiến, kiến nghị", 286, "ý kiến, kiến nghị"), Q("92 ý kiến", 92, "ý kiến"), Q("71 ý kiến", 71, "ý kiến"),
 Q("58 ý kiến", 58, "ý kiến"), Q("279 ý kiến, kiến nghị", 279, "ý kiến, kiến nghị"), Q("trên 97%", 97, "%", "over"),
 Q("1.850 hộ dân vùng hạn mặn", 1850, "hộ dân vùng hạn mặn"), Q("4 cuộc giám sát", 4, "cuộc giám sát"),
 Q("7 cuộc giám sát", 7, "cuộc giám sát"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Quy chế phối hợp", "03", "QCPH-TTHĐND-BTTUBMTTQ", "2012-03-10", None, "Quy chế phối hợp số 03/QCPH-TTHĐND-BTTUBMTTQ ngày 10/3/2012"),
 D("Kế hoạch", "85", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 85/KH-MTTQ-BTT")],
[prov("Long An"), com("Long Cang"), com("Phước Vân"), com("Mỹ Yên"), com("Tân Lân")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LONG AN", "Trang chủ :: Hoạt động :: Tin tức", "Ảnh: Quang cảnh hội nghị.",
 "nghe - ghi - báo - trả lời"],
["26-12-2014 10:15", "năm 2014", "3 cấp", "năm 2015"]))

PAGES.append(page("b4113-sonla-hdndxa-kyhop-2015", """
Cổng thông tin điện tử huyện Thuận Châu - tỉnh Sơn La
Trang chủ / Tin tức - Sự kiện / Tin xã, thị trấn
Thứ Sáu, 18/12/2015 - 16:05
HĐND xã Chiềng Pấc tổ chức kỳ họp thứ 11, khóa XIX
Ngày 16/12/2015, HĐND xã Chiềng Pấc khóa XIX, nhiệm kỳ 2011 - 2016 tổ chức kỳ họp thứ 11 - kỳ họp thường lệ cuối năm 2015 để đánh giá tình hình kinh tế - xã hội, quốc phòng - an ninh năm 2015, quyết định nhiệm vụ năm 2016. Dự kỳ họp có ông Lò Văn Thiện, HUV, Phó Chủ tịch HĐND huyện; 24/25 đại biểu HĐND xã và đại diện các thôn bản.
Đại biểu HĐND xã biểu quyết thông qua nghị quyết. Ảnh: Quàng Hương
Tại kỳ họp, ông Cầm Văn Nhương, Phó Bí thư Đảng ủy, Chủ tịch HĐND xã, thông báo kết quả tiếp xúc cử tri: trước kỳ họp, 25 đại biểu đã tiếp xúc cử tri tại 16 bản với trên 1.100 lượt cử tri; cử tri nêu 39 ý kiến, kiến nghị, trong đó thuộc thẩm quyền của xã 21 ý kiến, của huyện 15 ý kiến, của tỉnh 3 ý kiến.
Theo báo cáo của UBND xã do ông Lường Văn Sáng, Chủ tịch UBND xã trình bày, năm 2015 tổng sản lượng lương thực đạt 5.420 tấn; thu nhập bình quân đạt 13,5 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm từ 38,6% xuống còn 31,2%. Xã đã vận động nhân dân hiến 3.200 m2 đất, góp 2.150 ngày công làm 4,2 km đường giao thông nông thôn.
Các ông, bà Quàng Thị Ươi, Tòng Văn Phanh, Lò Thị Lả - đại biểu HĐND xã khóa XIX ở bản Nà Lạn, bản Pá Hốc - chất vấn về việc chậm cấp giống ngô lai hỗ trợ và nước sinh hoạt ở 2 bản vùng cao. Ông Lường Văn Sáng trả lời, xã đã đề nghị huyện bố trí 120 triệu đồng sửa chữa đường ống, hoàn thành trước Tết Nguyên đán.
Kỳ họp đã thông qua 6 nghị quyết về phát triển kinh tế - xã hội, dự toán ngân sách, kế hoạch đầu tư công năm 2016. Chỉ tiêu nổi bật: phấn đấu 2 bản đạt tiêu chí nông thôn mới, giảm 5% hộ nghèo.
Thảo luận tại kỳ họp, nhiều đại biểu đề nghị UBND xã quan tâm hơn đến việc thu hồi vốn vay quá hạn, quản lý đất rừng, chấn chỉnh tình trạng tảo hôn ở một số bản vùng cao; đồng thời đề nghị tăng thời lượng phát thanh tiếng Thái để cử tri nắm được kết quả kỳ họp.
Phát biểu bế mạc, ông Cầm Văn Nhương đề nghị đại biểu thông báo kết quả kỳ họp đến cử tri; UBND xã trả lời bằng văn bản 21 ý kiến thuộc thẩm quyền của xã trước ngày 15/01/2016, thực hiện Nghị quyết số 07-NQ/ĐU của Đảng ủy xã về phát triển cây ăn quả trên đất dốc.
Quàng Hương (Đài TT-TH huyện)
Lượt truy cập: 318
Tin khác
- Thị trấn Thuận Châu: kỳ họp thứ 11 HĐND thị trấn (17/12/2015)
- Xã Phỏng Lái ra mắt mô hình "Bản không có ma túy" (10/12/2015)
- Muổi Nọi tiếp xúc cử tri trước kỳ họp (02/12/2015)
- Hội nghị tổng kết công tác Mặt trận xã Bon Phặng năm 2015 (28/11/2015)
- Thuận Châu: 100% xã tổ chức kỳ họp HĐND đúng luật định (20/11/2015)
""", "2015-12-18", "HĐND xã Chiềng Pấc tổ chức kỳ họp thứ 11, khóa XIX",
E("hoi_nghi", "2015", "2015-12-16"),
[P("Lò Văn Thiện", "HUV", "Phó Chủ tịch HĐND huyện"),
 P("Cầm Văn Nhương", "Phó Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lường Văn Sáng", "Chủ tịch UBND xã"),
 P("Quàng Thị Ươi", "đại biểu HĐND xã khóa XIX"),
 P("Tòng Văn Phanh", "đại biểu HĐND xã khóa XIX"),
 P("Lò Thị Lả", "đại biểu HĐND xã khóa XIX")],
[Q("24/25 đại biểu HĐND xã", 24, "đại biểu HĐND xã"), Q("25 đại biểu", 25, "đại biểu"), Q("16 bản", 16, "bản"),
 Q("trên 1.100 lượt cử tri", 1100, "lượt cử tri", "over"), Q("39 ý kiến, kiến nghị", 39, "ý kiến, kiến nghị"),
 Q("21 ý kiến", 21, "ý kiến"), Q("15 ý kiến", 15, "ý kiến"), Q("3 ý kiến", 3, "ý kiến"), Q("5.420 tấn", 5420, "tấn"),
 Q("13,5 triệu đồng", 13500000, "đồng"), Q("38,6%", 38.6, "%"), Q("31,2%", 31.2, "%"), Q("3.200 m2", 3200, "m2"),
 Q("2.150 ngày công", 2150, "ngày công"), Q("4,2 km", 4.2, "km"), Q("2 bản vùng cao", 2, "bản vùng cao"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("6 nghị quyết", 6, "nghị quyết"), Q("2 bản", 2, "bản"), Q("5%", 5, "%")],
[D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 07-NQ/ĐU của Đảng ủy xã")],
[prov("Sơn La"), com("Chiềng Pấc")],
["Cổng thông tin điện tử huyện Thuận Châu - tỉnh Sơn La", "Trang chủ / Tin tức - Sự kiện / Tin xã, thị trấn",
 "Đại biểu HĐND xã biểu quyết thông qua nghị quyết. Ảnh: Quàng Hương", "Lượt truy cập: 318"],
["Thứ Sáu, 18/12/2015 - 16:05", "kỳ họp thứ 11", "khóa XIX", "nhiệm kỳ 2011 - 2016", "năm 2015", "năm 2016", "ngày 15/01/2016", "Lượt truy cập: 318"]))

PAGES.append(page("b4114-cantho-tiepxuccutri-2016", """
CẦN THƠ ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam TP Cần Thơ
Thời sự > Bầu cử Quốc hội và HĐND các cấp
Ngày đăng 06/05/2016 | 07:45
Ứng cử viên đại biểu HĐND thành phố tiếp xúc cử tri quận Ninh Kiều, Cái Răng
Ngày 5/5, Ủy ban MTTQ Việt Nam quận Ninh Kiều phối hợp Ủy ban bầu cử quận tổ chức hội nghị tiếp xúc cử tri cho những người ứng cử đại biểu HĐND TP Cần Thơ khóa IX, nhiệm kỳ 2016 - 2021 tại đơn vị bầu cử số 2. Hội nghị thu hút khoảng 350 cử tri phường An Hòa, phường An Khánh và phường Hưng Lợi.
Ông Trần Quốc Trung, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố, trình bày chương trình hành động. Ảnh: HỒNG VÂN
Tại đơn vị bầu cử này có 5 ứng cử viên để bầu 3 đại biểu. Các ứng cử viên gồm: ông Trần Quốc Trung, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; bà Đào Thị Ánh Tuyết, Phó Trưởng ban Kinh tế - Ngân sách HĐND thành phố; ông Lê Minh Khôi, Trưởng phòng Quản lý đô thị quận Ninh Kiều; bà Huỳnh Thị Ngọc Lan, giáo viên Trường THPT Châu Văn Liêm; ông Sơn Ngọc Tha, Phó Trưởng ban Dân tộc thành phố.
Trình bày chương trình hành động, các ứng cử viên cam kết nếu trúng cử sẽ giữ mối liên hệ với cử tri, theo dõi việc giải quyết kiến nghị đến cùng. Bà Đào Thị Ánh Tuyết cho biết, nhiệm kỳ qua có 27 kiến nghị của cử tri quận về hạ tầng, ngập nước chưa được giải quyết dứt điểm, bà sẽ đề nghị đưa vào chương trình giám sát của HĐND thành phố.
Tại hội nghị, 14 lượt cử tri phát biểu, nêu 19 ý kiến. Cử tri Nguyễn Văn Hậu (phường An Khánh) phản ánh tình trạng ngập sâu trên tuyến đường 3 Tháng 2 mỗi khi triều cường; cử tri Trịnh Thị Mười (phường Hưng Lợi) đề nghị sớm bồi thường cho 63 hộ trong dự án chỉnh trang bờ rạch đã kéo dài 5 năm.
Ông Nguyễn Thanh Sơn, Phó Chủ tịch UBND quận Ninh Kiều, giải trình: dự án đã được UBND thành phố phê duyệt theo Quyết định số 1150/QĐ-UBND ngày 22/4/2016, với tổng kinh phí bồi thường hơn 48 tỷ đồng, dự kiến chi trả trong quý III.
Kết thúc hội nghị, cử tri đã biểu quyết bằng hình thức giơ tay, tín nhiệm giới thiệu cả 5 ứng cử viên. Ban tổ chức ghi nhận đầy đủ các ý kiến để chuyển đến cơ quan có thẩm quyền trả lời cử tri.
Theo Ủy ban bầu cử thành phố, thực hiện Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND và Nghị quyết số 1131/NQ-UBTVQH13 của Ủy ban Thường vụ Quốc hội, đến nay Mặt trận các cấp đã tổ chức 286 hội nghị tiếp xúc cử tri cho 104 người ứng cử đại biểu HĐND thành phố, đạt 100% kế hoạch.
Thanh Thủy
Bài viết liên quan
- Cần Thơ: 1,2 triệu cử tri sẵn sàng đi bầu (04/05/2016)
- Hiệp thương lần thứ ba lập danh sách người ứng cử (20/04/2016)
- Thốt Nốt: tiếp xúc cử tri các ứng cử viên (03/05/2016)
""", "2016-05-06", "Ứng cử viên đại biểu HĐND thành phố tiếp xúc cử tri quận Ninh Kiều, Cái Răng",
E("hoi_nghi", None, "2016-05-05"),
[P("Trần Quốc Trung", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Đào Thị Ánh Tuyết", "Phó Trưởng ban Kinh tế - Ngân sách HĐND thành phố"),
 P("Lê Minh Khôi", "Trưởng phòng Quản lý đô thị quận Ninh Kiều"),
 P("Huỳnh Thị Ngọc Lan", "giáo viên Trường THPT Châu Văn Liêm"),
 P("Sơn Ngọc Tha", "Phó Trưởng ban Dân tộc thành phố"),
 P("Nguyễn Văn Hậu"),
 P("Trịnh Thị Mười"),
 P("Nguyễn Thanh Sơn", "Phó Chủ tịch UBND quận Ninh Kiều")],
[Q("khoảng 350 cử tri", 350, "cử tri", "approx"), Q("5 ứng cử viên", 5, "ứng cử viên"), Q("3 đại biểu", 3, "đại biểu"),
 Q("27 kiến nghị", 27, "kiến nghị"), Q("14 lượt cử tri", 14, "lượt cử tri"), Q("19 ý kiến", 19, "ý kiến"),
 Q("63 hộ", 63, "hộ"), Q("hơn 48 tỷ đồng", 48000000000, "đồng", "over"), Q("286 hội nghị tiếp xúc cử tri", 286, "hội nghị tiếp xúc cử tri"),
 Q("104 người ứng cử", 104, "người ứng cử"), Q("100%", 100, "%")],
[D("Quyết định", "1150", "QĐ-UBND", "2016-04-22", "UBND thành phố", "Quyết định số 1150/QĐ-UBND ngày 22/4/2016"),
 D("Nghị quyết", "1131", "NQ-UBTVQH13", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1131/NQ-UBTVQH13")],
[prov("Cần Thơ"), com("An Hòa"), com("An Khánh"), com("Hưng Lợi")],
["CẦN THƠ ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam TP Cần Thơ", "Thời sự > Bầu cử Quốc hội và HĐND các cấp",
 "Ông Trần Quốc Trung, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố, trình bày chương trình hành động. Ảnh: HỒNG VÂN",
 "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND", "3 Tháng 2"],
["Ngày đăng 06/05/2016 | 07:45", "khóa IX", "nhiệm kỳ 2016 - 2021", "đơn vị bầu cử số 2", "5 năm", "quý III", "3 Tháng 2"]))
