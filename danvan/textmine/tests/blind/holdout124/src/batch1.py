from lib import *
PAGES = []

PAGES.append(page("b2933-laocai-batxat-giaoban-t9-2011", """
HUYỆN ỦY BÁT XÁT - TỈNH LÀO CAI
Trang chủ » Hoạt động các ban Đảng » Dân vận
Thứ Sáu, 07/10/2011 - 09:30
Ảnh: Quang cảnh buổi giao ban.
Bát Xát giao ban công tác dân vận tháng 9
Ngày 05/10/2011, Ban Dân vận Huyện ủy Bát Xát tổ chức giao ban công tác dân vận tháng 9, triển khai nhiệm vụ tháng 10 năm 2011. Đồng chí Vàng Seo Páo, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì; dự có 34 đồng chí là trưởng khối dân vận của 23 xã, thị trấn và lãnh đạo Ủy ban MTTQ, các đoàn thể huyện.
Báo cáo do đồng chí Lý Thị Mẩy, Phó Trưởng Ban Dân vận Huyện ủy trình bày cho biết, trong tháng 9 khối dân vận đã tổ chức 41 buổi tuyên truyền tại thôn bản với hơn 3.200 lượt người nghe; phối hợp vận động 118 hộ đồng bào Mông, Dao ở các xã vùng cao tự nguyện di chuyển ra khỏi vùng nguy cơ sạt lở; vận động nhân dân hiến 6.400 m2 đất, đóng góp 1.150 ngày công và khoảng 215 triệu đồng làm 4,2 km đường bê tông nông thôn. Các cơ quan dân vận tiếp nhận 19 đơn thư, kiến nghị, đã phối hợp giải quyết 15 đơn, còn 4 đơn đang xác minh. Toàn huyện hiện có 27 mô hình "Dân vận khéo", trong đó 6 mô hình mới đăng ký trong tháng.
Ban Dân vận Huyện ủy đã hướng dẫn các xã thực hiện Chỉ thị số 05-CT/HU ngày 12/8/2011 của Ban Thường vụ Huyện ủy về tăng cường công tác vận động đồng bào dân tộc thiểu số phát triển kinh tế và Kế hoạch số 17-KH/BDVHU về kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại xã Y Tý, xã A Mú Sung.
Tại buổi giao ban, đồng chí Chảo Láo Lở, Bí thư Đảng ủy xã Trịnh Tường, phản ánh tình hình một số hộ dân ở thôn giáp biên chưa đồng thuận trong việc mở đường tuần tra; đồng chí Sần Thị Lan, Chủ tịch Hội LHPN xã Quang Kim, đề nghị tăng kinh phí cho hoạt động của tổ hòa giải.
Kết luận giao ban, đồng chí Vàng Seo Páo giao nhiệm vụ tháng 10: tiếp tục quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; nắm chắc tình hình tư tưởng nhân dân vùng biên giới, không để kẻ xấu lôi kéo; hoàn thành trước ngày 25/10 việc rà soát 1.240 hộ nghèo theo tiêu chí mới; phối hợp MTTQ chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư.
Theo đánh giá chung, công tác dân vận của huyện đã góp phần giữ ổn định an ninh vùng biên giới tỉnh Lào Cai; tuy nhiên việc nắm tình hình ở một số thôn còn chậm.
Dịp này, đồng chí Phàn Văn Sành, Chánh Văn phòng Huyện ủy, thông báo kế hoạch kiểm tra của Ban Thường vụ Huyện ủy quý IV.
Minh Hà
Lượt xem: 412
Tin liên quan
- Bát Xát ra mắt 3 mô hình dân vận khéo (20/09/2011)
- Xã Y Tý tổ chức đối thoại với nhân dân (08/09/2011)
- Giao ban công tác dân vận tháng 8 (06/09/2011)
- Đoàn công tác Ban Dân vận Tỉnh ủy làm việc tại Bát Xát (25/08/2011)
""", "2011-10-07", "Bát Xát giao ban công tác dân vận tháng 9",
E("giao_ban", "2011-09", "2011-10-05"),
[P("Vàng Seo Páo", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Thị Mẩy", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Chảo Láo Lở", "Bí thư Đảng ủy xã Trịnh Tường"),
 P("Sần Thị Lan", "Chủ tịch Hội LHPN xã Quang Kim"),
 P("Phàn Văn Sành", "Chánh Văn phòng Huyện ủy")],
[Q("34 đồng chí", 34, "đồng chí"), Q("23 xã, thị trấn", 23, "xã, thị trấn"), Q("41 buổi tuyên truyền", 41, "buổi tuyên truyền"),
 Q("hơn 3.200 lượt người nghe", 3200, "lượt người nghe", "over"), Q("118 hộ đồng bào Mông, Dao", 118, "hộ đồng bào Mông, Dao"),
 Q("6.400 m2", 6400, "m2"), Q("1.150 ngày công", 1150, "ngày công"), Q("khoảng 215 triệu đồng", 215000000, "đồng", "approx"),
 Q("4,2 km", 4.2, "km"), Q("19 đơn thư, kiến nghị", 19, "đơn thư, kiến nghị"), Q("15 đơn", 15, "đơn"), Q("4 đơn", 4, "đơn"),
 Q("27 mô hình", 27, "mô hình"), Q("6 mô hình mới", 6, "mô hình"), Q("1.240 hộ nghèo", 1240, "hộ nghèo"), Q("100%", 100, "%")],
[D("Chỉ thị", "05", "CT/HU", "2011-08-12", "Ban Thường vụ Huyện ủy", "Chỉ thị số 05-CT/HU ngày 12/8/2011"),
 D("Kế hoạch", "17", "KH/BDVHU", None, None, "Kế hoạch số 17-KH/BDVHU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Lào Cai"), com("Y Tý"), com("A Mú Sung"), com("Trịnh Tường"), com("Quang Kim")],
["HUYỆN ỦY BÁT XÁT - TỈNH LÀO CAI", "Trang chủ » Hoạt động các ban Đảng » Dân vận", "Ảnh: Quang cảnh buổi giao ban.",
 "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 412"],
["Thứ Sáu, 07/10/2011 - 09:30", "34 đồng chí", "tháng 9", "tháng 10 năm 2011", "quý IV", "Lượt xem: 412", "ngày 25/10"]))

PAGES.append(page("b2934-hagiang-dongvan-giaoban-q3-2012", """
Cổng thông tin điện tử huyện Đồng Văn
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng
Cập nhật: 16:05, 05/10/2012 (GMT+7)
Khối dân vận huyện Đồng Văn giao ban quý III
Sáng 4/10, Ban Dân vận Huyện ủy Đồng Văn tổ chức hội nghị giao ban khối dân vận quý III, triển khai nhiệm vụ quý IV năm 2012. Đồng chí Sùng Mí Dính, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Đồng chí Sùng Mí Dính phát biểu tại hội nghị.
Quý III, khối dân vận huyện đã phối hợp tổ chức 96 buổi tuyên truyền, thu hút trên 7.500 lượt người dự; vận động 312 hộ đồng bào Mông xây dựng chuồng trại xa nhà ở, 85 hộ làm nhà tiêu hợp vệ sinh. Các xã Lũng Cú, Má Lé, Sủng Là đã rà soát, nắm tình hình 46 hộ có người theo đạo trái pháp luật, vận động 9 hộ trở lại sinh hoạt tín ngưỡng truyền thống. Ủy ban MTTQ và các đoàn thể tiếp nhận 23 đơn thư, giải quyết xong 20 đơn; phối hợp hòa giải thành 14/16 vụ việc mâu thuẫn trong nhân dân.
Phong trào "Dân vận khéo" tiếp tục lan tỏa với 19 mô hình cấp xã và 4 mô hình cấp huyện; Hội Nông dân vận động hội viên góp gần 180 triệu đồng lập quỹ hỗ trợ nhau phát triển đàn bò. Toàn huyện kết nạp 156 hội viên mới vào các đoàn thể, nâng tỷ lệ tập hợp đoàn viên, hội viên lên 78,5%.
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 42-KH/HU về thực hiện Nghị quyết Trung ương 4 (khóa XI) trong khối dân vận và Hướng dẫn số 07-HD/BDVHU ngày 20/8/2012 về xây dựng mô hình dân vận ở thôn, bản.
Tại hội nghị, ông Giàng Chẩn Vư, Chủ tịch Hội Nông dân huyện, đề nghị các xã quan tâm nhân rộng mô hình nuôi bò vỗ béo; bà Lầu Thị Sú, Phó Chủ tịch Hội LHPN huyện, cho biết hội đã phối hợp vận động 27 cặp tảo hôn tự nguyện hủy việc kết hôn.
Các ý kiến cũng chỉ ra hạn chế: một số cán bộ dân vận xã mới được bố trí, chưa thạo tiếng dân tộc; việc phối hợp giữa khối dân vận với chính quyền trong giải quyết kiến nghị của cử tri có lúc chưa kịp thời; một số mô hình đăng ký nhưng chưa có kết quả cụ thể. Ban Dân vận Tỉnh ủy Hà Giang đã có văn bản đề nghị huyện rà soát lại các mô hình này.
Nhiệm vụ quý IV, hội nghị thống nhất: tăng cường nắm tình hình dư luận xã hội ở 19 xã, thị trấn; tổ chức giao ban dân vận hằng tháng ở cấp xã; chuẩn bị tổng kết công tác dân vận năm 2012 trước ngày 15/12; phối hợp tổ chức tiếp xúc người có uy tín trước Tết Nguyên đán.
Hoàng Hương
Số lần xem: 305
Các tin khác
- Đồng Văn: hội nghị người có uy tín năm 2012 (21/09/2012)
- Xã Lũng Cú ra mắt tổ dân vận thôn (11/09/2012)
- Giao ban khối dân vận quý II (06/07/2012)
""", "2012-10-05", "Khối dân vận huyện Đồng Văn giao ban quý III",
E("giao_ban", "2012-Q3", "2012-10-04"),
[P("Sùng Mí Dính", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Giàng Chẩn Vư", "Chủ tịch Hội Nông dân huyện"),
 P("Lầu Thị Sú", "Phó Chủ tịch Hội LHPN huyện")],
[Q("96 buổi tuyên truyền", 96, "buổi tuyên truyền"), Q("trên 7.500 lượt người", 7500, "lượt người", "over"),
 Q("312 hộ đồng bào Mông", 312, "hộ đồng bào Mông"), Q("85 hộ", 85, "hộ"), Q("46 hộ", 46, "hộ"), Q("9 hộ", 9, "hộ"),
 Q("23 đơn thư", 23, "đơn thư"), Q("20 đơn", 20, "đơn"), Q("14/16 vụ việc mâu thuẫn", 14, "vụ việc mâu thuẫn"),
 Q("19 mô hình cấp xã", 19, "mô hình cấp xã"), Q("4 mô hình cấp huyện", 4, "mô hình cấp huyện"),
 Q("gần 180 triệu đồng", 180000000, "đồng", "approx"), Q("156 hội viên mới", 156, "hội viên mới"), Q("78,5%", 78.5, "%"),
 Q("27 cặp tảo hôn", 27, "cặp tảo hôn"), Q("19 xã, thị trấn", 19, "xã, thị trấn")],
[D("Kế hoạch", "42", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 42-KH/HU"),
 D("Hướng dẫn", "07", "HD/BDVHU", "2012-08-20", None, "Hướng dẫn số 07-HD/BDVHU ngày 20/8/2012")],
[prov("Hà Giang"), com("Lũng Cú"), com("Má Lé"), com("Sủng Là")],
["Cổng thông tin điện tử huyện Đồng Văn", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng",
 "Đồng chí Sùng Mí Dính phát biểu tại hội nghị.", "Dân vận khéo", "Nghị quyết Trung ương 4 (khóa XI)", "Số lần xem: 305"],
["Cập nhật: 16:05, 05/10/2012 (GMT+7)", "quý III", "quý IV năm 2012", "Nghị quyết Trung ương 4", "khóa XI", "Số lần xem: 305", "ngày 15/12"]))

PAGES.append(page("b2935-caobang-tralinh-giaoban-q1-2013", """
BAN DÂN VẬN HUYỆN ỦY TRÀ LĨNH
Trang chủ / Tin tức / Hoạt động dân vận
08:15 | 10/04/2013
Trà Lĩnh: Hơn 2.100 ngày công làm đường trong quý I
Ngày 9/4/2013, Ban Dân vận Huyện ủy Trà Lĩnh (Cao Bằng) tổ chức giao ban công tác dân vận quý I năm 2013. Đồng chí Nông Thị Hoa, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy chủ trì; tham dự có các đồng chí: Phó Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện, người đứng đầu các đoàn thể và trưởng khối dân vận 10 xã, thị trấn.
Ảnh: Đồng chí Nông Thị Hoa phát biểu kết luận.
Báo cáo cho thấy, quý I các xã đã vận động nhân dân đóng góp hơn 2.100 ngày công, hiến 3.850 m2 đất để làm 7,5 km đường giao thông nông thôn và 3 nhà văn hóa xóm; tổng giá trị đóng góp ước khoảng 640 triệu đồng. Khối dân vận tổ chức 58 buổi sinh hoạt, tuyên truyền cho trên 4.600 lượt người về phòng chống buôn bán người qua biên giới và xuất cảnh trái phép. Các đoàn thể tiếp nhận 12 đơn thư, kiến nghị, đã giải quyết 10 đơn; hòa giải thành 21 vụ việc. Có 95% số xóm tổ chức được hội nghị nhân dân đầu năm.
Ban Dân vận Huyện ủy đã phối hợp kiểm tra thực hiện Chỉ thị 03, 04-CT/HU của Ban Thường vụ Huyện ủy về vận động đồng bào Nùng, Tày giữ gìn an ninh biên giới và về xây dựng xóm văn hóa; ban hành Kế hoạch số 11-KH/BDVHU ngày 15/1/2013 về công tác dân vận năm 2013.
Tại giao ban, đồng chí Hoàng Văn Chức, Chủ tịch Ủy ban MTTQ huyện, thông tin kết quả vận động Quỹ "Vì người nghèo" đạt 212 triệu đồng, hỗ trợ làm mới 9 căn nhà Đại đoàn kết; đồng chí Lục Thị Nhung, Bí thư Đảng ủy xã Quang Hán, nêu việc 2 xóm giáp biên còn tình trạng người dân đi làm thuê bên kia biên giới không khai báo. Đồng chí Bế Văn Khoa, Phó Trưởng Ban Dân vận Huyện ủy, cho biết 10/10 xã, thị trấn đã kiện toàn tổ dân vận xóm.
Nhiệm vụ quý II được giao cụ thể: hướng dẫn các xã đăng ký ít nhất 1 mô hình "Dân vận khéo"; tăng cường đối thoại giữa người đứng đầu cấp ủy với nhân dân; phối hợp xã Cô Mười, xã Quốc Toản rà soát các hộ nghèo thiếu đất sản xuất; theo dõi dư luận về dự án mở rộng cửa khẩu Trà Lĩnh.
Một số hạn chế cũng được chỉ ra: chế độ báo cáo của một số xã chậm, nội dung sơ sài; việc sinh hoạt định kỳ của khối dân vận xã chưa đều. Hội nghị đề nghị các xã khắc phục ngay trong tháng 4 và gửi báo cáo tháng về Ban Dân vận Huyện ủy trước ngày 20 hằng tháng.
Lăng Văn Tú
Lượt truy cập: 1.274
Tin khác
- Trà Lĩnh ra mắt mô hình xóm không có tệ nạn xã hội (28/03/2013)
- Giao ban khối dân vận tháng 2 (05/03/2013)
- Xã Quốc Toản vận động nhân dân góp ngày công làm đường (19/02/2013)
- Hội nghị tổng kết công tác dân vận năm 2012 (27/12/2012)
""", "2013-04-10", "Trà Lĩnh: Hơn 2.100 ngày công làm đường trong quý I",
E("giao_ban", "2013-Q1", "2013-04-09"),
[P("Nông Thị Hoa", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hoàng Văn Chức", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lục Thị Nhung", "Bí thư Đảng ủy xã Quang Hán"),
 P("Bế Văn Khoa", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("hơn 2.100 ngày công", 2100, "ngày công", "over"), Q("3.850 m2", 3850, "m2"),
 Q("7,5 km", 7.5, "km"), Q("3 nhà văn hóa xóm", 3, "nhà văn hóa xóm"), Q("khoảng 640 triệu đồng", 640000000, "đồng", "approx"),
 Q("58 buổi sinh hoạt, tuyên truyền", 58, "buổi sinh hoạt, tuyên truyền"), Q("trên 4.600 lượt người", 4600, "lượt người", "over"),
 Q("12 đơn thư, kiến nghị", 12, "đơn thư, kiến nghị"), Q("10 đơn", 10, "đơn"), Q("21 vụ việc", 21, "vụ việc"), Q("95%", 95, "%"),
 Q("212 triệu đồng", 212000000, "đồng"), Q("9 căn nhà Đại đoàn kết", 9, "căn nhà Đại đoàn kết"), Q("2 xóm giáp biên", 2, "xóm giáp biên"),
 Q("10/10 xã, thị trấn", 10, "xã, thị trấn")],
[D("Chỉ thị", "03", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 03, 04-CT/HU của Ban Thường vụ Huyện ủy"),
 D("Chỉ thị", "04", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 03, 04-CT/HU của Ban Thường vụ Huyện ủy"),
 D("Kế hoạch", "11", "KH/BDVHU", "2013-01-15", "Ban Dân vận Huyện ủy", "Kế hoạch số 11-KH/BDVHU ngày 15/1/2013")],
[prov("Cao Bằng"), com("Quang Hán"), com("Cô Mười"), com("Quốc Toản")],
["BAN DÂN VẬN HUYỆN ỦY TRÀ LĨNH", "Trang chủ / Tin tức / Hoạt động dân vận", "Ảnh: Đồng chí Nông Thị Hoa phát biểu kết luận.",
 "Vì người nghèo", "Dân vận khéo", "Lượt truy cập: 1.274"],
["08:15 | 10/04/2013", "quý I năm 2013", "quý II", "1 mô hình", "Lượt truy cập: 1.274", "tháng 4"]))

PAGES.append(page("b2936-sonla-maison-giaoban-t4-2014", """
Báo Sơn La điện tử
Chính trị >> Xây dựng Đảng
06-05-2014 14:20
Mai Sơn: Giao ban công tác dân vận tháng 4/2014
(BSL) - Ngày 5/5, Ban Dân vận Huyện ủy Mai Sơn tổ chức giao ban công tác dân vận tháng 4, triển khai nhiệm vụ tháng 5/2014. Chủ trì giao ban có đồng chí Lò Văn Pọm, Ủy viên BTV Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện.
Tháng 4, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 86-KH/HU ngày 14/4/2014 về vận động nhân dân di chuyển mồ mả, bàn giao mặt bằng dự án thủy lợi Nậm Păm và Hướng dẫn số 09-HD/BDVHU về kiện toàn tổ dân vận bản, tiểu khu. Khối dân vận đã phối hợp tuyên truyền tại 62 bản với khoảng 5.800 lượt người nghe; vận động 214 hộ dân tái định cư nhận tiền bồi thường, trong đó 187 hộ đã bàn giao mặt bằng. Nhân dân các xã Chiềng Mung, Hát Lót, Cò Nòi đóng góp 2.950 ngày công, hiến 11.200 m2 đất làm đường nội bản; giá trị đóng góp quy ra tiền trên 1,3 tỷ đồng.
Các cơ quan dân vận tiếp 47 lượt công dân, nhận 16 đơn thư; đã phối hợp giải quyết 13 đơn, đạt 81,25%. Qua nắm tình hình, có 3 vụ việc tranh chấp đất nương giữa các bản, đã hòa giải thành 2 vụ.
Tại giao ban, đồng chí Cầm Thị Xuân, Phó Trưởng Ban Dân vận Huyện ủy, thông tin kết quả kiểm tra thực hiện Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở tại 5 xã; đồng chí Quàng Văn Ún, Bí thư Đảng ủy xã Chiềng Mung, đề nghị huyện sớm hỗ trợ 120 hộ thiếu đất sản xuất sau khi nhường đất cho dự án. Bà Lường Thị Ỏn, Chủ tịch Hội LHPN huyện, cho biết các cấp hội đã vận động 1.450 hội viên tham gia cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Phát biểu kết luận, đồng chí Lò Văn Pọm yêu cầu tháng 5: tập trung vận động số hộ còn lại bàn giao mặt bằng trước 30/5; nắm chắc tình hình các điểm có hoạt động tôn giáo chưa được công nhận; chỉ đạo 22 xã, thị trấn hoàn thành sơ kết 6 tháng công tác dân vận trước ngày 10/6; phối hợp với Ban Tuyên giáo Huyện ủy định hướng dư luận về dự án.
Cũng tại giao ban, nhiều ý kiến cho rằng việc tuyên truyền về chính sách bồi thường, hỗ trợ tái định cư còn chung chung, chưa đến từng hộ; một số cán bộ xã chưa sâu sát bản, còn ngại tiếp xúc với người dân có ý kiến khác. Khối dân vận huyện thống nhất cử cán bộ bám bản trong thời gian cao điểm bàn giao mặt bằng.
Lâm Ngọc
Tags: dân vận, Mai Sơn
Tin liên quan
- Mai Sơn tổ chức hội nghị đối thoại với nhân dân xã Hát Lót (22/04/2014)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại Mai Sơn (10/04/2014)
- Giao ban công tác dân vận tháng 3/2014 (04/04/2014)
""", "2014-05-06", "Mai Sơn: Giao ban công tác dân vận tháng 4/2014",
E("giao_ban", "2014-04", "2014-05-05"),
[P("Lò Văn Pọm", "Ủy viên BTV Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Cầm Thị Xuân", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Quàng Văn Ún", "Bí thư Đảng ủy xã Chiềng Mung"),
 P("Lường Thị Ỏn", "Chủ tịch Hội LHPN huyện")],
[Q("62 bản", 62, "bản"), Q("khoảng 5.800 lượt người nghe", 5800, "lượt người nghe", "approx"),
 Q("214 hộ dân tái định cư", 214, "hộ dân tái định cư"), Q("187 hộ", 187, "hộ"), Q("2.950 ngày công", 2950, "ngày công"),
 Q("11.200 m2", 11200, "m2"), Q("trên 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("47 lượt công dân", 47, "lượt công dân"),
 Q("16 đơn thư", 16, "đơn thư"), Q("13 đơn", 13, "đơn"), Q("81,25%", 81.25, "%"), Q("3 vụ việc tranh chấp đất nương", 3, "vụ việc tranh chấp đất nương"),
 Q("2 vụ", 2, "vụ"), Q("5 xã", 5, "xã"), Q("120 hộ", 120, "hộ"), Q("1.450 hội viên", 1450, "hội viên"), Q("22 xã, thị trấn", 22, "xã, thị trấn")],
[D("Kế hoạch", "86", "KH/HU", "2014-04-14", "Ban Thường vụ Huyện ủy", "Kế hoạch số 86-KH/HU ngày 14/4/2014"),
 D("Hướng dẫn", "09", "HD/BDVHU", None, None, "Hướng dẫn số 09-HD/BDVHU"),
 D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị")],
[prov("Sơn La"), com("Chiềng Mung"), com("Hát Lót"), com("Cò Nòi")],
["Báo Sơn La điện tử", "Chính trị >> Xây dựng Đảng", "(BSL)", "Xây dựng gia đình 5 không, 3 sạch", "Tags: dân vận, Mai Sơn"],
["06-05-2014 14:20", "tháng 4", "tháng 5/2014", "5 không, 3 sạch", "6 tháng", "ngày 10/6", "30/5"]))

PAGES.append(page("b2937-thaibinh-xavuhoi-giaoban-q2-2015", """
ĐẢNG ỦY - HĐND - UBND XÃ VŨ HỘI, HUYỆN VŨ THƯ, TỈNH THÁI BÌNH
Trang chủ | Tin tức | Công tác Đảng
Ngày đăng 09/07/2015 | 10:40
Khối dân vận xã Vũ Hội giao ban quý II năm 2015
Chiều 8/7/2015, Đảng ủy xã Vũ Hội tổ chức hội nghị giao ban khối dân vận quý II năm 2015. Dự và chỉ đạo có đồng chí Đặng Thị Hương, Phó Trưởng Ban Dân vận Huyện ủy Vũ Thư; đồng chí Phạm Văn Tuyến, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì.
Toàn cảnh hội nghị giao ban. Ảnh: Thu Hà
Theo báo cáo, quý II khối dân vận xã đã tổ chức 14 hội nghị thôn để nhân dân bàn và quyết định mức đóng góp làm đường nông thôn mới; vận động 1.236 hộ đóng góp hơn 1,8 tỷ đồng, hiến 2.300 m2 đất và tháo dỡ 48 công trình vi phạm hành lang giao thông. Cả 9/9 thôn đã có tổ hòa giải hoạt động, hòa giải thành 11 vụ việc; tiếp nhận 6 đơn thư, kiến nghị và giải quyết xong 5 đơn. Hội Nông dân xã vận động 86 hộ dồn điền, đổi thửa lần hai; Đoàn Thanh niên ra quân làm 1,2 km đường hoa. Mặt trận xã phối hợp vận động hơn 38 triệu đồng ủng hộ Quỹ "Vì biển, đảo quê hương".
Khối dân vận đã thực hiện Kế hoạch số 12-KH/ĐU ngày 6/4/2015 của Ban Thường vụ Đảng ủy xã về triển khai Quy chế dân vận và tuyên truyền Nghị quyết số 08-NQ/HU của Ban Chấp hành Đảng bộ huyện về xây dựng nông thôn mới.
Tại hội nghị, ông Nguyễn Văn Hách, Chủ tịch Ủy ban MTTQ xã, đề nghị các đoàn thể đẩy nhanh việc thu quỹ; bà Vũ Thị Nhàn, Chủ tịch Hội Phụ nữ xã, báo cáo 120 hội viên mới kết nạp trong 6 tháng; ông Trần Đức Lâm, Trưởng thôn Hội Khê, xin hỗ trợ xi măng cho thôn còn 0,8 km đường chưa cứng hóa.
Phát biểu chỉ đạo, đồng chí Đặng Thị Hương ghi nhận kết quả khối dân vận xã Vũ Hội, đề nghị quý III: tiếp tục thực hiện Chỉ thị 16, 17-CT/HU của Ban Thường vụ Huyện ủy; tổ chức đối thoại giữa Bí thư Đảng ủy với nhân dân trong tháng 8; chuẩn bị đại hội Đảng bộ xã nhiệm kỳ 2015 - 2020, lắng nghe ý kiến nhân dân đóng góp vào dự thảo văn kiện; hoàn thành tiêu chí nông thôn mới trước tháng 10.
Bên cạnh kết quả, hội nghị chỉ ra một số tồn tại: tiến độ thu quỹ ở thôn Hội Khê và thôn Phú Mãn còn chậm; việc nắm tình hình dư luận trước đại hội có lúc chưa kịp thời; chế độ thông tin, báo cáo của chi hội một số thôn chưa đúng hạn. Đây là vấn đề cần khắc phục để xã về đích nông thôn mới như kế hoạch của UBND tỉnh Thái Bình.
Hội nghị cũng thống nhất mỗi đoàn thể đăng ký 1 công trình chào mừng đại hội Đảng bộ xã.
Văn phòng Đảng ủy
Lượt xem: 233
Bài viết liên quan
- Xã Vũ Hội tổ chức Ngày hội Đại đoàn kết (18/11/2014)
- Khối dân vận xã giao ban quý I năm 2015 (07/04/2015)
- Huyện Vũ Thư kiểm tra nông thôn mới tại Vũ Hội (12/05/2015)
""", "2015-07-09", "Khối dân vận xã Vũ Hội giao ban quý II năm 2015",
E("giao_ban", "2015-Q2", "2015-07-08"),
[P("Đặng Thị Hương", "Phó Trưởng Ban Dân vận Huyện ủy Vũ Thư"),
 P("Phạm Văn Tuyến", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Nguyễn Văn Hách", "Chủ tịch Ủy ban MTTQ xã"),
 P("Vũ Thị Nhàn", "Chủ tịch Hội Phụ nữ xã"),
 P("Trần Đức Lâm", "Trưởng thôn Hội Khê")],
[Q("14 hội nghị thôn", 14, "hội nghị thôn"), Q("1.236 hộ", 1236, "hộ"), Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"),
 Q("2.300 m2", 2300, "m2"), Q("48 công trình vi phạm hành lang giao thông", 48, "công trình vi phạm hành lang giao thông"),
 Q("9/9 thôn", 9, "thôn"), Q("11 vụ việc", 11, "vụ việc"), Q("6 đơn thư, kiến nghị", 6, "đơn thư, kiến nghị"), Q("5 đơn", 5, "đơn"),
 Q("86 hộ", 86, "hộ"), Q("1,2 km", 1.2, "km"), Q("hơn 38 triệu đồng", 38000000, "đồng", "over"),
 Q("120 hội viên mới", 120, "hội viên mới"), Q("0,8 km", 0.8, "km")],
[D("Kế hoạch", "12", "KH/ĐU", "2015-04-06", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 6/4/2015"),
 D("Nghị quyết", "08", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 08-NQ/HU"),
 D("Chỉ thị", "16", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 16, 17-CT/HU"),
 D("Chỉ thị", "17", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 16, 17-CT/HU")],
[prov("Thái Bình"), com("Vũ Hội")],
["ĐẢNG ỦY - HĐND - UBND XÃ VŨ HỘI, HUYỆN VŨ THƯ, TỈNH THÁI BÌNH", "Trang chủ | Tin tức | Công tác Đảng",
 "Toàn cảnh hội nghị giao ban. Ảnh: Thu Hà", "Vì biển, đảo quê hương", "Quy chế dân vận", "Lượt xem: 233"],
["Ngày đăng 09/07/2015 | 10:40", "quý II năm 2015", "quý III", "6 tháng", "nhiệm kỳ 2015 - 2020", "1 công trình", "tháng 8", "lần hai"]))

PAGES.append(page("b2938-langson-vanquan-baocao-t10-2016", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN QUAN - LẠNG SƠN
Trang chủ › Chuyên mục › Công tác dân vận
Thứ Năm, 27/10/2016
Ban Dân vận Huyện ủy báo cáo kết quả công tác dân vận tháng 10
Ngày 25/10/2016, Ban Dân vận Huyện ủy Văn Quan ban hành Báo cáo số 148-BC/BDVHU về kết quả công tác dân vận tháng 10 và phương hướng nhiệm vụ tháng 11 năm 2016. Trang thông tin điện tử huyện trích đăng một số nội dung chính.
1. Kết quả thực hiện nhiệm vụ tháng 10
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 63-KH/HU ngày 3/10/2016 về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2016; hướng dẫn 24 xã, thị trấn xây dựng kế hoạch thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Khối dân vận các cấp tổ chức 73 cuộc tuyên truyền với khoảng 6.100 lượt người tham dự; phối hợp vận động nhân dân trồng mới 145 ha rừng, hiến 4.700 m2 đất và góp 1.820 ngày công làm 3,6 km đường bê tông. Hội Nông dân huyện giải ngân 1,45 tỷ đồng vốn vay cho 53 hộ; Hội LHPN vận động 37 hộ nghèo đăng ký thoát nghèo năm 2016. Các tổ hòa giải ở thôn hòa giải thành 9/11 vụ việc; khối dân vận tiếp nhận 14 đơn thư, đã chuyển và giải quyết 12 đơn, 2 đơn đang xem xét. Toàn huyện có 35 mô hình "Dân vận khéo", tăng 4 mô hình so với tháng 9.
Tình hình tư tưởng của cán bộ, đảng viên và nhân dân cơ bản ổn định; một bộ phận nhân dân xã Tràng Các, xã Tân Đoàn còn băn khoăn về giá bồi thường dự án hồ chứa nước. Ban đã cử 2 đoàn công tác xuống nắm tình hình, phối hợp đối thoại với 27 hộ dân.
2. Hạn chế
Việc thực hiện chế độ báo cáo tháng của một số xã chậm; 3 xã chưa tổ chức giao ban khối dân vận theo quy định; chất lượng sinh hoạt tổ dân vận thôn còn hình thức.
3. Nhiệm vụ tháng 11 năm 2016
- Chỉ đạo tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 100% khu dân cư trước ngày 18/11.
- Phối hợp kiểm tra thực hiện Chỉ thị số 12-CT/HU của Ban Thường vụ Huyện ủy về công tác dân vận chính quyền tại xã Vĩnh Lại, xã Hòa Bình.
- Tiếp tục nắm tình hình nhân dân vùng dự án; chuẩn bị nội dung sơ kết 5 năm thực hiện phong trào thi đua "Dân vận khéo".
- Tổng hợp báo cáo tháng gửi Ban Dân vận Tỉnh ủy trước ngày 25/11.
Báo cáo do đồng chí Vi Thị Hảo, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy ký. Nơi nhận gồm Ban Dân vận Tỉnh ủy Lạng Sơn, Thường trực Huyện ủy và các đồng chí Ủy viên Ban Thường vụ Huyện ủy.
Cùng ngày, đồng chí Lương Văn Sộ, Phó Trưởng Ban Dân vận Huyện ủy, làm việc với Đảng ủy xã Tràng Các về công tác nắm tình hình vùng dự án. Đồng chí Chu Văn Thịnh, Bí thư Đảng ủy xã Tràng Các, báo cáo xã đã vận động được 19 hộ nhận tiền bồi thường.
BBT
Lượt xem: 198
Tin khác
- Văn Quan tổ chức lễ kỷ niệm 86 năm Ngày truyền thống công tác dân vận (14/10/2016)
- Báo cáo công tác dân vận tháng 9 năm 2016 (26/09/2016)
- Hội nghị đối thoại với nhân dân xã Tân Đoàn (15/09/2016)
""", "2016-10-27", "Ban Dân vận Huyện ủy báo cáo kết quả công tác dân vận tháng 10",
E("bao_cao", "2016-10", "2016-10-25"),
[P("Vi Thị Hảo", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lương Văn Sộ", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Chu Văn Thịnh", "Bí thư Đảng ủy xã Tràng Các")],
[Q("24 xã, thị trấn", 24, "xã, thị trấn"), Q("73 cuộc tuyên truyền", 73, "cuộc tuyên truyền"),
 Q("khoảng 6.100 lượt người", 6100, "lượt người", "approx"), Q("145 ha", 145, "ha"), Q("4.700 m2", 4700, "m2"),
 Q("1.820 ngày công", 1820, "ngày công"), Q("3,6 km", 3.6, "km"), Q("1,45 tỷ đồng", 1450000000, "đồng"), Q("53 hộ", 53, "hộ"),
 Q("37 hộ nghèo", 37, "hộ nghèo"), Q("9/11 vụ việc", 9, "vụ việc"), Q("14 đơn thư", 14, "đơn thư"), Q("12 đơn", 12, "đơn"),
 Q("2 đơn", 2, "đơn"), Q("35 mô hình", 35, "mô hình"), Q("4 mô hình", 4, "mô hình"), Q("2 đoàn công tác", 2, "đoàn công tác"),
 Q("27 hộ dân", 27, "hộ dân"), Q("3 xã", 3, "xã"), Q("100%", 100, "%"), Q("19 hộ", 19, "hộ")],
[D("Báo cáo", "148", "BC/BDVHU", "2016-10-25", "Ban Dân vận Huyện ủy Văn Quan", "Báo cáo số 148-BC/BDVHU"),
 D("Kế hoạch", "63", "KH/HU", "2016-10-03", "Ban Thường vụ Huyện ủy", "Kế hoạch số 63-KH/HU ngày 3/10/2016"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 12-CT/HU của Ban Thường vụ Huyện ủy")],
[prov("Lạng Sơn"), com("Tràng Các"), com("Tân Đoàn"), com("Vĩnh Lại"), com("Hòa Bình")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN QUAN - LẠNG SƠN", "Trang chủ › Chuyên mục › Công tác dân vận", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Dân vận khéo", "1. Kết quả thực hiện nhiệm vụ tháng 10", "2. Hạn chế", "3. Nhiệm vụ tháng 11 năm 2016", "BBT", "Lượt xem: 198"],
["Thứ Năm, 27/10/2016", "tháng 10", "tháng 11 năm 2016", "năm 2016", "5 năm", "1. Kết quả", "2. Hạn chế", "3. Nhiệm vụ",
 "ngày 18/11", "ngày 25/11", "Lượt xem: 198", "tháng 9"]))
