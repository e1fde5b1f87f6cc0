from lib import *
PAGES = []

PAGES.append(page("b4181-thaibinh-hiepthuong-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI BÌNH
Trang chủ > Bầu cử ĐBQH và HĐND các cấp > Hoạt động Mặt trận
Thứ Sáu, 18/03/2011 - 16:40
Ảnh: Quang cảnh hội nghị hiệp thương lần thứ ba.
Thái Bình: Lập danh sách 14 người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XIII
Ngày 17/3/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Bình tổ chức hội nghị hiệp thương lần thứ ba để lựa chọn, lập danh sách những người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XIII và đại biểu HĐND tỉnh nhiệm kỳ 2011 - 2016. Đồng chí Phạm Thị Huệ, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có 87 đại biểu là Ủy viên Ủy ban MTTQ tỉnh, đại diện các tổ chức thành viên và Ủy ban bầu cử tỉnh.
Căn cứ Luật Bầu cử đại biểu Quốc hội, Nghị quyết liên tịch số 09/2011/NQLT-UBTVQH12-CP-ĐCTUBTWMTTQVN ngày 31/01/2011 và Hướng dẫn số 12/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, hội nghị đã nghe báo cáo kết quả lấy ý kiến cử tri nơi cư trú và nơi công tác đối với những người ứng cử. Theo đó, đã có 126 hội nghị cử tri ở thôn, tổ dân phố được tổ chức với trên 9.800 lượt cử tri tham dự; tỷ lệ tín nhiệm của những người được giới thiệu đều đạt trên 90%.
Hội nghị đã hiệp thương, thống nhất lập danh sách chính thức 14 người ứng cử đại biểu Quốc hội ở 3 đơn vị bầu cử của tỉnh (trong đó 5 người do Trung ương giới thiệu) để bầu 8 đại biểu Quốc hội; lập danh sách 98 người ứng cử đại biểu HĐND tỉnh để bầu 60 đại biểu ở 17 đơn vị bầu cử. Tỷ lệ người ứng cử là phụ nữ đạt 34,7%, người ngoài Đảng 11 người, người trẻ tuổi dưới 40 tuổi 22 người.
Phát biểu tại hội nghị, ông Đỗ Văn Khiêm, Phó Chủ tịch Thường trực HĐND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh đánh giá công tác hiệp thương được tiến hành đúng luật, dân chủ, khách quan. Ông Nguyễn Hữu Thắng, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, báo cáo có 2 trường hợp tự ứng cử không đủ tín nhiệm tại hội nghị cử tri nơi cư trú ở xã Vũ Hội và xã Đông La.
Kết luận hội nghị, đồng chí Phạm Thị Huệ đề nghị MTTQ các huyện, thành phố gửi danh sách về Ủy ban bầu cử đúng thời hạn trước ngày 20/3; phối hợp tuyên truyền sâu rộng để cử tri hiểu rõ về những người ứng cử, thực hiện tốt Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo cuộc bầu cử.
Hải Yến
Lượt truy cập: 3.216
Tin liên quan
- Hội nghị hiệp thương lần thứ hai (02/03/2011)
- Tập huấn nghiệp vụ bầu cử cho 286 xã, phường, thị trấn (18/02/2011)
- Lấy ý kiến cử tri nơi cư trú đối với người tự ứng cử (11/03/2011)
- Kiểm tra công tác chuẩn bị bầu cử tại huyện Kiến Xương (08/03/2011)
""", "2011-03-18", "Thái Bình: Lập danh sách 14 người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XIII",
E("hoi_nghi", None, "2011-03-17"),
[P("Phạm Thị Huệ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Văn Khiêm", "Phó Chủ tịch Thường trực HĐND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Nguyễn Hữu Thắng", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("87 đại biểu", 87, "đại biểu"), Q("126 hội nghị cử tri", 126, "hội nghị cử tri"),
 Q("trên 9.800 lượt cử tri", 9800, "lượt cử tri", "over"), Q("trên 90%", 90, "%", "over"),
 Q("14 người", 14, "người"), Q("3 đơn vị bầu cử", 3, "đơn vị bầu cử"), Q("5 người", 5, "người"),
 Q("8 đại biểu Quốc hội", 8, "đại biểu Quốc hội"), Q("98 người", 98, "người"), Q("60 đại biểu", 60, "đại biểu"),
 Q("17 đơn vị bầu cử", 17, "đơn vị bầu cử"), Q("34,7%", 34.7, "%"), Q("11 người", 11, "người"), Q("22 người", 22, "người"),
 Q("2 trường hợp", 2, "trường hợp")],
[D("Nghị quyết liên tịch", "09", "2011/NQLT-UBTVQH12-CP-ĐCTUBTWMTTQVN", "2011-01-31", None, "Nghị quyết liên tịch số 09/2011/NQLT-UBTVQH12-CP-ĐCTUBTWMTTQVN ngày 31/01/2011"),
 D("Hướng dẫn", "12", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 12/HD-MTTW-BTT"),
 D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 02-CT/TU")],
[prov("Thái Bình"), com("Vũ Hội"), com("Đông La")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI BÌNH", "Trang chủ > Bầu cử ĐBQH và HĐND các cấp > Hoạt động Mặt trận",
 "Ảnh: Quang cảnh hội nghị hiệp thương lần thứ ba.", "Luật Bầu cử đại biểu Quốc hội", "Lượt truy cập: 3.216", "Ủy ban bầu cử tỉnh"],
["Thứ Sáu, 18/03/2011 - 16:40", "lần thứ ba", "khóa XIII", "nhiệm kỳ 2011 - 2016", "dưới 40 tuổi", "ngày 20/3", "Lượt truy cập: 3.216"]))

PAGES.append(page("b4182-nghean-ngaybaucu-2011", """
Báo Nghệ An điện tử
Thời sự > Bầu cử Quốc hội khóa XIII và HĐND các cấp
Cập nhật: 21:15, 22/05/2011 (GMT+7)
Nghệ An: Hơn 2 triệu cử tri nô nức đi bầu cử
(Baonghean) - Đến 19 giờ ngày 22/5, toàn tỉnh Nghệ An đã có 2.086.452 cử tri đi bầu, đạt tỷ lệ 99,12% tổng số cử tri trong danh sách. 4.412 khu vực bỏ phiếu trên địa bàn 21 huyện, thành, thị đã kết thúc bỏ phiếu an toàn, đúng luật.
Cử tri xã Môn Sơn bỏ phiếu tại khu vực bỏ phiếu số 3. Ảnh: Thành Chung
Ngay từ 7 giờ sáng, các đồng chí lãnh đạo chủ chốt của tỉnh đã bỏ phiếu tại các khu vực bỏ phiếu nơi cư trú. Đồng chí Trần Quốc Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch Ủy ban bầu cử tỉnh bỏ phiếu tại khu vực bỏ phiếu số 1, phường Hưng Dũng, thành phố Vinh. Các đồng chí Phó Chủ tịch UBND tỉnh: Lê Xuân Hạnh, Nguyễn Xuân Lâm, Đinh Viết Lam bỏ phiếu tại các khu vực nơi cư trú và sau đó đi kiểm tra tại các huyện miền núi.
Tại huyện Con Cuông, hơn 200 cử tri người Đan Lai ở bản Khe Nóng, xã Môn Sơn phải đi thuyền hơn 2 giờ để đến điểm bỏ phiếu. Ông Lương Văn Thành, Chủ tịch UBND xã Môn Sơn, Tổ trưởng Tổ bầu cử số 3 cho biết, đến 11 giờ trưa, 100% cử tri của khu vực đã hoàn thành việc bỏ phiếu. Ở xã Tri Lễ, huyện Quế Phong, cụ Lô Thị Cặn, 92 tuổi, người Thái, được con cháu đưa đến bỏ phiếu sớm.
Theo báo cáo của Ủy ban bầu cử tỉnh, toàn tỉnh có 2.104.977 cử tri; bầu 13 đại biểu Quốc hội trong số 22 người ứng cử ở 4 đơn vị bầu cử, bầu 85 đại biểu HĐND tỉnh trong số 141 người ứng cử. Có 6 khu vực bỏ phiếu phải sử dụng hòm phiếu phụ để phục vụ cử tri ốm đau, già yếu, khuyết tật và 2 trại tạm giam.
Bà Vi Thị Hương, Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh, Trưởng đoàn kiểm tra số 2, cho biết không phát hiện trường hợp vi phạm nào; tuy nhiên ở một số khu vực vẫn còn hiện tượng bầu thay, bầu hộ do cử tri cao tuổi nhờ người nhà. Đoàn đã nhắc nhở các tổ bầu cử thực hiện đúng quy định tại Nghị quyết số 1018/NQ-UBTVQH12 và Quyết định số 41/QĐ-UBBC của Ủy ban bầu cử tỉnh.
Tại phường Hưng Dũng, ông Hoàng Văn Tâm, Bí thư Đảng ủy phường, Trưởng Ban bầu cử đơn vị số 5 cho biết phường có 11 khu vực bỏ phiếu với 18.630 cử tri; Ban Công tác Mặt trận các khối đã vận động gần 300 đoàn viên thanh niên tham gia hướng dẫn, giữ trật tự.
Ngay sau 19 giờ, các tổ bầu cử bắt đầu kiểm phiếu công khai dưới sự chứng kiến của cử tri và đại diện người ứng cử.
Thành Chung - Hồng Nhung
Số lượt xem: 5.448
Tin khác
- Công bố danh sách 22 người ứng cử đại biểu Quốc hội (28/04/2011)
- Thanh Chương: cử tri vùng giáo đi bầu sớm (22/05/2011)
- Bảo đảm an ninh ngày bầu cử tại 4.412 khu vực bỏ phiếu (20/05/2011)
- Hình ảnh ngày hội non sông ở miền Tây xứ Nghệ (22/05/2011)
""", "2011-05-22", "Nghệ An: Hơn 2 triệu cử tri nô nức đi bầu cử",
E("khac", None, "2011-05-22"),
[P("Trần Quốc Hưng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Lê Xuân Hạnh", "Phó Chủ tịch UBND tỉnh"), P("Nguyễn Xuân Lâm", "Phó Chủ tịch UBND tỉnh"), P("Đinh Viết Lam", "Phó Chủ tịch UBND tỉnh"),
 P("Lương Văn Thành", "Chủ tịch UBND xã Môn Sơn", "Tổ trưởng Tổ bầu cử số 3"),
 P("Lô Thị Cặn"), P("Hoàng Văn Tâm", "Bí thư Đảng ủy phường", "Trưởng Ban bầu cử đơn vị số 5"),
 P("Vi Thị Hương", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh", "Trưởng đoàn kiểm tra số 2")],
[Q("Hơn 2 triệu cử tri", 2000000, "cử tri", "over"), Q("2.086.452 cử tri", 2086452, "cử tri"), Q("99,12%", 99.12, "%"),
 Q("4.412 khu vực bỏ phiếu", 4412, "khu vực bỏ phiếu"), Q("21 huyện, thành, thị", 21, "huyện, thành, thị"),
 Q("hơn 200 cử tri", 200, "cử tri", "over"), Q("100%", 100, "%"), Q("2.104.977 cử tri", 2104977, "cử tri"),
 Q("13 đại biểu Quốc hội", 13, "đại biểu Quốc hội"), Q("22 người", 22, "người"), Q("4 đơn vị bầu cử", 4, "đơn vị bầu cử"),
 Q("85 đại biểu", 85, "đại biểu"), Q("141 người", 141, "người"), Q("6 khu vực bỏ phiếu", 6, "khu vực bỏ phiếu"),
 Q("2 trại tạm giam", 2, "trại tạm giam"), Q("11 khu vực bỏ phiếu", 11, "khu vực bỏ phiếu"), Q("18.630 cử tri", 18630, "cử tri"),
 Q("gần 300 đoàn viên thanh niên", 300, "đoàn viên thanh niên", "approx")],
[D("Nghị quyết", "1018", "NQ-UBTVQH12", None, None, "Nghị quyết số 1018/NQ-UBTVQH12"),
 D("Quyết định", "41", "QĐ-UBBC", None, "Ủy ban bầu cử tỉnh", "Quyết định số 41/QĐ-UBBC")],
[prov("Nghệ An"), com("Môn Sơn"), com("Hưng Dũng"), com("Tri Lễ")],
["Báo Nghệ An điện tử", "Thời sự > Bầu cử Quốc hội khóa XIII và HĐND các cấp", "(Baonghean)",
 "Cử tri xã Môn Sơn bỏ phiếu tại khu vực bỏ phiếu số 3. Ảnh: Thành Chung", "Số lượt xem: 5.448", "Đan Lai"],
["Cập nhật: 21:15, 22/05/2011 (GMT+7)", "19 giờ", "7 giờ", "khu vực bỏ phiếu số 1", "2 giờ", "11 giờ", "92 tuổi", "Tổ bầu cử số 3", "đoàn kiểm tra số 2", "đơn vị số 5", "Số lượt xem: 5.448"]))

PAGES.append(page("b4183-quangnam-tiepxuccutri-2012", """
QUẢNG NAM ONLINE - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động của HĐND
08:15 | 30/11/2012
Ông Trần Văn Lực phát biểu tại buổi tiếp xúc.
Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Nam Trà My
Trước kỳ họp thứ 6 HĐND tỉnh khóa VIII, ngày 28/11, Tổ đại biểu HĐND tỉnh Quảng Nam ứng cử tại đơn vị bầu cử số 14 gồm các ông, bà: Trần Văn Lực, Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh; Hồ Thị Thanh, Phó Bí thư Huyện ủy Nam Trà My và Hồ Văn Điều, Bí thư Đảng ủy xã Trà Mai đã tổ chức hội nghị tiếp xúc cử tri tại xã Trà Mai và xã Trà Don. Có hơn 230 cử tri người Ca Dong, Xơ Đăng tham dự.
Tại hội nghị, cử tri đã nêu 27 ý kiến, kiến nghị tập trung vào việc hỗ trợ gạo cứu đói giáp hạt, đầu tư 2 cầu treo qua sông Tang, cấp đất sản xuất cho 146 hộ nghèo thiếu đất và triển khai Quyết định 134/2004/QĐ-TTg của Thủ tướng Chính phủ còn chậm. Cử tri Hồ Văn Bốn, thôn 2, xã Trà Don phản ánh 35 hộ dân ở khu vực sạt lở chưa được bố trí tái định cư sau bão số 9 năm 2009.
Bà Hồ Thị Thanh thay mặt Tổ đại biểu giải trình: năm 2012 huyện đã cấp 186 tấn gạo cho 3.400 khẩu thiếu đói, hoàn thành 12 km đường giao thông nông thôn, thực hiện Nghị quyết 30a/2008/NQ-CP của Chính phủ với tổng vốn hơn 48 tỷ đồng. Riêng việc di dời, tái định cư, huyện đã có kế hoạch số 112/KH-UBND giai đoạn 2012 - 2015, ưu tiên bố trí vốn cho xã Trà Don.
Ông Trần Văn Lực tiếp thu và cho biết Tổ sẽ tổng hợp đầy đủ ý kiến gửi Thường trực HĐND tỉnh, đề nghị UBND tỉnh xem xét tại kỳ họp cuối năm. Ông cũng thông tin kết quả thực hiện Nghị quyết số 29/2012/NQ-HĐND về hỗ trợ cán bộ thôn vùng cao, theo đó mỗi trưởng thôn được hỗ trợ thêm 300.000 đồng/tháng.
Ông Hồ Văn Điều, Bí thư Đảng ủy xã Trà Mai cảm ơn cử tri đã thẳng thắn đóng góp, đề nghị Ủy ban MTTQ xã tiếp tục giám sát việc giải quyết các kiến nghị. Tham dự buổi tiếp xúc có bà Nguyễn Thị Bích, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Nam Trà My.
Cũng tại hội nghị, cử tri Hồ Thị Liên, thôn 1, xã Trà Mai đề nghị xem xét nâng mức hỗ trợ cho 42 người có uy tín trong đồng bào dân tộc thiểu số của huyện và sớm bố trí 4 giáo viên cho điểm trường Tắk Ngo. Ông Hồ Văn Điều thông tin xã đã vận động 96 hộ hiến hơn 3.000 m2 đất làm đường bê tông, huy động được 215 ngày công.
Theo kế hoạch, từ ngày 26/11 đến 1/12, 59 đại biểu HĐND tỉnh sẽ tiếp xúc cử tri tại 18 huyện, thành phố.
Vĩnh Lộc
Lượt xem: 1.204
Tin liên quan
- Đại biểu Quốc hội tiếp xúc cử tri Tam Kỳ (25/11/2012)
- Nam Trà My: Cử tri kiến nghị đầu tư đường lên thôn 5 (16/06/2012)
- Bế mạc kỳ họp thứ 5 HĐND tỉnh khóa VIII (20/07/2012)
""", "2012-11-30", "Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Nam Trà My",
E("hoi_nghi", None, "2012-11-28"),
[P("Trần Văn Lực", "Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Hồ Thị Thanh", "Phó Bí thư Huyện ủy Nam Trà My"),
 P("Hồ Văn Điều", "Bí thư Đảng ủy xã Trà Mai"),
 P("Hồ Văn Bốn"), P("Hồ Thị Liên"),
 P("Nguyễn Thị Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Nam Trà My")],
[Q("hơn 230 cử tri", 230, "cử tri", "over"), Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"), Q("2 cầu treo", 2, "cầu treo"),
 Q("146 hộ nghèo thiếu đất", 146, "hộ nghèo thiếu đất"), Q("35 hộ dân", 35, "hộ dân"), Q("186 tấn gạo", 186, "tấn"),
 Q("3.400 khẩu thiếu đói", 3400, "khẩu thiếu đói"), Q("12 km", 12, "km"), Q("hơn 48 tỷ đồng", 48000000000, "đồng", "over"),
 Q("300.000 đồng/tháng", 300000, "đồng"), Q("42 người có uy tín", 42, "người có uy tín"), Q("4 giáo viên", 4, "giáo viên"),
 Q("96 hộ", 96, "hộ"), Q("hơn 3.000 m2", 3000, "m2", "over"), Q("215 ngày công", 215, "ngày công"), Q("59 đại biểu", 59, "đại biểu"), Q("18 huyện, thành phố", 18, "huyện, thành phố")],
[D("Quyết định", "134", "2004/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 134/2004/QĐ-TTg"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP"),
 D("Kế hoạch", "112", "KH-UBND", None, None, "kế hoạch số 112/KH-UBND"),
 D("Nghị quyết", "29", "2012/NQ-HĐND", None, None, "Nghị quyết số 29/2012/NQ-HĐND")],
[prov("Quảng Nam"), com("Trà Mai"), com("Trà Don")],
["QUẢNG NAM ONLINE - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động của HĐND",
 "Ông Trần Văn Lực phát biểu tại buổi tiếp xúc.", "Lượt xem: 1.204", "Tổ đại biểu HĐND tỉnh"],
["08:15 | 30/11/2012", "kỳ họp thứ 6", "khóa VIII", "đơn vị bầu cử số 14", "thôn 2", "thôn 1", "bão số 9", "năm 2009", "giai đoạn 2012 - 2015", "Lượt xem: 1.204"]))

PAGES.append(page("b4184-laocai-bautruongthon-2013", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ » Tin tức » Dân vận các cấp
12-04-2013 10:30
Lào Cai: 99,2% cử tri tham gia bầu trưởng thôn, tổ trưởng tổ dân phố
Ngày 10/4/2013, Ban Thường trực Ủy ban MTTQ tỉnh Lào Cai phối hợp với Sở Nội vụ tổ chức hội nghị tổng kết công tác bầu cử trưởng thôn, tổ trưởng tổ dân phố năm 2013. Dự hội nghị có đồng chí Giàng Seo Phử, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Lý Thị Vinh, Phó Trưởng Ban Dân vận Tỉnh ủy và 64 đại biểu là Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn.
Toàn cảnh hội nghị. Ảnh: Thu Hà
Báo cáo tại hội nghị nêu rõ: thực hiện Thông tư liên tịch số 09/2008/TTLT-BNV-MTTQVN và Kế hoạch số 18/KH-MTTQ-BTT ngày 15/01/2013 của Ban Thường trực Ủy ban MTTQ tỉnh, toàn tỉnh đã tổ chức bầu 1.946 trưởng thôn, bản và 218 tổ trưởng tổ dân phố. Tỷ lệ cử tri là chủ hộ tham gia đạt 99,2%; có 1.893 người trúng cử ngay lần đầu, 53 thôn phải bầu lại do không người nào đạt quá 50% số phiếu. Số trưởng thôn là người dân tộc thiểu số chiếm 82,6%, là đảng viên 1.102 người, là nữ 137 người.
Tại hội nghị, ông Vàng A Dình, Chủ tịch Ủy ban MTTQ xã Bản Phố, huyện Bắc Hà cho biết xã có 17 thôn đều bầu thành công; ông Thào Seo Lử, trưởng thôn Lùng Phình, được cử tri tín nhiệm với 96% số phiếu. Bà Tẩn Thị Mẩy, Chủ tịch Ủy ban MTTQ xã Tả Phìn, Sa Pa nêu khó khăn khi nhiều hộ người Dao đi làm ăn xa, phải tổ chức bầu vào buổi tối.
Đồng chí Lý Thị Vinh ghi nhận vai trò của Ban công tác Mặt trận ở khu dân cư và đề nghị tiếp tục thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện quy chế dân chủ ở cơ sở; bồi dưỡng cho các trưởng thôn mới trong quý II.
Phát biểu kết luận, đồng chí Giàng Seo Phử yêu cầu các huyện tổ chức tập huấn cho 100% trưởng thôn, tổ trưởng tổ dân phố trước ngày 30/6; thực hiện chế độ phụ cấp theo Quyết định số 41/2012/QĐ-UBND của UBND tỉnh, mức 0,5 lần mức lương cơ sở.
Theo đánh giá, bên cạnh kết quả đạt được, việc niêm yết danh sách cử tri ở một số thôn vùng cao còn chậm; 7 thôn ở huyện Si Ma Cai và Mường Khương phải lùi ngày bầu do đường bị sạt lở. Ông Hầu A Lềnh, Phó Chủ tịch Ủy ban MTTQ huyện Si Ma Cai, cho biết huyện đã bố trí 26 tổ công tác xuống tận thôn, vận động trên 4.200 hộ tham gia bầu cử, kết quả không có thôn nào phải bầu lại lần hai.
Dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 9 tập thể và 15 cá nhân có thành tích trong tổ chức bầu cử.
Minh Tuấn
Lượt xem: 741
Tin khác
- Bắc Hà: 100% thôn hoàn thành bầu trưởng thôn (25/03/2013)
- Hướng dẫn bầu trưởng thôn nhiệm kỳ 2013 - 2015 (18/01/2013)
- Sa Pa tổng kết 10 năm thực hiện quy chế dân chủ cơ sở (12/12/2012)
- Mường Khương: ra mắt 3 mô hình "Dân vận khéo" (28/11/2012)
""", "2013-04-12", "Lào Cai: 99,2% cử tri tham gia bầu trưởng thôn, tổ trưởng tổ dân phố",
E("tong_ket", "2013", "2013-04-10"),
[P("Giàng Seo Phử", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lý Thị Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng A Dình", "Chủ tịch Ủy ban MTTQ xã Bản Phố"),
 P("Thào Seo Lử", "trưởng thôn Lùng Phình"),
 P("Tẩn Thị Mẩy", "Chủ tịch Ủy ban MTTQ xã Tả Phìn"),
 P("Hầu A Lềnh", "Phó Chủ tịch Ủy ban MTTQ huyện Si Ma Cai")],
[Q("99,2%", 99.2, "%"), Q("64 đại biểu", 64, "đại biểu"), Q("1.946 trưởng thôn, bản", 1946, "trưởng thôn, bản"),
 Q("218 tổ trưởng tổ dân phố", 218, "tổ trưởng tổ dân phố"), Q("1.893 người", 1893, "người"), Q("53 thôn", 53, "thôn"),
 Q("quá 50%", 50, "%", "over"), Q("82,6%", 82.6, "%"), Q("1.102 người", 1102, "người"), Q("137 người", 137, "người"),
 Q("17 thôn", 17, "thôn"), Q("96%", 96, "%"), Q("100%", 100, "%"), Q("7 thôn", 7, "thôn"), Q("26 tổ công tác", 26, "tổ công tác"), Q("trên 4.200 hộ", 4200, "hộ", "over"),
 Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Thông tư liên tịch", "09", "2008/TTLT-BNV-MTTQVN", None, None, "Thông tư liên tịch số 09/2008/TTLT-BNV-MTTQVN"),
 D("Kế hoạch", "18", "KH-MTTQ-BTT", "2013-01-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT ngày 15/01/2013"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW"),
 D("Quyết định", "41", "2012/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 41/2012/QĐ-UBND")],
[prov("Lào Cai"), com("Bản Phố"), com("Tả Phìn")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ » Tin tức » Dân vận các cấp", "Toàn cảnh hội nghị. Ảnh: Thu Hà", "Lượt xem: 741"],
["12-04-2013 10:30", "năm 2013", "quý II", "ngày 30/6", "0,5 lần", "lần hai", "Lượt xem: 741"]))

PAGES.append(page("b4185-cantho-baubosung-2014", """
Cổng thông tin điện tử thành phố Cần Thơ
Trang chủ | Chính trị | Hoạt động HĐND - MTTQ
Ngày đăng 25/10/2014 | 15:20
Ảnh: Cử tri phường An Khánh bỏ phiếu.
Cần Thơ: Bầu cử bổ sung 2 đại biểu HĐND thành phố khóa VIII thành công tốt đẹp
Ngày 19/10/2014, tại 46 khu vực bỏ phiếu thuộc 2 đơn vị bầu cử ở quận Ninh Kiều và huyện Phong Điền, cử tri đã tham gia bầu cử bổ sung đại biểu HĐND thành phố khóa VIII, nhiệm kỳ 2011 - 2016. Có 61.874 cử tri đi bầu, đạt tỷ lệ 98,63%.
Cuộc bầu cử được tổ chức theo Nghị quyết số 07/NQ-HĐND ngày 10/7/2014 của HĐND thành phố và Quyết định số 2315/QĐ-UBND của UBND thành phố về thành lập Ủy ban bầu cử. Danh sách 5 người ứng cử được Ban Thường trực Ủy ban MTTQ Việt Nam thành phố hiệp thương qua 3 hội nghị, lấy ý kiến cử tri tại 4 hội nghị nơi cư trú với 412 cử tri tham dự.
Kết quả, ở đơn vị bầu cử số 2 (quận Ninh Kiều), bà Trương Thị Kim Ngân, Phó Giám đốc Sở Tư pháp trúng cử với 78,45% số phiếu hợp lệ; ở đơn vị bầu cử số 9 (huyện Phong Điền), ông Lâm Văn Sang, Phó Chủ tịch UBND huyện Phong Điền trúng cử với 81,02%. Tỷ lệ phiếu không hợp lệ là 1,3%.
Ông Huỳnh Thanh Tâm, Phó Chủ tịch Thường trực HĐND thành phố, Chủ tịch Ủy ban bầu cử bổ sung, đánh giá các tổ bầu cử đã làm việc nghiêm túc; 100% khu vực bỏ phiếu kết thúc trước 19 giờ. Tại phường An Khánh và xã Nhơn Ái, nhiều cử tri cao tuổi đến bỏ phiếu từ sớm. Bà Sơn Thị Sa Ri, người Khmer ở ấp Nhơn Lộc, xã Nhơn Ái, 78 tuổi, chia sẻ: "Tôi đi bầu để chọn người nói được tiếng nói của dân".
Ông Nguyễn Văn Phúc, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố cho biết, Mặt trận các cấp đã huy động gần 500 thành viên Ban công tác Mặt trận và 120 đoàn viên thanh niên tham gia tuyên truyền, hỗ trợ cử tri; chi khoảng 180 triệu đồng từ nguồn kinh phí bầu cử để in tài liệu và tiểu sử người ứng cử.
Trước đó, trong tháng 9 và tháng 10, Ủy ban MTTQ thành phố phối hợp tổ chức 6 buổi tiếp xúc giữa người ứng cử với cử tri, thu hút trên 1.100 lượt cử tri; cử tri đã nêu 38 ý kiến về chỉnh trang đô thị, chống ngập và trật tự xây dựng. Các ứng cử viên đều cam kết thực hiện chương trình hành động nếu trúng cử.
Sau bầu cử bổ sung, HĐND thành phố khóa VIII có đủ 51 đại biểu.
Bảo Trân
Lượt xem: 962
Tin liên quan
- Hiệp thương lần thứ hai bầu cử bổ sung đại biểu HĐND thành phố (22/08/2014)
- Phong Điền: tiếp xúc cử tri với người ứng cử (10/10/2014)
- Kỳ họp thứ 12 HĐND thành phố khóa VIII (09/07/2014)
- Ninh Kiều: sẵn sàng cho bầu cử bổ sung (16/10/2014)
- Ủy ban MTTQ thành phố giám sát việc lập danh sách cử tri bầu cử bổ sung (03/10/2014)
""", "2014-10-25", "Cần Thơ: Bầu cử bổ sung 2 đại biểu HĐND thành phố khóa VIII thành công tốt đẹp",
E("khac", None, "2014-10-19"),
[P("Trương Thị Kim Ngân", "Phó Giám đốc Sở Tư pháp"),
 P("Lâm Văn Sang", "Phó Chủ tịch UBND huyện Phong Điền"),
 P("Huỳnh Thanh Tâm", "Phó Chủ tịch Thường trực HĐND thành phố", "Chủ tịch Ủy ban bầu cử bổ sung"),
 P("Sơn Thị Sa Ri"),
 P("Nguyễn Văn Phúc", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố")],
[Q("2 đại biểu", 2, "đại biểu"), Q("46 khu vực bỏ phiếu", 46, "khu vực bỏ phiếu"), Q("2 đơn vị bầu cử", 2, "đơn vị bầu cử"),
 Q("61.874 cử tri", 61874, "cử tri"), Q("98,63%", 98.63, "%"), Q("5 người", 5, "người"), Q("3 hội nghị", 3, "hội nghị"),
 Q("4 hội nghị", 4, "hội nghị"), Q("412 cử tri", 412, "cử tri"), Q("78,45%", 78.45, "%"), Q("81,02%", 81.02, "%"),
 Q("1,3%", 1.3, "%"), Q("100%", 100, "%"), Q("gần 500 thành viên Ban công tác Mặt trận", 500, "thành viên Ban công tác Mặt trận", "approx"),
 Q("120 đoàn viên thanh niên", 120, "đoàn viên thanh niên"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("6 buổi tiếp xúc", 6, "buổi tiếp xúc"), Q("trên 1.100 lượt cử tri", 1100, "lượt cử tri", "over"), Q("38 ý kiến", 38, "ý kiến"),
 Q("51 đại biểu", 51, "đại biểu")],
[D("Nghị quyết", "07", "NQ-HĐND", "2014-07-10", "HĐND thành phố", "Nghị quyết số 07/NQ-HĐND ngày 10/7/2014"),
 D("Quyết định", "2315", "QĐ-UBND", None, "UBND thành phố", "Quyết định số 2315/QĐ-UBND")],
[prov("Cần Thơ"), com("An Khánh"), com("Nhơn Ái")],
["Cổng thông tin điện tử thành phố Cần Thơ", "Trang chủ | Chính trị | Hoạt động HĐND - MTTQ", "Ảnh: Cử tri phường An Khánh bỏ phiếu.", "Lượt xem: 962"],
["Ngày đăng 25/10/2014 | 15:20", "khóa VIII", "nhiệm kỳ 2011 - 2016", "đơn vị bầu cử số 2", "đơn vị bầu cử số 9", "19 giờ", "78 tuổi", "Lượt xem: 962"]))

PAGES.append(page("b4186-daklak-taphuanbaucu-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Vị trí: Trang chủ >> Tin hoạt động >> Công tác bầu cử
15/12/2015 - 09:45
Đắk Lắk: Tập huấn nghiệp vụ hiệp thương, giới thiệu người ứng cử cho cán bộ Mặt trận
Trong 2 ngày 11 và 12/12/2015, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức hội nghị tập huấn nghiệp vụ công tác hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021. Tham dự có 420 đồng chí là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các huyện, thị xã, thành phố và 184 xã, phường, thị trấn.
Báo cáo viên Y Bhông Niê Kđăm giới thiệu các nội dung hiệp thương. Ảnh: H'Xuân
Đồng chí Y Bhông Niê Kđăm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khai mạc và quán triệt Chỉ thị số 51-CT/TW ngày 4/11/2015 của Bộ Chính trị về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021. Các báo cáo viên: bà H'Ngọc Mlô, ông Lê Văn Đoàn - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã hướng dẫn quy trình 5 bước hiệp thương, việc tổ chức hội nghị cử tri nơi cư trú, nơi công tác và xử lý các tình huống phát sinh.
Theo dự kiến, cuộc bầu cử sẽ diễn ra vào ngày 22/5/2016; tỉnh được bầu 12 đại biểu Quốc hội và 75 đại biểu HĐND tỉnh. Cả tỉnh dự kiến có khoảng 1.240.000 cử tri, trong đó trên 35% là đồng bào dân tộc thiểu số ở 672 buôn, thôn.
Ông Y Bhiêr Mlô, Chủ tịch Ủy ban MTTQ xã Ea Tul, huyện Cư M'gar đề nghị sớm có tài liệu song ngữ Việt - Êđê để tuyên truyền cho cử tri ở 18 buôn. Bà Nguyễn Thị Hòa, Phó Chủ tịch Ủy ban MTTQ phường Tân Lợi, thành phố Buôn Ma Thuột hỏi về cách lấy ý kiến cử tri đối với người tự ứng cử. Các câu hỏi đã được ban tổ chức giải đáp cụ thể theo Nghị quyết số 1081/NQ-UBTVQH13 và Hướng dẫn số 36/HD-MTTW-BTT.
Cũng tại lớp tập huấn, bà Lê Thị Kim Oanh, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh thông tin: trong năm 2015, Mặt trận các cấp đã tổ chức 236 cuộc giám sát, phối hợp tổ chức 1.026 buổi tiếp xúc cử tri của đại biểu Quốc hội và đại biểu HĐND; tổng hợp, chuyển 3.418 ý kiến, kiến nghị của cử tri đến các cơ quan có thẩm quyền.
Bế mạc tập huấn, đồng chí Lê Văn Đoàn yêu cầu các cấp Mặt trận chuẩn bị chu đáo cho hội nghị hiệp thương lần thứ nhất, dự kiến tổ chức trong tháng 2/2016; phối hợp với già làng, người có uy tín vận động cử tri. Mỗi học viên được cấp 1 bộ tài liệu và hỗ trợ 150.000 đồng/ngày.
H'Xuân
Lượt xem: 1.388
Các tin đã đưa
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 3, khóa VIII (04/12/2015)
- Krông Bông: tập huấn công tác Mặt trận ở khu dân cư (20/11/2015)
- Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ VIII (02/10/2014)
""", "2015-12-15", "Đắk Lắk: Tập huấn nghiệp vụ hiệp thương, giới thiệu người ứng cử cho cán bộ Mặt trận",
E("tap_huan", None, "2015-12-11"),
[P("Y Bhông Niê Kđăm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Ngọc Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Đoàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Bhiêr Mlô", "Chủ tịch Ủy ban MTTQ xã Ea Tul"),
 P("Nguyễn Thị Hòa", "Phó Chủ tịch Ủy ban MTTQ phường Tân Lợi"),
 P("Lê Thị Kim Oanh", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("420 đồng chí", 420, "đồng chí"), Q("184 xã, phường, thị trấn", 184, "xã, phường, thị trấn"),
 Q("12 đại biểu Quốc hội", 12, "đại biểu Quốc hội"), Q("75 đại biểu", 75, "đại biểu"),
 Q("khoảng 1.240.000 cử tri", 1240000, "cử tri", "approx"), Q("trên 35%", 35, "%", "over"), Q("672 buôn, thôn", 672, "buôn, thôn"),
 Q("18 buôn", 18, "buôn"), Q("236 cuộc giám sát", 236, "cuộc giám sát"), Q("1.026 buổi tiếp xúc cử tri", 1026, "buổi tiếp xúc cử tri"),
 Q("3.418 ý kiến, kiến nghị", 3418, "ý kiến, kiến nghị"), Q("150.000 đồng/ngày", 150000, "đồng")],
[D("Chỉ thị", "51", "CT/TW", "2015-11-04", "Bộ Chính trị", "Chỉ thị số 51-CT/TW ngày 4/11/2015"),
 D("Nghị quyết", "1081", "NQ-UBTVQH13", None, None, "Nghị quyết số 1081/NQ-UBTVQH13"),
 D("Hướng dẫn", "36", "HD-MTTW-BTT", None, None, "Hướng dẫn số 36/HD-MTTW-BTT")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Tân Lợi")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Vị trí: Trang chủ >> Tin hoạt động >> Công tác bầu cử",
 "Báo cáo viên Y Bhông Niê Kđăm giới thiệu các nội dung hiệp thương. Ảnh: H'Xuân", "Lượt xem: 1.388"],
["15/12/2015 - 09:45", "2 ngày", "khóa XIV", "nhiệm kỳ 2016 - 2021", "5 bước", "lần thứ nhất", "tháng 2/2016", "1 bộ tài liệu", "420 đồng chí", "Lượt xem: 1.388"]))
