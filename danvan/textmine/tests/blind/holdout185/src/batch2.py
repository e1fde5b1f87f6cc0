from lib import *
PAGES = []

PAGES.append(page("b4403-thainguyen-hoinghi-2012", """
Báo Thái Nguyên điện tử
Trang chủ » Chính trị » Xây dựng Đảng
Cập nhật: 15:20, 24/04/2012 (GMT+7)
Ảnh: Các đại biểu dự hội nghị.
Triển khai Nghị quyết Trung ương 4 và Kế hoạch 03, 04-KH/TU về công tác dân vận
Ngày 23/4, Ban Thường vụ Tỉnh ủy Thái Nguyên tổ chức hội nghị triển khai các văn bản về công tác dân vận năm 2012. Dự và chỉ đạo có đồng chí Ma Thị Nguyệt, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Dương Văn Lượng, Hoàng Thị Nương, Nông Quang Hùng; cùng 180 đại biểu là trưởng ban dân vận, chủ tịch Ủy ban MTTQ các huyện, thành, thị và đảng ủy trực thuộc.
Tại hội nghị, đồng chí Dương Văn Lượng đã quán triệt Kế hoạch số 03-KH/TU và Kế hoạch số 04-KH/TU ngày 16/3/2012 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết Trung ương 4 (khóa XI) "Một số vấn đề cấp bách về xây dựng Đảng hiện nay" gắn với công tác dân vận, trong đó yêu cầu mỗi cấp ủy lấy ý kiến góp ý của nhân dân thông qua Mặt trận và các đoàn thể. Đồng chí Hoàng Thị Nương hướng dẫn thực hiện Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị và Hướng dẫn số 08-HD/BDVTU của Ban Dân vận Tỉnh ủy về tổ chức phong trào thi đua "Dân vận khéo" giai đoạn 2012 - 2015.
Theo báo cáo, năm 2011 toàn tỉnh có 9/9 huyện, thành, thị và 180/180 xã, phường, thị trấn xây dựng quy chế công tác dân vận; tổ chức 2.350 hội nghị quán triệt với trên 146.000 lượt cán bộ, đảng viên và nhân dân tham gia. Nhân dân đóng góp 214,5 tỷ đồng, hiến 217.000 m2 đất làm đường giao thông nông thôn; xây dựng 318 nhà đại đoàn kết cho hộ nghèo.
Thảo luận tại hội nghị, đồng chí La Văn Thẩm, Trưởng Ban Dân vận Huyện ủy Định Hóa cho biết huyện đang vận động đồng bào Tày, Dao, Sán Chay ở 6 xã vùng cao chuyển đổi 320 ha đất sang trồng chè; ông Lường Văn Páo, người có uy tín xóm Khuổi Chao, xã Phượng Tiến, đề nghị tăng phụ cấp cho trưởng xóm. Bà Trần Thị Hằng, Bí thư Đảng ủy phường Tân Thịnh, thành phố Thái Nguyên, nêu kinh nghiệm tổ chức đối thoại giữa bí thư đảng ủy với đoàn viên, hội viên.
Phát biểu kết thúc, đồng chí Ma Thị Nguyệt đề nghị các huyện ủy, thành ủy, thị ủy cụ thể hóa hai kế hoạch bằng chương trình hành động trước ngày 30/5/2012; định kỳ quý, 6 tháng báo cáo kết quả về Ban Dân vận Tỉnh ủy; phấn đấu 100% chi bộ có nghị quyết chuyên đề về công tác dân vận trong năm 2012.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy quán triệt các văn bản.
Thu Hằng
Lượt xem: 2.046
Tin liên quan
- Đồng Hỷ: giao ban công tác dân vận quý I/2012 (10/04/2012)
- Võ Nhai triển khai mô hình "Dân vận khéo" (28/03/2012)
- Hội nghị tổng kết công tác dân vận năm 2011 (21/12/2011)
""", "2012-04-24", "Triển khai Nghị quyết Trung ương 4 và Kế hoạch 03, 04-KH/TU về công tác dân vận",
E("hoi_nghi", "2012", "2012-04-23"),
[P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Dương Văn Lượng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Nương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Quang Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("La Văn Thẩm", "Trưởng Ban Dân vận Huyện ủy Định Hóa"),
 P("Lường Văn Páo", "người có uy tín xóm Khuổi Chao"),
 P("Trần Thị Hằng", "Bí thư Đảng ủy phường Tân Thịnh")],
[Q("180 đại biểu", 180, "đại biểu"), Q("9/9 huyện, thành, thị", 9, "huyện, thành, thị"),
 Q("180/180 xã, phường, thị trấn", 180, "xã, phường, thị trấn"), Q("2.350 hội nghị quán triệt", 2350, "hội nghị quán triệt"),
 Q("trên 146.000 lượt cán bộ, đảng viên và nhân dân", 146000, "lượt cán bộ, đảng viên và nhân dân", "over"),
 Q("214,5 tỷ đồng", 214500000000, "đồng"), Q("217.000 m2", 217000, "m2"), Q("318 nhà đại đoàn kết", 318, "nhà đại đoàn kết"),
 Q("6 xã vùng cao", 6, "xã vùng cao"), Q("320 ha", 320, "ha"), Q("100% chi bộ", 100, "%")],
[D("Kế hoạch", "03", "KH/TU", "2012-03-16", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 03-KH/TU"),
 D("Kế hoạch", "04", "KH/TU", "2012-03-16", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 04-KH/TU ngày 16/3/2012"),
 D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị số 03-CT/TW ngày 14/5/2011"),
 D("Hướng dẫn", "08", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 08-HD/BDVTU")],
[prov("Thái Nguyên"), com("Phượng Tiến"), com("Tân Thịnh")],
["Báo Thái Nguyên điện tử", "Trang chủ » Chính trị » Xây dựng Đảng", "Ảnh: Các đại biểu dự hội nghị.",
 "Nghị quyết Trung ương 4", "Một số vấn đề cấp bách về xây dựng Đảng hiện nay", "Dân vận khéo",
 "Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy quán triệt các văn bản.", "Lượt xem: 2.046"],
["Cập nhật: 15:20, 24/04/2012 (GMT+7)", "Nghị quyết Trung ương 4", "khóa XI", "năm 2012", "năm 2011", "giai đoạn 2012 - 2015", "30/5/2012", "Lượt xem: 2.046"]))

PAGES.append(page("b4404-gialai-tongket-2018", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ / Tin hoạt động / Dân vận các cấp
Ngày 07/12/2018 | 09:15
Chư Păh: Tổng kết 5 năm thực hiện Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương (khóa XI)
Ngày 05/12/2018, Ban Thường vụ Huyện ủy Chư Păh tổ chức hội nghị tổng kết 5 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về "Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới" và Chương trình hành động số 12-CTr/TU ngày 19/9/2013 của Tỉnh ủy Gia Lai. Đồng chí Rơ Mah Tuấn, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Rơ Lan Chiêm
Theo báo cáo, sau 5 năm, Ban Thường vụ Huyện ủy đã ban hành các Kế hoạch số 35, 36, 41-KH/HU và Nghị quyết chuyên đề số 05-NQ/HU về công tác dân vận vùng đồng bào dân tộc thiểu số; 15/15 xã, thị trấn xây dựng và thực hiện tốt quy chế dân vận. Toàn huyện xây dựng 214 mô hình "Dân vận khéo", trong đó 18 mô hình được tỉnh công nhận; vận động 635 hộ đồng bào Jrai, Ba Na thực hiện tục bỏ mả tiết kiệm; 2.150 hộ cam kết không theo đạo trái pháp luật. Trong 5 năm, đồng bào đã hiến 48.600 m2 đất, góp 13.200 ngày công và trên 6,4 tỷ đồng làm đường bê tông.
Tỷ lệ hộ nghèo toàn huyện giảm từ 24,62% năm 2013 xuống còn 9,81% năm 2018; 41 làng đạt chuẩn làng văn hóa. Đã phát triển 316 đảng viên mới là người dân tộc thiểu số, nâng tổng số lên 1.042 đồng chí.
Tại hội nghị, ông Siu Thuyên, Bí thư Chi bộ làng Kênh, xã Ia Ka, chia sẻ cách vận động dân làng trồng cà phê xen hồ tiêu; bà Rơ Châm H'Lim, Phó Chủ tịch Hội LHPN huyện, nêu việc thành lập 27 tổ phụ nữ tiết kiệm; già làng Ksor Phai, người có uy tín làng Đe Kop, kiến nghị tăng cường đối thoại với thanh niên làng.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Hùng, Phó Trưởng Ban Dân vận Tỉnh ủy đề nghị Huyện ủy tiếp tục quán triệt Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về công tác dân vận của cơ quan nhà nước và Chỉ thị 49-CT/TW của Ban Bí thư về tăng cường và đổi mới công tác dân vận ở vùng đồng bào dân tộc thiểu số; rà soát, sửa đổi quy chế dân vận trước quý II/2019.
Dịp này, Huyện ủy tặng giấy khen cho 15 tập thể, 22 cá nhân có thành tích xuất sắc trong 5 năm thực hiện Nghị quyết.
Hội nghị cũng chỉ ra hạn chế: một số chi bộ làng chưa ban hành nghị quyết chuyên đề; vẫn còn 4 làng có người theo "Hà Mòn"; 7 vụ tranh chấp đất rẫy kéo dài giữa các hộ.
Rơ Lan Chiêm
Số lượt xem: 734
Tin khác
- Đak Đoa đối thoại với đồng bào dân tộc thiểu số (30/11/2018)
- Krông Pa: tổng kết phong trào thi đua "Dân vận khéo" (23/11/2018)
- Ia Grai gặp mặt người có uy tín (16/11/2018)
""", "2018-12-07", "Chư Păh: Tổng kết 5 năm thực hiện Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương (khóa XI)",
E("tong_ket", None, "2018-12-05"),
[P("Rơ Mah Tuấn", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Siu Thuyên", "Bí thư Chi bộ làng Kênh"),
 P("Rơ Châm H'Lim", "Phó Chủ tịch Hội LHPN huyện"),
 P("Ksor Phai", "già làng", "người có uy tín làng Đe Kop"),
 P("Nguyễn Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("15/15 xã, thị trấn", 15, "xã, thị trấn"), Q("214 mô hình", 214, "mô hình"), Q("18 mô hình", 18, "mô hình"),
 Q("635 hộ", 635, "hộ"), Q("2.150 hộ", 2150, "hộ"), Q("48.600 m2", 48600, "m2"), Q("13.200 ngày công", 13200, "ngày công"),
 Q("trên 6,4 tỷ đồng", 6400000000, "đồng", "over"), Q("24,62%", 24.62, "%"), Q("9,81%", 9.81, "%"),
 Q("41 làng", 41, "làng"), Q("316 đảng viên mới", 316, "đảng viên mới"), Q("1.042 đồng chí", 1042, "đồng chí"),
 Q("27 tổ phụ nữ tiết kiệm", 27, "tổ phụ nữ tiết kiệm"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân"),
 Q("4 làng", 4, "làng"), Q("7 vụ tranh chấp đất rẫy kéo dài", 7, "vụ tranh chấp đất rẫy kéo dài")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Chương trình hành động", "12", "CTr/TU", "2013-09-19", "Tỉnh ủy Gia Lai", "Chương trình hành động số 12-CTr/TU ngày 19/9/2013"),
 D("Kế hoạch", "35", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 35, 36, 41-KH/HU"),
 D("Kế hoạch", "36", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 35, 36, 41-KH/HU"),
 D("Kế hoạch", "41", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 35, 36, 41-KH/HU"),
 D("Nghị quyết", "05", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết chuyên đề số 05-NQ/HU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị 49-CT/TW")],
[prov("Gia Lai"), com("Ia Ka")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ / Tin hoạt động / Dân vận các cấp", "Quang cảnh hội nghị. Ảnh: Rơ Lan Chiêm",
 "Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới", "Dân vận khéo", "Hà Mòn", "Số lượt xem: 734"],
["Ngày 07/12/2018 | 09:15", "5 năm", "khóa XI", "năm 2013", "năm 2018", "quý II/2019", "1.042 đồng chí"]))

PAGES.append(page("b4405-longan-kehoach-2019", """
ĐẢNG BỘ TỈNH LONG AN - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ >> Tin tức - Sự kiện >> Công tác dân vận
21/03/2019 - 10:05
Tỉnh ủy Long An ban hành kế hoạch thực hiện Kết luận 43-KL/TW của Ban Bí thư
Ngày 15/3/2019, thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Nguyễn Văn Đạt, Phó Bí thư Thường trực Tỉnh ủy đã ký ban hành Kế hoạch số 128-KH/TU thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về "Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới" và Hướng dẫn số 16-HD/BDVTW ngày 20/02/2019 của Ban Dân vận Trung ương.
Kế hoạch đề ra 7 nhiệm vụ, giải pháp, trong đó yêu cầu các cấp ủy đảng tổ chức quán triệt Kết luận đến 100% cán bộ, đảng viên, hoàn thành trong quý II/2019; đưa chỉ tiêu về công tác dân vận vào nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025. Người đứng đầu cấp ủy, chính quyền các cấp định kỳ ít nhất 1 lần/năm đối thoại trực tiếp với nhân dân; cấp xã giải quyết ít nhất 90% khiếu nại, tố cáo ngay tại cơ sở.
Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Đảng đoàn MTTQ Việt Nam tỉnh, Ban cán sự đảng UBND tỉnh tham mưu sửa đổi, bổ sung quy chế công tác dân vận của các cấp theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; hướng dẫn các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc xây dựng kế hoạch trước ngày 15/4/2019.
Kế hoạch cũng giao Ban cán sự đảng UBND tỉnh chỉ đạo thực hiện Nghị định số 04/2015/NĐ-CP và Quyết định số 1310/QĐ-UBND ngày 12/4/2018 của UBND tỉnh về thực hiện Quy chế dân chủ trong cơ quan hành chính; Đảng đoàn Hội Nông dân, Hội LHPN, Tỉnh đoàn, Liên đoàn Lao động tỉnh và Hội Cựu chiến binh tỉnh cụ thể hóa bằng chương trình công tác của từng tổ chức.
Theo Ban Dân vận Tỉnh ủy, qua 5 năm thực hiện Nghị quyết 25-NQ/TW, toàn tỉnh có 192/192 xã, phường, thị trấn xây dựng quy chế dân vận; phong trào "Dân vận khéo" có 3.862 mô hình, điển hình; nhân dân đóng góp trên 1.700 tỷ đồng, hiến 1,8 triệu m2 đất xây dựng nông thôn mới, cất 4.516 căn nhà tình nghĩa, nhà đại đoàn kết. Tỷ lệ hộ nghèo còn 2,03%.
Đồng chí Lê Thị Thu Nguyệt, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy cho biết, trong tháng 4, Ban sẽ phối hợp Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị quán triệt cho khoảng 450 cán bộ chủ chốt; đồng thời phát hành 2.000 quyển tài liệu.
Hồng Nhung
Lượt xem: 558
Các tin đã đưa
- Hội nghị giao ban công tác dân vận quý I/2019 (19/03/2019)
- Đức Hòa đối thoại với nông dân (12/03/2019)
- Tân An ra mắt 5 mô hình "Dân vận khéo" (05/03/2019)
- Cần Giuộc sơ kết 5 năm thực hiện Nghị quyết 25-NQ/TW (28/02/2019)
""", "2019-03-21", "Tỉnh ủy Long An ban hành kế hoạch thực hiện Kết luận 43-KL/TW của Ban Bí thư",
E("khac", None, None),
[P("Nguyễn Văn Đạt", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lê Thị Thu Nguyệt", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("7 nhiệm vụ, giải pháp", 7, "nhiệm vụ, giải pháp"), Q("100% cán bộ, đảng viên", 100, "%"), Q("ít nhất 90%", 90, "%", "over"),
 Q("192/192 xã, phường, thị trấn", 192, "xã, phường, thị trấn"), Q("3.862 mô hình, điển hình", 3862, "mô hình, điển hình"),
 Q("trên 1.700 tỷ đồng", 1700000000000, "đồng", "over"), Q("1,8 triệu m2", 1800000, "m2"),
 Q("4.516 căn nhà tình nghĩa, nhà đại đoàn kết", 4516, "căn nhà tình nghĩa, nhà đại đoàn kết"), Q("2,03%", 2.03, "%"),
 Q("khoảng 450 cán bộ chủ chốt", 450, "cán bộ chủ chốt", "approx"), Q("2.000 quyển tài liệu", 2000, "quyển tài liệu")],
[D("Kế hoạch", "128", "KH/TU", "2019-03-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 128-KH/TU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/01/2019"),
 D("Hướng dẫn", "16", "HD/BDVTW", "2019-02-20", "Ban Dân vận Trung ương", "Hướng dẫn số 16-HD/BDVTW ngày 20/02/2019"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Nghị định", "04", "2015/NĐ-CP", None, None, "Nghị định số 04/2015/NĐ-CP"),
 D("Quyết định", "1310", "QĐ-UBND", "2018-04-12", "UBND tỉnh", "Quyết định số 1310/QĐ-UBND ngày 12/4/2018"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW")],
[prov("Long An")],
["ĐẢNG BỘ TỈNH LONG AN - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ >> Tin tức - Sự kiện >> Công tác dân vận",
 "Nghị quyết Trung ương 7 khóa XI", "Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
 "Dân vận khéo", "Lượt xem: 558"],
["21/03/2019 - 10:05", "Nghị quyết Trung ương 7", "quý II/2019", "nhiệm kỳ 2020 - 2025", "ít nhất 1 lần/năm", "15/4/2019", "5 năm", "tháng 4", "Lượt xem: 558"]))

PAGES.append(page("b4406-hoabinh-soket-2019", """
Cổng thông tin điện tử huyện Tân Lạc - tỉnh Hòa Bình
Vị trí: Trang chủ - Tin tức - Hoạt động các xã, thị trấn
Thứ Tư, 28/08/2019 - 16:20
Đảng ủy xã Phong Phú sơ kết 5 năm thực hiện Chỉ thị 49-CT/TW và Kế hoạch 67-KH/TU
Toàn cảnh hội nghị sơ kết tại Hội trường UBND xã.
Chiều ngày 27/8/2019, Đảng ủy xã Phong Phú tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới công tác dân vận ở vùng đồng bào dân tộc thiểu số và Kế hoạch số 67-KH/TU ngày 15/01/2016 của Ban Thường vụ Tỉnh ủy Hòa Bình. Tới dự có đồng chí Bùi Văn Cửu, HUV, Trưởng Ban Dân vận Huyện ủy Tân Lạc; đồng chí Quách Thị Hoa, Phó Trưởng Ban Dân vận Huyện ủy. Đồng chí Bùi Thị Lành, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì.
Xã Phong Phú có 12 xóm với 1.436 hộ, 6.120 nhân khẩu, trong đó đồng bào Mường chiếm 87,5%. Sau 5 năm, Đảng ủy đã ban hành Nghị quyết chuyên đề số 09-NQ/ĐU, các Kế hoạch số 21, 22-KH/ĐU và chỉ đạo 14 chi bộ trực thuộc đưa nội dung Chỉ thị vào sinh hoạt định kỳ. Khối dân vận xã tổ chức 58 buổi tuyên truyền bằng tiếng Mường với gần 3.000 lượt người nghe; vận động 64 hộ xóm Bái, xóm Chiềng hiến 7.250 m2 đất làm đường liên xóm, đóng góp 1,86 tỷ đồng; làm mới 4 nhà văn hóa xóm.
Giai đoạn 2015 - 2019, số hộ nghèo giảm từ 312 hộ xuống còn 97 hộ (tỷ lệ 6,75%); 9/12 xóm đạt danh hiệu khu dân cư văn hóa; không phát sinh đơn thư vượt cấp. Xã được UBND tỉnh công nhận mô hình "Dân vận khéo" "Vận động đồng bào Mường giữ gìn nhà sàn truyền thống".
Tại hội nghị, các đại biểu tập trung thảo luận những khó khăn: 2 xóm vùng cao còn thiếu nước sinh hoạt; một số thanh niên bỏ đi làm ăn xa không khai báo tạm vắng. Ông Bùi Văn Mỏn, người có uy tín xóm Bái, đề nghị xã duy trì lớp dạy mo Mường cho thanh thiếu niên; bà Đinh Thị Nhung, Chủ tịch Hội LHPN xã, báo cáo 5 năm hội vận động thành lập 8 tổ tiết kiệm và vay vốn với 156 thành viên.
Phát biểu chỉ đạo, đồng chí Bùi Văn Cửu đề nghị Đảng ủy xã tiếp tục thực hiện Kết luận 43-KL/TW của Ban Bí thư và Kế hoạch số 112-KH/HU của Ban Thường vụ Huyện ủy; phát huy vai trò của 24 người có uy tín, chuẩn bị tốt cho đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025.
Dịp này, Đảng ủy xã khen thưởng 5 tập thể và 9 cá nhân.
Kết luận hội nghị, đồng chí Bùi Thị Lành giao khối dân vận xã xây dựng kế hoạch thực hiện giai đoạn 2020 - 2025 trước ngày 30/9/2019, phấn đấu mỗi năm giảm ít nhất 2% hộ nghèo, có thêm 2 xóm đạt chuẩn nông thôn mới kiểu mẫu.
Bùi Hằng (Đài TT-TH Tân Lạc)
Số lượt truy cập: 412
Tin khác
- Xã Mỹ Hòa tổ chức Ngày hội Đại đoàn kết (20/08/2019)
- Tập huấn công tác dân vận cho cán bộ xóm (06/08/2019)
- Huyện Tân Lạc sơ kết công tác 6 tháng (18/07/2019)
""", "2019-08-28", "Đảng ủy xã Phong Phú sơ kết 5 năm thực hiện Chỉ thị 49-CT/TW và Kế hoạch 67-KH/TU",
E("so_ket", None, "2019-08-27"),
[P("Bùi Văn Cửu", "HUV", "Trưởng Ban Dân vận Huyện ủy Tân Lạc"),
 P("Quách Thị Hoa", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Bùi Thị Lành", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Bùi Văn Mỏn", "người có uy tín xóm Bái"),
 P("Đinh Thị Nhung", "Chủ tịch Hội LHPN xã")],
[Q("12 xóm", 12, "xóm"), Q("1.436 hộ", 1436, "hộ"), Q("6.120 nhân khẩu", 6120, "nhân khẩu"), Q("87,5%", 87.5, "%"),
 Q("14 chi bộ trực thuộc", 14, "chi bộ trực thuộc"), Q("58 buổi tuyên truyền", 58, "buổi tuyên truyền"),
 Q("gần 3.000 lượt người nghe", 3000, "lượt người nghe", "approx"), Q("64 hộ", 64, "hộ"), Q("7.250 m2", 7250, "m2"),
 Q("1,86 tỷ đồng", 1860000000, "đồng"), Q("4 nhà văn hóa xóm", 4, "nhà văn hóa xóm"), Q("312 hộ", 312, "hộ"), Q("97 hộ", 97, "hộ"),
 Q("6,75%", 6.75, "%"), Q("9/12 xóm", 9, "xóm"), Q("2 xóm vùng cao", 2, "xóm vùng cao"),
 Q("8 tổ tiết kiệm và vay vốn", 8, "tổ tiết kiệm và vay vốn"), Q("156 thành viên", 156, "thành viên"),
 Q("24 người có uy tín", 24, "người có uy tín"), Q("5 tập thể", 5, "tập thể"), Q("9 cá nhân", 9, "cá nhân"),
 Q("ít nhất 2%", 2, "%", "over"), Q("2 xóm", 2, "xóm")],
[D("Chỉ thị", "49", "CT/TW", "2015-10-20", "Ban Bí thư", "Chỉ thị số 49-CT/TW ngày 20/10/2015"),
 D("Kế hoạch", "67", "KH/TU", "2016-01-15", "Ban Thường vụ Tỉnh ủy Hòa Bình", "Kế hoạch số 67-KH/TU ngày 15/01/2016"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết chuyên đề số 09-NQ/ĐU"),
 D("Kế hoạch", "21", "KH/ĐU", None, "Đảng ủy", "Kế hoạch số 21, 22-KH/ĐU"),
 D("Kế hoạch", "22", "KH/ĐU", None, "Đảng ủy", "Kế hoạch số 21, 22-KH/ĐU"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận 43-KL/TW"),
 D("Kế hoạch", "112", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU")],
[prov("Hòa Bình"), com("Phong Phú")],
["Cổng thông tin điện tử huyện Tân Lạc - tỉnh Hòa Bình", "Vị trí: Trang chủ - Tin tức - Hoạt động các xã, thị trấn",
 "Toàn cảnh hội nghị sơ kết tại Hội trường UBND xã.", "Dân vận khéo", "Vận động đồng bào Mường giữ gìn nhà sàn truyền thống",
 "Số lượt truy cập: 412"],
["Thứ Tư, 28/08/2019 - 16:20", "5 năm", "Giai đoạn 2015 - 2019", "nhiệm kỳ 2020 - 2025", "giai đoạn 2020 - 2025", "30/9/2019", "Số lượt truy cập: 412"]))

PAGES.append(page("b4407-soctrang-baocao-2020", """
BAN DÂN VẬN HUYỆN ỦY TRẦN ĐỀ - TỈNH SÓC TRĂNG
Trang chủ › Văn bản - Tài liệu › Báo cáo
Ngày 16/06/2020 | 08:40
Báo cáo kết quả 10 năm thực hiện Chỉ thị 10-CT/TU và 5 năm thực hiện Kết luận 114-KL/TW trên địa bàn huyện
Ngày 10/6/2020, Ban Dân vận Huyện ủy Trần Đề ban hành Báo cáo số 47-BC/BDVHU tổng kết 10 năm thực hiện Chỉ thị số 10-CT/TU ngày 22/3/2010 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong vùng đồng bào Khmer và sơ kết 5 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư. Báo cáo được gửi Ban Dân vận Tỉnh ủy theo Công văn số 215-CV/BDVTU và Hướng dẫn số 31-HD/BDVTU của Ban Dân vận Tỉnh ủy. Ban Biên tập trích đăng các nội dung chính.
1. Công tác lãnh đạo, chỉ đạo: Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 14, 15-KH/HU, Nghị quyết số 03-NQ/HU và chỉ đạo 11/11 xã, thị trấn xây dựng chương trình hành động; tổ chức 286 cuộc học tập, quán triệt với hơn 19.400 lượt cán bộ, đảng viên, sư sãi và nhân dân tham dự, trong đó 64 cuộc bằng tiếng Khmer.
2. Kết quả nổi bật: 10 năm qua, các cấp vận động xây dựng 1.347 căn nhà đại đoàn kết với tổng kinh phí trên 53,8 tỷ đồng; hỗ trợ 2.260 hộ Khmer nghèo vay vốn sản xuất; 27 chùa Phật giáo Nam tông Khmer duy trì lớp dạy chữ Khmer cho 1.850 học sinh. Tỷ lệ hộ nghèo người Khmer giảm từ 38,4% năm 2010 xuống 8,16% năm 2019. Có 178 người có uy tín được phát huy vai trò trong vận động nhân dân. Thực hiện Kết luận 114, 100% cơ quan nhà nước huyện niêm yết công khai thủ tục hành chính; chính quyền các cấp tổ chức 312 cuộc đối thoại, tiếp nhận 1.026 ý kiến, kiến nghị.
Cũng theo báo cáo, 5 năm qua cán bộ, công chức huyện đã thực hiện 4.120 lượt "3 cùng" với dân, giúp 620 hộ có việc làm ổn định; Ban Chỉ đạo huyện tổ chức 2 đợt cao điểm vận động nhân dân tham gia giữ gìn an ninh trật tự ở 38 ấp, khóm.
3. Hạn chế: vẫn còn 7 vụ việc tranh chấp đất đai kéo dài; một số nơi chưa quan tâm công tác phát triển đảng viên trong đồng bào Khmer (chiếm 23,5% tổng số đảng viên toàn huyện).
4. Đề xuất: Ban Dân vận Huyện ủy đề nghị Tỉnh ủy Sóc Trăng ban hành chỉ thị mới thay thế Chỉ thị 10-CT/TU; đề nghị UBND tỉnh tiếp tục hỗ trợ mỗi người có uy tín 500.000 đồng/quý.
Báo cáo do đồng chí Thạch Sô Phanh, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện ký. Các ý kiến đóng góp của Hòa thượng Lâm Văn Ngọc, Trụ trì chùa Prếk Chóp, xã Đại Ân 2; ông Sơn Ngọc Thanh, Chủ tịch UBND xã Liêu Tú và bà Lý Thị Sa Phia, Phó Chủ tịch Hội LHPN huyện đã được tiếp thu vào báo cáo.
Ban Dân vận Huyện ủy
Tin liên quan
- Hội nghị giao ban khối dân vận 6 tháng đầu năm 2020 (09/06/2020)
- Thăm, chúc mừng Lễ Sene Dolta năm 2020 (28/05/2020)
- Phòng, chống dịch Covid-19 trong các chùa Khmer (14/04/2020)
""", "2020-06-16", "Báo cáo kết quả 10 năm thực hiện Chỉ thị 10-CT/TU và 5 năm thực hiện Kết luận 114-KL/TW trên địa bàn huyện",
E("bao_cao", None, "2020-06-10"),
[P("Thạch Sô Phanh", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lâm Văn Ngọc", "Hòa thượng", "Trụ trì chùa Prếk Chóp"),
 P("Sơn Ngọc Thanh", "Chủ tịch UBND xã Liêu Tú"),
 P("Lý Thị Sa Phia", "Phó Chủ tịch Hội LHPN huyện")],
[Q("11/11 xã, thị trấn", 11, "xã, thị trấn"), Q("286 cuộc học tập, quán triệt", 286, "cuộc học tập, quán triệt"),
 Q("hơn 19.400 lượt cán bộ, đảng viên, sư sãi và nhân dân", 19400, "lượt cán bộ, đảng viên, sư sãi và nhân dân", "over"),
 Q("64 cuộc", 64, "cuộc"), Q("1.347 căn nhà đại đoàn kết", 1347, "căn nhà đại đoàn kết"), Q("trên 53,8 tỷ đồng", 53800000000, "đồng", "over"),
 Q("2.260 hộ Khmer nghèo", 2260, "hộ Khmer nghèo"), Q("27 chùa Phật giáo Nam tông Khmer", 27, "chùa Phật giáo Nam tông Khmer"),
 Q("1.850 học sinh", 1850, "học sinh"), Q("38,4%", 38.4, "%"), Q("8,16%", 8.16, "%"), Q("178 người có uy tín", 178, "người có uy tín"),
 Q("100% cơ quan nhà nước", 100, "%"), Q("312 cuộc đối thoại", 312, "cuộc đối thoại"), Q("1.026 ý kiến, kiến nghị", 1026, "ý kiến, kiến nghị"),
 Q("7 vụ việc tranh chấp đất đai kéo dài", 7, "vụ việc tranh chấp đất đai kéo dài"), Q("23,5%", 23.5, "%"),
 Q("500.000 đồng/quý", 500000, "đồng"), Q("4.120 lượt", 4120, "lượt"), Q("620 hộ", 620, "hộ"),
 Q("2 đợt cao điểm", 2, "đợt cao điểm"), Q("38 ấp, khóm", 38, "ấp, khóm")],
[D("Báo cáo", "47", "BC/BDVHU", "2020-06-10", "Ban Dân vận Huyện ủy Trần Đề", "Báo cáo số 47-BC/BDVHU"),
 D("Chỉ thị", "10", "CT/TU", "2010-03-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 10-CT/TU ngày 22/3/2010"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Công văn", "215", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 215-CV/BDVTU"),
 D("Hướng dẫn", "31", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 31-HD/BDVTU"),
 D("Kế hoạch", "14", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 14, 15-KH/HU"),
 D("Kế hoạch", "15", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 14, 15-KH/HU"),
 D("Nghị quyết", "03", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết số 03-NQ/HU")],
[prov("Sóc Trăng"), com("Đại Ân 2"), com("Liêu Tú")],
["BAN DÂN VẬN HUYỆN ỦY TRẦN ĐỀ - TỈNH SÓC TRĂNG", "Trang chủ › Văn bản - Tài liệu › Báo cáo", "Ban Biên tập trích đăng các nội dung chính.", "3 cùng",
 "Ban Dân vận Huyện ủy"],
["Ngày 16/06/2020 | 08:40", "10 năm", "5 năm", "năm 2010", "năm 2019", "Kết luận 114", "1. Công tác lãnh đạo", "2. Kết quả nổi bật", "3. Hạn chế", "4. Đề xuất", "Đại Ân 2", "3 cùng"]))

PAGES.append(page("b4408-thanhhoa-tongket-2020", """
Báo Thanh Hóa
Thời sự - Chính trị | Xây dựng Đảng
Thứ Bảy, 19/12/2020 - 07:55
Ban Dân vận Tỉnh ủy tổng kết công tác năm 2020, sơ kết 5 năm thực hiện Chương trình hành động 08-CTr/TU
Bạn đọc: 1.285 lượt
(Baothanhhoa.vn) - Chiều 18/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị trực tuyến tổng kết công tác dân vận năm 2020 và sơ kết 5 năm thực hiện Chương trình hành động số 08-CTr/TU của Ban Chấp hành Đảng bộ tỉnh về công tác dân vận giai đoạn 2016 - 2020 tới 27 điểm cầu huyện, thị xã, thành phố. Đồng chí Lê Thị Hoài Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21, 22-CT/TU và Kết luận số 410-KL/TU về công tác dân vận trong đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025; tham mưu tổng kết 10 năm thực hiện Quy chế công tác dân vận theo Quyết định 290-QĐ/TW của Bộ Chính trị. Khối dân vận các cấp đã vận động nhân dân ủng hộ phòng, chống dịch hơn 186 tỷ đồng và 2.400 tấn gạo; hỗ trợ 16.520 hộ nghèo, hộ cận nghèo bị ảnh hưởng.
Sau 5 năm thực hiện Chương trình hành động, 100% cấp ủy cấp huyện và 559/559 đảng bộ xã, phường, thị trấn đã có nghị quyết chuyên đề; toàn tỉnh có 9.845 mô hình "Dân vận khéo", trong đó 358 mô hình cấp tỉnh. Nhân dân hiến trên 5,6 triệu m2 đất, đóng góp trên 6.500 tỷ đồng xây dựng nông thôn mới; 3 huyện miền núi Thường Xuân, Lang Chánh, Bá Thước có 42 bản được công nhận bản văn hóa.
Tại điểm cầu huyện Quan Hóa, đồng chí Phạm Văn Xuân, HUV, Trưởng Ban Dân vận Huyện ủy cho biết đã vận động 218 hộ người Thái, Mông ở vùng nguy cơ sạt lở di dời đến nơi ở mới; ông Hà Văn Thủy, Bí thư Đảng ủy xã Trung Sơn, nêu kinh nghiệm vận động 14 hộ hiến đất làm khu tái định cư. Các đồng chí Trưởng Ban Dân vận Huyện ủy: Lò Văn Hặc (Mường Lát), Vi Thị Tuyết (Như Xuân) chia sẻ cách vận động đồng bào không di cư tự do.
Phát biểu chỉ đạo, đồng chí Trịnh Tuấn Hải, Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh ghi nhận kết quả và đề nghị năm 2021 tập trung quán triệt Nghị quyết Đại hội XIX Đảng bộ tỉnh, Kết luận 43-KL/TW của Ban Bí thư; tham mưu ban hành Nghị quyết chuyên đề về công tác dân vận giai đoạn 2021 - 2025.
Hội nghị cũng chỉ rõ một số hạn chế: vẫn còn 63 vụ việc khiếu kiện đông người, chủ yếu liên quan đến thu hồi đất thực hiện dự án; tại khoảng 10% số xã, hoạt động của tổ dân vận còn hình thức. Dịp này, 32 tập thể, 45 cá nhân được Ban Thường vụ Tỉnh ủy tặng bằng khen vì có thành tích trong 5 năm thực hiện Chương trình hành động số 08-CTr/TU.
Toàn cảnh hội nghị tại điểm cầu Ban Dân vận Tỉnh ủy. Ảnh: Minh Hiếu
Minh Hiếu
Tin cùng chuyên mục
- Triệu Sơn: 5 năm thực hiện Chương trình hành động 08-CTr/TU (10/12/2020)
- Gặp mặt người có uy tín tiêu biểu năm 2020 (01/12/2020)
""", "2020-12-19", "Ban Dân vận Tỉnh ủy tổng kết công tác năm 2020, sơ kết 5 năm thực hiện Chương trình hành động 08-CTr/TU",
E("tong_ket", "2020", "2020-12-18"),
[P("Lê Thị Hoài Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Xuân", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hà Văn Thủy", "Bí thư Đảng ủy xã Trung Sơn"),
 P("Lò Văn Hặc", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vi Thị Tuyết", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trịnh Tuấn Hải", "Phó Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh")],
[Q("27 điểm cầu huyện, thị xã, thành phố", 27, "điểm cầu huyện, thị xã, thành phố"), Q("hơn 186 tỷ đồng", 186000000000, "đồng", "over"),
 Q("2.400 tấn", 2400, "tấn"), Q("16.520 hộ nghèo, hộ cận nghèo", 16520, "hộ nghèo, hộ cận nghèo"), Q("100% cấp ủy", 100, "%"),
 Q("559/559 đảng bộ xã, phường, thị trấn", 559, "đảng bộ xã, phường, thị trấn"), Q("9.845 mô hình", 9845, "mô hình"),
 Q("358 mô hình cấp tỉnh", 358, "mô hình cấp tỉnh"), Q("trên 5,6 triệu m2", 5600000, "m2", "over"),
 Q("trên 6.500 tỷ đồng", 6500000000000, "đồng", "over"), Q("3 huyện miền núi", 3, "huyện miền núi"), Q("42 bản", 42, "bản"),
 Q("218 hộ người Thái, Mông", 218, "hộ người Thái, Mông"), Q("14 hộ", 14, "hộ"),
 Q("63 vụ việc khiếu kiện đông người", 63, "vụ việc khiếu kiện đông người"), Q("khoảng 10%", 10, "%", "approx"),
 Q("32 tập thể", 32, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Chương trình hành động", "08", "CTr/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Chương trình hành động số 08-CTr/TU"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21, 22-CT/TU"),
 D("Kết luận", "410", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 410-KL/TU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 290-QĐ/TW"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận 43-KL/TW")],
[prov("Thanh Hóa"), com("Trung Sơn")],
["Báo Thanh Hóa", "Thời sự - Chính trị | Xây dựng Đảng", "Bạn đọc: 1.285 lượt", "(Baothanhhoa.vn)", "Dân vận khéo",
 "Toàn cảnh hội nghị tại điểm cầu Ban Dân vận Tỉnh ủy. Ảnh: Minh Hiếu", "Nghị quyết Đại hội XIX Đảng bộ tỉnh"],
["Thứ Bảy, 19/12/2020 - 07:55", "Bạn đọc: 1.285 lượt", "năm 2020", "5 năm", "giai đoạn 2016 - 2020", "nhiệm kỳ 2020 - 2025", "10 năm",
 "năm 2021", "giai đoạn 2021 - 2025", "Covid-19", "Đại hội XIX"]))
