from lib import *
PAGES = []

PAGES.append(page("b2051-kontum-hoinghi-uytin-2017", """
BÁO KON TUM ĐIỆN TỬ
Chính trị › Dân tộc - Tôn giáo
24/08/2017 - 10:05
Hội nghị biểu dương 215 người có uy tín tiêu biểu năm 2017
Già làng A Thút (bìa trái) chia sẻ kinh nghiệm tại hội nghị. Ảnh: H.Y
Ngày 22/8, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2017. Dự hội nghị có 215 người có uy tín tiêu biểu là già làng, trưởng thôn, chức sắc tôn giáo đến từ 10 huyện, thành phố.
Đến dự có đồng chí Y Thương, Phó Bí thư Thường trực Tỉnh ủy; đồng chí A Djơng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Y Ngọc Hà, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo tại hội nghị nêu rõ, toàn tỉnh hiện có 719 người có uy tín được bình chọn theo Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ. Trong 2 năm qua, người có uy tín đã vận động đồng bào hiến 41,6 ha đất sản xuất, đóng góp trên 23.000 ngày công làm đường; tham gia hòa giải thành 284 vụ việc mâu thuẫn ở cơ sở, vận động 1.032 học sinh bỏ học trở lại trường. Tại các làng có đông đồng bào Công giáo, người có uy tín phối hợp với 36 giáo xứ, giáo họ vận động giáo dân thực hiện phong trào "Sống tốt đời, đẹp đạo".
Nhiều ý kiến tham luận sôi nổi. Già làng A Thút, người có uy tín làng Kon Jơ Dri, xã Đăk Blà, kể về việc cùng Linh mục Giuse Phạm Văn Tấn, Quản xứ giáo xứ Kon Jơ Dri, vận động 27 hộ bỏ tục "ăn trâu" tốn kém. Bà Y Blúi, người có uy tín thôn Đăk Dung, thị trấn Đăk Glei, cho biết thôn đã xây dựng mô hình "Làng không có người vi phạm pháp luật". Ông A Quỳnh, Trưởng nhóm Tin lành làng Kon Klor, phát biểu: bà con tín đồ luôn chấp hành đúng quy định, không để kẻ xấu lợi dụng.
Phát biểu tại hội nghị, đồng chí Y Thương đánh giá cao sự đóng góp của người có uy tín, yêu cầu các cấp tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; quan tâm cung cấp thông tin, cấp báo, tạp chí cho người có uy tín; giải quyết kịp thời kiến nghị của đồng bào.
Dịp này, Ủy ban nhân dân tỉnh tặng bằng khen cho 34 người có uy tín tiêu biểu; Ban Dân vận Tỉnh ủy tặng 215 phần quà, mỗi phần trị giá 1 triệu đồng. Đồng chí A Djơng trao quà cho các đại biểu và đề nghị người có uy tín tiếp tục là "cầu nối" giữa Đảng, chính quyền với đồng bào.
Buổi chiều cùng ngày, các đại biểu đi thăm khu di tích Ngục Kon Tum và dâng hương tại Đài tưởng niệm.
Hồng Yến
Lượt xem: 3.412
Tin cùng chuyên mục
- Đăk Tô tổ chức gặp mặt chức sắc Công giáo (10/08/2017)
- Tập huấn công tác dân vận cho già làng ở Kon Plông (27/07/2017)
- Sa Thầy: đối thoại với đồng bào Tin lành (14/07/2017)
""", "2017-08-24", "Hội nghị biểu dương 215 người có uy tín tiêu biểu năm 2017",
E("hoi_nghi", "2017", "2017-08-22"),
[P("A Thút", "Già làng", "người có uy tín làng Kon Jơ Dri"),
 P("Y Thương", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("A Djơng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Ngọc Hà", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giuse Phạm Văn Tấn", "Linh mục", "Quản xứ giáo xứ Kon Jơ Dri"),
 P("Y Blúi", "người có uy tín thôn Đăk Dung"),
 P("A Quỳnh", "Trưởng nhóm Tin lành làng Kon Klor")],
[Q("215 người có uy tín tiêu biểu", 215, "người có uy tín tiêu biểu"), Q("10 huyện, thành phố", 10, "huyện, thành phố"),
 Q("719 người có uy tín", 719, "người có uy tín"), Q("41,6 ha", 41.6, "ha"), Q("trên 23.000 ngày công", 23000, "ngày công", "over"),
 Q("284 vụ việc mâu thuẫn", 284, "vụ việc mâu thuẫn"), Q("1.032 học sinh", 1032, "học sinh"),
 Q("36 giáo xứ, giáo họ", 36, "giáo xứ, giáo họ"), Q("27 hộ", 27, "hộ"),
 Q("34 người có uy tín tiêu biểu", 34, "người có uy tín tiêu biểu"), Q("215 phần quà", 215, "phần quà"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư")],
[prov("Kon Tum"), com("Đăk Blà"), com("Đăk Glei")],
["BÁO KON TUM ĐIỆN TỬ", "Chính trị › Dân tộc - Tôn giáo", "Già làng A Thút (bìa trái) chia sẻ kinh nghiệm tại hội nghị. Ảnh: H.Y",
 "Sống tốt đời, đẹp đạo", "Làng không có người vi phạm pháp luật", "giáo xứ Kon Jơ Dri", "Ngục Kon Tum", "Lượt xem: 3.412"],
["24/08/2017 - 10:05", "năm 2017", "2 năm", "Lượt xem: 3.412"]))

PAGES.append(page("b2052-thanhhoa-mttq-giamsat-2018", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Trang chủ >> Hoạt động Mặt trận >> Giám sát và phản biện xã hội
Cập nhật lúc 17:20 ngày 06/11/2018
Giám sát việc thực hiện chính sách đối với người có uy tín tại huyện Mường Lát
Đoàn giám sát làm việc với UBND huyện Mường Lát.
Từ ngày 1 đến 3/11/2018, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa do đồng chí Phạm Thị Thanh Thủy, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người có uy tín và công tác tôn giáo năm 2018 tại huyện Mường Lát và 3 xã Tam Chung, Pù Nhi, Quang Chiểu.
Cùng tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh: Hà Văn Luyện, Lò Thị Xuân; đại diện Ban Dân tộc tỉnh và Ban Tôn giáo (Sở Nội vụ).
Theo báo cáo của UBND huyện, Mường Lát hiện có 142 người có uy tín là người Thái, Mông, Dao, Khơ Mú; năm 2018 huyện đã cấp phát 3 loại báo cho người có uy tín, tổ chức thăm hỏi 38 lượt người ốm đau và tặng 142 suất quà Tết, mỗi suất trị giá 600.000 đồng, thực hiện Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ. Trên địa bàn có 6 điểm nhóm đạo Tin lành với gần 1.900 tín đồ người Mông; chính quyền đã hướng dẫn 2 điểm nhóm đăng ký hoạt động tôn giáo theo Luật Tín ngưỡng, tôn giáo năm 2016.
Đoàn giám sát ghi nhận: việc bình chọn người có uy tín đúng quy trình, 100% người có uy tín được phổ biến chính sách. Tuy vậy, kinh phí hỗ trợ còn chậm; có 4 điểm nhóm sinh hoạt tại nhà riêng chưa đủ điều kiện đăng ký; một số cán bộ xã còn lúng túng khi giải quyết đề nghị của tín đồ. Tại xã Pù Nhi, ông Giàng A Sếnh, người có uy tín bản Chai, kiến nghị hỗ trợ làm nhà sinh hoạt cộng đồng; ông Thao Văn Tủa, người đại diện điểm nhóm Tin lành bản Lách, đề nghị sớm xem xét hồ sơ đăng ký.
Trả lời kiến nghị, ông Lương Văn Huê, Phó Chủ tịch UBND huyện Mường Lát, cho biết huyện sẽ bố trí 250 triệu đồng từ nguồn ngân sách năm 2019 để hỗ trợ làm 2 nhà văn hóa bản. Bà Hà Thị Thoa, HUV, Trưởng Ban Dân vận Huyện ủy, thông tin huyện đang triển khai Kế hoạch số 38-KH/HU về công tác vận động đồng bào Mông giai đoạn 2018-2020.
Kết luận buổi giám sát, đồng chí Phạm Thị Thanh Thủy đề nghị huyện tiếp tục thực hiện tốt Chỉ thị số 18-CT/TW của Ban Bí thư về công tác tôn giáo; quan tâm hơn đến đời sống vật chất, tinh thần của người có uy tín; giao Ủy ban MTTQ huyện theo dõi việc giải quyết 5 kiến nghị mà đoàn đã tiếp nhận, báo cáo kết quả về Ban Thường trực Ủy ban MTTQ tỉnh trước ngày 15/12/2018.
Cũng trong đợt giám sát, đoàn đã đến thăm, tặng 50 suất quà cho hộ nghèo người Khơ Mú tại xã Tam Chung.
Lê Hà
Lượt truy cập: 44.981
Xem thêm
- Ủy ban MTTQ tỉnh giám sát chính sách hỗ trợ hộ nghèo tại Quan Sơn (25/10/2018)
- Hội nghị phản biện dự thảo nghị quyết về giảm nghèo bền vững (15/10/2018)
- Gặp mặt các vị chức sắc, chức việc tôn giáo (04/10/2018)
""", "2018-11-06", "Giám sát việc thực hiện chính sách đối với người có uy tín tại huyện Mường Lát",
E("giam_sat", "2018", "2018-11-01"),
[P("Phạm Thị Thanh Thủy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Luyện", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Lò Thị Xuân", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Giàng A Sếnh", "người có uy tín bản Chai"),
 P("Thao Văn Tủa", "người đại diện điểm nhóm Tin lành bản Lách"),
 P("Lương Văn Huê", "Phó Chủ tịch UBND huyện Mường Lát"),
 P("Hà Thị Thoa", "HUV", "Trưởng Ban Dân vận Huyện ủy")],
[Q("3 xã", 3, "xã"), Q("142 người có uy tín", 142, "người có uy tín"), Q("3 loại báo", 3, "loại báo"),
 Q("38 lượt người ốm đau", 38, "lượt người ốm đau"), Q("142 suất quà Tết", 142, "suất quà"), Q("600.000 đồng", 600000, "đồng"),
 Q("6 điểm nhóm đạo Tin lành", 6, "điểm nhóm đạo Tin lành"), Q("gần 1.900 tín đồ người Mông", 1900, "tín đồ người Mông", "approx"),
 Q("2 điểm nhóm", 2, "điểm nhóm"), Q("100%", 100, "%"), Q("4 điểm nhóm", 4, "điểm nhóm"),
 Q("250 triệu đồng", 250000000, "đồng"), Q("2 nhà văn hóa bản", 2, "nhà văn hóa bản"), Q("5 kiến nghị", 5, "kiến nghị"),
 Q("50 suất quà", 50, "suất quà")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "38", "KH/HU", None, None, "Kế hoạch số 38-KH/HU"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW của Ban Bí thư")],
[prov("Thanh Hóa"), com("Tam Chung"), com("Pù Nhi"), com("Quang Chiểu")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Trang chủ >> Hoạt động Mặt trận >> Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc với UBND huyện Mường Lát.", "Luật Tín ngưỡng, tôn giáo", "Lượt truy cập: 44.981"],
["Cập nhật lúc 17:20 ngày 06/11/2018", "năm 2018", "năm 2019", "giai đoạn 2018-2020", "năm 2016", "ngày 15/12/2018",
 "Lượt truy cập: 44.981"]))

PAGES.append(page("b2053-hanam-doithoai-giaodan-2019", """
Cổng thông tin điện tử huyện Kim Bảng - tỉnh Hà Nam
Tin tức - Sự kiện / Xây dựng Đảng / Dân vận
13.06.2019 | 16:05
Bí thư Huyện ủy đối thoại với giáo dân giáo xứ Quyển Sơn năm 2019
Ngày 11/6/2019, tại nhà văn hóa thôn Quyển Sơn, xã Thi Sơn, Ban Thường vụ Huyện ủy Kim Bảng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với giáo dân giáo xứ Quyển Sơn năm 2019, thực hiện Quyết định số 23-QĐ/TU của Tỉnh ủy Hà Nam về việc người đứng đầu cấp ủy đối thoại trực tiếp với nhân dân.
Đồng chí Bí thư Huyện ủy trả lời ý kiến của giáo dân.
Chủ trì hội nghị có đồng chí Đinh Văn Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Kim Bảng; đồng chí Trần Quốc Hưng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. Dự hội nghị có Linh mục Antôn Nguyễn Hữu Độ, Chánh xứ giáo xứ Quyển Sơn; đồng chí Lại Thị Mơ, HUV, Trưởng Ban Dân vận Huyện ủy và 186 giáo dân đại diện cho 9 giáo họ.
Giáo xứ Quyển Sơn có 1.640 giáo dân, chiếm khoảng 38% dân số xã. Những năm qua, bà con giáo dân đã hiến 4.200 m2 đất, đóng góp 1,35 tỷ đồng xây dựng đường giao thông và 3 nhà văn hóa thôn; 92% hộ giáo dân đạt gia đình văn hóa.
Tại hội nghị, 14 ý kiến của giáo dân tập trung vào vấn đề ô nhiễm môi trường do khai thác đá, việc cấp giấy chứng nhận quyền sử dụng đất cho phần đất của giáo họ Đồng Ao, chính sách với người lao động ở các nhà máy xi măng. Ông Giuse Phạm Văn Ninh, Trưởng ban hành giáo giáo xứ Quyển Sơn, đề nghị huyện sớm nâng cấp tuyến đường ra nghĩa trang giáo xứ.
Trả lời các ý kiến, đồng chí Đinh Văn Lợi khẳng định huyện sẽ kiểm tra, yêu cầu 2 doanh nghiệp khai thác đá khắc phục ô nhiễm trước ngày 30/9/2019; giao UBND huyện hoàn thành cấp giấy chứng nhận cho 27 thửa đất còn tồn đọng trong quý III. Đồng chí Trần Quốc Hưng cho biết năm 2019 huyện bố trí 800 triệu đồng nâng cấp tuyến đường liên thôn qua địa bàn giáo xứ.
Linh mục Antôn Nguyễn Hữu Độ cảm ơn cấp ủy, chính quyền đã lắng nghe; khẳng định giáo xứ tiếp tục vận động giáo dân sống "Tốt đời, đẹp đạo", tham gia xây dựng nông thôn mới kiểu mẫu. Kết thúc hội nghị, đồng chí Bí thư Huyện ủy đề nghị các cơ quan chức năng trả lời bằng văn bản đối với 3 ý kiến cần thêm thời gian xem xét.
Các ý kiến của giáo dân đều được ghi nhận, phân loại theo từng lĩnh vực và giao cơ quan chủ trì giải quyết. Ban Dân vận Huyện ủy được giao theo dõi, đôn đốc, tổng hợp kết quả giải quyết để thông báo công khai tại nhà thờ giáo xứ và trên hệ thống loa truyền thanh của xã. Đây là lần đầu tiên huyện tổ chức đối thoại riêng với giáo dân một giáo xứ, nhận được sự đồng tình của chức sắc và bà con.
Văn Thành
Lượt xem: 417
Tin khác
- Thi Sơn: ra mắt mô hình "Giáo họ bình yên" (20/05/2019)
- Hội nghị giao ban công tác dân vận quý I năm 2019 (16/04/2019)
- Gặp mặt chức sắc, chức việc nhân dịp Lễ Phục sinh (19/04/2019)
""", "2019-06-13", "Bí thư Huyện ủy đối thoại với giáo dân giáo xứ Quyển Sơn năm 2019",
E("doi_thoai", "2019", "2019-06-11"),
[P("Đinh Văn Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy Kim Bảng", "Bí thư Huyện ủy"),
 P("Trần Quốc Hưng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Antôn Nguyễn Hữu Độ", "Linh mục", "Chánh xứ giáo xứ Quyển Sơn"),
 P("Lại Thị Mơ", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Giuse Phạm Văn Ninh", "Trưởng ban hành giáo giáo xứ Quyển Sơn")],
[Q("186 giáo dân", 186, "giáo dân"), Q("9 giáo họ", 9, "giáo họ"), Q("1.640 giáo dân", 1640, "giáo dân"),
 Q("khoảng 38%", 38, "%", "approx"), Q("4.200 m2", 4200, "m2"), Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("3 nhà văn hóa thôn", 3, "nhà văn hóa thôn"), Q("92%", 92, "%"), Q("14 ý kiến", 14, "ý kiến"),
 Q("2 doanh nghiệp khai thác đá", 2, "doanh nghiệp khai thác đá"), Q("27 thửa đất", 27, "thửa đất"),
 Q("800 triệu đồng", 800000000, "đồng"), Q("3 ý kiến", 3, "ý kiến")],
[D("Quyết định", "23", "QĐ/TU", None, "Tỉnh ủy Hà Nam", "Quyết định số 23-QĐ/TU của Tỉnh ủy Hà Nam")],
[prov("Hà Nam"), com("Thi Sơn")],
["Cổng thông tin điện tử huyện Kim Bảng - tỉnh Hà Nam", "Tin tức - Sự kiện / Xây dựng Đảng / Dân vận",
 "Đồng chí Bí thư Huyện ủy trả lời ý kiến của giáo dân.", "giáo xứ Quyển Sơn", "Tốt đời, đẹp đạo", "Lượt xem: 417"],
["13.06.2019 | 16:05", "năm 2019", "quý III", "ngày 30/9/2019", "lần đầu tiên", "Lượt xem: 417"]))

PAGES.append(page("b2054-daklak-bdv-baocao-tinlanh-2020", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Vị trí: Trang chủ - Nghiên cứu, trao đổi - Công tác tôn giáo
Thứ Tư, 16/12/2020
Kết quả công tác vận động đồng bào Tin lành năm 2020
Ban Dân vận Tỉnh ủy vừa có Báo cáo số 214-BC/BDVTU ngày 14/12/2020 gửi Ban Thường vụ Tỉnh ủy về kết quả công tác vận động đồng bào theo đạo Tin lành năm 2020. Theo báo cáo, toàn tỉnh Đắk Lắk có 227.000 tín đồ Tin lành, chiếm hơn 12% dân số, trong đó khoảng 75% là đồng bào Êđê, Mnông, Jrai; có 73 chi hội được công nhận tổ chức tôn giáo cơ sở và 412 điểm nhóm được cấp đăng ký sinh hoạt tập trung.
Mục sư Y Kô Niê (giữa) tại buổi lễ công bố thành lập chi hội.
Năm 2020, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 17, 18-CT/TU về công tác đối với đạo Tin lành trong tình hình mới và về phòng, chống hoạt động của "Tin lành Đấng Christ"; phối hợp Sở Nội vụ hướng dẫn 9 điểm nhóm thành lập chi hội. Đáng chú ý, các cấp đã vận động 126 hộ với 573 khẩu từ bỏ "Hà Mòn", trở về sinh hoạt hợp pháp; đấu tranh với 11 đối tượng cầm đầu "Tin lành Đấng Christ".
Các chức sắc Tin lành tích cực đồng hành với chính quyền trong phòng, chống dịch Covid-19. Mục sư Y Kô Niê, Ủy viên Ban Trị sự Hội thánh Tin lành Việt Nam (miền Nam), Quản nhiệm chi hội Buôn Ky, đã vận động tín đồ ủng hộ 320 triệu đồng và 18 tấn gạo cho người dân khó khăn. Truyền đạo H'Bia Mlô, Quản nhiệm chi hội Ea Kly, cùng 40 tín đồ trẻ tham gia hỗ trợ khu cách ly tập trung.
Báo cáo nêu gương một số người có uy tín như ông Y Nuôl Byă, người có uy tín buôn Tơng Jú, xã Ea Kao; bà H'Xuân Êban, Chi hội trưởng Chi hội Phụ nữ buôn Kram, xã Cư Pơng, đã thuyết phục nhiều hộ dân không nghe kẻ xấu lôi kéo vượt biên. Theo đồng chí Y Kuăn Mlô, Phó Trưởng Ban Dân vận Tỉnh ủy, 98% số buôn có đông đồng bào Tin lành đã xây dựng quy ước, hương ước có nội dung về tín ngưỡng, tôn giáo.
Bên cạnh kết quả đạt được, báo cáo chỉ ra hạn chế: còn 27 điểm nhóm sinh hoạt chưa đăng ký; tình trạng tranh chấp đất làm nơi sinh hoạt tôn giáo ở 5 huyện chưa được giải quyết dứt điểm; sự phối hợp giữa các cơ quan có lúc chưa kịp thời. Ban Dân vận Tỉnh ủy đề xuất năm 2021 tiếp tục thực hiện Kết luận 61-KL/TW ngày 04/8/2009 của Ban Bí thư và Kế hoạch số 55-KH/BDVTU về công tác dân vận vùng đồng bào có đạo, tổ chức 2 lớp tập huấn cho cán bộ các xã trọng điểm.
Báo cáo đã được đồng chí Trương Thị Hồng Sa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy ký và gửi các ban đảng, Ủy ban MTTQ tỉnh để phối hợp. Những số liệu trên cũng được sử dụng để chuẩn bị cho hội nghị tổng kết công tác dân vận năm 2020 sẽ tổ chức vào cuối tháng 12.
Phòng Dân tộc - Tôn giáo
Bài viết liên quan
- Cư M'gar: ra mắt chi hội Tin lành Ea Pốk (30/11/2020)
- Tập huấn công tác tôn giáo cho cán bộ cơ sở năm 2020 (10/11/2020)
- Gặp mặt người có uy tín dân tộc thiểu số tiêu biểu (28/10/2020)
""", "2020-12-16", "Kết quả công tác vận động đồng bào Tin lành năm 2020",
E("bao_cao", "2020", "2020-12-14"),
[P("Y Kô Niê", "Mục sư", "Ủy viên Ban Trị sự Hội thánh Tin lành Việt Nam (miền Nam)", "Quản nhiệm chi hội Buôn Ky"),
 P("H'Bia Mlô", "Truyền đạo", "Quản nhiệm chi hội Ea Kly"),
 P("Y Nuôl Byă", "người có uy tín buôn Tơng Jú"),
 P("H'Xuân Êban", "Chi hội trưởng Chi hội Phụ nữ buôn Kram"),
 P("Y Kuăn Mlô", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Thị Hồng Sa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("227.000 tín đồ Tin lành", 227000, "tín đồ Tin lành"), Q("hơn 12%", 12, "%", "over"), Q("khoảng 75%", 75, "%", "approx"),
 Q("73 chi hội", 73, "chi hội"), Q("412 điểm nhóm", 412, "điểm nhóm"), Q("9 điểm nhóm", 9, "điểm nhóm"),
 Q("126 hộ", 126, "hộ"), Q("573 khẩu", 573, "khẩu"), Q("11 đối tượng", 11, "đối tượng"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("18 tấn", 18, "tấn"), Q("40 tín đồ trẻ", 40, "tín đồ trẻ"), Q("98%", 98, "%"),
 Q("27 điểm nhóm", 27, "điểm nhóm"), Q("5 huyện", 5, "huyện"), Q("2 lớp tập huấn", 2, "lớp tập huấn")],
[D("Báo cáo", "214", "BC/BDVTU", "2020-12-14", "Ban Dân vận Tỉnh ủy", "Báo cáo số 214-BC/BDVTU ngày 14/12/2020"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Kết luận", "61", "KL/TW", "2009-08-04", "Ban Bí thư", "Kết luận 61-KL/TW ngày 04/8/2009 của Ban Bí thư"),
 D("Kế hoạch", "55", "KH/BDVTU", None, None, "Kế hoạch số 55-KH/BDVTU")],
[prov("Đắk Lắk"), com("Ea Kao"), com("Cư Pơng")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Vị trí: Trang chủ - Nghiên cứu, trao đổi - Công tác tôn giáo",
 "Mục sư Y Kô Niê (giữa) tại buổi lễ công bố thành lập chi hội.", "Tin lành Đấng Christ", "Hà Mòn",
 "Hội thánh Tin lành Việt Nam (miền Nam)", "Phòng Dân tộc - Tôn giáo"],
["Thứ Tư, 16/12/2020", "năm 2020", "năm 2021", "Covid-19", "tháng 12"]))

PAGES.append(page("b2055-laocai-bdv-giaoban-thang9-2021", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ » Tin hoạt động » Khối dân vận
Hôm nay: Thứ Năm, 07/10/2021
Ngày 05/10/2021 | 09:15
Ảnh: Quang cảnh buổi giao ban trực tuyến.
Giao ban công tác dân vận tháng 9: quan tâm đồng bào có đạo vùng cao
Chiều 4/10, Ban Dân vận Tỉnh ủy Lào Cai tổ chức giao ban công tác dân vận tháng 9/2021 theo hình thức trực tuyến với 9 điểm cầu huyện, thị xã, thành phố. Đồng chí Giàng Thị Pà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Báo cáo tại giao ban cho thấy, trong tháng 9, khối dân vận các cấp đã phối hợp tổ chức 47 buổi tuyên truyền phòng, chống dịch Covid-19 bằng tiếng Mông, Dao, Giáy cho trên 3.600 lượt người; vận động 2 điểm nhóm Tin lành ở huyện Si Ma Cai tạm dừng sinh hoạt đông người theo Chỉ thị 16/CT-TTg. Tình hình tôn giáo ổn định; không phát sinh điểm nóng. Số người theo "Giê Sùa" tiếp tục giảm, toàn tỉnh còn 38 hộ.
Trong tháng, Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 62-KH/BDVTU và Hướng dẫn số 07-HD/BDVTU về khảo sát tình hình tư tưởng đồng bào Mông theo đạo Tin lành; phối hợp Ban Tôn giáo tỉnh thẩm định hồ sơ của 3 điểm nhóm xin đăng ký. Các huyện đã trao 1.250 suất quà Trung thu cho thiếu nhi vùng đồng bào có đạo với tổng trị giá khoảng 187 triệu đồng.
Phát biểu tại điểm cầu Bắc Hà, đồng chí Lù Văn Sáng, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà, cho biết huyện đã hoàn thành 14/17 mô hình "Dân vận khéo" đăng ký năm 2021. Đồng chí Thào Seo Pao, Bí thư Đảng ủy xã Lùng Phình, kiến nghị hỗ trợ kinh phí cho các tổ tự quản ở thôn có đông tín đồ. Tại điểm cầu Bát Xát, đồng chí Phàn Thị Mẩy, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn cách thu thập thông tin.
Kết luận giao ban, đồng chí Giàng Thị Pà yêu cầu tháng 10 các cấp tập trung triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, tổ chức tốt đợt thăm hỏi chức sắc, người có uy tín dịp 20/10; thực hiện nghiêm "5K" trong sinh hoạt tôn giáo. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vàng Seo Dìn, Hoàng Thị Nhạn được phân công theo dõi 2 huyện trọng điểm Si Ma Cai, Mường Khương.
Một số huyện nêu khó khăn trong việc nắm tình hình khi nhiều lao động trở về từ các tỉnh có dịch, nhiều cán bộ dân vận cơ sở kiêm nhiệm công tác phòng, chống dịch nên thời gian bám thôn, bản bị hạn chế. Giao ban thống nhất duy trì chế độ báo cáo nhanh hằng tuần qua nhóm Zalo của khối dân vận.
Thu Hà
Lượt xem: 205
Tin cùng chuyên mục
- Giao ban công tác dân vận tháng 8 năm 2021 (06/09/2021)
- Sa Pa: vận động đồng bào tiêm vắc xin (27/08/2021)
- Trao quà cho chức sắc tôn giáo khó khăn do dịch (15/08/2021)
""", "2021-10-05", "Giao ban công tác dân vận tháng 9: quan tâm đồng bào có đạo vùng cao",
E("giao_ban", "2021-09", "2021-10-04"),
[P("Giàng Thị Pà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lù Văn Sáng", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Thào Seo Pao", "Bí thư Đảng ủy xã Lùng Phình"),
 P("Phàn Thị Mẩy", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Vàng Seo Dìn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Nhạn", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"), Q("47 buổi tuyên truyền", 47, "buổi tuyên truyền"),
 Q("trên 3.600 lượt người", 3600, "lượt người", "over"), Q("2 điểm nhóm Tin lành", 2, "điểm nhóm Tin lành"), Q("38 hộ", 38, "hộ"),
 Q("3 điểm nhóm", 3, "điểm nhóm"), Q("1.250 suất quà Trung thu", 1250, "suất quà"),
 Q("khoảng 187 triệu đồng", 187000000, "đồng", "approx"), Q("14/17 mô hình", 14, "mô hình"),
 Q("2 huyện trọng điểm", 2, "huyện trọng điểm")],
[D("Chỉ thị", "16", "CT-TTg", None, None, "Chỉ thị 16/CT-TTg"),
 D("Kế hoạch", "62", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 62-KH/BDVTU"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU")],
[prov("Lào Cai"), com("Lùng Phình")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ » Tin hoạt động » Khối dân vận", "Ảnh: Quang cảnh buổi giao ban trực tuyến.",
 "Giê Sùa", "Dân vận khéo", "5K", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "Lượt xem: 205"],
["Hôm nay: Thứ Năm, 07/10/2021", "Ngày 05/10/2021 | 09:15", "tháng 9/2021", "tháng 9", "tháng 10", "lần thứ XVI", "5K",
 "20/10", "Covid-19", "Lượt xem: 205"]))

PAGES.append(page("b2056-quangnam-phatgiao-daihoi-2022", """
BÁO QUẢNG NAM ONLINE
Thời sự | Chính trị | Tôn giáo
2022-06-03 14:30
Chư tôn đức tăng ni tham dự đại hội. Ảnh: N.Đ
Đại hội đại biểu Phật giáo tỉnh Quảng Nam lần thứ IX, nhiệm kỳ 2022 - 2027
(QNO) - Ngày 2/6, tại chùa Khánh Lâm (thành phố Tam Kỳ), Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Quảng Nam long trọng tổ chức Đại hội đại biểu Phật giáo tỉnh lần thứ IX, nhiệm kỳ 2022 - 2027 với sự tham dự của 250 đại biểu chính thức.
Đến dự và chứng minh có Hòa thượng Thích Quảng Hạnh, Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam; Thượng tọa Thích Minh Đạo, Phó Chủ tịch kiêm Tổng Thư ký Hội đồng Trị sự. Về phía tỉnh có đồng chí Phan Văn Tường, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Bh'riu Pơloong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Thanh Luân, Phó Chủ tịch UBND tỉnh.
Báo cáo tổng kết nhiệm kỳ 2017 - 2022 cho biết, Phật giáo Quảng Nam hiện có 233 cơ sở tự viện, hơn 1.100 tăng ni và khoảng 210.000 tín đồ. Trong nhiệm kỳ, Ban Trị sự đã thành lập thêm 2 Ban Trị sự Phật giáo cấp huyện, nâng tổng số lên 15 đơn vị; mở 5 khóa an cư kiết hạ và 3 lớp Sơ cấp Phật học với 184 tăng ni sinh. Các hoạt động từ thiện xã hội đạt trên 96 tỷ đồng, trong đó khoảng 41 tỷ đồng hỗ trợ người dân bị ảnh hưởng bởi dịch Covid-19 và bão số 9 năm 2020.
Phát biểu chỉ đạo, đồng chí Phan Văn Tường ghi nhận sự đồng hành của tăng ni, phật tử với chính quyền; đề nghị Giáo hội tiếp tục thực hiện tốt Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo; vận động tín đồ tham gia phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Đại hội đã suy cử 55 vị vào Ban Trị sự nhiệm kỳ mới. Hòa thượng Thích Thiện Quang, trụ trì chùa Khánh Lâm, tiếp tục được suy cử làm Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Quảng Nam; các vị Thượng tọa Thích Minh Tín, Thích Huệ Phước và Ni sư Thích Nữ Như Hiếu - Phó Trưởng ban Trị sự. Đại đức Thích Tâm Hòa được suy cử làm Chánh Thư ký.
Đồng chí Bh'riu Pơloong trao Bằng khen của UBND tỉnh cho 6 tập thể, 11 cá nhân có thành tích trong hoạt động Phật sự nhiệm kỳ qua. Ủy ban MTTQ Việt Nam tỉnh tặng hoa chúc mừng đại hội.
Đại hội thông qua chương trình hành động nhiệm kỳ 2022 - 2027 với 13 ban, viện chuyên môn. Ngay sau đại hội, Ban Trị sự nhiệm kỳ mới đã tổ chức phiên họp thứ nhất để phân công nhiệm vụ các thành viên.
Nguyễn Đức
Tin liên quan
- Tọa đàm về phương châm "Đạo pháp - Dân tộc - Chủ nghĩa xã hội" (20/05/2022)
- Đại hội Phật giáo thị xã Điện Bàn nhiệm kỳ 2022-2027 (08/04/2022)
- Lãnh đạo tỉnh chúc mừng Đại lễ Phật đản (12/05/2022)
""", "2022-06-03", "Đại hội đại biểu Phật giáo tỉnh Quảng Nam lần thứ IX, nhiệm kỳ 2022 - 2027",
E("dai_hoi", None, "2022-06-02"),
[P("Thích Quảng Hạnh", "Hòa thượng", "Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam"),
 P("Thích Minh Đạo", "Thượng tọa", "Phó Chủ tịch kiêm Tổng Thư ký Hội đồng Trị sự"),
 P("Phan Văn Tường", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Bh'riu Pơloong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thanh Luân", "Phó Chủ tịch UBND tỉnh"),
 P("Thích Thiện Quang", "Hòa thượng", "trụ trì chùa Khánh Lâm", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Quảng Nam"),
 P("Thích Minh Tín", "Thượng tọa", "Phó Trưởng ban Trị sự"),
 P("Thích Huệ Phước", "Thượng tọa", "Phó Trưởng ban Trị sự"),
 P("Thích Nữ Như Hiếu", "Ni sư", "Phó Trưởng ban Trị sự"),
 P("Thích Tâm Hòa", "Đại đức", "Chánh Thư ký")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("233 cơ sở tự viện", 233, "cơ sở tự viện"),
 Q("hơn 1.100 tăng ni", 1100, "tăng ni", "over"), Q("khoảng 210.000 tín đồ", 210000, "tín đồ", "approx"),
 Q("2 Ban Trị sự Phật giáo cấp huyện", 2, "Ban Trị sự Phật giáo cấp huyện"), Q("15 đơn vị", 15, "đơn vị"),
 Q("5 khóa an cư kiết hạ", 5, "khóa an cư kiết hạ"), Q("3 lớp Sơ cấp Phật học", 3, "lớp Sơ cấp Phật học"),
 Q("184 tăng ni sinh", 184, "tăng ni sinh"), Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("khoảng 41 tỷ đồng", 41000000000, "đồng", "approx"), Q("55 vị", 55, "vị"), Q("6 tập thể", 6, "tập thể"),
 Q("11 cá nhân", 11, "cá nhân"), Q("13 ban, viện chuyên môn", 13, "ban, viện chuyên môn")],
[D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP của Chính phủ")],
[prov("Quảng Nam")],
["BÁO QUẢNG NAM ONLINE", "Thời sự | Chính trị | Tôn giáo", "Chư tôn đức tăng ni tham dự đại hội. Ảnh: N.Đ", "(QNO)",
 "chùa Khánh Lâm", "Luật Tín ngưỡng, tôn giáo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["2022-06-03 14:30", "lần thứ IX", "nhiệm kỳ 2022 - 2027", "nhiệm kỳ 2017 - 2022", "bão số 9", "năm 2020", "Covid-19",
 "phiên họp thứ nhất"]))
