from lib import *
PAGES = []

PAGES.append(page("b3125-hagiang-lhpn-xa-daihoi-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG
Trang chủ > Tin tức > Hoạt động cơ sở
Thứ Năm, 14/04/2011 - 09:30
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Minh Thu
Sủng Là tổ chức thành công Đại hội phụ nữ lần thứ VI
Ngày 12/4/2011, Hội Liên hiệp Phụ nữ xã Sủng Là, huyện Đồng Văn, tỉnh Hà Giang tổ chức Đại hội đại biểu phụ nữ xã lần thứ VI, nhiệm kỳ 2011 - 2016. Về dự có bà Vàng Thị Mỷ, Phó Chủ tịch Hội LHPN tỉnh; bà Lù Thị Dính, HUV, Chủ tịch Hội LHPN huyện Đồng Văn; đồng chí Sùng Mí Pao, Bí thư Đảng ủy xã Sủng Là cùng 98 đại biểu đại diện cho hơn 1.100 hội viên phụ nữ của 11 chi hội trong xã.
Nhiệm kỳ 2006 - 2011, trong điều kiện xã vùng cao biên giới còn nhiều khó khăn, 85% dân số là người Mông, các cấp hội đã vận động chị em học chữ, bỏ dần tảo hôn và sinh con thứ ba. Hội đã phối hợp với Ngân hàng Chính sách xã hội cho 214 hộ hội viên vay vốn với tổng dư nợ gần 2,8 tỷ đồng để nuôi bò, trồng ngô; xây dựng 2 mô hình "Phụ nữ tiết kiệm" với 46 thành viên. Số hội viên tăng thêm 186 chị, nâng tỷ lệ tập hợp phụ nữ lên 81,5%. Cuối nhiệm kỳ, xã còn 312 hộ nghèo, giảm 146 hộ so với đầu nhiệm kỳ.
Đại hội đã thảo luận, đóng góp ý kiến vào dự thảo báo cáo chính trị và văn kiện Đại hội phụ nữ huyện Đồng Văn. Nhiều ý kiến cho rằng cần tiếp tục thực hiện Chỉ thị số 06-CT/HU ngày 18/8/2010 của Ban Thường vụ Huyện ủy Đồng Văn về vận động đồng bào không tảo hôn, kết hôn cận huyết thống; đưa nội dung Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" vào sinh hoạt chi hội.
Đại hội đề ra mục tiêu nhiệm kỳ 2011 - 2016: phấn đấu thu hút thêm ít nhất 150 hội viên mới; 90% chi hội có tổ vay vốn; mỗi năm giúp 30 hộ phụ nữ nghèo thoát nghèo; 100% cán bộ chi hội được tập huấn nghiệp vụ.
Đại hội đã bầu Ban Chấp hành Hội LHPN xã khóa mới gồm 15 chị. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 3 chị; chị Giàng Thị Sua được bầu giữ chức Chủ tịch Hội LHPN xã; các chị Vừ Thị Mai, Lầu Thị Dợ được bầu làm Phó Chủ tịch Hội LHPN xã. Đại hội cũng bầu 4 đại biểu chính thức đi dự Đại hội đại biểu phụ nữ huyện Đồng Văn lần thứ X.
Phát biểu chỉ đạo, bà Vàng Thị Mỷ đề nghị Ban Chấp hành khóa mới bám sát Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước, chú trọng giúp chị em người Mông biết tiếng phổ thông, phát triển kinh tế hộ.
Minh Thu (Hội LHPN huyện Đồng Văn)
Số lượt truy cập: 15.204
Tin liên quan
- Lũng Cú: Đại hội phụ nữ xã điểm của huyện Đồng Văn (05/04/2011)
- Hội LHPN tỉnh tổng kết phong trào thi đua năm 2010 (28/01/2011)
- Đại hội phụ nữ huyện Mèo Vạc lần thứ VIII (22/03/2011)
""", "2011-04-14", "Sủng Là tổ chức thành công Đại hội phụ nữ lần thứ VI",
E("dai_hoi", None, "2011-04-12"),
[P("Vàng Thị Mỷ", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lù Thị Dính", "HUV", "Chủ tịch Hội LHPN huyện Đồng Văn"),
 P("Sùng Mí Pao", "Bí thư Đảng ủy xã Sủng Là"),
 P("Giàng Thị Sua", "Chủ tịch Hội LHPN xã"),
 P("Vừ Thị Mai", "Phó Chủ tịch Hội LHPN xã"),
 P("Lầu Thị Dợ", "Phó Chủ tịch Hội LHPN xã")],
[Q("98 đại biểu", 98, "đại biểu"), Q("hơn 1.100 hội viên phụ nữ", 1100, "hội viên phụ nữ", "over"),
 Q("11 chi hội", 11, "chi hội"), Q("85%", 85, "%"), Q("214 hộ hội viên", 214, "hộ hội viên"),
 Q("gần 2,8 tỷ đồng", 2800000000, "đồng", "approx"), Q("2 mô hình", 2, "mô hình"), Q("46 thành viên", 46, "thành viên"),
 Q("186 chị", 186, "chị"), Q("81,5%", 81.5, "%"), Q("312 hộ nghèo", 312, "hộ nghèo"), Q("146 hộ", 146, "hộ"),
 Q("ít nhất 150 hội viên mới", 150, "hội viên mới", "over"), Q("90%", 90, "%"), Q("30 hộ phụ nữ nghèo", 30, "hộ phụ nữ nghèo"),
 Q("100%", 100, "%"), Q("15 chị", 15, "chị"), Q("3 chị", 3, "chị"), Q("4 đại biểu chính thức", 4, "đại biểu chính thức")],
[D("Chỉ thị", "06", "CT/HU", "2010-08-18", "Ban Thường vụ Huyện ủy Đồng Văn", "Chỉ thị số 06-CT/HU ngày 18/8/2010"),
 D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007")],
[prov("Hà Giang"), com("Sủng Là")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG", "Trang chủ > Tin tức > Hoạt động cơ sở",
 "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Minh Thu", "Phụ nữ tiết kiệm",
 "Xây dựng gia đình 5 không, 3 sạch", "Số lượt truy cập: 15.204", "Ngân hàng Chính sách xã hội"],
["Thứ Năm, 14/04/2011 - 09:30", "lần thứ VI", "nhiệm kỳ 2011 - 2016", "Nhiệm kỳ 2006 - 2011", "5 không, 3 sạch",
 "con thứ ba", "phiên họp thứ nhất", "lần thứ X", "Số lượt truy cập: 15.204"]))

PAGES.append(page("b3126-nghean-doan-tinh-daihoi-2012", """
Báo Nghệ An điện tử
Thời sự › Chính trị
Cập nhật: 16:40, 05/10/2012 (GMT+7)
Khai mạc Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVII
Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Nghệ An lần thứ XVII, nhiệm kỳ 2012 - 2017
(Baonghean) - Sáng 5/10, tại Trung tâm Hội nghị tỉnh, Tỉnh đoàn Nghệ An long trọng khai mạc Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVII, nhiệm kỳ 2012 - 2017. Dự đại hội có đồng chí Trần Quang Hiếu, Bí thư Thứ nhất Trung ương Đoàn; đồng chí Hồ Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Về dự có 349 đại biểu chính thức, đại diện cho gần 280.000 đoàn viên thanh niên trong toàn tỉnh.
Báo cáo chính trị do đồng chí Lô Thị Kim Ngân, Phó Bí thư Tỉnh đoàn trình bày nêu rõ: nhiệm kỳ qua, các cấp bộ Đoàn đã tổ chức hơn 1.600 công trình, phần việc thanh niên với tổng giá trị khoảng 42 tỷ đồng; kết nạp 41.570 đoàn viên mới; giới thiệu 11.240 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó có 8.915 đoàn viên đã được kết nạp vào Đảng. Chương trình "Tiếp sức mùa thi" mỗi năm thu hút 2.500 tình nguyện viên tham gia.
Đại hội đề ra 6 chỉ tiêu cho nhiệm kỳ 2012 - 2017, trong đó: hằng năm có 80% trở lên thanh niên được học tập, quán triệt các nghị quyết của Đảng; giới thiệu ít nhất 12.000 đoàn viên ưu tú cho Đảng; mỗi cơ sở Đoàn có 1 công trình thanh niên/năm; giúp 5.000 thanh niên có việc làm mỗi năm. Đại hội cũng thảo luận giải pháp thực hiện Nghị quyết số 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa và Kế hoạch số 57-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện nghị quyết này.
Phát biểu chỉ đạo, đồng chí Trần Quang Hiếu ghi nhận Đoàn Thanh niên Nghệ An là một trong những đơn vị dẫn đầu khu vực Bắc Trung Bộ; đề nghị Tỉnh đoàn quan tâm hơn đến thanh niên vùng đồng bào dân tộc Thái, Khơ Mú, Mông ở các huyện miền núi phía Tây, thanh niên công nhân ở khu kinh tế Đông Nam.
Chiều cùng ngày, Đại hội đã hiệp thương bầu Ban Chấp hành Tỉnh đoàn khóa XVII gồm 45 đồng chí. Hội nghị lần thứ nhất Ban Chấp hành đã bầu Ban Thường vụ gồm 13 đồng chí. Đồng chí Nguyễn Văn Quý tái đắc cử Bí thư Tỉnh đoàn; các đồng chí Lô Thị Kim Ngân, Phan Đình Tuấn, Vi Văn Sơn được bầu giữ chức Phó Bí thư Tỉnh đoàn. Đại hội đã bầu đoàn đại biểu gồm 27 đồng chí đi dự Đại hội Đoàn toàn quốc lần thứ X.
Đại hội nhận bức trướng của Tỉnh ủy với dòng chữ "Đoàn kết - Xung kích - Sáng tạo - Phát triển" và thông qua Nghị quyết Đại hội.
Thành Duy - Khánh Ly
Tin khác
- Tuổi trẻ Nghệ An thi đua chào mừng Đại hội Đoàn tỉnh (02/10/2012)
- Đại hội Đoàn thành phố Vinh lần thứ XXVII (19/08/2012)
- Tổng kết chiến dịch Thanh niên tình nguyện hè 2012 (24/08/2012)
""", "2012-10-05", "Khai mạc Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVII",
E("dai_hoi", None, "2012-10-05"),
[P("Trần Quang Hiếu", "Bí thư Thứ nhất Trung ương Đoàn"),
 P("Hồ Văn Thắng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Thị Kim Ngân", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Văn Quý", "Bí thư Tỉnh đoàn"),
 P("Phan Đình Tuấn", "Phó Bí thư Tỉnh đoàn"),
 P("Vi Văn Sơn", "Phó Bí thư Tỉnh đoàn")],
[Q("349 đại biểu chính thức", 349, "đại biểu chính thức"), Q("gần 280.000 đoàn viên thanh niên", 280000, "đoàn viên thanh niên", "approx"),
 Q("hơn 1.600 công trình, phần việc thanh niên", 1600, "công trình, phần việc thanh niên", "over"),
 Q("khoảng 42 tỷ đồng", 42000000000, "đồng", "approx"), Q("41.570 đoàn viên mới", 41570, "đoàn viên mới"),
 Q("11.240 đoàn viên ưu tú", 11240, "đoàn viên ưu tú"), Q("8.915 đoàn viên", 8915, "đoàn viên"),
 Q("2.500 tình nguyện viên", 2500, "tình nguyện viên"), Q("6 chỉ tiêu", 6, "chỉ tiêu"), Q("80% trở lên", 80, "%", "over"),
 Q("ít nhất 12.000 đoàn viên ưu tú", 12000, "đoàn viên ưu tú", "over"), Q("5.000 thanh niên", 5000, "thanh niên"),
 Q("45 đồng chí", 45, "đồng chí"), Q("13 đồng chí", 13, "đồng chí"), Q("27 đồng chí", 27, "đồng chí")],
[D("Nghị quyết", "25", "NQ/TW", "2008-07-25", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 25/7/2008"),
 D("Kế hoạch", "57", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 57-KH/TU")],
[prov("Nghệ An")],
["Báo Nghệ An điện tử", "Thời sự › Chính trị", "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Nghệ An lần thứ XVII, nhiệm kỳ 2012 - 2017",
 "(Baonghean)", "Tiếp sức mùa thi", "Đoàn kết - Xung kích - Sáng tạo - Phát triển", "Trung tâm Hội nghị tỉnh"],
["Cập nhật: 16:40, 05/10/2012 (GMT+7)", "lần thứ XVII", "nhiệm kỳ 2012 - 2017", "1 công trình thanh niên/năm",
 "45 đồng chí", "13 đồng chí", "27 đồng chí", "lần thứ nhất", "lần thứ X", "khóa XVII"]))

PAGES.append(page("b3127-thanhhoa-ccb-xa-daihoi-2012", """
Cổng thông tin điện tử huyện Thọ Xuân - tỉnh Thanh Hóa
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Mặt trận và các đoàn thể
21-05-2012 08:45
Hội Cựu chiến binh xã Xuân Lập đại hội nhiệm kỳ 2012 - 2017
Ngày 19/5/2012, Hội Cựu chiến binh xã Xuân Lập tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2012 - 2017. Đây là một trong 3 xã được Hội CCB huyện chọn làm điểm để rút kinh nghiệm cho 38 xã, thị trấn còn lại.
Dự đại hội có ông Lê Văn Bình, Chủ tịch Hội CCB huyện Thọ Xuân; ông Trịnh Xuân Hùng, ĐUV, Chủ tịch Ủy ban MTTQ xã và 87 đại biểu thay mặt cho 264 hội viên sinh hoạt ở 12 chi hội.
Trong nhiệm kỳ qua, Hội đã phát huy phẩm chất "Bộ đội Cụ Hồ", tham gia tích cực xây dựng nông thôn mới: hội viên hiến hơn 3.200 m2 đất làm đường giao thông, đóng góp trên 160 triệu đồng và 1.450 ngày công. Quỹ hội đạt bình quân 150.000 đồng/hội viên. Hội đã vận động 16 hội viên cao tuổi nhận đỡ đầu học sinh nghèo; phối hợp hòa giải thành 9 vụ mâu thuẫn trong thôn xóm. Toàn xã có 41 hộ hội viên CCB đạt danh hiệu sản xuất kinh doanh giỏi các cấp; không còn hộ CCB nghèo.
Các đại biểu đã thảo luận những hạn chế: sinh hoạt ở một số chi hội chưa đều, còn 2 chi hội xếp loại trung bình; công tác kết nạp hội viên là cựu quân nhân còn chậm. Đại hội thống nhất thực hiện Chỉ thị số 16-CT/HU của Ban Thường vụ Huyện ủy về tăng cường sự lãnh đạo của Đảng đối với Hội CCB và Kế hoạch 12/KH-CCB ngày 02/3/2012 của Hội CCB huyện về tổ chức đại hội cấp cơ sở.
Đại hội đề ra các chỉ tiêu: 100% chi hội đạt vững mạnh, trong đó 70% vững mạnh xuất sắc; tập hợp trên 95% cựu chiến binh vào Hội; vận động xây dựng 2 nhà "Nghĩa tình đồng đội" cho hội viên khó khăn về nhà ở; mỗi năm giới thiệu 3 hội viên ưu tú cho Đảng.
Ông Lê Văn Bình, Chủ tịch Hội CCB huyện phát biểu chỉ đạo Đại hội.
Đại hội đã bầu Ban Chấp hành khóa mới gồm 9 đồng chí. Ông Lê Đình Thực, ĐUV, được bầu lại làm Chủ tịch Hội CCB xã; ông Hoàng Văn Toản được bầu làm Phó Chủ tịch Hội CCB xã. Đại hội bầu 5 đại biểu đi dự Đại hội Hội CCB huyện lần thứ V.
Thay mặt Đảng ủy xã, ông Đỗ Minh Châu, Bí thư Đảng ủy, Chủ tịch HĐND xã Xuân Lập, ghi nhận đóng góp của cựu chiến binh và mong Hội tiếp tục là chỗ dựa tin cậy của cấp ủy, chính quyền; đi đầu trong giữ gìn an ninh trật tự thôn xóm, vận động con cháu chấp hành tốt nghĩa vụ quân sự.
Văn Tú - Đài Truyền thanh huyện
Lượt xem: 402
Các tin đã đưa
- Thọ Xuân: 38/41 xã, thị trấn hoàn thành đại hội Hội Nông dân (10/05/2012)
- Đại hội điểm Hội CCB thị trấn Lam Sơn (14/05/2012)
- Hội CCB huyện tổng kết công tác năm 2011 (05/01/2012)
""", "2012-05-21", "Hội Cựu chiến binh xã Xuân Lập đại hội nhiệm kỳ 2012 - 2017",
E("dai_hoi", None, "2012-05-19"),
[P("Lê Văn Bình", "Chủ tịch Hội CCB huyện Thọ Xuân", "Chủ tịch Hội CCB huyện"),
 P("Trịnh Xuân Hùng", "ĐUV", "Chủ tịch Ủy ban MTTQ xã"),
 P("Lê Đình Thực", "ĐUV", "Chủ tịch Hội CCB xã"),
 P("Hoàng Văn Toản", "Phó Chủ tịch Hội CCB xã"),
 P("Đỗ Minh Châu", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Xuân Lập")],
[Q("3 xã", 3, "xã"), Q("38 xã, thị trấn", 38, "xã, thị trấn"), Q("87 đại biểu", 87, "đại biểu"), Q("264 hội viên", 264, "hội viên"),
 Q("12 chi hội", 12, "chi hội"), Q("hơn 3.200 m2", 3200, "m2", "over"), Q("trên 160 triệu đồng", 160000000, "đồng", "over"),
 Q("1.450 ngày công", 1450, "ngày công"), Q("150.000 đồng", 150000, "đồng"), Q("16 hội viên cao tuổi", 16, "hội viên cao tuổi"),
 Q("9 vụ mâu thuẫn", 9, "vụ mâu thuẫn"), Q("41 hộ hội viên CCB", 41, "hộ hội viên CCB"), Q("2 chi hội", 2, "chi hội"),
 Q("100%", 100, "%"), Q("70%", 70, "%"), Q("trên 95%", 95, "%", "over"), Q("2 nhà", 2, "nhà"),
 Q("3 hội viên ưu tú", 3, "hội viên ưu tú"), Q("9 đồng chí", 9, "đồng chí"), Q("5 đại biểu", 5, "đại biểu")],
[D("Chỉ thị", "16", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 16-CT/HU"),
 D("Kế hoạch", "12", "KH-CCB", "2012-03-02", "Hội CCB huyện", "Kế hoạch 12/KH-CCB ngày 02/3/2012")],
[prov("Thanh Hóa"), com("Xuân Lập")],
["Cổng thông tin điện tử huyện Thọ Xuân - tỉnh Thanh Hóa", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Mặt trận và các đoàn thể",
 "Ông Lê Văn Bình, Chủ tịch Hội CCB huyện phát biểu chỉ đạo Đại hội.", "Bộ đội Cụ Hồ", "Nghĩa tình đồng đội", "Lượt xem: 402"],
["21-05-2012 08:45", "lần thứ V", "nhiệm kỳ 2012 - 2017", "9 đồng chí", "Lượt xem: 402"]))

PAGES.append(page("b3128-sonla-hnd-tinh-daihoi-2013", """
BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA
Chính trị - Xã hội | Mặt trận - Đoàn thể
Thứ Sáu, 27/09/2013 | 07:50
Ảnh: Quang cảnh Đại hội.
Bế mạc Đại hội đại biểu Hội Nông dân tỉnh lần thứ VIII
Ngày 26/9, Đại hội đại biểu Hội Nông dân tỉnh Sơn La lần thứ VIII, nhiệm kỳ 2013 - 2018 đã bế mạc sau hai ngày làm việc (25 - 26/9). Đồng chí Lò Văn Thưởng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Nguyễn Hữu Tâm, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam dự và phát biểu chỉ đạo. Tham dự có 300 đại biểu chính thức đại diện cho hơn 196.000 hội viên nông dân các dân tộc trong tỉnh.
Nhiệm kỳ 2008 - 2013, phong trào nông dân thi đua sản xuất, kinh doanh giỏi có trên 58.000 hộ đạt danh hiệu các cấp; Quỹ Hỗ trợ nông dân các cấp đạt 21,6 tỷ đồng, giúp 2.870 lượt hộ vay vốn. Các cấp hội đã phối hợp mở 612 lớp dạy nghề, chuyển giao khoa học kỹ thuật cho khoảng 31.000 lượt hội viên; tham gia thực hiện Nghị quyết số 26-NQ/TW ngày 05/8/2008 của Hội nghị lần thứ bảy BCH Trung ương Đảng (khóa X) về nông nghiệp, nông dân, nông thôn và Quyết định 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án.
Đại hội thông qua 8 chỉ tiêu chủ yếu nhiệm kỳ 2013 - 2018: kết nạp mới 15.000 hội viên; hằng năm có 55% hộ hội viên đăng ký thi đua sản xuất, kinh doanh giỏi, trong đó 60% đạt danh hiệu; Quỹ Hỗ trợ nông dân tỉnh tăng bình quân 1,5 tỷ đồng/năm; 80% cơ sở hội xếp loại vững mạnh.
Đại hội đã hiệp thương bầu Ban Chấp hành Hội Nông dân tỉnh khóa VIII gồm 39 đồng chí, Ban Thường vụ 11 đồng chí. Đồng chí Cầm Văn Pọm tái đắc cử Chủ tịch Hội Nông dân tỉnh; các đồng chí Quàng Thị Xuân, Đinh Văn Hiệp giữ chức Phó Chủ tịch Hội Nông dân tỉnh. Ủy ban Kiểm tra Hội gồm 5 đồng chí, đồng chí Lường Văn Khay làm Chủ nhiệm Ủy ban Kiểm tra. Đại hội bầu 14 đại biểu chính thức dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VI.
Phát biểu bế mạc, đồng chí Cầm Văn Pọm, Chủ tịch Hội Nông dân tỉnh kêu gọi cán bộ, hội viên các dân tộc Thái, Mông, Mường, Dao, Xinh Mun đoàn kết thi đua, góp phần thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIII.
Đại biểu nông dân huyện Mộc Châu tham luận tại Đại hội. Ảnh: Hoàng Hà
Hội nghị lần thứ nhất Ban Chấp hành cũng thông qua quy chế làm việc khóa VIII và phân công nhiệm vụ các ủy viên Ban Thường vụ.
Lò Diệp
Tin cùng chuyên mục
- Hội Nông dân huyện Thuận Châu đại hội nhiệm kỳ 2013 - 2018 (16/08/2013)
- Mai Sơn: 100% cơ sở hội nông dân hoàn thành đại hội (02/08/2013)
- Trao 40 con bò giống cho hội viên nông dân nghèo (18/07/2013)
""", "2013-09-27", "Bế mạc Đại hội đại biểu Hội Nông dân tỉnh lần thứ VIII",
E("dai_hoi", None, "2013-09-25"),
[P("Lò Văn Thưởng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Hữu Tâm", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Cầm Văn Pọm", "Chủ tịch Hội Nông dân tỉnh"),
 P("Quàng Thị Xuân", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đinh Văn Hiệp", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lường Văn Khay", "Chủ nhiệm Ủy ban Kiểm tra")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("hơn 196.000 hội viên nông dân", 196000, "hội viên nông dân", "over"),
 Q("trên 58.000 hộ", 58000, "hộ", "over"), Q("21,6 tỷ đồng", 21600000000, "đồng"), Q("2.870 lượt hộ", 2870, "lượt hộ"),
 Q("612 lớp dạy nghề", 612, "lớp dạy nghề"), Q("khoảng 31.000 lượt hội viên", 31000, "lượt hội viên", "approx"),
 Q("8 chỉ tiêu", 8, "chỉ tiêu"), Q("15.000 hội viên", 15000, "hội viên"), Q("55%", 55, "%"), Q("60%", 60, "%"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("80%", 80, "%"), Q("39 đồng chí", 39, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"),
 Q("5 đồng chí", 5, "đồng chí"), Q("14 đại biểu chính thức", 14, "đại biểu chính thức")],
[D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "BCH Trung ương Đảng", "Nghị quyết số 26-NQ/TW ngày 05/8/2008"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg ngày 10/5/2011")],
[prov("Sơn La")],
["BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA", "Chính trị - Xã hội | Mặt trận - Đoàn thể",
 "Ảnh: Quang cảnh Đại hội.", "Đại biểu nông dân huyện Mộc Châu tham luận tại Đại hội. Ảnh: Hoàng Hà", "Quỹ Hỗ trợ nông dân"],
["Thứ Sáu, 27/09/2013 | 07:50", "lần thứ VIII", "nhiệm kỳ 2013 - 2018", "hai ngày", "lần thứ bảy", "khóa X", "lần thứ VI",
 "lần thứ XIII", "39 đồng chí", "11 đồng chí", "5 đồng chí"]))

PAGES.append(page("b3129-gialai-mttq-xa-daihoi-2014", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Vị trí: Trang chủ >> Hoạt động Mặt trận cơ sở
Ngày đăng 09/05/2014 | 10:15
Ia Kriêng: Đại hội đại biểu MTTQ Việt Nam xã lần thứ IX
Sáng 7/5/2014, Ủy ban MTTQ Việt Nam xã Ia Kriêng, huyện Đức Cơ, tỉnh Gia Lai long trọng tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ IX, nhiệm kỳ 2014 - 2019. Đây là đại hội điểm cấp xã của huyện. Về dự có ông Rơ Châm Phin, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Văn Kha, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Đức Cơ; cùng 110 đại biểu tiêu biểu cho các tầng lớp nhân dân, già làng, người có uy tín trong 8 làng của xã.
Báo cáo tại đại hội cho thấy, nhiệm kỳ 2009 - 2014, đồng bào Jrai chiếm hơn 70% dân số của xã đã hưởng ứng Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Nhân dân hiến 12.600 m2 đất, đóng góp khoảng 1,2 tỷ đồng làm 9,5 km đường bê tông nội làng. Quỹ "Vì người nghèo" các năm vận động được 86 triệu đồng, xây mới 14 căn nhà Đại đoàn kết cho hộ nghèo. Tỷ lệ hộ nghèo giảm từ 41,3% xuống còn 18,7%. Các làng đều giữ vững danh hiệu làng văn hóa; không có người dân đi theo tổ chức FULRO, "Tin lành Đê Ga".
Đại hội đề ra mục tiêu nhiệm kỳ 2014 - 2019: mỗi năm giảm 4% hộ nghèo; 100% làng có Ban công tác Mặt trận hoạt động tốt; phấn đấu có ít nhất 6 làng đạt chuẩn khu dân cư văn hóa; vận động xây dựng 20 căn nhà Đại đoàn kết. Đại hội quán triệt Chỉ thị số 17-CT/TW ngày 18/3/2014 của Ban Bí thư về lãnh đạo đại hội đại biểu Mặt trận Tổ quốc Việt Nam các cấp và Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ VIII, nhiệm kỳ 2014 - 2019.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa IX. Tại hội nghị lần thứ nhất, Ủy ban đã hiệp thương cử Ban Thường trực gồm 3 vị: bà Siu H'Nguyên, ĐUV, giữ chức Chủ tịch Ủy ban MTTQ xã; ông Rah Lan Thoan, Phó Chủ tịch; ông Kpă Blim, Ủy viên Thường trực. Đại hội cũng hiệp thương cử 7 đại biểu dự Đại hội MTTQ huyện Đức Cơ lần thứ VIII.
Ông Rơ Châm Phin phát biểu chỉ đạo tại đại hội.
Phát biểu tại đại hội, già làng Ksor Hnoai, làng Krêl, bày tỏ tin tưởng Ủy ban khóa mới sẽ sát dân, nói tiếng Jrai để bà con hiểu chủ trương. Thay mặt Đảng ủy, ông Nguyễn Đình Tuấn, Bí thư Đảng ủy xã Ia Kriêng giao nhiệm vụ cho Ủy ban khóa IX, trong đó chú trọng vận động đồng bào giữ đất sản xuất, không bán đất, không nghe lời kẻ xấu vượt biên trái phép; phối hợp Đồn Biên phòng giữ vững an ninh vùng biên giới.
Ksor H'Dung
Lượt truy cập: 2.318
Tin liên quan
- Đức Cơ: 9/9 xã, thị trấn hoàn thành đại hội Mặt trận (30/05/2014)
- Đại hội MTTQ xã Ia Pnôn nhiệm kỳ 2014 - 2019 (24/04/2014)
- Gia Lai trao 120 căn nhà Đại đoàn kết (15/03/2014)
""", "2014-05-09", "Ia Kriêng: Đại hội đại biểu MTTQ Việt Nam xã lần thứ IX",
E("dai_hoi", None, "2014-05-07"),
[P("Rơ Châm Phin", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Kha", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Đức Cơ"),
 P("Siu H'Nguyên", "ĐUV", "Chủ tịch Ủy ban MTTQ xã"),
 P("Rah Lan Thoan", "Phó Chủ tịch"),
 P("Kpă Blim", "Ủy viên Thường trực"),
 P("Ksor Hnoai", "già làng"),
 P("Nguyễn Đình Tuấn", "Bí thư Đảng ủy xã Ia Kriêng")],
[Q("110 đại biểu", 110, "đại biểu"), Q("8 làng", 8, "làng"), Q("hơn 70%", 70, "%", "over"), Q("12.600 m2", 12600, "m2"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("9,5 km", 9.5, "km"), Q("86 triệu đồng", 86000000, "đồng"),
 Q("14 căn nhà Đại đoàn kết", 14, "căn nhà Đại đoàn kết"), Q("41,3%", 41.3, "%"), Q("18,7%", 18.7, "%"), Q("4%", 4, "%"),
 Q("100%", 100, "%"), Q("ít nhất 6 làng", 6, "làng", "over"), Q("20 căn nhà Đại đoàn kết", 20, "căn nhà Đại đoàn kết"),
 Q("35 vị", 35, "vị"), Q("3 vị", 3, "vị"), Q("7 đại biểu", 7, "đại biểu")],
[D("Chỉ thị", "17", "CT/TW", "2014-03-18", "Ban Bí thư", "Chỉ thị số 17-CT/TW ngày 18/3/2014")],
[prov("Gia Lai"), com("Ia Kriêng")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Vị trí: Trang chủ >> Hoạt động Mặt trận cơ sở",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Tin lành Đê Ga", "FULRO",
 "Ông Rơ Châm Phin phát biểu chỉ đạo tại đại hội.", "Lượt truy cập: 2.318", "làng Krêl"],
["Ngày đăng 09/05/2014 | 10:15", "lần thứ IX", "nhiệm kỳ 2014 - 2019", "nhiệm kỳ 2009 - 2014", "lần thứ VIII", "khóa IX",
 "lần thứ nhất", "Lượt truy cập: 2.318"]))

PAGES.append(page("b3130-soctrang-mttq-tinh-daihoi-2014", """
Báo Sóc Trăng Online
Trang chủ » Chính trị » Mặt trận - Đoàn thể
29/08/2014 - 14:20
Bà Lâm Thị Sa Phol tiếp tục giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng khóa IX
(STO) - Trong 2 ngày 27 và 28/8, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ IX, nhiệm kỳ 2014 - 2019. Đến dự có ông Trần Văn Hòa, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; ông Nguyễn Hoàng Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Hòa thượng Lý Hùng, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh cùng 297 đại biểu đại diện cho các giai cấp, tầng lớp xã hội, dân tộc Kinh, Khmer, Hoa và các tôn giáo.
Nhiệm kỳ qua, Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được hơn 168 tỷ đồng, hỗ trợ xây dựng, sửa chữa 6.318 căn nhà Đại đoàn kết; trao hơn 52.000 suất học bổng cho học sinh nghèo. Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" được triển khai đến 100% ấp, khóm. Toàn tỉnh có 741/815 khu dân cư đạt chuẩn văn hóa, chiếm 90,9%. Mặt trận đã chủ trì giám sát 126 cuộc theo Quyết định số 217-QĐ/TW và góp ý xây dựng Đảng, chính quyền theo Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Đại hội đề ra 5 chỉ tiêu nhiệm kỳ 2014 - 2019, như: vận động Quỹ "Vì người nghèo" bình quân mỗi năm khoảng 35 tỷ đồng; xây dựng ít nhất 5.000 căn nhà Đại đoàn kết; phấn đấu 92% khu dân cư đạt chuẩn văn hóa; mỗi năm mỗi Ban công tác Mặt trận có ít nhất 1 công trình hoặc phần việc cụ thể.
Ngày 28/8, Đại hội đã hiệp thương cử 65 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa IX. Hội nghị lần thứ nhất Ủy ban đã hiệp thương cử Ban Thường trực gồm 5 vị. Bà Lâm Thị Sa Phol, Ủy viên Ban Thường vụ Tỉnh ủy được hiệp thương cử tiếp tục giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các ông, bà: Trần Thanh Liêm, Thạch Sô Phal, Dương Thị Mỹ Hạnh - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Trương Văn Út, Ủy viên Thường trực. Đại hội cũng hiệp thương cử 8 đại biểu dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ VIII.
Đồng chí Nguyễn Hoàng Nam tặng hoa chúc mừng Ban Thường trực khóa IX. Ảnh: Kim Ngân
Phát biểu tại Đại hội, ông Trần Văn Hòa đề nghị Mặt trận tỉnh tiếp tục phát huy vai trò của người có uy tín, sư sãi, achar trong đồng bào Khmer; đổi mới nội dung, phương thức hoạt động theo tinh thần Luật Mặt trận Tổ quốc Việt Nam năm 1999.
Kim Ngân
Tin liên quan
- Đại hội MTTQ thị xã Vĩnh Châu lần thứ IX (11/07/2014)
- Sóc Trăng: 109/109 xã, phường, thị trấn hoàn thành đại hội Mặt trận (20/06/2014)
- Hội thảo vai trò chùa Khmer trong khối đại đoàn kết (05/05/2014)
""", "2014-08-29", "Bà Lâm Thị Sa Phol tiếp tục giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng khóa IX",
E("dai_hoi", None, "2014-08-27"),
[P("Trần Văn Hòa", "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Nguyễn Hoàng Nam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Hùng", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Lâm Thị Sa Phol", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thanh Liêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phal", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Dương Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Út", "Ủy viên Thường trực")],
[Q("297 đại biểu", 297, "đại biểu"), Q("hơn 168 tỷ đồng", 168000000000, "đồng", "over"),
 Q("6.318 căn nhà Đại đoàn kết", 6318, "căn nhà Đại đoàn kết"), Q("hơn 52.000 suất học bổng", 52000, "suất học bổng", "over"),
 Q("100%", 100, "%"), Q("741/815 khu dân cư", 741, "khu dân cư"), Q("90,9%", 90.9, "%"), Q("126 cuộc", 126, "cuộc"),
 Q("5 chỉ tiêu", 5, "chỉ tiêu"), Q("khoảng 35 tỷ đồng", 35000000000, "đồng", "approx"),
 Q("ít nhất 5.000 căn nhà Đại đoàn kết", 5000, "căn nhà Đại đoàn kết", "over"), Q("92%", 92, "%"),
 Q("65 vị", 65, "vị"), Q("5 vị", 5, "vị"), Q("8 đại biểu", 8, "đại biểu")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013")],
[prov("Sóc Trăng")],
["Báo Sóc Trăng Online", "Trang chủ » Chính trị » Mặt trận - Đoàn thể", "(STO)", "Vì người nghèo",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Đồng chí Nguyễn Hoàng Nam tặng hoa chúc mừng Ban Thường trực khóa IX. Ảnh: Kim Ngân",
 "Luật Mặt trận Tổ quốc Việt Nam", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["29/08/2014 - 14:20", "2 ngày", "lần thứ IX", "nhiệm kỳ 2014 - 2019", "1 công trình", "lần thứ nhất", "lần thứ VIII", "khóa IX", "năm 1999"]))
