from lib import *
PAGES = []

PAGES.append(page("b4691-danang-tiepxuccutri-todanpho-2016", """
ĐÀ NẴNG ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Đà Nẵng
Thời sự › Chính trị › Bầu cử - Cử tri
Thứ Sáu, 02/12/2016, 07:30
Toàn cảnh buổi tiếp xúc cử tri tại nhà văn hóa tổ 45. Ảnh: VĂN HOÀNG
Cử tri phường Hòa Cường Bắc kiến nghị nhiều vấn đề về trật tự đô thị
Chiều 30/11, Tổ đại biểu HĐND thành phố đơn vị quận Hải Châu phối hợp Ủy ban MTTQ Việt Nam phường Hòa Cường Bắc tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thứ 3 HĐND thành phố khóa IX. Tham dự có các đại biểu HĐND thành phố: bà Trần Thị Thanh Tâm, Phó Trưởng ban Văn hóa - Xã hội HĐND thành phố; ông Lê Minh Trung, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, cùng gần 180 cử tri của 62 tổ dân phố.
Ông Huỳnh Tấn Vinh, Chủ tịch UBND phường Hòa Cường Bắc, báo cáo: năm 2016 phường đã giải tỏa, đền bù cho 214 hộ thuộc dự án khu dân cư Nam Nguyễn Tri Phương; xử lý 1.350 trường hợp lấn chiếm vỉa hè, thu nộp ngân sách hơn 320 triệu đồng tiền xử phạt. Toàn phường có 61/62 tổ dân phố đạt danh hiệu "Tổ dân phố văn hóa", 98% hộ đạt gia đình văn hóa; 4 kiệt, hẻm được công nhận "Kiệt hẻm văn minh".
Nhiều ý kiến tập trung vào tình trạng kinh doanh karaoke gây ồn ào, đậu đỗ xe ô tô trên các tuyến đường nhỏ. Ông Phan Văn Dũng, Tổ trưởng tổ dân phố 45, kiến nghị thành phố sớm có phương án bố trí bãi đỗ xe cho khu vực; bà Lê Thị Bích Thủy, Trưởng ban công tác Mặt trận khu dân cư số 12, phản ánh 37 hộ ở khu tái định cư chưa được cấp giấy chứng nhận quyền sử dụng đất sau hơn 5 năm bố trí.
Cử tri Nguyễn Văn Mười, ở tổ 48, đề nghị thành phố rà soát việc thực hiện Quyết định số 6075/QĐ-UBND ngày 22/8/2014 của UBND thành phố về hỗ trợ hộ nghèo theo chuẩn thành phố, vì nhiều hộ vừa thoát nghèo lại tái nghèo do bệnh tật.
Thay mặt Tổ đại biểu, bà Trần Thị Thanh Tâm tiếp thu, giải trình các ý kiến thuộc thẩm quyền và cam kết chuyển 23 kiến nghị đến các sở, ngành liên quan. Đại diện các sở Xây dựng, Tài nguyên và Môi trường đã trả lời trực tiếp 9 ý kiến tại hội nghị.
Ông Lê Minh Trung đề nghị Ủy ban MTTQ phường tiếp tục phát huy vai trò Ban Thanh tra nhân dân và Ban công tác Mặt trận các tổ dân phố trong giám sát việc thực hiện Chỉ thị số 05/CT-UBND của Chủ tịch UBND thành phố về trật tự, mỹ quan đô thị và chương trình "Thành phố 4 an" mà Đà Nẵng đang triển khai.
Trước đó, sáng cùng ngày, Tổ đại biểu đã tiếp xúc cử tri phường Bình Thuận và phường Hòa Thuận Tây.
VĂN HOÀNG
Lượt xem: 3.208
Tin liên quan
- Tiếp xúc cử tri quận Sơn Trà trước kỳ họp HĐND thành phố (01/12/2016)
- Mặt trận phường Thuận Phước ra mắt tổ tự quản kiệt hẻm (25/11/2016)
- Hải Châu: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (20/11/2016)
""", "2016-12-02", "Cử tri phường Hòa Cường Bắc kiến nghị nhiều vấn đề về trật tự đô thị",
E("hoi_nghi", None, "2016-11-30"),
[P("Trần Thị Thanh Tâm", "Phó Trưởng ban Văn hóa - Xã hội HĐND thành phố"),
 P("Lê Minh Trung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Huỳnh Tấn Vinh", "Chủ tịch UBND phường Hòa Cường Bắc"),
 P("Phan Văn Dũng", "Tổ trưởng tổ dân phố 45"),
 P("Lê Thị Bích Thủy", "Trưởng ban công tác Mặt trận khu dân cư số 12"),
 P("Nguyễn Văn Mười")],
[Q("gần 180 cử tri", 180, "cử tri", "approx"), Q("62 tổ dân phố", 62, "tổ dân phố"), Q("214 hộ", 214, "hộ"),
 Q("1.350 trường hợp", 1350, "trường hợp"), Q("hơn 320 triệu đồng", 320000000, "đồng", "over"),
 Q("61/62 tổ dân phố", 61, "tổ dân phố"), Q("98% hộ", 98, "%"), Q("4 kiệt, hẻm", 4, "kiệt, hẻm"), Q("37 hộ", 37, "hộ"),
 Q("23 kiến nghị", 23, "kiến nghị"), Q("9 ý kiến", 9, "ý kiến")],
[D("Quyết định", "6075", "QĐ-UBND", "2014-08-22", "UBND thành phố", "Quyết định số 6075/QĐ-UBND ngày 22/8/2014"),
 D("Chỉ thị", "05", "CT-UBND", None, "Chủ tịch UBND thành phố", "Chỉ thị số 05/CT-UBND")],
[prov("Đà Nẵng"), com("Hòa Cường Bắc"), com("Bình Thuận"), com("Hòa Thuận Tây")],
["ĐÀ NẴNG ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Đà Nẵng", "Thời sự › Chính trị › Bầu cử - Cử tri",
 "Toàn cảnh buổi tiếp xúc cử tri tại nhà văn hóa tổ 45. Ảnh: VĂN HOÀNG", "Tổ dân phố văn hóa", "Kiệt hẻm văn minh",
 "Thành phố 4 an", "Lượt xem: 3.208"],
["Thứ Sáu, 02/12/2016, 07:30", "kỳ họp thứ 3", "khóa IX", "năm 2016", "tổ dân phố 45", "khu dân cư số 12", "hơn 5 năm", "tổ 48", "4 an", "Lượt xem: 3.208"]))

PAGES.append(page("b4692-hcm-doithoai-khupho-2017", """
Báo Sài Gòn Giải Phóng Online
Chính trị | Xây dựng Đảng | Dân vận
SGGP - Cập nhật lúc 17:20 ngày 23/08/2017
Bí thư Quận ủy Bình Thạnh đối thoại với 180 trưởng khu phố, tổ trưởng tổ dân phố
Ngày 22-8, Ban Thường vụ Quận ủy Bình Thạnh tổ chức buổi đối thoại giữa Bí thư Quận ủy với cán bộ khu phố, tổ dân phố năm 2017 với chủ đề "Cán bộ khu phố - cầu nối giữa Đảng, chính quyền với nhân dân". Đồng chí Lê Thị Hồng Hoa, Ủy viên Ban Chấp hành Đảng bộ TP Hồ Chí Minh, Bí thư Quận ủy Bình Thạnh chủ trì, cùng 180 trưởng khu phố, tổ trưởng tổ dân phố của 20 phường.
Bí thư Quận ủy Bình Thạnh Lê Thị Hồng Hoa trả lời ý kiến của cán bộ khu phố. Ảnh: THU HƯỜNG
Tại buổi đối thoại, nhiều trưởng khu phố phản ánh chế độ bồi dưỡng chưa tương xứng với khối lượng công việc: mỗi tổ trưởng chỉ được hỗ trợ 600.000 đồng/tháng trong khi phải quản lý từ 80 hộ trở lên, vừa làm công tác dân số, vừa thu quỹ, vận động tham gia bảo hiểm y tế. Ông Trịnh Công Lý, Bí thư Chi bộ, Trưởng ban điều hành khu phố 3, phường 25, cho biết khu phố có 1.120 hộ thì gần 40% là người thuê trọ, rất khó vận động tham gia sinh hoạt.
Bà Châu Thị Muối, Tổ trưởng tổ dân phố 71, khu phố 2, phường 13, đề nghị quận sớm giải quyết tình trạng ngập nước trên đường Nơ Trang Long, đã kiến nghị 3 lần nhưng chưa xử lý dứt điểm. Ông Thạch Sô Phal, người Khmer, Tổ phó tổ dân phố 14, phường 26, đề nghị có hình thức khen thưởng kịp thời cho những tổ dân phố làm tốt công tác an ninh trật tự.
Trả lời các ý kiến, đồng chí Lê Thị Hồng Hoa cho biết quận đã đề xuất thành phố điều chỉnh mức hỗ trợ theo Quyết định số 1360/QĐ-UBND ngày 25/3/2017 của UBND thành phố; đồng thời giao UBND quận rà soát, trả lời bằng văn bản 27 kiến nghị trong tháng 9. Đồng chí Nguyễn Văn Bình, Quận ủy viên, Trưởng Ban Dân vận Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận, thông tin quận đang triển khai Chương trình hành động số 12-CTr/QU thực hiện cuộc vận động "Người dân TP Hồ Chí Minh rèn luyện, nâng cao ý thức, trách nhiệm công dân, xây dựng nếp sống văn minh đô thị".
Kết thúc đối thoại, Bí thư Quận ủy đề nghị mỗi khu phố chọn ít nhất 1 tuyến hẻm làm điểm "Hẻm văn minh - an toàn", phấn đấu đến cuối năm có 100 tuyến hẻm được công nhận trên toàn quận.
Theo Ban Dân vận Quận ủy, đây là lần thứ 4 quận tổ chức đối thoại trực tiếp với cán bộ khu phố; qua 3 lần trước, đã có 86/92 kiến nghị được giải quyết dứt điểm.
THU HƯỜNG
Lượt đọc: 4.815
Các tin khác
- Quận 10: Trao 200 suất học bổng cho học sinh nghèo (21/08/2017)
- Mặt trận TP giám sát việc thu phí rác tại khu phố (18/08/2017)
- Phường 25 ra mắt mô hình "Khu phố không rác" (10/08/2017)
""", "2017-08-23", "Bí thư Quận ủy Bình Thạnh đối thoại với 180 trưởng khu phố, tổ trưởng tổ dân phố",
E("doi_thoai", "2017", "2017-08-22"),
[P("Lê Thị Hồng Hoa", "Ủy viên Ban Chấp hành Đảng bộ TP Hồ Chí Minh", "Bí thư Quận ủy Bình Thạnh"),
 P("Trịnh Công Lý", "Bí thư Chi bộ", "Trưởng ban điều hành khu phố 3"),
 P("Châu Thị Muối", "Tổ trưởng tổ dân phố 71"),
 P("Thạch Sô Phal", "Tổ phó tổ dân phố 14"),
 P("Nguyễn Văn Bình", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận")],
[Q("180 trưởng khu phố, tổ trưởng tổ dân phố", 180, "trưởng khu phố, tổ trưởng tổ dân phố"), Q("20 phường", 20, "phường"),
 Q("600.000 đồng/tháng", 600000, "đồng"), Q("từ 80 hộ trở lên", 80, "hộ", "over"), Q("1.120 hộ", 1120, "hộ"),
 Q("gần 40%", 40, "%", "approx"), Q("27 kiến nghị", 27, "kiến nghị"), Q("ít nhất 1 tuyến hẻm", 1, "tuyến hẻm", "over"),
 Q("100 tuyến hẻm", 100, "tuyến hẻm"), Q("86/92 kiến nghị", 86, "kiến nghị")],
[D("Quyết định", "1360", "QĐ-UBND", "2017-03-25", "UBND thành phố", "Quyết định số 1360/QĐ-UBND ngày 25/3/2017"),
 D("Chương trình hành động", "12", "CTr/QU", None, None, "Chương trình hành động số 12-CTr/QU")],
[prov("Hồ Chí Minh"), com("phường 25"), com("phường 13"), com("phường 26")],
["Báo Sài Gòn Giải Phóng Online", "Chính trị | Xây dựng Đảng | Dân vận", "SGGP",
 "Bí thư Quận ủy Bình Thạnh Lê Thị Hồng Hoa trả lời ý kiến của cán bộ khu phố. Ảnh: THU HƯỜNG",
 "Cán bộ khu phố - cầu nối giữa Đảng, chính quyền với nhân dân",
 "Người dân TP Hồ Chí Minh rèn luyện, nâng cao ý thức, trách nhiệm công dân, xây dựng nếp sống văn minh đô thị",
 "Hẻm văn minh - an toàn", "Lượt đọc: 4.815"],
["SGGP - Cập nhật lúc 17:20 ngày 23/08/2017", "năm 2017", "3 lần", "tháng 9", "lần thứ 4", "khu phố 3", "tổ dân phố 71", "khu phố 2", "tổ dân phố 14", "Lượt đọc: 4.815"]))

PAGES.append(page("b4693-hanoi-giamsat-trattudothi-2018", """
MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HÀ NỘI
Vị trí: Trang chủ / Hoạt động Mặt trận / Giám sát - Phản biện
Thứ Năm, 14/06/2018 - 10:05
MTTQ phường Thượng Đình giám sát việc giữ gìn trật tự, vệ sinh tại các tổ dân phố
Thực hiện Kế hoạch số 11/KH-MTTQ-BTT ngày 2/3/2018 của Ban Thường trực Ủy ban MTTQ Việt Nam quận Thanh Xuân, ngày 12/6, đoàn giám sát của Ủy ban MTTQ Việt Nam phường Thượng Đình do ông Đỗ Mạnh Cường, Chủ tịch Ủy ban MTTQ Việt Nam phường làm trưởng đoàn đã tiến hành giám sát việc thực hiện Quy tắc ứng xử nơi công cộng và công tác giữ gìn trật tự, vệ sinh môi trường tại 3 tổ dân phố số 4, 9 và 17.
Đoàn giám sát làm việc tại tổ dân phố số 9.
Tham gia đoàn có đại diện Ban Thanh tra nhân dân, Hội Cựu chiến binh, Hội Liên hiệp Phụ nữ phường và các Trưởng ban công tác Mặt trận: Nguyễn Thị Xuân, Vương Đình Tuấn, Lại Thị Hương.
Qua giám sát cho thấy, 3 tổ dân phố đã tổ chức cho 100% hộ ký cam kết thực hiện Quy tắc ứng xử nơi công cộng trên địa bàn thành phố Hà Nội ban hành kèm theo Quyết định số 1665/QĐ-UBND ngày 10/3/2017 của UBND thành phố; duy trì lịch tổng vệ sinh vào sáng thứ Bảy hằng tuần với sự tham gia của khoảng 350 người dân. Tổ dân phố số 4 đã vận động 28 hộ tự tháo dỡ bục bệ, mái che lấn chiếm ngõ 214, mở rộng lối đi thêm gần 1,2 m.
Tuy nhiên, đoàn cũng chỉ ra một số tồn tại: vẫn còn 11 hộ kinh doanh ăn uống để bàn ghế tràn ra vỉa hè; tình trạng đổ phế thải xây dựng không đúng nơi quy định xảy ra ở 2 điểm thuộc tổ dân phố số 17; việc thu phí vệ sinh tại một số tổ chưa công khai, chưa có sổ sách theo dõi.
Ông Tạ Quang Huy, Tổ trưởng tổ dân phố số 17, tiếp thu và cam kết trong tháng 7 sẽ phối hợp Công an phường, lực lượng trật tự đô thị xử lý dứt điểm 2 điểm đổ phế thải. Bà Khuất Thị Minh, Phó Chủ tịch UBND phường Thượng Đình, ghi nhận các kiến nghị của đoàn và giao Ủy ban nhân dân phường xây dựng phương án bố trí điểm tập kết rác tạm thời.
Kết luận buổi giám sát, ông Đỗ Mạnh Cường đề nghị các tổ dân phố gắn việc thực hiện Quy tắc ứng xử với Chỉ thị số 04-CT/TU ngày 20/1/2017 của Ban Thường vụ Thành ủy Hà Nội về "Năm trật tự và văn minh đô thị", và với Nghị quyết liên tịch số 01, 02/NQLT-MT-UBND của Ủy ban MTTQ và UBND phường về phối hợp giữ gìn vệ sinh khu dân cư. Đoàn sẽ có văn bản kiến nghị gửi UBND phường trong vòng 10 ngày.
Đây là cuộc giám sát thứ 2 trong số 4 cuộc giám sát chuyên đề mà Mặt trận phường thực hiện trong năm nay.
Thu Hương - Ban Tuyên giáo MTTQ quận
Lượt truy cập: 612
Tin khác
- Phường Khương Trung ra mắt tuyến phố văn minh (10/06/2018)
- Thanh Xuân tổ chức hội nghị Ban công tác Mặt trận giỏi (05/06/2018)
- MTTQ quận giám sát thực hiện dân chủ ở cơ sở tại phường Nhân Chính (30/05/2018)
""", "2018-06-14", "MTTQ phường Thượng Đình giám sát việc giữ gìn trật tự, vệ sinh tại các tổ dân phố",
E("giam_sat", None, "2018-06-12"),
[P("Đỗ Mạnh Cường", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Thị Xuân", "Trưởng ban công tác Mặt trận"),
 P("Vương Đình Tuấn", "Trưởng ban công tác Mặt trận"),
 P("Lại Thị Hương", "Trưởng ban công tác Mặt trận"),
 P("Tạ Quang Huy", "Tổ trưởng tổ dân phố số 17"),
 P("Khuất Thị Minh", "Phó Chủ tịch UBND phường Thượng Đình")],
[Q("3 tổ dân phố", 3, "tổ dân phố"), Q("100% hộ", 100, "%"), Q("khoảng 350 người dân", 350, "người dân", "approx"),
 Q("28 hộ", 28, "hộ"), Q("gần 1,2 m", 1.2, "m", "approx"), Q("11 hộ kinh doanh ăn uống", 11, "hộ kinh doanh ăn uống"),
 Q("2 điểm", 2, "điểm"), Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề")],
[D("Kế hoạch", "11", "KH-MTTQ-BTT", "2018-03-02", "Ban Thường trực Ủy ban MTTQ Việt Nam quận Thanh Xuân", "Kế hoạch số 11/KH-MTTQ-BTT ngày 2/3/2018"),
 D("Quyết định", "1665", "QĐ-UBND", "2017-03-10", "UBND thành phố", "Quyết định số 1665/QĐ-UBND ngày 10/3/2017"),
 D("Chỉ thị", "04", "CT/TU", "2017-01-20", "Ban Thường vụ Thành ủy Hà Nội", "Chỉ thị số 04-CT/TU ngày 20/1/2017"),
 D("Nghị quyết liên tịch", "01", "NQLT-MT-UBND", None, "Ủy ban MTTQ và UBND phường", "Nghị quyết liên tịch số 01, 02/NQLT-MT-UBND"),
 D("Nghị quyết liên tịch", "02", "NQLT-MT-UBND", None, "Ủy ban MTTQ và UBND phường", "Nghị quyết liên tịch số 01, 02/NQLT-MT-UBND")],
[prov("Hà Nội"), com("Thượng Đình")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HÀ NỘI", "Vị trí: Trang chủ / Hoạt động Mặt trận / Giám sát - Phản biện",
 "Đoàn giám sát làm việc tại tổ dân phố số 9.", "Quy tắc ứng xử nơi công cộng", "Năm trật tự và văn minh đô thị",
 "Lượt truy cập: 612"],
["Thứ Năm, 14/06/2018 - 10:05", "tổ dân phố số 4, 9 và 17", "ngõ 214", "tổ dân phố số 17", "tháng 7", "trong vòng 10 ngày",
 "cuộc giám sát thứ 2", "Lượt truy cập: 612"]))

PAGES.append(page("b4694-haiphong-daihoi-mttqphuong-2019", """
Cổng Thông tin điện tử quận Lê Chân - Hải Phòng
Tin tức sự kiện :: Mặt trận - Đoàn thể :: Đại hội MTTQ các cấp
Ngày 08/05/2019 | 09:15
Đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Đức Anh
Đại hội đại biểu MTTQ Việt Nam phường Dư Hàng Kênh lần thứ XII, nhiệm kỳ 2019 - 2024
Ngày 6/5/2019, Ủy ban MTTQ Việt Nam phường Dư Hàng Kênh long trọng tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2019 - 2024 - đại hội điểm cấp phường của quận Lê Chân. Dự đại hội có các đồng chí: Đặng Thị Kim Liên, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận; Nguyễn Hữu Thắng, Bí thư Đảng ủy phường, cùng 120 đại biểu đại diện cho hơn 15.600 nhân dân của 46 tổ dân phố.
Nhiệm kỳ 2014 - 2019, các Ban công tác Mặt trận ở 46 tổ dân phố đã phát huy vai trò nòng cốt trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Nhân dân đóng góp trên 5,3 tỷ đồng, hiến 1.150 m2 đất để mở rộng 23 ngõ, xây mới 6 nhà văn hóa tổ dân phố; Quỹ "Vì người nghèo" vận động được 742 triệu đồng, giúp 58 hộ thoát nghèo. Tỷ lệ hộ gia đình văn hóa đạt 95,8%, 43/46 tổ dân phố đạt danh hiệu tổ dân phố văn hóa liên tục nhiều năm. Công tác giám sát, phản biện xã hội theo Quyết định 217-QĐ/TW của Bộ Chính trị được triển khai với 28 cuộc giám sát.
Phát biểu chỉ đạo, đồng chí Đặng Thị Kim Liên đề nghị Mặt trận phường nhiệm kỳ tới chú trọng đổi mới nội dung sinh hoạt của Ban công tác Mặt trận, phát huy vai trò của tổ trưởng tổ dân phố, người có uy tín trong khu dân cư; thực hiện tốt Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và đảng viên.
Đại hội đã hiệp thương cử 47 vị vào Ủy ban MTTQ Việt Nam phường khóa XII và cử 11 đại biểu đi dự Đại hội MTTQ Việt Nam quận lần thứ XXII. Tại hội nghị lần thứ nhất, bà Vũ Thị Thúy Nga được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường Dư Hàng Kênh khóa XII; các ông Phạm Đức Toàn, Trần Văn Hậu được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam phường.
Đại hội cũng thông qua Chương trình hành động nhiệm kỳ 2019 - 2024 với 5 chương trình trọng tâm; phấn đấu hằng năm có từ 95% hộ gia đình văn hóa trở lên, 100% tổ dân phố duy trì tổ an ninh tự quản, và ít nhất 3 mô hình "Dân vận khéo" được nhân rộng.
Phát biểu nhận nhiệm vụ, bà Vũ Thị Thúy Nga cảm ơn sự tín nhiệm của đại hội và khẳng định sẽ cùng tập thể Ủy ban tiếp tục làm tốt vai trò "cầu nối" giữa Đảng, chính quyền với nhân dân khu phố.
Đức Anh
Số lượt xem: 1.027
Tin liên quan
- Phường Vĩnh Niệm tổ chức Đại hội MTTQ nhiệm kỳ 2019 - 2024 (05/05/2019)
- Quận Lê Chân hướng dẫn tổ chức Đại hội MTTQ cấp phường (20/03/2019)
- Hội nghị tổng kết 5 năm cuộc vận động tại phường Niệm Nghĩa (15/01/2019)
""", "2019-05-08", "Đại hội đại biểu MTTQ Việt Nam phường Dư Hàng Kênh lần thứ XII, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-05-06"),
[P("Đặng Thị Kim Liên", "Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Nguyễn Hữu Thắng", "Bí thư Đảng ủy phường"),
 P("Vũ Thị Thúy Nga", "Chủ tịch Ủy ban MTTQ Việt Nam phường Dư Hàng Kênh khóa XII"),
 P("Phạm Đức Toàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Trần Văn Hậu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 15.600 nhân dân", 15600, "nhân dân", "over"), Q("46 tổ dân phố", 46, "tổ dân phố"),
 Q("trên 5,3 tỷ đồng", 5300000000, "đồng", "over"), Q("1.150 m2", 1150, "m2"), Q("23 ngõ", 23, "ngõ"),
 Q("6 nhà văn hóa tổ dân phố", 6, "nhà văn hóa tổ dân phố"), Q("742 triệu đồng", 742000000, "đồng"), Q("58 hộ", 58, "hộ"),
 Q("95,8%", 95.8, "%"), Q("43/46 tổ dân phố", 43, "tổ dân phố"), Q("28 cuộc giám sát", 28, "cuộc giám sát"),
 Q("47 vị", 47, "vị"), Q("11 đại biểu", 11, "đại biểu"), Q("5 chương trình trọng tâm", 5, "chương trình trọng tâm"),
 Q("từ 95% hộ gia đình văn hóa trở lên", 95, "%", "over"), Q("100% tổ dân phố", 100, "%"),
 Q("ít nhất 3 mô hình", 3, "mô hình", "over")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Hải Phòng"), com("Dư Hàng Kênh")],
["Cổng Thông tin điện tử quận Lê Chân - Hải Phòng", "Tin tức sự kiện :: Mặt trận - Đoàn thể :: Đại hội MTTQ các cấp",
 "Đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Đức Anh",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Dân vận khéo", "cầu nối", "Số lượt xem: 1.027"],
["Ngày 08/05/2019 | 09:15", "lần thứ XII", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "khóa XII", "lần thứ XXII", "lần thứ nhất", "Số lượt xem: 1.027"]))

PAGES.append(page("b4695-danang-ngayhoi-daidoanket-2019", """
BÁO ĐÀ NẴNG ĐIỆN TỬ
Trang chủ > Xã hội > Đô thị
Cập nhật: 16:05, 15/11/2019 (GMT+7)
Ảnh: Bí thư Thành ủy cùng bà con tổ dân phố 32 vui Ngày hội.
Ấm áp ngày hội của khu dân cư ven biển
Chiều 14/11, tại khu dân cư số 7 (tổ dân phố 32, 33 và 34), phường An Hải Bắc, quận Sơn Trà, Ủy ban MTTQ Việt Nam phường tổ chức Ngày hội Đại đoàn kết toàn dân tộc nhân kỷ niệm 89 năm Ngày truyền thống MTTQ Việt Nam (18/11/1930 - 18/11/2019). Đến chung vui với bà con có đồng chí Võ Công Thành, Ủy viên Trung ương Đảng, Bí thư Thành ủy Đà Nẵng; đồng chí Lê Văn Truyền, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Khu dân cư số 7 có 612 hộ với hơn 2.400 nhân khẩu, phần lớn làm nghề biển và buôn bán nhỏ. Theo bà Ngô Thị Thu Sương, Trưởng ban công tác Mặt trận khu dân cư số 7, năm 2019 bà con đã góp 186 triệu đồng và 640 ngày công để bê tông hóa 3 kiệt, lắp 48 bóng đèn năng lượng mặt trời; 597/612 hộ đạt danh hiệu Gia đình văn hóa. Khu dân cư không có người nghiện ma túy mới, không có trẻ em bỏ học, không có người lang thang xin ăn - hoàn thành các tiêu chí "5 không" của thành phố. Tổ dân phố 33 duy trì 2 tổ tự quản môi trường bãi biển với 24 thành viên, tham gia nhặt rác mỗi sáng Chủ nhật.
Phát biểu tại ngày hội, đồng chí Võ Công Thành biểu dương tinh thần đoàn kết của bà con và đề nghị khu dân cư tiếp tục thực hiện tốt Nghị quyết số 43-NQ/TW ngày 24/1/2019 của Bộ Chính trị về xây dựng và phát triển thành phố Đà Nẵng đến năm 2030, tầm nhìn đến năm 2045, cũng như cuộc vận động "Người Đà Nẵng nói lời hay, làm việc tốt".
Dịp này, Ủy ban MTTQ Việt Nam thành phố trao tặng 30 suất quà, mỗi suất trị giá 1 triệu đồng, cho các hộ có hoàn cảnh khó khăn; một doanh nghiệp trao 2 nhà "Đại đoàn kết" trị giá 50 triệu đồng/căn. Ban tổ chức khen thưởng 15 hộ gia đình tiêu biểu và 4 tổ dân phố có nhiều thành tích trong cuộc vận động.
Cùng với phần lễ, bà con tham gia các trò chơi dân gian, hội thi nấu ăn và văn nghệ do chính người dân 3 tổ dân phố dàn dựng. Ông Lê Văn Ba, 81 tuổi, tổ dân phố 34, chia sẻ: "Năm nào cũng có ngày hội, nhưng năm nay được Bí thư Thành ủy về ăn cơm cùng bà con, ai cũng phấn khởi".
Cùng ngày, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố: Nguyễn Thị Kim Hiền, Trần Văn Phước dự ngày hội tại phường Hòa Khánh Nam và phường Hòa Quý.
Theo kế hoạch, từ ngày 1 đến 18/11, 100% khu dân cư trên địa bàn thành phố tổ chức ngày hội.
Ý Như
Lượt xem: 2.054
Tin khác
- Thanh Khê: Ngày hội Đại đoàn kết tại 40 khu dân cư (13/11/2019)
- Mặt trận thành phố trao 500 suất quà cho hộ nghèo (10/11/2019)
- Phường Hòa Cường Nam ra mắt khu dân cư kiểu mẫu (05/11/2019)
""", "2019-11-15", "Ấm áp ngày hội của khu dân cư ven biển",
E("khac", None, "2019-11-14"),
[P("Võ Công Thành", "Ủy viên Trung ương Đảng", "Bí thư Thành ủy Đà Nẵng", "Bí thư Thành ủy"),
 P("Lê Văn Truyền", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Ngô Thị Thu Sương", "Trưởng ban công tác Mặt trận khu dân cư số 7"),
 P("Lê Văn Ba"),
 P("Nguyễn Thị Kim Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Văn Phước", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("612 hộ", 612, "hộ"), Q("hơn 2.400 nhân khẩu", 2400, "nhân khẩu", "over"), Q("186 triệu đồng", 186000000, "đồng"),
 Q("640 ngày công", 640, "ngày công"), Q("3 kiệt", 3, "kiệt"), Q("48 bóng đèn năng lượng mặt trời", 48, "bóng đèn năng lượng mặt trời"),
 Q("597/612 hộ", 597, "hộ"), Q("2 tổ tự quản môi trường bãi biển", 2, "tổ tự quản môi trường bãi biển"), Q("24 thành viên", 24, "thành viên"),
 Q("30 suất quà", 30, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("2 nhà \"Đại đoàn kết\"", 2, "nhà \"Đại đoàn kết\""),
 Q("50 triệu đồng/căn", 50000000, "đồng"), Q("15 hộ gia đình tiêu biểu", 15, "hộ gia đình tiêu biểu"),
 Q("4 tổ dân phố", 4, "tổ dân phố"), Q("100% khu dân cư", 100, "%")],
[D("Nghị quyết", "43", "NQ/TW", "2019-01-24", "Bộ Chính trị", "Nghị quyết số 43-NQ/TW ngày 24/1/2019")],
[prov("Đà Nẵng"), com("An Hải Bắc"), com("Hòa Khánh Nam"), com("Hòa Quý")],
["BÁO ĐÀ NẴNG ĐIỆN TỬ", "Trang chủ > Xã hội > Đô thị", "Ảnh: Bí thư Thành ủy cùng bà con tổ dân phố 32 vui Ngày hội.",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Người Đà Nẵng nói lời hay, làm việc tốt", "Gia đình văn hóa", "Lượt xem: 2.054"],
["Cập nhật: 16:05, 15/11/2019 (GMT+7)", "khu dân cư số 7", "tổ dân phố 32, 33 và 34", "89 năm", "18/11/1930 - 18/11/2019",
 "năm 2019", "5 không", "Tổ dân phố 33", "81 tuổi", "tổ dân phố 34", "đến năm 2030", "đến năm 2045", "từ ngày 1 đến 18/11", "Lượt xem: 2.054"]))

PAGES.append(page("b4696-hcm-mttq-khupho-soket-2020", """
ỦY BAN MTTQ VIỆT NAM QUẬN 10 - THÀNH PHỐ HỒ CHÍ MINH
Trang chủ / Tin tức / Hoạt động Mặt trận
Hôm nay: Thứ Ba, 14/07/2020
10/07/2020 08:30 GMT+7
Khu phố, tổ dân phố - "lá chắn" phòng, chống dịch Covid-19
Ngày 8/7/2020, Ủy ban MTTQ Việt Nam quận 10 tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Chủ trì hội nghị có đồng chí Hồ Thị Ngọc Trâm, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận 10; dự có đồng chí Lý Văn Cường, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy.
Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tại 15 điểm cầu phường. Ảnh: MINH QUÂN
Báo cáo sơ kết cho thấy, trong đợt cao điểm phòng, chống dịch Covid-19, Ban công tác Mặt trận ở 66 khu phố và 1.287 tổ dân phố đã cùng tổ Covid cộng đồng rà soát từng hộ, phát hiện, báo cáo 1.416 người từ vùng dịch về địa phương. Mặt trận các cấp tiếp nhận ủng hộ phòng, chống dịch gần 8,7 tỷ đồng và 42 tấn gạo; vận hành 9 "ATM gạo", 23 điểm "Chia sẻ yêu thương" tại các khu phố; trao 12.500 phần quà cho người lao động mất việc, người bán vé số, hộ nghèo. Có 2.318 hộ kinh doanh, 146 doanh nghiệp và 37 cơ sở tôn giáo tham gia ủng hộ.
Thực hiện Nghị quyết số 42/NQ-CP của Chính phủ và Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ, các tổ dân phố đã phối hợp rà soát, lập danh sách 4.635 người lao động tự do đủ điều kiện hỗ trợ; niêm yết công khai tại 100% khu phố.
Bà Phan Thị Kim Loan, Trưởng ban công tác Mặt trận khu phố 5, phường 12, và ông Vương Chí Kiệt, người Hoa, Tổ trưởng tổ dân phố 41, phường 11, chia sẻ kinh nghiệm vận động tiểu thương chợ Nguyễn Tri Phương thực hiện nghiêm việc đeo khẩu trang, giãn cách. Ông Kiệt cho biết tổ đã lập nhóm Zalo với 96 thành viên là đại diện các hộ để thông tin nhanh. Nhiều ý kiến đề nghị quận sớm có chế độ hỗ trợ cho thành viên tổ Covid cộng đồng, vì phần lớn là người cao tuổi, làm việc tự nguyện.
6 tháng cuối năm, Mặt trận quận tập trung tổ chức lấy ý kiến nhân dân góp ý dự thảo văn kiện Đại hội Đảng bộ TP Hồ Chí Minh lần thứ XI tại các khu phố; vận động Quỹ "Vì người nghèo" đạt ít nhất 3 tỷ đồng; triển khai Kế hoạch số 24/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố về xây dựng "Khu phố văn minh đô thị".
Dịp này, Ủy ban MTTQ Việt Nam quận 10 tặng giấy khen cho 28 tập thể và 41 cá nhân có thành tích trong phòng, chống dịch, trong đó có 9 Ban công tác Mặt trận khu phố.
Hoàng Oanh
Lượt xem: 1.776
Tin cùng chuyên mục
- Phường 14 tổ chức hội nghị góp ý văn kiện (06/07/2020)
- Quận 10 trao 1.000 phần quà cho lao động tự do (25/06/2020)
- Ra mắt "ATM gạo" tại khu phố 3, phường 9 (10/04/2020)
""", "2020-07-10", "Khu phố, tổ dân phố - \"lá chắn\" phòng, chống dịch Covid-19",
E("so_ket", "2020-H1", "2020-07-08"),
[P("Hồ Thị Ngọc Trâm", "Quận ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam quận 10"),
 P("Lý Văn Cường", "Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Dân vận Quận ủy"),
 P("Phan Thị Kim Loan", "Trưởng ban công tác Mặt trận khu phố 5"),
 P("Vương Chí Kiệt", "Tổ trưởng tổ dân phố 41")],
[Q("15 điểm cầu phường", 15, "điểm cầu phường"), Q("66 khu phố", 66, "khu phố"), Q("1.287 tổ dân phố", 1287, "tổ dân phố"),
 Q("1.416 người", 1416, "người"), Q("gần 8,7 tỷ đồng", 8700000000, "đồng", "approx"), Q("42 tấn gạo", 42, "tấn"),
 Q("9 \"ATM gạo\"", 9, "\"ATM gạo\""), Q("23 điểm", 23, "điểm"), Q("12.500 phần quà", 12500, "phần quà"),
 Q("2.318 hộ kinh doanh", 2318, "hộ kinh doanh"), Q("146 doanh nghiệp", 146, "doanh nghiệp"),
 Q("37 cơ sở tôn giáo", 37, "cơ sở tôn giáo"), Q("4.635 người lao động tự do", 4635, "người lao động tự do"),
 Q("100% khu phố", 100, "%"), Q("96 thành viên", 96, "thành viên"), Q("ít nhất 3 tỷ đồng", 3000000000, "đồng", "over"),
 Q("28 tập thể", 28, "tập thể"), Q("41 cá nhân", 41, "cá nhân"), Q("9 Ban công tác Mặt trận khu phố", 9, "Ban công tác Mặt trận khu phố")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg"),
 D("Kế hoạch", "24", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 24/KH-MTTQ-BTT")],
[prov("Hồ Chí Minh"), com("phường 12"), com("phường 11")],
["ỦY BAN MTTQ VIỆT NAM QUẬN 10 - THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ / Tin tức / Hoạt động Mặt trận",
 "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tại 15 điểm cầu phường. Ảnh: MINH QUÂN",
 "lá chắn", "ATM gạo", "Chia sẻ yêu thương", "Vì người nghèo", "Khu phố văn minh đô thị", "Lượt xem: 1.776"],
["Hôm nay: Thứ Ba, 14/07/2020", "10/07/2020 08:30 GMT+7", "Covid-19", "6 tháng đầu năm 2020", "6 tháng cuối năm",
 "lần thứ XI", "khu phố 5", "tổ dân phố 41", "Lượt xem: 1.776"]))
