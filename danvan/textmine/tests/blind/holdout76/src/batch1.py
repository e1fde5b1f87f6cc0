from lib import *
PAGES = []

PAGES.append(page("b1781-laocai-bdv-tongket-dvk-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ » Hoạt động » Phong trào Dân vận khéo
Thứ Năm, 29/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Lào Cai: 1.126 mô hình "Dân vận khéo" được ghi nhận trong năm 2011
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết phong trào thi đua "Dân vận khéo" năm 2011 và trao khen thưởng cho các tập thể, cá nhân tiêu biểu. Đồng chí Hoàng Thị Thắm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; dự có 86 đại biểu là lãnh đạo ban dân vận, Mặt trận và các đoàn thể của 9 huyện, thành phố.
Theo báo cáo, thực hiện Kế hoạch số 38-KH/BDVTU ngày 10/3/2011 của Ban Dân vận Tỉnh ủy về triển khai phong trào thi đua "Dân vận khéo", toàn tỉnh đã đăng ký và xây dựng được 1.126 mô hình, trong đó cấp tỉnh có 24 mô hình, cấp huyện 187 mô hình, cấp xã 915 mô hình. Các mô hình tập trung vào phát triển kinh tế, giảm nghèo, xây dựng nông thôn mới và giữ gìn an ninh trật tự vùng biên giới. Nhân dân đã hiến trên 42.000 m2 đất, đóng góp hơn 3,6 tỷ đồng và 15.400 ngày công để làm đường giao thông nông thôn; 1.340 hộ đồng bào dân tộc thiểu số được vận động chuyển đổi cơ cấu cây trồng.
Năm 2011, các cấp ủy trong tỉnh tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 17, 18-CT/TU về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số và vùng biên giới.
Đồng chí Hoàng Thị Thắm trao Bằng khen cho các tập thể.
Tại hội nghị, đồng chí Sùng A Lử, HUV, Chủ tịch UBND xã Sín Chéng, huyện Si Ma Cai, chia sẻ cách vận động bà con bỏ tục lệ ma chay tốn kém; bà Tẩn Mẩy Chẳn, Chủ tịch Hội LHPN xã Tả Phìn, giới thiệu mô hình "Phụ nữ Dao đỏ giữ gìn nghề thêu truyền thống" với 45 hội viên tham gia, mỗi năm bán được hàng nghìn sản phẩm cho khách du lịch.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 8 tập thể và 12 cá nhân; Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 15 tập thể, 26 cá nhân có thành tích xuất sắc trong phong trào. Các tập thể được khen gồm Ban Dân vận Huyện ủy Bát Xát, Hội Nông dân xã Bản Lầu, Đoàn Thanh niên thị trấn Phố Lu. Các cá nhân tiêu biểu có ông Lý Seo Chảo, Trưởng thôn Sả Séng, xã Trung Chải; bà Vàng Thị Mai, Phó Chủ tịch Hội Nông dân xã Bản Vược; ông Phàn Văn Lở, người có uy tín thôn Nậm Cang.
Phát biểu kết luận, đồng chí Hoàng Thị Thắm đề nghị năm 2012 các cấp ủy tiếp tục gắn phong trào "Dân vận khéo" với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; chú trọng nhân rộng cách làm "3 cùng" của cán bộ bám bản, coi trọng việc biểu dương kịp thời những cách làm hay ngay từ thôn, bản.
Minh Hằng
Lượt xem: 1.204
Tin liên quan
- Bát Xát ra mắt 12 mô hình dân vận khéo (15/12/2011)
- Hội nghị giao ban khối dân vận quý IV (02/12/2011)
- Sa Pa: vận động đồng bào Mông làm du lịch cộng đồng (18/11/2011)
- Tập huấn nghiệp vụ công tác dân vận năm 2011 (27/10/2011)
""", "2011-12-29", 'Lào Cai: 1.126 mô hình "Dân vận khéo" được ghi nhận trong năm 2011',
E("tong_ket", "2011", "2011-12-27"),
[P("Hoàng Thị Thắm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Lử", "HUV", "Chủ tịch UBND xã Sín Chéng"),
 P("Tẩn Mẩy Chẳn", "Chủ tịch Hội LHPN xã Tả Phìn"),
 P("Lý Seo Chảo", "Trưởng thôn Sả Séng"),
 P("Vàng Thị Mai", "Phó Chủ tịch Hội Nông dân xã Bản Vược"),
 P("Phàn Văn Lở", "người có uy tín thôn Nậm Cang")],
[Q("1.126 mô hình", 1126, "mô hình"), Q("86 đại biểu", 86, "đại biểu"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("24 mô hình", 24, "mô hình"), Q("187 mô hình", 187, "mô hình"), Q("915 mô hình", 915, "mô hình"),
 Q("trên 42.000 m2", 42000, "m2", "over"), Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"),
 Q("15.400 ngày công", 15400, "ngày công"), Q("1.340 hộ đồng bào dân tộc thiểu số", 1340, "hộ đồng bào dân tộc thiểu số"),
 Q("45 hội viên", 45, "hội viên"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("15 tập thể", 15, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Kế hoạch", "38", "KH/BDVTU", "2011-03-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 38-KH/BDVTU ngày 10/3/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU")],
[prov("Lào Cai"), com("Sín Chéng"), com("Tả Phìn"), com("Bản Lầu"), com("Phố Lu"), com("Trung Chải"), com("Bản Vược")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ » Hoạt động » Phong trào Dân vận khéo", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Đồng chí Hoàng Thị Thắm trao Bằng khen cho các tập thể.", "Dân vận khéo", "Phụ nữ Dao đỏ giữ gìn nghề thêu truyền thống",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "3 cùng", "Lượt xem: 1.204"],
["Thứ Năm, 29/12/2011 - 09:30", "năm 2011", "năm 2012", "3 cùng", "Lượt xem: 1.204"]))

PAGES.append(page("b1782-nghean-bdv-bieuduong-dvk-2012", """
Báo Nghệ An điện tử
Thời sự | Chính trị | Dân vận
Cập nhật: 14:05, 18/05/2012 (GMT+7)
Toàn cảnh hội nghị biểu dương. Ảnh: Thành Duy
Biểu dương 120 điển hình "Dân vận khéo" miền Tây xứ Nghệ
(Baonghean) - Ngày 17/5, tại thị xã Thái Hòa, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ tỉnh tổ chức Hội nghị biểu dương điển hình "Dân vận khéo" vùng đồng bào dân tộc thiểu số năm 2012. Đồng chí Vi Thị Quế, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Lương Văn Thuận, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh đồng chủ trì hội nghị.
Hội nghị nhằm đánh giá 3 năm thực hiện Kết luận 12-KL/TU ngày 04/6/2009 của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số, gắn với thực hiện Nghị quyết 30a/2008/NQ-CP của Chính phủ ở 3 huyện nghèo Kỳ Sơn, Tương Dương, Quế Phong. Hội nghị cũng nghe tham luận của Huyện ủy Tương Dương về kinh nghiệm vận động đồng bào tái định cư thủy điện Bản Vẽ, nơi 2.935 hộ đã chuyển đến nơi ở mới.
Theo báo cáo, các huyện miền Tây đã xây dựng 684 mô hình "Dân vận khéo", trong đó 97 mô hình cấp huyện và 587 mô hình cấp xã. Từ các mô hình, nhân dân đã hiến 27 ha đất sản xuất để làm đường, trường học; xây dựng 312 căn nhà đại đoàn kết với tổng kinh phí khoảng 9,4 tỷ đồng. Tỷ lệ hộ nghèo vùng đồng bào dân tộc giảm từ 38,6% xuống còn 31,2%.
Tại hội nghị, nhiều điển hình đã chia sẻ kinh nghiệm. Ông Moong Văn Thành, người có uy tín bản Huồi Cáng, xã Bảo Nam, kể lại việc vận động 17 hộ trong bản bỏ cây thuốc phiện, chuyển sang trồng gừng và nuôi bò. Bà Lữ Thị Ơn, Chủ tịch Hội LHPN xã Châu Kim, cho biết hội đã lập 9 tổ tiết kiệm và vay vốn, giúp hội viên vay hơn 1,2 tỷ đồng. Anh Xồng Bá Dề, Bí thư Đoàn xã Mường Lống, giới thiệu mô hình "Thanh niên Mông giữ rừng đầu nguồn".
Các đại biểu phát biểu tại hội nghị.
Thay mặt lãnh đạo tỉnh, đồng chí Vi Thị Quế ghi nhận những cách làm sáng tạo, phù hợp phong tục của từng dân tộc Thái, Mông, Khơ Mú, Ơ Đu; đề nghị cấp ủy các huyện tiếp tục phát hiện, bồi dưỡng và nhân rộng điển hình, gắn phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 20 tập thể, 35 cá nhân; Ủy ban MTTQ tỉnh tặng Bằng khen cho 65 điển hình còn lại. Trong số 120 điển hình được biểu dương có 41 người có uy tín, 28 trưởng bản và 16 cán bộ là người dân tộc thiểu số.
Hồ Lài
Tin liên quan
- Kỳ Sơn: vận động đồng bào dời nhà khỏi vùng sạt lở (10/05/2012)
- Quế Phong tổ chức hội nghị người có uy tín (03/05/2012)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Con Cuông (26/04/2012)
- Gần 100 đại biểu tập huấn công tác dân tộc (20/04/2012)
""", "2012-05-18", 'Biểu dương 120 điển hình "Dân vận khéo" miền Tây xứ Nghệ',
E("hoi_nghi", "2012", "2012-05-17"),
[P("Vi Thị Quế", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Thuận", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh"),
 P("Moong Văn Thành", "người có uy tín bản Huồi Cáng"),
 P("Lữ Thị Ơn", "Chủ tịch Hội LHPN xã Châu Kim"),
 P("Xồng Bá Dề", "Bí thư Đoàn xã Mường Lống")],
[Q("120 điển hình", 120, "điển hình"), Q("3 huyện nghèo", 3, "huyện nghèo"), Q("684 mô hình", 684, "mô hình"),
 Q("97 mô hình cấp huyện", 97, "mô hình cấp huyện"), Q("587 mô hình cấp xã", 587, "mô hình cấp xã"),
 Q("27 ha", 27, "ha"), Q("312 căn nhà đại đoàn kết", 312, "căn nhà đại đoàn kết"),
 Q("khoảng 9,4 tỷ đồng", 9400000000, "đồng", "approx"), Q("38,6%", 38.6, "%"), Q("31,2%", 31.2, "%"),
 Q("2.935 hộ", 2935, "hộ"), Q("17 hộ", 17, "hộ"), Q("9 tổ tiết kiệm và vay vốn", 9, "tổ tiết kiệm và vay vốn"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân"),
 Q("65 điển hình", 65, "điển hình"), Q("41 người có uy tín", 41, "người có uy tín"), Q("28 trưởng bản", 28, "trưởng bản"),
 Q("16 cán bộ", 16, "cán bộ")],
[D("Kết luận", "12", "KL/TU", "2009-06-04", "Ban Thường vụ Tỉnh ủy", "Kết luận 12-KL/TU ngày 04/6/2009"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP")],
[prov("Nghệ An"), com("Bảo Nam"), com("Châu Kim"), com("Mường Lống")],
["Báo Nghệ An điện tử", "Thời sự | Chính trị | Dân vận", "Toàn cảnh hội nghị biểu dương. Ảnh: Thành Duy", "(Baonghean)",
 "Các đại biểu phát biểu tại hội nghị.", "Dân vận khéo", "Thanh niên Mông giữ rừng đầu nguồn",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Cập nhật: 14:05, 18/05/2012 (GMT+7)", "3 năm", "năm 2012"]))

PAGES.append(page("b1783-quangtri-bdv-soket-2013", """
QUẢNG TRỊ ONLINE - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG TRỊ
Chính trị > Xây dựng Đảng
08:15 | 12/07/2013
Hướng Hóa, Đakrông nhân rộng cách làm hay trong vận động đồng bào
QTO - Sáng 11/7, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức hội nghị sơ kết công tác dân vận và phong trào thi đua "Dân vận khéo" 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thị Thanh Hoài, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Đức Minh, Hồ Văn Ka.
Báo cáo cho thấy, 6 tháng qua Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy xây dựng kế hoạch thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; ban hành hướng dẫn số 21-HD/BDVTU về tiêu chí công nhận mô hình, điển hình "Dân vận khéo".
Trong 6 tháng, toàn tỉnh xây dựng mới 146 mô hình, nâng tổng số lên 1.038 mô hình "Dân vận khéo". Riêng hai huyện miền núi Hướng Hóa và Đakrông đã vận động 870 hộ nghèo vùng biên giới tham gia trồng rừng, nuôi bò sinh sản; nhân dân đóng góp trên 1.500 ngày công để sửa chữa đường vào bản. Các cơ quan dân vận tiếp nhận 34 đơn thư, đã phối hợp giải quyết 29 đơn, đạt 85,3%. Đến nay, 100% chi bộ đã tổ chức học tập Nghị quyết 25-NQ/TW.
Cũng trong 6 tháng, Ban Dân vận các huyện đã tổ chức 42 lớp tuyên truyền pháp luật cho 3.800 lượt người; Ủy ban MTTQ tỉnh vận động Quỹ "Vì người nghèo" được 2,15 tỷ đồng, hỗ trợ xây mới 54 căn nhà cho hộ nghèo ở các xã biên giới.
Quang cảnh hội nghị. Ảnh: Lê Trường
Tại hội nghị, đồng chí Kăn Đơn, Phó Bí thư Thường trực Huyện ủy Đakrông, cho biết huyện đã chọn 5 xã điểm để xây dựng mô hình "Bản không có người vi phạm pháp luật". Ông Hồ Văn Lây, già làng bản Xa Bai, xã A Ngo, chia sẻ: nhờ cán bộ kiên trì "đi từng ngõ, gõ từng nhà", 23 hộ trong bản đã bỏ tập quán du canh. Bà Hồ Thị Xoan, Chủ tịch Hội LHPN xã Hướng Phùng, nêu kinh nghiệm vận động chị em người Vân Kiều đến trạm y tế sinh con.
Phát biểu kết luận, đồng chí Nguyễn Thị Thanh Hoài yêu cầu 6 tháng cuối năm tập trung xây dựng chương trình hành động thực hiện Nghị quyết 25-NQ/TW; đăng ký ít nhất một mô hình "Dân vận khéo" ở mỗi cơ quan, đơn vị; tiếp tục phát huy vai trò già làng, trưởng bản, người có uy tín trong việc giữ gìn an ninh biên giới.
Lê Trường
Tin khác
- Gio Linh: 18 tập thể được khen thưởng trong phong trào dân vận khéo (05/07/2013)
- Đoàn công tác Ban Dân vận Trung ương làm việc tại Quảng Trị (28/06/2013)
- Vĩnh Linh: đối thoại với nông dân về dồn điền đổi thửa (21/06/2013)
- Hội nghị người có uy tín huyện Hướng Hóa (14/06/2013)
""", "2013-07-12", "Hướng Hóa, Đakrông nhân rộng cách làm hay trong vận động đồng bào",
E("so_ket", "2013-H1", "2013-07-11"),
[P("Nguyễn Thị Thanh Hoài", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Đức Minh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Ka", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kăn Đơn", "Phó Bí thư Thường trực Huyện ủy Đakrông"),
 P("Hồ Văn Lây", "già làng bản Xa Bai"),
 P("Hồ Thị Xoan", "Chủ tịch Hội LHPN xã Hướng Phùng")],
[Q("146 mô hình", 146, "mô hình"), Q("1.038 mô hình", 1038, "mô hình"), Q("870 hộ nghèo", 870, "hộ nghèo"),
 Q("trên 1.500 ngày công", 1500, "ngày công", "over"), Q("34 đơn thư", 34, "đơn thư"), Q("29 đơn", 29, "đơn"),
 Q("85,3%", 85.3, "%"), Q("5 xã điểm", 5, "xã điểm"), Q("23 hộ", 23, "hộ"), Q("100% chi bộ", 100, "%"), Q("42 lớp tuyên truyền pháp luật", 42, "lớp tuyên truyền pháp luật"),
 Q("3.800 lượt người", 3800, "lượt người"), Q("2,15 tỷ đồng", 2150000000, "đồng"), Q("54 căn nhà", 54, "căn nhà")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Hướng dẫn", "21", "HD/BDVTU", None, None, "hướng dẫn số 21-HD/BDVTU")],
[prov("Quảng Trị"), com("A Ngo"), com("Hướng Phùng")],
["QUẢNG TRỊ ONLINE - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG TRỊ", "Chính trị > Xây dựng Đảng", "QTO",
 "Quang cảnh hội nghị. Ảnh: Lê Trường", "Dân vận khéo", "Bản không có người vi phạm pháp luật", "đi từng ngõ, gõ từng nhà", "Vì người nghèo"],
["08:15 | 12/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "khóa XI", "6 tháng qua", "Trong 6 tháng", "một mô hình"]))

PAGES.append(page("b1784-daklak-bdv-giaoban-2014-q3", """
Ban Dân vận Tỉnh ủy Đắk Lắk - Trang thông tin điện tử
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban
10/10/2014 - 16:20
Giao ban khối dân vận: thêm 38 mô hình "Dân vận khéo" được công nhận
Ngày 8/10, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý III năm 2014 với Ban Dân vận các huyện ủy, thị ủy, thành ủy và Đảng ủy khối. Đồng chí H'Loan Mlô, Phó Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban. Tham dự có đồng chí Trần Văn Hưng, Phó Chủ tịch Ủy ban MTTQ tỉnh và các đồng chí Trưởng Ban Dân vận các huyện ủy: Y Suôn Byă, Phạm Ngọc Lâm, Ama Kiều.
Theo báo cáo, trong quý III, toàn tỉnh có 38 mô hình được Ban Thường vụ các huyện ủy công nhận, nâng tổng số lên 522 mô hình, trong đó có 41 mô hình cấp tỉnh. Khối dân vận đã tổ chức 17 cuộc tiếp xúc, đối thoại với 1.950 lượt người; tham gia giải quyết 12 vụ tranh chấp đất đai ở các buôn đồng bào Êđê, M'nông. Ban Dân vận Tỉnh ủy trích 230 triệu đồng từ nguồn vận động để hỗ trợ các mô hình sinh kế.
Về công tác dân vận chính quyền, UBND các huyện đã tiếp 2.418 lượt công dân, tiếp nhận 386 đơn thư, giải quyết 341 đơn, đạt 88,3%. Lực lượng vũ trang tỉnh có 27 mô hình "Dân vận khéo" giúp dân xóa nhà tạm, làm đường và khám bệnh, cấp thuốc miễn phí cho trên 4.000 lượt người.
Các cấp tiếp tục triển khai Chương trình hành động số 46-CTr/TU ngày 12/9/2013 của Tỉnh ủy thực hiện Nghị quyết 25-NQ/TW về công tác dân vận trong tình hình mới. Ban đã phối hợp Sở Nội vụ hướng dẫn các xã thực hiện Quy chế dân chủ ở cơ sở, kiểm tra tại 6 huyện.
Đồng chí H'Loan Mlô phát biểu chỉ đạo giao ban.
Báo cáo tại giao ban, đồng chí Y Wơn Byă, HUV, Trưởng Ban Dân vận Huyện ủy Krông Bông cho biết: mô hình "Buôn đoàn kết, không có người vi phạm pháp luật" ở xã Yang Mao đã giúp 4 buôn nhiều năm liền không có đơn thư vượt cấp. Bà Nguyễn Thị Lệ Hằng, Trưởng Ban Dân vận Huyện ủy Krông Pắc, đề nghị tỉnh sớm có cơ chế khen thưởng người có uy tín tham gia hòa giải. Đồng chí Y Khuê Niê, Bí thư Đảng ủy xã Ea Hiu, kể việc vận động 62 hộ trả lại đất lấn chiếm cho trường học.
Kết luận giao ban, đồng chí H'Loan Mlô đề nghị quý IV các huyện hoàn thành việc đánh giá, công nhận mô hình năm 2014; chuẩn bị tổng kết, khen thưởng những tập thể, cá nhân tiêu biểu trong phong trào và chủ động nắm tình hình trước mùa thu hoạch cà phê.
H.Thanh
Lượt truy cập: 215.408
Các tin đã đưa
- Hội nghị người có uy tín huyện Lắk năm 2014 (30/09/2014)
- Ea Kar ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (19/09/2014)
- Giao ban khối dân vận quý II năm 2014 (11/07/2014)
- Krông Ana: vận động đồng bào hiến đất làm đường (27/06/2014)
""", "2014-10-10", 'Giao ban khối dân vận: thêm 38 mô hình "Dân vận khéo" được công nhận',
E("giao_ban", "2014-Q3", "2014-10-08"),
[P("H'Loan Mlô", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hưng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Y Suôn Byă", "Trưởng Ban Dân vận các huyện ủy"), P("Phạm Ngọc Lâm", "Trưởng Ban Dân vận các huyện ủy"),
 P("Ama Kiều", "Trưởng Ban Dân vận các huyện ủy"),
 P("Y Wơn Byă", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Bông"),
 P("Nguyễn Thị Lệ Hằng", "Trưởng Ban Dân vận Huyện ủy Krông Pắc"),
 P("Y Khuê Niê", "Bí thư Đảng ủy xã Ea Hiu")],
[Q("38 mô hình", 38, "mô hình"), Q("522 mô hình", 522, "mô hình"), Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"),
 Q("17 cuộc tiếp xúc, đối thoại", 17, "cuộc tiếp xúc, đối thoại"), Q("1.950 lượt người", 1950, "lượt người"),
 Q("12 vụ tranh chấp đất đai", 12, "vụ tranh chấp đất đai"), Q("230 triệu đồng", 230000000, "đồng"),
 Q("2.418 lượt công dân", 2418, "lượt công dân"), Q("386 đơn thư", 386, "đơn thư"), Q("341 đơn", 341, "đơn"), Q("88,3%", 88.3, "%"),
 Q("27 mô hình", 27, "mô hình"), Q("trên 4.000 lượt người", 4000, "lượt người", "over"),
 Q("6 huyện", 6, "huyện"), Q("4 buôn", 4, "buôn"), Q("62 hộ", 62, "hộ")],
[D("Chương trình hành động", "46", "CTr/TU", "2013-09-12", "Tỉnh ủy", "Chương trình hành động số 46-CTr/TU ngày 12/9/2013"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW")],
[prov("Đắk Lắk"), com("Yang Mao"), com("Ea Hiu")],
["Ban Dân vận Tỉnh ủy Đắk Lắk - Trang thông tin điện tử", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban",
 "Đồng chí H'Loan Mlô phát biểu chỉ đạo giao ban.", "Dân vận khéo", "Buôn đoàn kết, không có người vi phạm pháp luật",
 "Quy chế dân chủ ở cơ sở", "Lượt truy cập: 215.408"],
["10/10/2014 - 16:20", "quý III năm 2014", "quý IV", "năm 2014", "Lượt truy cập: 215.408"]))

PAGES.append(page("b1785-thanhhoa-xa-daihoi-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ THIẾT ỐNG - HUYỆN BÁ THƯỚC - TỈNH THANH HÓA
Trang chủ >> Tin tức - Sự kiện >> Tin hoạt động
Ngày đăng 21/08/2015 | 16:20
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Đại hội Đảng bộ xã Thiết Ống nhiệm kỳ 2015 - 2020 thành công tốt đẹp
Trong ngày 19/8/2015, Đảng bộ xã Thiết Ống, huyện Bá Thước, tỉnh Thanh Hóa tổ chức Đại hội đại biểu lần thứ XXIII, nhiệm kỳ 2015 - 2020. Dự đại hội có đồng chí Phạm Bá Lịch, HUV, Trưởng Ban Dân vận Huyện ủy Bá Thước và 145 đại biểu đại diện cho 512 đảng viên của 24 chi bộ trong toàn Đảng bộ.
Đại hội được tổ chức theo Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng.
Báo cáo chính trị trình đại hội nêu rõ, nhiệm kỳ qua Đảng bộ lãnh đạo thực hiện tốt Nghị quyết số 07-NQ/ĐU của Đảng ủy xã về phong trào thi đua "Dân vận khéo"; xã đã xây dựng 6 mô hình "Dân vận khéo" cấp xã, trong đó 2 mô hình được Huyện ủy công nhận là mô hình cấp huyện. Nhân dân hiến 3.200 m2 đất, góp 1,8 tỷ đồng làm 11 km đường bê tông liên thôn. Thu nhập bình quân đạt 19,5 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 18,4%. Đảng bộ kết nạp 47 đảng viên mới; 21/24 chi bộ được xếp loại trong sạch, vững mạnh.
Công tác dân vận chính quyền có nhiều chuyển biến; UBND xã tổ chức 8 cuộc đối thoại với nhân dân, giải quyết dứt điểm 14 đơn thư. Ủy ban MTTQ và các đoàn thể vận động xây dựng 26 nhà đại đoàn kết cho hộ nghèo, tổng trị giá 780 triệu đồng.
Bà con người Mường, người Thái trong xã đã đồng lòng thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; 9/11 thôn đạt danh hiệu làng văn hóa.
Phát biểu chỉ đạo, đồng chí Phạm Bá Lịch đề nghị Đảng bộ tiếp tục đổi mới công tác dân vận, thực hiện "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân"; gắn phong trào "Dân vận khéo" với xây dựng nông thôn mới.
Đại hội đã bầu 15 đồng chí vào Ban Chấp hành Đảng bộ xã khóa XXIII và bầu 7 đại biểu đi dự Đại hội Đảng bộ huyện. Tại phiên họp thứ nhất, đồng chí Hà Văn Khương được tín nhiệm bầu giữ chức Bí thư Đảng ủy xã; các đồng chí Trương Thị Mai, Lò Văn Ún được bầu giữ chức Phó Bí thư Đảng ủy xã. Đồng chí Bùi Thị Dung, Chủ tịch Ủy ban MTTQ xã, được bầu vào Ban Thường vụ.
Văn phòng Đảng ủy xã
Số lượt truy cập: 48.512
Tin khác
- Xã Thiết Ống ra quân làm đường giao thông nông thôn (05/08/2015)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 41 (20/07/2015)
- Trao 30 suất quà cho hộ nghèo nhân ngày Thương binh - Liệt sĩ (25/07/2015)
""", "2015-08-21", "Đại hội Đảng bộ xã Thiết Ống nhiệm kỳ 2015 - 2020 thành công tốt đẹp",
E("dai_hoi", None, "2015-08-19"),
[P("Phạm Bá Lịch", "HUV", "Trưởng Ban Dân vận Huyện ủy Bá Thước"),
 P("Hà Văn Khương", "Bí thư Đảng ủy xã"),
 P("Trương Thị Mai", "Phó Bí thư Đảng ủy xã"),
 P("Lò Văn Ún", "Phó Bí thư Đảng ủy xã"),
 P("Bùi Thị Dung", "Chủ tịch Ủy ban MTTQ xã")],
[Q("145 đại biểu", 145, "đại biểu"), Q("512 đảng viên", 512, "đảng viên"), Q("24 chi bộ", 24, "chi bộ"),
 Q("6 mô hình", 6, "mô hình"), Q("2 mô hình", 2, "mô hình"), Q("3.200 m2", 3200, "m2"), Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("11 km", 11, "km"), Q("19,5 triệu đồng", 19500000, "đồng"), Q("18,4%", 18.4, "%"),
 Q("47 đảng viên mới", 47, "đảng viên mới"),
 Q("8 cuộc đối thoại", 8, "cuộc đối thoại"), Q("14 đơn thư", 14, "đơn thư"), Q("26 nhà đại đoàn kết", 26, "nhà đại đoàn kết"),
 Q("780 triệu đồng", 780000000, "đồng"), Q("21/24 chi bộ", 21, "chi bộ"), Q("9/11 thôn", 9, "thôn"),
 Q("15 đồng chí", 15, "đồng chí"), Q("7 đại biểu", 7, "đại biểu")],
[D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 07-NQ/ĐU")],
[prov("Thanh Hóa"), com("Thiết Ống")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ THIẾT ỐNG - HUYỆN BÁ THƯỚC - TỈNH THANH HÓA", "Trang chủ >> Tin tức - Sự kiện >> Tin hoạt động",
 "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Dân vận khéo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân",
 "Văn phòng Đảng ủy xã", "Số lượt truy cập: 48.512"],
["Ngày đăng 21/08/2015 | 16:20", "nhiệm kỳ 2015 - 2020", "lần thứ XXIII", "khóa XXIII", "lần thứ XII", "phiên họp thứ nhất",
 "15 đồng chí", "Số lượt truy cập: 48.512"]))

PAGES.append(page("b1786-hagiang-bdv-giamsat-2016", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ | Tin tức | Kiểm tra, giám sát
Thứ Sáu, 11/11/2016 08:05
Đoàn giám sát làm việc tại xã Thông Nguyên.
Giám sát phong trào "Dân vận khéo" tại Huyện ủy Hoàng Su Phì
Từ ngày 8 đến 10/11/2016, Đoàn giám sát của Ban Thường vụ Tỉnh ủy do đồng chí Nông Thị Phương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm Trưởng đoàn đã giám sát việc thực hiện phong trào thi đua "Dân vận khéo" năm 2016 tại Huyện ủy Hoàng Su Phì, tỉnh Hà Giang và các xã Thông Nguyên, Nậm Ty, thị trấn Vinh Quang.
Cuộc giám sát thực hiện theo Kế hoạch số 115-KH/TU ngày 22/3/2016 của Ban Thường vụ Tỉnh ủy. Cùng đi có đồng chí Bàn Văn Chài, Phó Trưởng Ban Dân vận Tỉnh ủy và đại diện Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh.
Báo cáo của Huyện ủy cho thấy, huyện có 25 xã, thị trấn với trên 90% dân số là đồng bào dân tộc thiểu số: Nùng, Dao, La Chí, Mông, Tày. Năm 2016, toàn huyện xây dựng được 183 mô hình "Dân vận khéo", trong đó 6 mô hình cấp tỉnh, 41 mô hình cấp huyện, 136 mô hình cấp xã. Nhân dân hiến 8.700 m2 đất, góp 1.150 ngày công làm 26 km đường bê tông; 3/25 xã đạt chuẩn nông thôn mới. Ban Dân vận Huyện ủy đã phối hợp tổ chức 14 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân, tiếp nhận 57 ý kiến, kiến nghị; vận động 212 hộ người Mông ở các xã vùng cao ký cam kết không di cư tự do. Mặt trận và các đoàn thể thực hiện giám sát, phản biện xã hội theo Quyết định 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Tại xã Nậm Ty, đoàn ghi nhận mô hình "Ruộng bậc thang gắn với du lịch cộng đồng" do ông Vương Văn Hờ, Bí thư Chi bộ thôn Tân Minh, vận động 34 hộ cùng tham gia. Bà Vương Thị Hồng, Chủ tịch Hội LHPN xã Nậm Ty, cho biết chị em người La Chí đã thành lập tổ dệt vải lanh. Ông Hoàng Văn Chìn, Chủ tịch UBND xã Thông Nguyên, báo cáo 128 hộ đã được vay vốn làm chè Shan tuyết.
Kết luận giám sát, đồng chí Nông Thị Phương đánh giá cao cách làm của huyện, đồng thời chỉ ra hạn chế: một số mô hình còn hình thức, chưa có tiêu chí đánh giá; việc biểu dương, khen thưởng chưa kịp thời. Đồng chí đề nghị Huyện ủy rà soát, công nhận lại các mô hình trước ngày 15/12/2016. Dịp này, Huyện ủy đề nghị khen thưởng 4 tập thể, 7 cá nhân tiêu biểu.
Đồng chí Giàng Mí Sình, HUV, Bí thư Đảng ủy xã Túng Sán tiếp thu ý kiến của đoàn.
Thu Hà
Tin cùng chuyên mục
- Kiểm tra công tác dân vận chính quyền tại huyện Vị Xuyên (04/11/2016)
- Đồng Văn: 12 mô hình dân vận khéo được công nhận (28/10/2016)
- Hội nghị giao ban khối dân vận quý III năm 2016 (07/10/2016)
- Giám sát thực hiện Quy chế dân chủ ở xã Lũng Cú (23/09/2016)
""", "2016-11-11", 'Giám sát phong trào "Dân vận khéo" tại Huyện ủy Hoàng Su Phì',
E("giam_sat", "2016", "2016-11-08"),
[P("Nông Thị Phương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng đoàn"),
 P("Bàn Văn Chài", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vương Văn Hờ", "Bí thư Chi bộ thôn Tân Minh"),
 P("Vương Thị Hồng", "Chủ tịch Hội LHPN xã Nậm Ty"),
 P("Hoàng Văn Chìn", "Chủ tịch UBND xã Thông Nguyên"),
 P("Giàng Mí Sình", "HUV", "Bí thư Đảng ủy xã Túng Sán")],
[Q("25 xã, thị trấn", 25, "xã, thị trấn"), Q("trên 90%", 90, "%", "over"), Q("183 mô hình", 183, "mô hình"),
 Q("6 mô hình cấp tỉnh", 6, "mô hình cấp tỉnh"), Q("41 mô hình cấp huyện", 41, "mô hình cấp huyện"),
 Q("136 mô hình cấp xã", 136, "mô hình cấp xã"), Q("8.700 m2", 8700, "m2"), Q("1.150 ngày công", 1150, "ngày công"),
 Q("26 km", 26, "km"), Q("3/25 xã", 3, "xã"), Q("14 hội nghị đối thoại", 14, "hội nghị đối thoại"),
 Q("57 ý kiến, kiến nghị", 57, "ý kiến, kiến nghị"), Q("212 hộ người Mông", 212, "hộ người Mông"), Q("34 hộ", 34, "hộ"), Q("128 hộ", 128, "hộ"),
 Q("4 tập thể", 4, "tập thể"), Q("7 cá nhân", 7, "cá nhân")],
[D("Kế hoạch", "115", "KH/TU", "2016-03-22", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 115-KH/TU ngày 22/3/2016"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013")],
[prov("Hà Giang"), com("Thông Nguyên"), com("Nậm Ty"), com("Vinh Quang"), com("Túng Sán")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ | Tin tức | Kiểm tra, giám sát", "Đoàn giám sát làm việc tại xã Thông Nguyên.",
 "Dân vận khéo", "Ruộng bậc thang gắn với du lịch cộng đồng"],
["Thứ Sáu, 11/11/2016 08:05", "năm 2016", "Năm 2016"]))
