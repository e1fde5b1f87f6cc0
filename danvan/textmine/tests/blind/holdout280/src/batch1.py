from lib import *
PAGES = []

PAGES.append(page("b6677-phutho-tienkien-giaoban-2011", """
ĐÀI TRUYỀN THANH XÃ TIÊN KIÊN - HUYỆN LÂM THAO - TỈNH PHÚ THỌ
Trang chủ > Tin tức - Sự kiện > Bản tin truyền thanh
Thứ Tư, 05/10/2011 - 07:30
Bản tin truyền thanh xã Tiên Kiên: Giao ban khối dân vận quý III
Kính thưa toàn thể nhân dân trong xã! Mời bà con nghe bản tin truyền thanh buổi sáng hôm nay với những nội dung chính sau đây.
Tin thứ nhất: Chiều 03/10, Đảng ủy xã Tiên Kiên tổ chức giao ban khối dân vận quý III năm 2011. Đồng chí Nguyễn Văn Hưng, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì. Dự giao ban có 27 đồng chí là trưởng các đoàn thể, bí thư chi bộ và trưởng 11 khu dân cư.
Trong quý III, khối dân vận đã phối hợp tuyên truyền Chỉ thị số 15-CT/HU ngày 12/7/2011 của Ban Thường vụ Huyện ủy Lâm Thao về tăng cường công tác dân vận trong xây dựng nông thôn mới; vận động nhân dân hiến 1.350 m2 đất mở rộng đường trục xã, đóng góp 415 triệu đồng và hơn 2.000 ngày công. Các chi hội phụ nữ kết nạp 36 hội viên mới; Hội Nông dân xã hướng dẫn 120 hộ chuyển sang trồng rau an toàn theo hướng VietGAP.
Tuy vậy, việc nắm tình hình ở một số khu dân cư còn chậm, còn 3 vụ việc tranh chấp đất đai giữa các hộ liền kề chưa được hòa giải dứt điểm.
Phát biểu kết luận, đồng chí Nguyễn Văn Hưng đề nghị quý IV các đoàn thể bám sát Kế hoạch số 09-KH/ĐU của Đảng ủy xã về thực hiện Quy chế dân vận năm 2011, chú trọng hòa giải ngay tại cơ sở, không để phát sinh đơn thư vượt cấp.
Tin thứ hai: Hội Cựu chiến binh xã vừa trao 2 suất quà, mỗi suất trị giá 500.000 đồng, cho hội viên ốm đau ở khu 4 và khu 7. Ông Đỗ Văn Lực, Chủ tịch Hội Cựu chiến binh xã, cho biết từ đầu năm đến nay Hội đã thăm hỏi 14 lượt hội viên với tổng số tiền gần 6 triệu đồng.
Tin thứ ba: Thực hiện Hướng dẫn số 07-HD/BDVHU của Ban Dân vận Huyện ủy, từ ngày 10 đến 15/10, Ủy ban MTTQ xã kiểm tra hoạt động của các Ban công tác Mặt trận ở khu dân cư. Bà Phan Thị Thanh, Chủ tịch Ủy ban MTTQ xã, đề nghị các khu chuẩn bị đầy đủ sổ sách, báo cáo kết quả cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Tin thứ tư: Thông báo của UBND xã về tiêm phòng vụ thu theo hướng dẫn của Chi cục Thú y tỉnh Phú Thọ. Từ ngày 07 đến 12/10, thú y xã tiêm vắc xin lở mồm long móng cho đàn gia súc. Toàn xã có khoảng 850 con trâu, bò cần tiêm. Ông Lê Quang Vinh, cán bộ thú y xã, đề nghị các hộ chăn nuôi nhốt gia súc tại chuồng vào buổi sáng để việc tiêm được thuận lợi.
Bản tin truyền thanh đến đây là kết thúc. Cảm ơn bà con đã chú ý lắng nghe!
Biên tập: Hà Thu
Tin khác
- Tiên Kiên ra quân làm đường giao thông nông thôn (28/09/2011)
- Hội Phụ nữ xã tổ chức hội thi "Nữ công gia chánh" (21/09/2011)
- Lịch trực phòng chống lụt bão năm 2011 (15/09/2011)
""", "2011-10-05", "Bản tin truyền thanh xã Tiên Kiên: Giao ban khối dân vận quý III",
E("giao_ban", "2011-Q3", "2011-10-03"),
[P("Nguyễn Văn Hưng", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Đỗ Văn Lực", "Chủ tịch Hội Cựu chiến binh xã"),
 P("Phan Thị Thanh", "Chủ tịch Ủy ban MTTQ xã"),
 P("Lê Quang Vinh", "cán bộ thú y xã")],
[Q("27 đồng chí", 27, "đồng chí"), Q("11 khu dân cư", 11, "khu dân cư"), Q("1.350 m2", 1350, "m2"),
 Q("415 triệu đồng", 415000000, "đồng"), Q("hơn 2.000 ngày công", 2000, "ngày công", "over"),
 Q("36 hội viên mới", 36, "hội viên mới"), Q("120 hộ", 120, "hộ"), Q("3 vụ việc tranh chấp đất đai", 3, "vụ việc tranh chấp đất đai"),
 Q("2 suất quà", 2, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("14 lượt hội viên", 14, "lượt hội viên"),
 Q("gần 6 triệu đồng", 6000000, "đồng", "approx"), Q("khoảng 850 con trâu, bò", 850, "con trâu, bò", "approx")],
[D("Chỉ thị", "15", "CT/HU", "2011-07-12", "Ban Thường vụ Huyện ủy Lâm Thao", "Chỉ thị số 15-CT/HU ngày 12/7/2011"),
 D("Kế hoạch", "09", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 09-KH/ĐU"),
 D("Hướng dẫn", "07", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 07-HD/BDVHU")],
[prov("Phú Thọ"), com("Tiên Kiên")],
["ĐÀI TRUYỀN THANH XÃ TIÊN KIÊN - HUYỆN LÂM THAO - TỈNH PHÚ THỌ", "Trang chủ > Tin tức - Sự kiện > Bản tin truyền thanh",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Quy chế dân vận", "VietGAP"],
["Thứ Tư, 05/10/2011 - 07:30", "27 đồng chí", "quý III năm 2011", "quý IV", "Tin thứ nhất", "khu 4", "khu 7",
 "từ ngày 10 đến 15/10", "Từ ngày 07 đến 12/10"]))

PAGES.append(page("b6678-nghean-nghiphong-tongket-2012", """
Cổng thông tin điện tử xã Nghi Phong
Nghi Phong - Nghi Lộc - Nghệ An
Bạn đang ở: Trang chủ / Đài truyền thanh / Chương trình phát thanh
CHƯƠNG TRÌNH PHÁT THANH NGÀY 20 THÁNG 12 NĂM 2012
Mặt trận xã Nghi Phong tổng kết năm 2012, bầu chọn 5 khu dân cư tiêu biểu
Ngày đăng 20/12/2012 | 06:45
Thưa bà con! Sau đây, Đài truyền thanh xã xin điểm lại một số tin đáng chú ý trong tuần.
* Ngày 18/12, Ủy ban MTTQ xã tổ chức hội nghị tổng kết công tác Mặt trận năm 2012, triển khai chương trình phối hợp và thống nhất hành động năm 2013. Đồng chí Hoàng Văn Tuấn, Chủ tịch Ủy ban MTTQ xã chủ trì hội nghị; đồng chí Nguyễn Đình Thắng, Bí thư Đảng ủy, Chủ tịch HĐND xã, dự và phát biểu chỉ đạo.
Năm 2012, các tầng lớp nhân dân đã hưởng ứng quỹ "Ngày vì người nghèo" với số tiền 86,5 triệu đồng; từ nguồn quỹ, Mặt trận xã hỗ trợ xây mới 3 nhà đại đoàn kết, mỗi nhà 30 triệu đồng, và sửa chữa 2 nhà cho hộ nghèo. Toàn xã có 1.842 hộ đạt danh hiệu gia đình văn hóa, chiếm 94%; 9/11 xóm giữ vững danh hiệu xóm văn hóa.
Mặt trận đã tổ chức phản biện dự thảo đề án quy hoạch xây dựng nông thôn mới theo Nghị quyết số 05-NQ/ĐU của Đảng ủy xã, tiếp thu 27 ý kiến góp ý của nhân dân. Ban Thanh tra nhân dân giám sát 4 công trình do nhân dân đóng góp, không phát hiện sai phạm.
Thay mặt chủ tịch đoàn, các đồng chí Phó Chủ tịch Ủy ban MTTQ xã: Phạm Thị Lan, Võ Văn Sơn công bố kết quả bầu chọn 5 khu dân cư tiêu biểu và đề nghị tặng giấy khen cho 8 tập thể, 15 cá nhân có thành tích trong cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Phát biểu tại hội nghị, đồng chí Nguyễn Đình Thắng đề nghị năm 2013 Mặt trận tiếp tục thực hiện Chương trình phối hợp số 02/CTPH-MTTQ-UBND giữa Ủy ban MTTQ và UBND xã, phát huy vai trò giám sát của nhân dân.
* Trên biển: Hội Nông dân xã đã vận động 47 chủ tàu tham gia 6 tổ đoàn kết khai thác hải sản. Ông Lê Văn Cảnh, Chủ tịch Hội Nông dân xã, cho biết các tổ đã hỗ trợ nhau lai dắt 3 tàu gặp sự cố, không có thiệt hại về người.
* Thông báo: Từ tháng 1/2013, Chủ tịch UBND xã tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở UBND xã. Bà con có đơn thư, kiến nghị liên hệ Văn phòng UBND xã để được hướng dẫn. Ông Nguyễn Văn Lam, Chủ tịch UBND xã, đề nghị cán bộ các xóm nắm chắc tình hình, giải quyết kịp thời từ cơ sở.
Đài truyền thanh xã Nghi Phong
Các tin khác
- Nghi Phong: ra quân vệ sinh môi trường đón Tết (12/12/2012)
- Họp dân xóm 5 bàn việc làm đường bê tông (05/12/2012)
- Lịch tiêm phòng vụ đông năm 2012 (28/11/2012)
- Hội Người cao tuổi xã ra mắt câu lạc bộ thơ (20/11/2012)
""", "2012-12-20", "Mặt trận xã Nghi Phong tổng kết năm 2012, bầu chọn 5 khu dân cư tiêu biểu",
E("tong_ket", "2012", "2012-12-18"),
[P("Hoàng Văn Tuấn", "Chủ tịch Ủy ban MTTQ xã"),
 P("Nguyễn Đình Thắng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Phạm Thị Lan", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Võ Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Lê Văn Cảnh", "Chủ tịch Hội Nông dân xã"),
 P("Nguyễn Văn Lam", "Chủ tịch UBND xã")],
[Q("5 khu dân cư tiêu biểu", 5, "khu dân cư tiêu biểu"), Q("86,5 triệu đồng", 86500000, "đồng"),
 Q("3 nhà đại đoàn kết", 3, "nhà đại đoàn kết"), Q("30 triệu đồng", 30000000, "đồng"), Q("2 nhà", 2, "nhà"),
 Q("1.842 hộ", 1842, "hộ"), Q("94%", 94, "%"), Q("9/11 xóm", 9, "xóm"), Q("27 ý kiến", 27, "ý kiến"),
 Q("4 công trình", 4, "công trình"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"),
 Q("47 chủ tàu", 47, "chủ tàu"), Q("6 tổ đoàn kết khai thác hải sản", 6, "tổ đoàn kết khai thác hải sản"), Q("3 tàu", 3, "tàu")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU"),
 D("Chương trình phối hợp", "02", "CTPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 02/CTPH-MTTQ-UBND")],
[prov("Nghệ An"), com("Nghi Phong")],
["Cổng thông tin điện tử xã Nghi Phong", "Nghi Phong - Nghi Lộc - Nghệ An", "Bạn đang ở: Trang chủ / Đài truyền thanh / Chương trình phát thanh",
 "CHƯƠNG TRÌNH PHÁT THANH NGÀY 20 THÁNG 12 NĂM 2012", "Ngày vì người nghèo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Đài truyền thanh xã Nghi Phong"],
["Ngày đăng 20/12/2012 | 06:45", "năm 2012", "năm 2013", "tháng 1/2013", "xóm 5"]))

PAGES.append(page("b6679-hatinh-thachkim-doithoai-2013", """
XÃ THẠCH KIM - HUYỆN LỘC HÀ
Trang thông tin điện tử | Hà Tĩnh
Tin tức » Truyền thanh cơ sở
14/11/2013 - 16:20
Thạch Kim: Chủ tịch UBND xã đối thoại với ngư dân về hỗ trợ đóng tàu
Bản tin phát thanh chiều thứ Năm
Ảnh: Quang cảnh buổi đối thoại tại hội trường UBND xã.
Sáng 12/11/2013, UBND xã Thạch Kim tổ chức đối thoại trực tiếp giữa Chủ tịch UBND xã với nhân dân năm 2013, tập trung vào chính sách hỗ trợ ngư dân và việc giải phóng mặt bằng tuyến đê biển. Ông Trần Đình Hải, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; hơn 150 người dân ở 5 thôn ven biển tham dự.
Tại buổi đối thoại, bà con nêu 23 ý kiến, trong đó nhiều ý kiến đề nghị giải thích rõ điều kiện vay vốn đóng tàu vỏ thép, mức hỗ trợ dầu theo Quyết định số 48/2010/QĐ-TTg của Thủ tướng Chính phủ. Ông Nguyễn Văn Tịnh, thôn Kim Đoài, phản ánh việc 12 hộ có đất nằm trong dự án đê biển chưa được nhận tiền đền bù phần hoa màu.
Trả lời các ý kiến, ông Trần Đình Hải cho biết năm 2013, xã đã lập hồ sơ đề nghị hỗ trợ cho 64 tàu cá đánh bắt xa bờ với tổng kinh phí trên 1,2 tỷ đồng; việc đền bù hoa màu cho các hộ vùng dự án sẽ hoàn thành trước ngày 30/11 theo Kế hoạch số 126/KH-UBND ngày 5/9/2013 của UBND xã. Đối với 7 ý kiến vượt thẩm quyền, xã tổng hợp, báo cáo UBND huyện.
Kết thúc buổi đối thoại, các ý kiến được ghi vào biên bản, niêm yết công khai tại nhà văn hóa các thôn để bà con theo dõi.
Bà Lê Thị Hoa, Chủ tịch Ủy ban MTTQ xã, đề nghị các thôn phát huy vai trò tổ hòa giải, tổ an ninh nhân dân, không để xảy ra khiếu kiện đông người.
TIN NGẮN
- Đoàn Thanh niên xã ra quân thu gom rác thải ven biển với khoảng 200 đoàn viên tham gia. Anh Võ Quốc Việt, Bí thư Đoàn xã, cho biết đây là hoạt động hưởng ứng phong trào "Tuổi trẻ chung tay xây dựng nông thôn mới".
- Hội Liên hiệp Phụ nữ xã phối hợp Ngân hàng Chính sách xã hội huyện giải ngân 1,5 tỷ đồng cho 38 hộ vay vốn phát triển chế biến hải sản. Mức vay tối đa 50 triệu đồng/hộ.
- Ban Chỉ huy Quân sự xã thông báo: thanh niên trong độ tuổi nhập ngũ năm 2014 có mặt tại hội trường UBND xã lúc 7 giờ ngày 20/11 để khám tuyển sơ tuyển. Bà con thông báo cho con em mình biết để thực hiện.
- Dự báo thời tiết: từ ngày 15/11, vùng biển Hà Tĩnh có gió đông bắc cấp 6, giật cấp 8; tàu thuyền không nên ra khơi.
Đài Truyền thanh xã Thạch Kim xin kết thúc chương trình. Xin chào và hẹn gặp lại!
Xuân Hòa
Tin liên quan
- Thạch Kim họp dân bàn phương án giải phóng mặt bằng đê biển (25/10/2013)
- Hội Nông dân xã tập huấn nuôi tôm trên cát (10/10/2013)
- Thạch Kim: tổng kết mùa vụ đánh bắt cá nam (30/09/2013)
- Trao bằng khen cho tổ đoàn kết trên biển (18/09/2013)
- Kế hoạch phòng, chống bão số 10 (28/09/2013)
""", "2013-11-14", "Thạch Kim: Chủ tịch UBND xã đối thoại với ngư dân về hỗ trợ đóng tàu",
E("doi_thoai", "2013", "2013-11-12"),
[P("Trần Đình Hải", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nguyễn Văn Tịnh"),
 P("Lê Thị Hoa", "Chủ tịch Ủy ban MTTQ xã"),
 P("Võ Quốc Việt", "Bí thư Đoàn xã")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("5 thôn ven biển", 5, "thôn ven biển"), Q("23 ý kiến", 23, "ý kiến"),
 Q("12 hộ", 12, "hộ"), Q("64 tàu cá đánh bắt xa bờ", 64, "tàu cá đánh bắt xa bờ"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("7 ý kiến", 7, "ý kiến"), Q("khoảng 200 đoàn viên", 200, "đoàn viên", "approx"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("38 hộ", 38, "hộ"), Q("50 triệu đồng/hộ", 50000000, "đồng")],
[D("Quyết định", "48", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 48/2010/QĐ-TTg"),
 D("Kế hoạch", "126", "KH-UBND", "2013-09-05", "UBND xã", "Kế hoạch số 126/KH-UBND ngày 5/9/2013")],
[prov("Hà Tĩnh"), com("Thạch Kim")],
["XÃ THẠCH KIM - HUYỆN LỘC HÀ", "Trang thông tin điện tử | Hà Tĩnh", "Tin tức » Truyền thanh cơ sở", "Bản tin phát thanh chiều thứ Năm",
 "Ảnh: Quang cảnh buổi đối thoại tại hội trường UBND xã.", "Tuổi trẻ chung tay xây dựng nông thôn mới", "TIN NGẮN"],
["14/11/2013 - 16:20", "năm 2013", "năm 2014", "7 giờ ngày 20/11", "cấp 6", "cấp 8", "ngày 30/11"]))

PAGES.append(page("b6680-thanhhoa-quangduc-taphuan-2014", """
UBND XÃ QUẢNG ĐỨC
Huyện Quảng Xương, tỉnh Thanh Hóa
Trang chủ › Thông tin tuyên truyền › Bài phát thanh
Ngày đăng: 18-06-2014 | 09:12 | Lượt xem: 214
Bài phát thanh: Tập huấn hòa giải ở cơ sở, nâng cao kỹ năng cho 84 hòa giải viên
Kính thưa bà con nhân dân!
Ngày 17/6/2014, UBND xã Quảng Đức phối hợp với Phòng Tư pháp huyện mở lớp tập huấn nghiệp vụ hòa giải ở cơ sở năm 2014 cho 84 hòa giải viên của 14 tổ hòa giải thôn. Ông Lê Đình Khang, Phó Chủ tịch UBND xã dự, phát biểu khai mạc lớp học.
Tại lớp tập huấn, bà Nguyễn Thị Hằng - Phó Trưởng phòng Tư pháp huyện Quảng Xương đã giới thiệu những điểm mới của Luật Hòa giải ở cơ sở số 35/2013/QH13 và Nghị định số 15/2014/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật. Các học viên được hướng dẫn kỹ năng tiếp cận các bên tranh chấp, cách lập sổ theo dõi và báo cáo kết quả hòa giải.
Theo báo cáo của Ban Tư pháp xã, 6 tháng đầu năm 2014 các tổ hòa giải đã tiếp nhận 19 vụ việc, hòa giải thành 16 vụ, đạt 84,2%; chủ yếu là tranh chấp ranh giới đất ở, mâu thuẫn gia đình, hàng xóm. Kinh phí hỗ trợ cho mỗi vụ việc hòa giải thành là 200.000 đồng, được chi từ ngân sách xã theo Nghị quyết số 12/NQ-HĐND của HĐND xã.
Ông Lê Đình Khang đề nghị các tổ trưởng tổ hòa giải phối hợp với Ban công tác Mặt trận và chi hội các đoàn thể nắm chắc tình hình, kịp thời hòa giải từ khi mâu thuẫn mới phát sinh; kiên quyết không để mâu thuẫn nhỏ trở thành điểm nóng.
Bài phát thanh cũng xin thông tin thêm một số hoạt động khác trong tuần:
+ Ban Dân vận Đảng ủy xã đã tổ chức cho 32 bí thư chi bộ, trưởng thôn học tập Kết luận số 19, 20-KL/ĐU của Ban Thường vụ Đảng ủy xã về công tác vận động nhân dân dồn điền đổi thửa. Đồng chí Hoàng Văn Tư, Đảng ủy viên, Trưởng Ban Dân vận Đảng ủy xã, yêu cầu mỗi thôn tổ chức họp dân trước ngày 30/6.
+ Hội Nông dân xã vận động khoảng 600 hộ thu hoạch lúa chiêm xuân dứt điểm trong tuần, không đốt rơm rạ gây ô nhiễm.
+ Ủy ban MTTQ xã đã tiếp nhận 12,6 triệu đồng do cán bộ, nhân dân ủng hộ Quỹ "Vì Trường Sa thân yêu", hướng về ngư dân bám biển. Bà Đào Thị Liên, Phó Chủ tịch Ủy ban MTTQ xã, cho biết Mặt trận tiếp tục nhận ủng hộ đến hết ngày 30/6.
+ Trạm Y tế xã thông báo tổ chức uống vitamin A cho trẻ từ 6 đến 36 tháng tuổi vào ngày 21/6 tại 4 điểm.
Thực hiện: Tổ biên tập Đài truyền thanh xã
Bài viết liên quan
- Quảng Đức tổ chức Ngày hội Đại đoàn kết ở thôn Đức Thắng (20/11/2013)
- Xã Quảng Đức đạt chuẩn nông thôn mới? (08/05/2014)
- Ra quân dồn điền đổi thửa vụ mùa 2014 (02/05/2014)
- Hội Cựu chiến binh xã gặp mặt kỷ niệm ngày 30/4 (29/04/2014)
""", "2014-06-18", "Bài phát thanh: Tập huấn hòa giải ở cơ sở, nâng cao kỹ năng cho 84 hòa giải viên",
E("tap_huan", "2014", "2014-06-17"),
[P("Lê Đình Khang", "Phó Chủ tịch UBND xã"),
 P("Nguyễn Thị Hằng", "Phó Trưởng phòng Tư pháp huyện Quảng Xương"),
 P("Hoàng Văn Tư", "Đảng ủy viên", "Trưởng Ban Dân vận Đảng ủy xã"),
 P("Đào Thị Liên", "Phó Chủ tịch Ủy ban MTTQ xã")],
[Q("84 hòa giải viên", 84, "hòa giải viên"), Q("14 tổ hòa giải thôn", 14, "tổ hòa giải thôn"), Q("19 vụ việc", 19, "vụ việc"),
 Q("16 vụ", 16, "vụ"), Q("84,2%", 84.2, "%"), Q("200.000 đồng", 200000, "đồng"),
 Q("32 bí thư chi bộ, trưởng thôn", 32, "bí thư chi bộ, trưởng thôn"), Q("khoảng 600 hộ", 600, "hộ", "approx"), Q("12,6 triệu đồng", 12600000, "đồng"), Q("4 điểm", 4, "điểm")],
[D("Luật", "35", "2013/QH13", None, None, "Luật Hòa giải ở cơ sở số 35/2013/QH13"),
 D("Nghị định", "15", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 15/2014/NĐ-CP"),
 D("Nghị quyết", "12", "NQ-HĐND", None, "HĐND xã", "Nghị quyết số 12/NQ-HĐND"),
 D("Kết luận", "19", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận số 19, 20-KL/ĐU"),
 D("Kết luận", "20", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận số 19, 20-KL/ĐU")],
[prov("Thanh Hóa"), com("Quảng Đức")],
["UBND XÃ QUẢNG ĐỨC", "Huyện Quảng Xương, tỉnh Thanh Hóa", "Trang chủ › Thông tin tuyên truyền › Bài phát thanh",
 "Lượt xem: 214", "Thực hiện: Tổ biên tập Đài truyền thanh xã", "Vì Trường Sa thân yêu"],
["Ngày đăng: 18-06-2014 | 09:12", "Lượt xem: 214", "năm 2014", "6 tháng đầu năm 2014", "từ 6 đến 36 tháng tuổi", "ngày 21/6", "ngày 30/6"]))

PAGES.append(page("b6681-bacgiang-tanmy-soket-2015", """
Trang thông tin điện tử xã Tân Mỹ - TP Bắc Giang
Trang chủ :: Tin tức :: Truyền thanh cơ sở
Cập nhật lúc 15:45 ngày 10/07/2015
BẢN TIN TRUYỀN THANH SỐ 27/2015
Sơ kết 6 tháng thực hiện Quy chế dân chủ: 100% thôn công khai các khoản đóng góp
Thưa toàn thể bà con!
Ngày 8/7, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở xã Tân Mỹ họp sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2015. Đồng chí Thân Văn Quyết, Phó Bí thư Đảng ủy, Trưởng Ban Chỉ đạo chủ trì.
Báo cáo sơ kết cho thấy, việc thực hiện Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị và Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn có chuyển biến rõ. 100% thôn công khai các khoản đóng góp của nhân dân; 9 thôn tổ chức họp bàn, biểu quyết việc bê tông hóa 3,8 km đường ngõ xóm, nhân dân tự nguyện góp gần 1,9 tỷ đồng. Ban Thanh tra nhân dân tiếp nhận 6 đơn kiến nghị, đã giải quyết xong 5 đơn.
Đảng ủy xã đã ban hành Kế hoạch 17, 18-KH/ĐU về tiếp công dân của Bí thư Đảng ủy và về kiểm tra việc thực hiện quy chế dân chủ trong cơ quan. 6 tháng qua, Bí thư Đảng ủy và Chủ tịch UBND xã tiếp 41 lượt công dân.
Tuy nhiên, một số thôn họp dân còn hình thức, tỷ lệ hộ dự họp chỉ khoảng 60%. Đồng chí Thân Văn Quyết yêu cầu 6 tháng cuối năm các thôn chấm dứt tình trạng thu các khoản ngoài quy định; trưởng thôn nào để xảy ra đơn thư vượt cấp phải kiểm điểm trách nhiệm.
Phát biểu tại hội nghị, ông Giáp Văn Trọng, Trưởng Ban Thanh tra nhân dân xã, và bà Ngô Thị Thủy, Trưởng thôn Mỹ Cầu, kiến nghị sớm công khai quy hoạch khu dân cư mới để nhân dân giám sát.
ĐIỂM TIN
- Hội Liên hiệp Phụ nữ xã ra mắt mô hình "5 không, 3 sạch" tại thôn Mỹ Cầu với 45 hội viên tham gia.
- UBND xã thông báo: từ ngày 13/7 đến 17/7, các hộ có con em thi đỗ đại học, cao đẳng năm 2015 đến Văn phòng UBND xã để làm hồ sơ xét thưởng, mức thưởng 500 nghìn đồng mỗi em.
- Hội Nông dân xã phối hợp Trung tâm Khuyến nông tỉnh mở 2 lớp cho 70 hội viên về kỹ thuật trồng vải thiều theo tiêu chuẩn VietGAP. Ông Nguyễn Văn Thiệp, Chủ tịch Hội Nông dân xã, đề nghị các hộ ghi chép nhật ký đồng ruộng đầy đủ để được cấp chứng nhận.
- Trong tháng 6, Công an xã phối hợp các thôn lập biên bản 2 trường hợp đốt rác thải gây ô nhiễm. Đề nghị bà con tuân thủ quy định về vệ sinh môi trường.
Đài Truyền thanh xã Tân Mỹ
Xem thêm
- Tân Mỹ: Hội nghị đối thoại giữa Bí thư Đảng ủy với đoàn viên thanh niên (25/06/2015)
- Khánh thành nhà văn hóa thôn Mỹ Độ (12/06/2015)
- Xã Tân Mỹ tiếp đoàn kiểm tra nông thôn mới (02/06/2015)
- Thông báo thu thuế sử dụng đất phi nông nghiệp năm 2015 (27/05/2015)
""", "2015-07-10", "Sơ kết 6 tháng thực hiện Quy chế dân chủ: 100% thôn công khai các khoản đóng góp",
E("so_ket", "2015-H1", "2015-07-08"),
[P("Thân Văn Quyết", "Phó Bí thư Đảng ủy", "Trưởng Ban Chỉ đạo"),
 P("Giáp Văn Trọng", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Ngô Thị Thủy", "Trưởng thôn Mỹ Cầu"),
 P("Nguyễn Văn Thiệp", "Chủ tịch Hội Nông dân xã")],
[Q("100% thôn", 100, "%"), Q("9 thôn", 9, "thôn"), Q("3,8 km", 3.8, "km"), Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"),
 Q("6 đơn kiến nghị", 6, "đơn kiến nghị"), Q("5 đơn", 5, "đơn"), Q("41 lượt công dân", 41, "lượt công dân"),
 Q("khoảng 60%", 60, "%", "approx"), Q("45 hội viên", 45, "hội viên"), Q("2 lớp", 2, "lớp"), Q("70 hội viên", 70, "hội viên"), Q("500 nghìn đồng", 500000, "đồng"),
 Q("2 trường hợp", 2, "trường hợp")],
[D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị số 30-CT/TW ngày 18/2/1998"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Kế hoạch", "17", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 17, 18-KH/ĐU"),
 D("Kế hoạch", "18", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 17, 18-KH/ĐU")],
[prov("Bắc Giang"), com("Tân Mỹ")],
["Trang thông tin điện tử xã Tân Mỹ - TP Bắc Giang", "Trang chủ :: Tin tức :: Truyền thanh cơ sở", "BẢN TIN TRUYỀN THANH SỐ 27/2015",
 "5 không, 3 sạch", "ĐIỂM TIN", "Đài Truyền thanh xã Tân Mỹ", "VietGAP"],
["Cập nhật lúc 15:45 ngày 10/07/2015", "SỐ 27/2015", "6 tháng đầu năm", "6 tháng cuối năm 2015", "5 không, 3 sạch",
 "từ ngày 13/7 đến 17/7", "tháng 6", "năm 2015"]))

PAGES.append(page("b6682-longan-mylac-traoqua-2016", """
ĐÀI TRUYỀN THANH XÃ MỸ LẠC
Huyện Thủ Thừa - Tỉnh Long An
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Thứ Sáu, 29/01/2016
Bản tin phát thanh xã Mỹ Lạc ngày 29/01/2016
Kính thưa quý vị và bà con cô bác! Đài Truyền thanh xã Mỹ Lạc xin phát bản tin cuối tuần.
TIN 1. Chăm lo Tết Bính Thân cho hộ nghèo
Sáng 28/1, Ủy ban MTTQ xã Mỹ Lạc phối hợp các mạnh thường quân tổ chức trao 320 phần quà Tết cho hộ nghèo, hộ cận nghèo và gia đình chính sách trên địa bàn 6 ấp. Mỗi phần quà trị giá 400.000 đồng gồm tiền mặt, gạo và nhu yếu phẩm; tổng trị giá 128 triệu đồng, trong đó Công ty TNHH Thành Lộc hỗ trợ 60 triệu đồng.
Đến dự và trao quà có bà Trương Thị Mỹ, Phó Trưởng Ban Dân vận Huyện ủy Thủ Thừa; ông Huỳnh Văn Bé Tư, Bí thư Đảng ủy xã Mỹ Lạc; ông Nguyễn Văn Út, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Ông Nguyễn Văn Út cho biết, thực hiện Kế hoạch số 45/KH-MTTQ ngày 5/1/2016 của Ủy ban MTTQ huyện về vận động chăm lo Tết, năm nay xã vận động được hơn 210 triệu đồng, cao hơn năm trước khoảng 35%. Ngoài 320 phần quà nói trên, Mặt trận còn phối hợp Hội Chữ thập đỏ trao 50 suất quà cho người già neo đơn.
TIN 2. Ra quân xây dựng ấp văn hóa
Đoàn Thanh niên xã ra quân "Ngày thứ bảy tình nguyện" với hơn 80 đoàn viên, làm sạch 2 km đường liên ấp và trồng 300 cây xanh dọc tuyến đường ấp Mỹ Lợi. Anh Lê Hoàng Phúc, Bí thư Đoàn xã, cho biết đây là công trình chào mừng Đại hội Đảng bộ xã lần thứ XI.
TIN 3. Bảo đảm an ninh trật tự dịp Tết
Công an xã vừa triển khai phương án bảo đảm an ninh trật tự dịp Tết Nguyên đán. Ông Phạm Thanh Hùng, Trưởng Công an xã, đề nghị bà con không sử dụng pháo nổ, tham gia giao thông an toàn, "đã uống rượu bia thì không lái xe". Trong tháng 1, Công an xã đã vận động nhân dân giao nộp 3 khẩu súng tự chế.
Cũng trong dịp này, Hội Nông dân xã phối hợp Phòng Giao dịch Ngân hàng Chính sách xã hội huyện giải ngân 1,2 tỷ đồng cho 31 hộ vay vốn làm chuồng trại, nuôi bò sinh sản. Ông Trần Văn Sáu, Chủ tịch Hội Nông dân xã, nhắc các tổ vay vốn thu lãi đúng hạn, không để nợ quá hạn.
TIN 4. Thông báo lịch làm việc
UBND xã thông báo nghỉ Tết Nguyên đán Bính Thân từ ngày 06/2 đến hết ngày 14/2/2016. Trong thời gian nghỉ Tết, bộ phận trực của UBND xã vẫn tiếp nhận, giải quyết các việc khẩn cấp về hộ tịch.
Bản tin đến đây là hết. Kính chúc bà con một năm mới an khang, thịnh vượng!
Trúc Linh - Đài TT xã
Tin cùng chuyên mục
- Mỹ Lạc: họp mặt người cao tuổi đón xuân (22/01/2016)
- Tuyên truyền bầu cử đại biểu Quốc hội khóa XIV (15/01/2016)
- Xã Mỹ Lạc tổng kết công tác Mặt trận năm 2015 (29/12/2015)
""", "2016-01-29", "Bản tin phát thanh xã Mỹ Lạc ngày 29/01/2016",
E("trao_qua", None, "2016-01-28"),
[P("Trương Thị Mỹ", "Phó Trưởng Ban Dân vận Huyện ủy Thủ Thừa"),
 P("Huỳnh Văn Bé Tư", "Bí thư Đảng ủy xã Mỹ Lạc"),
 P("Nguyễn Văn Út", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Hoàng Phúc", "Bí thư Đoàn xã"),
 P("Phạm Thanh Hùng", "Trưởng Công an xã"),
 P("Trần Văn Sáu", "Chủ tịch Hội Nông dân xã")],
[Q("320 phần quà Tết", 320, "phần quà"), Q("6 ấp", 6, "ấp"), Q("400.000 đồng", 400000, "đồng"), Q("128 triệu đồng", 128000000, "đồng"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("hơn 210 triệu đồng", 210000000, "đồng", "over"), Q("khoảng 35%", 35, "%", "approx"),
 Q("50 suất quà", 50, "suất quà"), Q("hơn 80 đoàn viên", 80, "đoàn viên", "over"), Q("2 km", 2, "km"), Q("300 cây xanh", 300, "cây xanh"),
 Q("3 khẩu súng tự chế", 3, "khẩu súng tự chế"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("31 hộ", 31, "hộ")],
[D("Kế hoạch", "45", "KH-MTTQ", "2016-01-05", "Ủy ban MTTQ huyện", "Kế hoạch số 45/KH-MTTQ ngày 5/1/2016")],
[prov("Long An"), com("Mỹ Lạc")],
["ĐÀI TRUYỀN THANH XÃ MỸ LẠC", "Huyện Thủ Thừa - Tỉnh Long An", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ",
 "Ngày thứ bảy tình nguyện", "đã uống rượu bia thì không lái xe", "Công ty TNHH Thành Lộc"],
["Thứ Sáu, 29/01/2016", "lần thứ XI", "tháng 1", "từ ngày 06/2 đến hết ngày 14/2/2016", "TIN 1.", "TIN 2.", "TIN 3.", "TIN 4."]))
