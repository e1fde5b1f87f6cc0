from lib import *
PAGES = []

PAGES.append(page("b7331-laocai-hnct-daihoi-2016", """
BÁO LÀO CAI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai
Vị trí: Trang chủ › Xã hội › Người cao tuổi
Ngày đăng 24/11/2016 | 16:20
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội Hội Người cao tuổi tỉnh Lào Cai lần thứ IV
Ngày 23/11, Hội Người cao tuổi tỉnh Lào Cai long trọng tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2016 - 2021. Về dự có 198 đại biểu đại diện cho hơn 52.000 hội viên người cao tuổi thuộc 25 dân tộc trong tỉnh.
Dự đại hội có các đồng chí: Nguyễn Văn Sơn, Phó Trưởng Ban Dân vận Tỉnh ủy; Lù Thị Sa, Phó Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Hoàng Văn Thiện, Phó Chủ tịch Trung ương Hội Người cao tuổi Việt Nam.
Nhiệm kỳ 2011 - 2016, các cấp hội đã tích cực tham gia xây dựng nông thôn mới, giữ gìn bản sắc văn hóa các dân tộc. Toàn tỉnh đã thành lập 18 câu lạc bộ liên thế hệ tự giúp nhau ở các huyện Bảo Thắng, Bảo Yên, Sa Pa, Bát Xát với 1.040 thành viên, trong đó hơn 60% là đồng bào dân tộc thiểu số. Tổng quỹ của các câu lạc bộ đạt khoảng 860 triệu đồng; 412 lượt hộ được vay vốn phát triển chăn nuôi lợn đen, trồng chè, trồng thảo quả. Các cụ là người có uy tín đã vận động con cháu xóa bỏ 146 trường hợp tảo hôn, hòa giải thành 230 vụ việc mâu thuẫn trong cộng đồng.
Ông Giàng Seo Phử, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau thôn Sín Chải, xã Tả Phìn, chia sẻ: "Trước đây người Mông ở thôn ít khi ngồi cùng nhau bàn chuyện làm ăn. Từ khi có câu lạc bộ, cứ ngày mùng 5 hằng tháng, già trẻ đều đến sinh hoạt, người già dạy con cháu hát dân ca, người trẻ hướng dẫn các cụ cách tiêm phòng cho đàn lợn".
Đại hội đã thảo luận, thông qua phương hướng nhiệm kỳ 2016 - 2021 với các chỉ tiêu: 95% trở lên người cao tuổi tham gia sinh hoạt hội; mỗi huyện, thành phố có ít nhất 3 câu lạc bộ liên thế hệ tự giúp nhau; phấn đấu 90% người cao tuổi được khám sức khỏe định kỳ. Đại hội quán triệt việc thực hiện Quyết định số 1533/QĐ-TTg ngày 02/8/2016 của Thủ tướng Chính phủ phê duyệt Đề án nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau giai đoạn 2016 - 2020 và Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy về công tác người cao tuổi và công tác dân vận vùng đồng bào dân tộc.
Đại hội đã bầu Ban Chấp hành khóa IV gồm 23 ủy viên. Ông Tẩn Láo Lở được tín nhiệm bầu giữ chức Chủ tịch Hội Người cao tuổi tỉnh khóa IV; các ông Sùng A Lềnh, Vàng A Dình - Phó Chủ tịch Hội Người cao tuổi tỉnh.
Tại đại hội, UBND tỉnh tặng bằng khen cho 8 tập thể, 11 cá nhân có thành tích xuất sắc trong nhiệm kỳ qua.
Nguyễn Hằng
Lượt xem: 2.031
Tin cùng chuyên mục
- Bát Xát: đại hội Hội Người cao tuổi huyện nhiệm kỳ 2016 - 2021 (20/10/2016)
- Người cao tuổi Bắc Hà giữ gìn nghề thêu thổ cẩm (11/10/2016)
- Sa Pa ra mắt câu lạc bộ liên thế hệ thứ năm (26/09/2016)
""", "2016-11-24", "Đại hội Hội Người cao tuổi tỉnh Lào Cai lần thứ IV",
E("dai_hoi", None, "2016-11-23"),
[P("Nguyễn Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Thị Sa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Thiện", "Phó Chủ tịch Trung ương Hội Người cao tuổi Việt Nam"),
 P("Giàng Seo Phử", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau thôn Sín Chải"),
 P("Tẩn Láo Lở", "Chủ tịch Hội Người cao tuổi tỉnh khóa IV"),
 P("Sùng A Lềnh", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Vàng A Dình", "Phó Chủ tịch Hội Người cao tuổi tỉnh")],
[Q("198 đại biểu", 198, "đại biểu"), Q("hơn 52.000 hội viên người cao tuổi", 52000, "hội viên người cao tuổi", "over"),
 Q("25 dân tộc", 25, "dân tộc"), Q("18 câu lạc bộ liên thế hệ tự giúp nhau", 18, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("1.040 thành viên", 1040, "thành viên"), Q("hơn 60%", 60, "%", "over"),
 Q("khoảng 860 triệu đồng", 860000000, "đồng", "approx"), Q("412 lượt hộ", 412, "lượt hộ"),
 Q("146 trường hợp", 146, "trường hợp"), Q("230 vụ việc mâu thuẫn", 230, "vụ việc mâu thuẫn"),
 Q("95% trở lên", 95, "%", "over"), Q("ít nhất 3 câu lạc bộ liên thế hệ tự giúp nhau", 3, "câu lạc bộ liên thế hệ tự giúp nhau", "over"),
 Q("90% người cao tuổi", 90, "%"), Q("23 ủy viên", 23, "ủy viên"), Q("8 tập thể", 8, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Quyết định", "1533", "QĐ-TTg", "2016-08-02", "Thủ tướng Chính phủ", "Quyết định số 1533/QĐ-TTg ngày 02/8/2016"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU")],
[prov("Lào Cai"), com("Tả Phìn")],
["BÁO LÀO CAI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai", "Vị trí: Trang chủ › Xã hội › Người cao tuổi",
 "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "Lượt xem: 2.031"],
["Ngày đăng 24/11/2016 | 16:20", "lần thứ IV", "nhiệm kỳ 2016 - 2021", "Nhiệm kỳ 2011 - 2016", "mùng 5",
 "giai đoạn 2016 - 2020", "khóa IV", "Lượt xem: 2.031"]))

PAGES.append(page("b7332-hungyen-hnct-giaoban-2017", """
Hưng Yên điện tử
TIN TỨC :: XÃ HỘI :: ĐOÀN THỂ
08:15 | 05/10/2017
Nhân rộng câu lạc bộ liên thế hệ: còn chậm ở nhiều huyện
(HY) - Chiều 4/10, tại thành phố Hưng Yên, Hội Người cao tuổi tỉnh tổ chức giao ban công tác quý III năm 2017 với chủ tịch hội người cao tuổi 10 huyện, thị xã, thành phố. Ông Đào Văn Lịch, Phó Chủ tịch Thường trực Hội Người cao tuổi tỉnh, chủ trì giao ban.
Theo báo cáo tại giao ban, tính đến ngày 30/9/2017, toàn tỉnh mới có 37 câu lạc bộ liên thế hệ tự giúp nhau, đạt 46% kế hoạch năm. Trong quý III, chỉ 4 huyện thành lập thêm câu lạc bộ, với tổng số 9 câu lạc bộ mới; các huyện Ân Thi, Phù Cừ chưa thành lập được câu lạc bộ nào. Nguyên nhân chủ yếu là thiếu vốn ban đầu: mỗi câu lạc bộ cần khoảng 50 triệu đồng để lập quỹ quay vòng, trong khi ngân sách hỗ trợ mới được 10 triệu đồng/câu lạc bộ.
Trong quý, các cấp hội đã vận động được 1,86 tỷ đồng cho quỹ chăm sóc người cao tuổi; tổ chức thăm hỏi, tặng quà 1.350 cụ ốm đau; tổ chức 26 buổi nói chuyện chuyên đề về phòng chống bệnh không lây nhiễm với khoảng 3.000 lượt người tham dự.
Tham luận tại giao ban, bà Nguyễn Thị Huệ, Chủ tịch Hội Người cao tuổi huyện Văn Giang, cho biết huyện đã xã hội hóa được gần 300 triệu đồng từ các doanh nghiệp để hỗ trợ 6 câu lạc bộ mới ở các xã Xuân Quan, Cửu Cao, Long Hưng. Ông Lê Quang Hòa, Chủ tịch Hội Người cao tuổi huyện Khoái Châu, đề nghị Hội Người cao tuổi tỉnh tham mưu UBND tỉnh sửa đổi kế hoạch số 112/KH-UBND ngày 15/3/2017 theo hướng tăng mức hỗ trợ.
Kết luận giao ban, ông Đào Văn Lịch yêu cầu các huyện còn chậm phải có lộ trình cụ thể; trong quý IV phấn đấu thành lập thêm ít nhất 20 câu lạc bộ, bảo đảm đạt 70% kế hoạch năm. Các cấp hội tiếp tục bám sát Quyết định số 1533/QĐ-TTg của Thủ tướng Chính phủ và Hướng dẫn số 25/HD-HNCT ngày 10/11/2016 của Trung ương Hội Người cao tuổi Việt Nam về thành lập và hoạt động của câu lạc bộ liên thế hệ tự giúp nhau; đồng thời chuẩn bị tốt các hoạt động kỷ niệm Ngày Quốc tế Người cao tuổi 1/10 và Ngày Truyền thống người cao tuổi Việt Nam 6/6 năm sau.
Một số ý kiến tại giao ban cũng phản ánh việc chuyển giao vốn từ các chương trình khác sang quỹ câu lạc bộ còn vướng thủ tục; nhiều ban chủ nhiệm lúng túng khi lập kế hoạch hoạt động theo 8 nội dung của mô hình, nhất là nội dung chăm sóc tại nhà và học tập suốt đời.
Tại buổi giao ban, ông Đỗ Văn Bình, Trưởng ban Tổ chức - Kiểm tra Hội Người cao tuổi tỉnh, đã hướng dẫn cách ghi chép sổ quỹ, sổ theo dõi thành viên theo mẫu thống nhất toàn tỉnh.
Minh Thu
Các tin khác
- Hội Người cao tuổi tỉnh mừng thọ 120 cụ tròn 100 tuổi (28/09/2017)
- Kim Động: trao 45 thẻ bảo hiểm y tế (20/09/2017)
- Mỹ Hào ra mắt câu lạc bộ liên thế hệ tự giúp nhau (12/09/2017)
""", "2017-10-05", "Nhân rộng câu lạc bộ liên thế hệ: còn chậm ở nhiều huyện",
E("giao_ban", "2017-Q3", "2017-10-04"),
[P("Đào Văn Lịch", "Phó Chủ tịch Thường trực Hội Người cao tuổi tỉnh"),
 P("Nguyễn Thị Huệ", "Chủ tịch Hội Người cao tuổi huyện Văn Giang"),
 P("Lê Quang Hòa", "Chủ tịch Hội Người cao tuổi huyện Khoái Châu"),
 P("Đỗ Văn Bình", "Trưởng ban Tổ chức - Kiểm tra Hội Người cao tuổi tỉnh")],
[Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"),
 Q("37 câu lạc bộ liên thế hệ tự giúp nhau", 37, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("46% kế hoạch", 46, "%"),
 Q("4 huyện", 4, "huyện"), Q("9 câu lạc bộ mới", 9, "câu lạc bộ mới"),
 Q("khoảng 50 triệu đồng", 50000000, "đồng", "approx"), Q("10 triệu đồng/câu lạc bộ", 10000000, "đồng"),
 Q("1,86 tỷ đồng", 1860000000, "đồng"), Q("1.350 cụ", 1350, "cụ"), Q("26 buổi nói chuyện chuyên đề", 26, "buổi nói chuyện chuyên đề"),
 Q("khoảng 3.000 lượt người", 3000, "lượt người", "approx"), Q("gần 300 triệu đồng", 300000000, "đồng", "approx"),
 Q("6 câu lạc bộ mới", 6, "câu lạc bộ mới"), Q("ít nhất 20 câu lạc bộ", 20, "câu lạc bộ", "over"), Q("70% kế hoạch", 70, "%")],
[D("Kế hoạch", "112", "KH-UBND", "2017-03-15", None, "kế hoạch số 112/KH-UBND ngày 15/3/2017"),
 D("Quyết định", "1533", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1533/QĐ-TTg"),
 D("Hướng dẫn", "25", "HD-HNCT", "2016-11-10", "Trung ương Hội Người cao tuổi Việt Nam", "Hướng dẫn số 25/HD-HNCT ngày 10/11/2016")],
[prov("Hưng Yên"), com("Xuân Quan"), com("Cửu Cao"), com("Long Hưng")],
["Hưng Yên điện tử", "TIN TỨC :: XÃ HỘI :: ĐOÀN THỂ", "(HY)", "Ngày Quốc tế Người cao tuổi", "Ngày Truyền thống người cao tuổi Việt Nam"],
["08:15 | 05/10/2017", "quý III năm 2017", "30/9/2017", "8 nội dung", "quý IV", "1/10", "6/6"]))

PAGES.append(page("b7333-haugiang-hnct-baocao-2018", """
Báo Hậu Giang Online
Trang chủ - Xã hội - An sinh xã hội
Thứ Sáu, 28/09/2018, 10:35
Hậu Giang: 3 năm, câu lạc bộ liên thế hệ giúp 540 hộ vay vốn
Theo báo cáo số 41/BC-HNCT ngày 25/9/2018 của Hội Người cao tuổi tỉnh Hậu Giang gửi UBND tỉnh về kết quả 3 năm thực hiện mô hình câu lạc bộ liên thế hệ tự giúp nhau, đến nay toàn tỉnh đã thành lập được 29 câu lạc bộ tại 7 huyện, thị xã, thành phố, với 1.595 thành viên.
Thành viên câu lạc bộ ấp Tân Phú cùng nhau làm chuồng nuôi bò. Ảnh: Ngọc Trinh
Báo cáo cho biết, từ năm 2015 đến nay, các câu lạc bộ đã huy động được tổng quỹ trên 2,5 tỷ đồng, trong đó vốn hỗ trợ ban đầu của dự án và ngân sách tỉnh là 1,16 tỷ đồng, phần còn lại do thành viên đóng góp và vận động mạnh thường quân. Từ nguồn quỹ quay vòng, các câu lạc bộ đã cho 540 hộ vay vốn với mức từ 5 - 10 triệu đồng/hộ để nuôi bò, nuôi lươn, trồng khóm, mở tiệm tạp hóa nhỏ. Nhờ đó, 63 hộ thoát nghèo; tỷ lệ hoàn trả vốn đúng hạn đạt 98%.
Về chăm sóc sức khỏe, các câu lạc bộ duy trì đo huyết áp, cân nặng hằng tháng cho thành viên; 312 tình nguyện viên được tập huấn kỹ năng chăm sóc tại nhà đã hỗ trợ thường xuyên cho 187 người cao tuổi và người khuyết tật. Các câu lạc bộ cũng tổ chức 148 buổi sinh hoạt văn nghệ, thể dục dưỡng sinh, đờn ca tài tử.
Trao đổi với phóng viên, ông Huỳnh Văn Bé, Chủ tịch Hội Người cao tuổi tỉnh, nhận xét: "Điều quý nhất là các câu lạc bộ đã kéo được người trẻ, người già ngồi lại với nhau. Nhiều cụ bà trước đây sống thui thủi, giờ mỗi tháng đều có người đến thăm".
Theo ông Bé, khó khăn lớn nhất là một số câu lạc bộ ở xã Vị Thủy, xã Phương Bình thiếu người trẻ tham gia do thanh niên đi làm công nhân ở các khu công nghiệp; một số ban chủ nhiệm tuổi cao, sức yếu. Hội Người cao tuổi tỉnh kiến nghị UBND tỉnh bố trí khoảng 600 triệu đồng để thành lập thêm 12 câu lạc bộ trong năm 2019, thực hiện Kế hoạch số 79/KH-UBND ngày 20/12/2016 của UBND tỉnh thực hiện Đề án nhân rộng mô hình giai đoạn 2016 - 2020.
Bà Trần Thị Ngọc Giàu, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau ấp Tân Phú, xã Tân Phước Hưng, cho biết câu lạc bộ có 50 thành viên, đã giúp 22 hộ vay vốn nuôi bò. "Vốn tuy không nhiều nhưng được vay không phải thế chấp, lãi lại thấp, bà con ai cũng quý", bà Giàu nói.
Ông Lê Tiến Dũng, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, cho biết Sở sẽ phối hợp với Hội thẩm định, trình UBND tỉnh xem xét đề xuất trong quý IV/2018.
Ngọc Trinh
Bài viết liên quan
- Vị Thanh: hơn 1.000 cụ được khám bệnh miễn phí (15/09/2018)
- Long Mỹ ra mắt câu lạc bộ liên thế hệ tự giúp nhau thứ 4 (30/08/2018)
- Hội Người cao tuổi tỉnh sơ kết 6 tháng đầu năm 2018 (10/07/2018)
""", "2018-09-28", "Hậu Giang: 3 năm, câu lạc bộ liên thế hệ giúp 540 hộ vay vốn",
E("bao_cao", None, "2018-09-25"),
[P("Huỳnh Văn Bé", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Trần Thị Ngọc Giàu", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau ấp Tân Phú"),
 P("Lê Tiến Dũng", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("540 hộ", 540, "hộ"), Q("29 câu lạc bộ", 29, "câu lạc bộ"), Q("7 huyện, thị xã, thành phố", 7, "huyện, thị xã, thành phố"),
 Q("1.595 thành viên", 1595, "thành viên"), Q("trên 2,5 tỷ đồng", 2500000000, "đồng", "over"),
 Q("1,16 tỷ đồng", 1160000000, "đồng"), Q("từ 5 - 10 triệu đồng/hộ", 5000000, "đồng"), Q("63 hộ", 63, "hộ"),
 Q("98%", 98, "%"), Q("312 tình nguyện viên", 312, "tình nguyện viên"), Q("187 người cao tuổi", 187, "người cao tuổi"),
 Q("148 buổi sinh hoạt văn nghệ", 148, "buổi sinh hoạt văn nghệ"), Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"),
 Q("12 câu lạc bộ", 12, "câu lạc bộ"), Q("50 thành viên", 50, "thành viên"), Q("22 hộ", 22, "hộ")],
[D("Báo cáo", "41", "BC-HNCT", "2018-09-25", "Hội Người cao tuổi tỉnh Hậu Giang", "báo cáo số 41/BC-HNCT ngày 25/9/2018"),
 D("Kế hoạch", "79", "KH-UBND", "2016-12-20", "UBND tỉnh", "Kế hoạch số 79/KH-UBND ngày 20/12/2016")],
[prov("Hậu Giang"), com("Vị Thủy"), com("Phương Bình"), com("Tân Phước Hưng")],
["Báo Hậu Giang Online", "Trang chủ - Xã hội - An sinh xã hội",
 "Thành viên câu lạc bộ ấp Tân Phú cùng nhau làm chuồng nuôi bò. Ảnh: Ngọc Trinh", "Sở Lao động - Thương binh và Xã hội"],
["Thứ Sáu, 28/09/2018, 10:35", "3 năm", "từ năm 2015", "năm 2019", "giai đoạn 2016 - 2020", "quý IV/2018"]))

PAGES.append(page("b7334-thanhhoa-hnct-tongket-2019", """
BÁO THANH HÓA
Hôm nay: Thứ Bảy, 21/12/2019
Xã hội / Người cao tuổi
Thứ Sáu, 20/12/2019 - 16:45
Toàn cảnh hội nghị. Ảnh: Lê Hợi
Người cao tuổi xứ Thanh "tuổi cao, gương sáng"
Ngày 19/12, Hội Người cao tuổi tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác hội và phong trào người cao tuổi năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Lê Anh Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, dự và chỉ đạo hội nghị.
Năm 2019, phong trào "Tuổi cao - Gương sáng" tiếp tục lan tỏa với gần 405.000 hội viên tham gia. Điểm sáng là mô hình câu lạc bộ liên thế hệ tự giúp nhau: toàn tỉnh đã có 205 câu lạc bộ, tăng 58 câu lạc bộ so với năm 2018, thu hút 10.946 thành viên, vượt chỉ tiêu Đề án tỉnh giao. Tổng quỹ hoạt động của các câu lạc bộ đạt trên 9 tỷ đồng; hơn 4.200 lượt thành viên được vay vốn sản xuất, kinh doanh.
Công tác chăm sóc người cao tuổi có nhiều chuyển biến: 100% người cao tuổi thuộc hộ nghèo được cấp thẻ bảo hiểm y tế; 26.517 cụ được chúc thọ, mừng thọ với tổng kinh phí trên 12,8 tỷ đồng; Quỹ chăm sóc và phát huy vai trò người cao tuổi các cấp đạt 54,3 tỷ đồng. Khoảng 38.000 người cao tuổi tham gia cấp ủy, chính quyền, Mặt trận và các đoàn thể ở cơ sở, nhiều cụ làm tổ trưởng tổ hòa giải, trưởng ban công tác Mặt trận thôn.
Tại hội nghị, các đại biểu đã nghe tham luận của ông Lê Văn Thành, Chủ tịch Hội Người cao tuổi huyện Hoằng Hóa, huyện có nhiều câu lạc bộ nhất tỉnh với 21 câu lạc bộ; bà Hà Thị Nhung, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau xã Cẩm Tân, huyện Cẩm Thủy, nói về kinh nghiệm thu hút người dân tộc Mường tham gia câu lạc bộ.
Phát biểu chỉ đạo, đồng chí Lê Anh Xuân đề nghị các cấp hội tiếp tục quán triệt Chỉ thị số 59-CT/TW của Bộ Chính trị (khóa VII) về chăm sóc người cao tuổi và Quyết định số 1533/QĐ-TTg của Thủ tướng Chính phủ. Theo đó, năm 2020 cần tập trung thực hiện Chỉ thị số 07-CT/TU ngày 18/3/2019 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác người cao tuổi; phối hợp tổ chức tốt đại hội Hội Người cao tuổi các cấp.
Đồng chí Lê Văn Ba, Chủ tịch Hội Người cao tuổi tỉnh, tiếp thu ý kiến chỉ đạo và cho biết năm 2020 Hội phấn đấu thành lập thêm tối thiểu 50 câu lạc bộ liên thế hệ tự giúp nhau.
Dịp này, UBND tỉnh tặng bằng khen cho 18 tập thể, 25 cá nhân; Hội Người cao tuổi tỉnh tặng giấy khen cho 40 câu lạc bộ tiêu biểu.
Lê Hà
TIN CÙNG CHUYÊN MỤC
- Nga Sơn: 30 câu lạc bộ liên thế hệ sơ kết hoạt động (10/12/2019)
- Người cao tuổi Thọ Xuân góp sức xây dựng nông thôn mới (02/12/2019)
- Tập huấn nghiệp vụ cho ban chủ nhiệm câu lạc bộ (21/11/2019)
""", "2019-12-20", "Người cao tuổi xứ Thanh \"tuổi cao, gương sáng\"",
E("tong_ket", "2019", "2019-12-19"),
[P("Lê Anh Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Thành", "Chủ tịch Hội Người cao tuổi huyện Hoằng Hóa"),
 P("Hà Thị Nhung", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau xã Cẩm Tân"),
 P("Lê Văn Ba", "Chủ tịch Hội Người cao tuổi tỉnh")],
[Q("gần 405.000 hội viên", 405000, "hội viên", "approx"), Q("205 câu lạc bộ", 205, "câu lạc bộ"),
 Q("58 câu lạc bộ", 58, "câu lạc bộ"), Q("10.946 thành viên", 10946, "thành viên"),
 Q("trên 9 tỷ đồng", 9000000000, "đồng", "over"), Q("hơn 4.200 lượt thành viên", 4200, "lượt thành viên", "over"),
 Q("100% người cao tuổi", 100, "%"), Q("26.517 cụ", 26517, "cụ"), Q("trên 12,8 tỷ đồng", 12800000000, "đồng", "over"),
 Q("54,3 tỷ đồng", 54300000000, "đồng"), Q("Khoảng 38.000 người cao tuổi", 38000, "người cao tuổi", "approx"),
 Q("21 câu lạc bộ", 21, "câu lạc bộ"), Q("tối thiểu 50 câu lạc bộ liên thế hệ tự giúp nhau", 50, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân"), Q("40 câu lạc bộ tiêu biểu", 40, "câu lạc bộ tiêu biểu")],
[D("Chỉ thị", "59", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 59-CT/TW"),
 D("Quyết định", "1533", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1533/QĐ-TTg"),
 D("Chỉ thị", "07", "CT/TU", "2019-03-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 18/3/2019")],
[prov("Thanh Hóa"), com("Cẩm Tân")],
["BÁO THANH HÓA", "Xã hội / Người cao tuổi", "Toàn cảnh hội nghị. Ảnh: Lê Hợi", "Tuổi cao - Gương sáng",
 "tuổi cao, gương sáng", "Quỹ chăm sóc và phát huy vai trò người cao tuổi"],
["Hôm nay: Thứ Bảy, 21/12/2019", "Thứ Sáu, 20/12/2019 - 16:45", "khóa VII", "năm 2019", "năm 2020", "năm 2018"]))

PAGES.append(page("b7335-danang-ubnd-doithoai-2020", """
Báo Đà Nẵng
Trang chủ > Xã hội > Đời sống
Thứ Sáu, 09/10/2020 07:30 (GMT+7)
Chủ tịch quận đối thoại với người cao tuổi
Chiều 8/10, UBND quận Liên Chiểu phối hợp với Hội Người cao tuổi quận tổ chức buổi đối thoại với người cao tuổi năm 2020, nhân kỷ niệm 30 năm Ngày Quốc tế Người cao tuổi. Ông Trần Anh Dũng, Chủ tịch UBND quận và ông Phan Văn Hưng, Chủ tịch Hội Người cao tuổi quận chủ trì.
Buổi đối thoại có sự tham dự của gần 150 hội viên đại diện cho 13.200 người cao tuổi trên địa bàn 5 phường. Ý kiến của các cụ tập trung vào chính sách trợ cấp, thủ tục cấp thẻ bảo hiểm y tế, nơi sinh hoạt của các câu lạc bộ và tác động của dịch COVID-19 đến đời sống người cao tuổi.
Đối thoại với chủ tịch quận. Ảnh: H.L
Ông Nguyễn Văn Thìn, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau tổ 42, phường Hòa Khánh Bắc, phản ánh câu lạc bộ có 65 thành viên nhưng phải sinh hoạt nhờ ở nhà văn hóa tổ dân phố rất chật; đợt dịch vừa qua, nhiều thành viên là công nhân bị mất việc nên chậm trả vốn vay. Ông đề nghị quận hỗ trợ giãn thời hạn trả vốn và bố trí điểm sinh hoạt chung cho 3 câu lạc bộ liên thế hệ của phường.
Trả lời, ông Trần Anh Dũng cho biết quận đã chỉ đạo phường Hòa Khánh Bắc rà soát quỹ đất công để bố trí điểm sinh hoạt cộng đồng; đồng ý để các câu lạc bộ gia hạn trả vốn tối đa 6 tháng đối với hộ bị ảnh hưởng bởi dịch. Quận cũng dành 200 triệu đồng từ nguồn ngân sách để hỗ trợ vốn cho 4 câu lạc bộ liên thế hệ tự giúp nhau thành lập theo Quyết định số 1533/QĐ-TTg của Thủ tướng Chính phủ.
Bà Lê Thị Mỹ, hội viên phường Hòa Minh, hỏi về việc nhiều cụ trên 80 tuổi chưa nhận được tiền trợ cấp của gói hỗ trợ theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ. Bà Ngô Thị Thu, Trưởng phòng Lao động - Thương binh và Xã hội quận, giải thích toàn quận đã chi trả cho 2.318 người cao tuổi với tổng số tiền hơn 1,7 tỷ đồng; số còn lại do hồ sơ chưa đầy đủ, sẽ chi trả trước ngày 20/10.
Nhiều ý kiến khác đề nghị tăng cường kiểm tra vệ sinh an toàn thực phẩm ở các chợ, lắp đèn chiếu sáng ở các kiệt hẻm, xử lý tình trạng xe tải chạy quá tốc độ trên đường Nguyễn Lương Bằng. Các ý kiến đã được lãnh đạo các phòng, ban trả lời cụ thể tại buổi đối thoại.
Kết thúc buổi đối thoại, ông Trần Anh Dũng ghi nhận 17 ý kiến của người cao tuổi và giao Văn phòng HĐND và UBND quận tổng hợp, theo dõi việc giải quyết, báo cáo kết quả trong tháng 11.
Hoàng Lam
Tin liên quan
- Sơn Trà: 12 câu lạc bộ liên thế hệ nhận hỗ trợ vốn (30/09/2020)
- Đà Nẵng mừng thọ người cao tuổi trong mùa dịch (25/09/2020)
- Hỗ trợ người cao tuổi bị ảnh hưởng dịch COVID-19 (14/08/2020)
""", "2020-10-09", "Chủ tịch quận đối thoại với người cao tuổi",
E("doi_thoai", "2020", "2020-10-08"),
[P("Trần Anh Dũng", "Chủ tịch UBND quận"),
 P("Phan Văn Hưng", "Chủ tịch Hội Người cao tuổi quận"),
 P("Nguyễn Văn Thìn", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau tổ 42"),
 P("Lê Thị Mỹ", "hội viên phường Hòa Minh"),
 P("Ngô Thị Thu", "Trưởng phòng Lao động - Thương binh và Xã hội quận")],
[Q("gần 150 hội viên", 150, "hội viên", "approx"), Q("13.200 người cao tuổi", 13200, "người cao tuổi"),
 Q("5 phường", 5, "phường"), Q("65 thành viên", 65, "thành viên"),
 Q("3 câu lạc bộ liên thế hệ", 3, "câu lạc bộ liên thế hệ"), Q("200 triệu đồng", 200000000, "đồng"),
 Q("4 câu lạc bộ liên thế hệ tự giúp nhau", 4, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("2.318 người cao tuổi", 2318, "người cao tuổi"), Q("hơn 1,7 tỷ đồng", 1700000000, "đồng", "over"),
 Q("17 ý kiến", 17, "ý kiến")],
[D("Quyết định", "1533", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1533/QĐ-TTg"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020")],
[prov("Đà Nẵng"), com("Hòa Khánh Bắc"), com("Hòa Minh")],
["Báo Đà Nẵng", "Trang chủ > Xã hội > Đời sống", "Đối thoại với chủ tịch quận. Ảnh: H.L", "Ngày Quốc tế Người cao tuổi",
 "Nguyễn Lương Bằng"],
["Thứ Sáu, 09/10/2020 07:30 (GMT+7)", "năm 2020", "30 năm", "COVID-19", "tối đa 6 tháng", "trên 80 tuổi", "20/10", "tháng 11"]))

PAGES.append(page("b7336-nghean-hnct-traoqua-2021", """
Báo Nghệ An điện tử
Thời sự » Xã hội
Thứ Năm, 26/08/2021 - 18:20
Câu lạc bộ liên thế hệ chung tay cùng người cao tuổi vượt dịch
(Baonghean.vn) - Ngày 25/8, Hội Người cao tuổi tỉnh phối hợp với Trung tâm Hỗ trợ phát triển liên thế hệ và Quỹ Bảo trợ trẻ em tỉnh trao 850 suất quà cho người cao tuổi và thành viên các câu lạc bộ liên thế hệ tự giúp nhau bị ảnh hưởng bởi dịch COVID-19 tại thị xã Cửa Lò và huyện Nghi Lộc.
Mỗi suất quà trị giá 500.000 đồng, gồm 20 kg gạo, dầu ăn, mì tôm, sữa và khẩu trang, tổng trị giá 425 triệu đồng. Do đang thực hiện giãn cách xã hội, đoàn không tổ chức lễ trao mà giao quà cho ban chủ nhiệm các câu lạc bộ và tổ COVID cộng đồng chuyển đến từng hộ.
Bà Trần Thị Quế, Phó Chủ tịch Hội Người cao tuổi tỉnh, cho biết: Nghệ An hiện có 368 câu lạc bộ liên thế hệ tự giúp nhau với khoảng 20.000 thành viên. Từ khi dịch bùng phát lần thứ tư, các câu lạc bộ đã chủ động lập 1.140 nhóm tình nguyện, đi chợ hộ, mua thuốc hộ, hướng dẫn các cụ khai báo y tế; nhiều thành viên trẻ dùng điện thoại thông minh giúp các cụ gọi video cho con cháu ở xa.
Tại phường Nghi Thủy, ông Hoàng Đình Lợi, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau khối 3, nhận 60 suất quà cho các thành viên. Ông Lợi cho biết câu lạc bộ có 55 thành viên, phần lớn là ngư dân và tiểu thương; từ tháng 7 đến nay, tàu thuyền nằm bờ, chợ đóng cửa, nhiều gia đình rất khó khăn. Câu lạc bộ đã quyết định tạm hoãn thu gốc, lãi khoản vay của 18 hộ trong 3 tháng.
Ở xã Nghi Xuân, huyện Nghi Lộc, đoàn trao 110 suất quà cho các cụ neo đơn và những hộ có người phải cách ly. Bà Nguyễn Thị Lan, Chủ tịch Hội Người cao tuổi xã, nói: "Các cụ ở nhà một mình nhiều tuần, có quà, có người hỏi han là vui lắm".
Chị Võ Thị Hằng, thành viên trẻ của câu lạc bộ khối 3, cho biết nhóm của chị gồm 6 người, mỗi ngày thay nhau đi chợ, nấu cháo và mang thuốc đến cho các cụ ở nhà một mình. "Các cụ quen gọi chúng tôi là cháu nội, cháu ngoại của câu lạc bộ", chị Hằng cười.
Cũng theo Hội Người cao tuổi tỉnh, thực hiện Kế hoạch số 455/KH-UBND ngày 30/6/2021 của UBND tỉnh về phòng, chống dịch, từ đầu mùa dịch đến nay các cấp hội đã vận động hơn 3,2 tỷ đồng và hàng chục tấn nông sản ủng hộ các địa phương thực hiện giãn cách. Ông Phan Đức Đồng, Chủ tịch Hội Người cao tuổi tỉnh, đề nghị các câu lạc bộ tiếp tục là "cánh tay nối dài" của chính quyền trong chăm sóc người già mùa dịch.
Thanh Thủy
Tin khác
- Hội Người cao tuổi Diễn Châu hỗ trợ vùng cách ly (18/08/2021)
- Câu lạc bộ liên thế hệ Quỳnh Lưu góp rau cho TP Vinh (12/08/2021)
- Gần 10.000 người cao tuổi được tiêm vắc xin mũi 1 (05/08/2021)
""", "2021-08-26", "Câu lạc bộ liên thế hệ chung tay cùng người cao tuổi vượt dịch",
E("trao_qua", None, "2021-08-25"),
[P("Trần Thị Quế", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Hoàng Đình Lợi", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau khối 3"),
 P("Võ Thị Hằng", "thành viên trẻ của câu lạc bộ khối 3"),
 P("Nguyễn Thị Lan", "Chủ tịch Hội Người cao tuổi xã"),
 P("Phan Đức Đồng", "Chủ tịch Hội Người cao tuổi tỉnh")],
[Q("850 suất quà", 850, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("20 kg", 20, "kg"),
 Q("425 triệu đồng", 425000000, "đồng"), Q("368 câu lạc bộ liên thế hệ tự giúp nhau", 368, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("khoảng 20.000 thành viên", 20000, "thành viên", "approx"), Q("1.140 nhóm tình nguyện", 1140, "nhóm tình nguyện"),
 Q("60 suất quà", 60, "suất quà"), Q("55 thành viên", 55, "thành viên"), Q("18 hộ", 18, "hộ"),
 Q("6 người", 6, "người"), Q("110 suất quà", 110, "suất quà"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over")],
[D("Kế hoạch", "455", "KH-UBND", "2021-06-30", "UBND tỉnh", "Kế hoạch số 455/KH-UBND ngày 30/6/2021")],
[prov("Nghệ An"), com("Nghi Thủy"), com("Nghi Xuân")],
["Báo Nghệ An điện tử", "Thời sự » Xã hội", "(Baonghean.vn)", "Trung tâm Hỗ trợ phát triển liên thế hệ",
 "Quỹ Bảo trợ trẻ em tỉnh", "cánh tay nối dài"],
["Thứ Năm, 26/08/2021 - 18:20", "COVID-19", "lần thứ tư", "tháng 7", "3 tháng", "hàng chục tấn"]))
