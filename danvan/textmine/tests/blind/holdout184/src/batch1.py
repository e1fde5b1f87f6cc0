from lib import *
PAGES = []

PAGES.append(page("b4373-hagiang-135-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG - Cổng thông tin điện tử
Trang chủ » Dân vận chính quyền » Tin từ cơ sở
Thứ Sáu, 16/09/2011 - 16:40
Ảnh: Nhân dân thôn Lùng Vái góp ngày công mở đường.
Hà Giang tổng kết phong trào hiến đất, góp công làm đường giao thông nông thôn giai đoạn 2006 - 2010
Ngày 14/9/2011, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị tổng kết phong trào nhân dân hiến đất, góp ngày công xây dựng đường giao thông nông thôn gắn với Chương trình 135 giai đoạn II (2006 - 2010). Đồng chí Lò Thị Mẩy, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Vàng Seo Cháng, Trưởng Ban Dân tộc tỉnh đồng chủ trì.
Theo báo cáo, thực hiện Quyết định số 07/2006/QĐ-TTg của Thủ tướng Chính phủ và Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy, 5 năm qua toàn tỉnh đã vận động 14.620 hộ tự nguyện hiến trên 386.000 m2 đất, tháo dỡ 2.115 m tường rào, góp 412.300 ngày công để mở mới, nâng cấp 1.246 km đường liên thôn, đường ngõ xóm. Tổng kinh phí thực hiện gần 318 tỷ đồng, trong đó vốn Chương trình 135 hỗ trợ 241,5 tỷ đồng, nhân dân đóng góp bằng tiền, vật liệu và ngày công quy đổi khoảng 46 tỷ đồng. 100% xã đặc biệt khó khăn đã có đường ô tô đến trung tâm xã.
Quang cảnh hội nghị. Ảnh: Hoàng Giang
Nhiều địa phương có cách làm sáng tạo như "Nhà nước và nhân dân cùng làm", "làng hỗ trợ làng". Ông Sùng Mí Pó, Bí thư Chi bộ thôn Lùng Vái, xã Lũng Cú, cho biết chỉ riêng năm 2010, 87 hộ người Mông trong thôn đã góp 3.600 ngày công, tự nguyện hiến 9.200 m2 đất nương để mở 4,2 km đường. Bà Hoàng Thị Dung, HUV, Trưởng Ban Dân vận Huyện ủy Hoàng Su Phì, chia sẻ kinh nghiệm "cán bộ đi trước, làng nước theo sau": 46 cán bộ, đảng viên của huyện gương mẫu hiến đất trước, sau đó mới vận động bà con.
Tuy vậy, một số công trình làm xong chưa có kinh phí duy tu; việc đối ứng của nhân dân ở các thôn nghèo còn khó khăn; có nơi còn tư tưởng trông chờ, ỷ lại vào Nhà nước.
Phát biểu kết luận, đồng chí Lò Thị Mẩy đề nghị các cấp ủy tiếp tục quán triệt Nghị quyết số 26-NQ/TW ngày 05/8/2008 của BCH Trung ương (khóa X) về nông nghiệp, nông dân, nông thôn; thực hiện tốt Quy chế dân chủ ở cơ sở, công khai mức đóng góp để nhân dân bàn bạc, quyết định.
Đại diện Ban Dân tộc tỉnh cho biết, giai đoạn tới sẽ ưu tiên vốn cho các thôn đã hoàn thành giải phóng mặt bằng nhờ nhân dân hiến đất, thực hiện cơ chế đặc thù để thôn tự làm những công trình nhỏ.
Dịp này, UBND tỉnh tặng bằng khen cho 25 tập thể và 38 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 16 hộ gia đình tiêu biểu trong phong trào hiến đất.
Hải Yến
Số lượt xem: 1.204
Tin liên quan
- Quản Bạ: ra quân làm đường giao thông nông thôn (05/09/2011)
- Đồng Văn: 300 hộ hiến đất mở đường (22/08/2011)
- Hội nghị giao ban khối dân vận quý II/2011 (18/07/2011)
- Yên Minh đẩy mạnh phong trào "Dân vận khéo" (01/07/2011)
""", "2011-09-16", "Hà Giang tổng kết phong trào hiến đất, góp công làm đường giao thông nông thôn giai đoạn 2006 - 2010",
E("tong_ket", None, "2011-09-14"),
[P("Lò Thị Mẩy", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Seo Cháng", "Trưởng Ban Dân tộc tỉnh"),
 P("Sùng Mí Pó", "Bí thư Chi bộ thôn Lùng Vái"),
 P("Hoàng Thị Dung", "HUV", "Trưởng Ban Dân vận Huyện ủy Hoàng Su Phì")],
[Q("14.620 hộ", 14620, "hộ"), Q("trên 386.000 m2", 386000, "m2", "over"), Q("2.115 m tường rào", 2115, "m"),
 Q("412.300 ngày công", 412300, "ngày công"), Q("1.246 km", 1246, "km"), Q("gần 318 tỷ đồng", 318000000000, "đồng", "approx"),
 Q("241,5 tỷ đồng", 241500000000, "đồng"), Q("khoảng 46 tỷ đồng", 46000000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("87 hộ", 87, "hộ"), Q("3.600 ngày công", 3600, "ngày công"), Q("9.200 m2", 9200, "m2"), Q("4,2 km", 4.2, "km"),
 Q("46 cán bộ, đảng viên", 46, "cán bộ, đảng viên"), Q("25 tập thể", 25, "tập thể"), Q("38 cá nhân", 38, "cá nhân"),
 Q("16 hộ gia đình tiêu biểu", 16, "hộ gia đình tiêu biểu")],
[D("Quyết định", "07", "2006/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 07/2006/QĐ-TTg"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "BCH Trung ương", "Nghị quyết số 26-NQ/TW ngày 05/8/2008")],
[prov("Hà Giang"), com("Lũng Cú")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG - Cổng thông tin điện tử", "Trang chủ » Dân vận chính quyền » Tin từ cơ sở",
 "Ảnh: Nhân dân thôn Lùng Vái góp ngày công mở đường.", "Quang cảnh hội nghị. Ảnh: Hoàng Giang", "Chương trình 135",
 "Nhà nước và nhân dân cùng làm", "làng hỗ trợ làng", "cán bộ đi trước, làng nước theo sau", "Số lượt xem: 1.204"],
["Thứ Sáu, 16/09/2011 - 16:40", "2006 - 2010", "5 năm", "năm 2010", "Chương trình 135", "khóa X", "Số lượt xem: 1.204"]))

PAGES.append(page("b4374-thanhhoa-ntm-soket-2012", """
Báo Thanh Hóa điện tử
Thời sự | Nông nghiệp - Nông thôn | Xây dựng nông thôn mới
Cập nhật: 09:12, 06/07/2012 (GMT+7)
Hơn 11.000 hộ hiến đất làm đường giao thông nông thôn
(Baothanhhoa.vn) - Sáng 5/7, Ban Chỉ đạo Chương trình xây dựng nông thôn mới tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Đình Thọ, Phó Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo chủ trì hội nghị.
Báo cáo tại hội nghị cho biết, 6 tháng đầu năm, cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục lan tỏa. Toàn tỉnh có hơn 11.000 hộ hiến 527.400 m2 đất ở, đất vườn, đất sản xuất; đóng góp 49.800 ngày công, tháo dỡ 12,6 km tường rào, cổng ngõ để mở rộng đường. Nhân dân đóng góp trên 96 tỷ đồng, chiếm 17,4% tổng nguồn lực huy động. Đã cứng hóa 684 km đường trục xã, liên xã và 312 km kênh mương nội đồng; xây mới 27 cầu dân sinh.
Thực hiện Nghị quyết số 03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và kế hoạch số 125/KH-UBND, tỉnh đã chọn 16 xã điểm; đến nay 4 xã đạt từ 15 tiêu chí trở lên, 43 xã đạt dưới 5 tiêu chí theo Bộ tiêu chí quốc gia ban hành tại Quyết định 491/QĐ-TTg ngày 16/4/2009 của Thủ tướng Chính phủ.
Đồng chí Lê Đình Thọ phát biểu chỉ đạo hội nghị. Ảnh: Minh Hiếu
Tại hội nghị, ông Trịnh Văn Hòa, Chủ tịch UBND xã Thiệu Giao, cho biết xã đã tổ chức 19 cuộc họp thôn để bàn về mức đóng góp; có 231 hộ hiến đất, trong đó gia đình ông Lê Văn Khang hiến 420 m2 đất vườn. Bà Cầm Thị Xuân, Trưởng Ban Dân vận Huyện ủy Bá Thước, đề nghị tỉnh có cơ chế hỗ trợ xi măng cho các bản vùng cao, nơi nhân dân người Thái, người Mường góp công nhưng chưa đủ vật liệu.
Các ý kiến cũng chỉ ra, việc lập quy hoạch ở một số xã còn chậm; một số nơi huy động đóng góp vượt quá khả năng của dân, gây bức xúc. Ở các huyện miền núi, nhiều tuyến đường làm xong nhưng chưa có rãnh thoát nước, mùa mưa lũ lại sạt lở, người dân phải góp công sửa chữa nhiều lần.
Kết luận hội nghị, đồng chí Lê Đình Thọ yêu cầu các địa phương không được ép dân đóng góp, mọi khoản đóng góp phải được nhân dân bàn bạc, quyết định; tập trung chỉ đạo 16 xã điểm phấn đấu đạt chuẩn vào năm 2015. Ông Nguyễn Văn Bảy, Phó Chánh Văn phòng điều phối Chương trình xây dựng nông thôn mới tỉnh, triển khai kế hoạch 6 tháng cuối năm.
Nguyễn Thủy
Lượt xem: 968
Các tin khác
- Nông Cống: đường làng thay áo mới (02/07/2012)
- Người dân Hoằng Hóa hiến đất làm đường (25/06/2012)
- Như Xuân: hỗ trợ 1.200 tấn xi măng làm đường (18/06/2012)
- Tấm gương hiến đất ở Quảng Xương (09/06/2012)
- Mường Lát: đồng bào Mông góp công làm đường lên bản (01/06/2012)
""", "2012-07-06", "Hơn 11.000 hộ hiến đất làm đường giao thông nông thôn",
E("so_ket", "2012-H1", "2012-07-05"),
[P("Lê Đình Thọ", "Phó Chủ tịch UBND tỉnh", "Trưởng ban Chỉ đạo"),
 P("Trịnh Văn Hòa", "Chủ tịch UBND xã Thiệu Giao"),
 P("Lê Văn Khang"),
 P("Cầm Thị Xuân", "Trưởng Ban Dân vận Huyện ủy Bá Thước"),
 P("Nguyễn Văn Bảy", "Phó Chánh Văn phòng điều phối Chương trình xây dựng nông thôn mới tỉnh")],
[Q("hơn 11.000 hộ", 11000, "hộ", "over"), Q("527.400 m2", 527400, "m2"), Q("49.800 ngày công", 49800, "ngày công"),
 Q("12,6 km", 12.6, "km"), Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"), Q("17,4%", 17.4, "%"),
 Q("684 km", 684, "km"), Q("312 km", 312, "km"), Q("27 cầu dân sinh", 27, "cầu dân sinh"), Q("16 xã điểm", 16, "xã điểm"),
 Q("4 xã", 4, "xã"), Q("43 xã", 43, "xã"), Q("19 cuộc họp thôn", 19, "cuộc họp thôn"), Q("231 hộ", 231, "hộ"),
 Q("420 m2", 420, "m2")],
[D("Nghị quyết", "03", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 03-NQ/TU"),
 D("Kế hoạch", "125", "KH-UBND", None, None, "kế hoạch số 125/KH-UBND"),
 D("Quyết định", "491", "QĐ-TTg", "2009-04-16", "Thủ tướng Chính phủ", "Quyết định 491/QĐ-TTg ngày 16/4/2009")],
[prov("Thanh Hóa"), com("Thiệu Giao")],
["Báo Thanh Hóa điện tử", "Thời sự | Nông nghiệp - Nông thôn | Xây dựng nông thôn mới", "(Baothanhhoa.vn)",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 968", "Đồng chí Lê Đình Thọ phát biểu chỉ đạo hội nghị. Ảnh: Minh Hiếu",
 "Bộ tiêu chí quốc gia"],
["Cập nhật: 09:12, 06/07/2012 (GMT+7)", "Lượt xem: 968", "6 tháng đầu năm 2012", "6 tháng cuối năm", "15 tiêu chí", "5 tiêu chí", "năm 2015"]))

PAGES.append(page("b4375-quangtri-truonghoc-2013", """
Cổng thông tin điện tử huyện Hướng Hóa - tỉnh Quảng Trị
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
08:30 | 14/06/2013
Người Vân Kiều ở Hướng Lộc nhường đất xây trường cho con em
Không chờ ai vận động lần thứ hai, chỉ sau một buổi họp bản, 9 hộ đồng bào Vân Kiều ở bản Cu Vơ, xã Hướng Lộc đã tự nguyện hiến gần 2.400 m2 đất rẫy để xây điểm trường mầm non và tiểu học cho con em trong bản.
Điểm trường Cu Vơ đang được xây dựng. Ảnh: Hồ Thu
Điểm trường Cu Vơ được đầu tư từ nguồn vốn Chương trình 135 giai đoạn III theo Quyết định 551/QĐ-TTg ngày 04/4/2013 của Thủ tướng Chính phủ, tổng mức đầu tư 1,85 tỷ đồng, gồm 4 phòng học, 1 nhà công vụ cho giáo viên và 350 m đường bê tông từ trục chính vào trường. Nhân dân trong bản góp thêm 620 ngày công san lấp mặt bằng và khoảng 35 triệu đồng tiền mặt để làm hàng rào.
Già làng Hồ Văn Nhâm, người có uy tín bản Cu Vơ, là người đầu tiên đứng ra nhường 800 m2 đất rẫy đang trồng sắn. Ông kể: "Con cháu mình đi học phải lội suối 3 cây số, mùa mưa nghỉ học cả tuần. Đất thì còn khai hoang được, cái chữ thì không để chậm được". Theo gương ông, các hộ Hồ Thị Pai, Hồ Văn Lịa, Pả Xuân cùng góp đất.
Đồng chí Hồ Văn Thu, Bí thư Đảng ủy xã Hướng Lộc, cho biết từ đầu năm đến nay xã đã vận động được 57 hộ hiến 11.300 m2 đất để làm 3 tuyến đường liên bản và 2 nhà văn hóa. Xã đã cử 12 cán bộ, đảng viên "ba cùng" với dân ở các bản khó khăn, triển khai Nghị quyết 15-NQ/ĐU của Đảng ủy xã về công tác dân vận trong xây dựng nông thôn mới.
Ông Lê Quang Chiến, Phó Chủ tịch UBND huyện Hướng Hóa, cho biết huyện sẽ hỗ trợ 200 triệu đồng từ ngân sách để làm sân chơi và công trình nước sạch cho điểm trường. Đến nay, toàn huyện có 1.163 hộ hiến đất cho các công trình công cộng, với tổng diện tích trên 46 ha.
Theo kế hoạch số 38-KH/HU của Huyện ủy, từ nay đến năm 2015 huyện phấn đấu 100% bản có đường giao thông đi lại được 4 mùa. Việc người dân Cu Vơ tự nguyện nhường đất cho thấy hiệu quả của phong trào thi đua "Dân vận khéo" ở vùng đồng bào dân tộc thiểu số, nơi hơn 40% số hộ là hộ nghèo.
Trong những ngày này, trên công trường điểm trường, bà con chia nhau từng tốp: đàn ông đào móng, phụ nữ gùi cát, thanh niên trong đoàn viên thôn trộn vữa. Cô giáo cắm bản nói, năm học tới các em sẽ không còn phải học nhờ nhà sàn của dân.
Hồ Thu
Lượt truy cập: 2.315
Tin khác
- Hướng Hóa: tổ chức Lễ hội văn hóa các dân tộc (10/06/2013)
- Khởi công cầu treo bản Xi Nục (03/06/2013)
- Tặng 200 suất học bổng cho học sinh nghèo (28/05/2013)
- Xã Tân Hợp ra mắt mô hình "Khu dân cư tự quản" (20/05/2013)
""", "2013-06-14", "Người Vân Kiều ở Hướng Lộc nhường đất xây trường cho con em",
E("khac", None, None),
[P("Hồ Văn Nhâm", "Già làng", "người có uy tín bản Cu Vơ"),
 P("Hồ Thị Pai"), P("Hồ Văn Lịa"), P("Pả Xuân"),
 P("Hồ Văn Thu", "Bí thư Đảng ủy xã Hướng Lộc"),
 P("Lê Quang Chiến", "Phó Chủ tịch UBND huyện Hướng Hóa")],
[Q("9 hộ", 9, "hộ"), Q("gần 2.400 m2", 2400, "m2", "approx"), Q("1,85 tỷ đồng", 1850000000, "đồng"),
 Q("4 phòng học", 4, "phòng học"), Q("350 m", 350, "m"), Q("620 ngày công", 620, "ngày công"),
 Q("khoảng 35 triệu đồng", 35000000, "đồng", "approx"), Q("800 m2", 800, "m2"), Q("57 hộ", 57, "hộ"),
 Q("11.300 m2", 11300, "m2"), Q("3 tuyến đường liên bản", 3, "tuyến đường liên bản"), Q("2 nhà văn hóa", 2, "nhà văn hóa"),
 Q("12 cán bộ, đảng viên", 12, "cán bộ, đảng viên"), Q("200 triệu đồng", 200000000, "đồng"), Q("1.163 hộ", 1163, "hộ"),
 Q("trên 46 ha", 46, "ha", "over"), Q("100% bản", 100, "%"), Q("hơn 40%", 40, "%", "over")],
[D("Quyết định", "551", "QĐ-TTg", "2013-04-04", "Thủ tướng Chính phủ", "Quyết định 551/QĐ-TTg ngày 04/4/2013"),
 D("Nghị quyết", "15", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 15-NQ/ĐU"),
 D("Kế hoạch", "38", "KH/HU", None, "Huyện ủy", "kế hoạch số 38-KH/HU")],
[prov("Quảng Trị"), com("Hướng Lộc")],
["Cổng thông tin điện tử huyện Hướng Hóa - tỉnh Quảng Trị", "Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội",
 "Điểm trường Cu Vơ đang được xây dựng. Ảnh: Hồ Thu", "Chương trình 135", "ba cùng", "Dân vận khéo", "Lượt truy cập: 2.315"],
["08:30 | 14/06/2013", "1 nhà công vụ", "3 cây số", "4 mùa", "năm 2015", "Lượt truy cập: 2.315"]))

PAGES.append(page("b4376-soctrang-135-tongket-2014", """
BAN DÂN TỘC TỈNH SÓC TRĂNG
Trang chủ | Tin tức | Chương trình, chính sách dân tộc
Ngày đăng 19/12/2014 | 15:05
Ảnh: Cầu bê tông ấp Trà Quýt A do nhân dân góp công xây dựng.
Tổng kết Chương trình 135 năm 2014: đồng bào Khmer hiến đất, góp công làm 64 cây cầu
Ngày 18/12/2014, Ban Dân tộc tỉnh tổ chức hội nghị tổng kết thực hiện Chương trình 135 năm 2014 và triển khai kế hoạch năm 2015. Dự hội nghị có đồng chí Thạch Sô Phanh, Phó Chủ tịch UBND tỉnh; đồng chí Lâm Văn Mẫn, Trưởng Ban Dân tộc tỉnh chủ trì.
Năm 2014, tỉnh được phân bổ 78,6 tỷ đồng vốn Chương trình 135 cho 39 xã đặc biệt khó khăn và 71 ấp đặc biệt khó khăn ở các xã khu vực II. Từ nguồn vốn này và sự đóng góp của nhân dân, toàn tỉnh đã xây dựng 64 cây cầu giao thông nông thôn, 97,3 km đường láng nhựa, đường đal và nạo vét 41 km kênh thủy lợi nội đồng. Có 2.856 hộ, phần lớn là đồng bào Khmer, tự nguyện hiến 168.500 m2 đất, di dời 412 căn nhà, cây trái, hàng rào không nhận bồi thường; nhân dân góp 28.700 ngày công và 5,2 tỷ đồng.
Thực hiện Nghị quyết số 03-NQ/TU của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 02/HD-BDT của Ban Dân tộc tỉnh, các công trình đều có ban giám sát cộng đồng; 100% công trình được công khai tại trụ sở ấp, chùa Khmer. Các vị sư sãi, người có uy tín tích cực vận động bà con. Tuy nhiên, theo đánh giá của Ban Dân tộc, nhiều cầu làm xong nhưng đường dẫn hai đầu cầu còn là đường đất; việc duy tu, bảo dưỡng sau đầu tư ở các ấp chưa được quan tâm. Đồng bào Khmer ở tỉnh Sóc Trăng vẫn còn gần 30% hộ nghèo.
Đồng chí Lâm Văn Mẫn phát biểu tại hội nghị. Ảnh: Sơn Thị Diễm
Đại đức Lý Sóc Kha, trụ trì chùa Trà Quýt, xã Thuận Hòa, cho biết chùa đã hiến 600 m2 đất và vận động 150 Phật tử góp công xây cầu Trà Quýt dài 36 m. Ông Kim Sà Rươl, người có uy tín ấp Bưng Tróp, xã Lai Hòa, một mình hiến 1.100 m2 đất ruộng để làm đường vào ấp.
Đồng chí Thạch Sô Phanh đánh giá cao tinh thần đóng góp của đồng bào, đồng thời lưu ý các địa phương chuẩn bị tốt việc lồng ghép vốn theo Quyết định số 2621/QĐ-TTg ngày 31/12/2013 của Thủ tướng Chính phủ, ưu tiên các công trình do dân đề xuất, để dân làm, dân quản lý.
Dịp này, UBND tỉnh tặng bằng khen cho 14 tập thể, 27 cá nhân; Ban Dân tộc tỉnh tặng giấy khen cho 33 hộ đồng bào Khmer tiêu biểu trong hiến đất làm đường, xây cầu, mỗi hộ kèm 1 triệu đồng tiền thưởng.
Tuấn Kiệt - Sơn Thị Diễm
Lượt xem: 742
Tin khác
- Vĩnh Châu: bàn giao 12 cầu nông thôn (10/12/2014)
- Trao 500 phần quà cho hộ nghèo đồng bào Khmer (02/12/2014)
- Hội nghị người có uy tín năm 2014 (20/11/2014)
- Trần Đề: nghiệm thu công trình Chương trình 135 (12/11/2014)
""", "2014-12-19", "Tổng kết Chương trình 135 năm 2014: đồng bào Khmer hiến đất, góp công làm 64 cây cầu",
E("tong_ket", "2014", "2014-12-18"),
[P("Thạch Sô Phanh", "Phó Chủ tịch UBND tỉnh"),
 P("Lâm Văn Mẫn", "Trưởng Ban Dân tộc tỉnh"),
 P("Lý Sóc Kha", "Đại đức", "trụ trì chùa Trà Quýt"),
 P("Kim Sà Rươl", "người có uy tín ấp Bưng Tróp")],
[Q("78,6 tỷ đồng", 78600000000, "đồng"), Q("39 xã đặc biệt khó khăn", 39, "xã đặc biệt khó khăn"),
 Q("71 ấp đặc biệt khó khăn", 71, "ấp đặc biệt khó khăn"), Q("64 cây cầu", 64, "cây cầu"), Q("97,3 km", 97.3, "km"),
 Q("41 km", 41, "km"), Q("2.856 hộ", 2856, "hộ"), Q("168.500 m2", 168500, "m2"), Q("412 căn nhà", 412, "căn nhà"),
 Q("28.700 ngày công", 28700, "ngày công"), Q("5,2 tỷ đồng", 5200000000, "đồng"), Q("100% công trình", 100, "%"),
 Q("600 m2", 600, "m2"), Q("150 Phật tử", 150, "Phật tử"), Q("36 m", 36, "m"), Q("1.100 m2", 1100, "m2"),
 Q("14 tập thể", 14, "tập thể"), Q("27 cá nhân", 27, "cá nhân"), Q("33 hộ đồng bào Khmer tiêu biểu", 33, "hộ đồng bào Khmer tiêu biểu"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("gần 30%", 30, "%", "approx")],
[D("Nghị quyết", "03", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 03-NQ/TU"),
 D("Hướng dẫn", "02", "HD-BDT", None, "Ban Dân tộc tỉnh", "Hướng dẫn số 02/HD-BDT"),
 D("Quyết định", "2621", "QĐ-TTg", "2013-12-31", "Thủ tướng Chính phủ", "Quyết định số 2621/QĐ-TTg ngày 31/12/2013")],
[prov("Sóc Trăng"), com("Thuận Hòa"), com("Lai Hòa")],
["BAN DÂN TỘC TỈNH SÓC TRĂNG", "Trang chủ | Tin tức | Chương trình, chính sách dân tộc",
 "Ảnh: Cầu bê tông ấp Trà Quýt A do nhân dân góp công xây dựng.", "Đồng chí Lâm Văn Mẫn phát biểu tại hội nghị. Ảnh: Sơn Thị Diễm",
 "Chương trình 135", "Lượt xem: 742"],
["Ngày đăng 19/12/2014 | 15:05", "năm 2014", "năm 2015", "khu vực II", "Chương trình 135", "Lượt xem: 742"]))

PAGES.append(page("b4377-nghean-hiendat-hoinghi-2015", """
Báo Nghệ An điện tử
Thời sự > Chính trị
07/08/2015 - 10:20
Biểu dương 120 hộ tiêu biểu hiến đất xây dựng nông thôn mới
(Baonghean) - Sáng 6/8, Ủy ban MTTQ tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị biểu dương các hộ gia đình tiêu biểu hiến đất, góp công xây dựng nông thôn mới năm 2015. Dự hội nghị có các đồng chí: Hồ Đức Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Võ Thị Minh Sinh, Chủ tịch Ủy ban MTTQ tỉnh.
Toàn cảnh hội nghị biểu dương. Ảnh: Thành Duy
5 năm triển khai cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", nhân dân Nghệ An đã hiến trên 3,1 triệu m2 đất, góp khoảng 4,6 triệu ngày công và đóng góp 2.450 tỷ đồng, chiếm gần 21% tổng nguồn lực. Toàn tỉnh đã bê tông hóa 7.820 km đường giao thông nông thôn, kiên cố hóa 2.140 km kênh mương; 58 xã đạt chuẩn nông thôn mới. Riêng năm 2015, có 23.410 hộ hiến đất với diện tích 612.000 m2.
Tại hội nghị, nhiều tấm gương được chia sẻ. Ông Nguyễn Văn Sâm ở xóm 5, xã Nghi Phương, hiến 1.050 m2 đất vườn và góp 80 triệu đồng làm đường xóm. Bà Lương Thị Hoa, người Thái ở bản Na Lạnh, xã Châu Quang, hiến 2.300 m2 đất sản xuất để xây trường tiểu học. Ông Lô Văn Khánh, Bí thư Chi bộ bản Xiềng, xã Hạnh Dịch, kể lại chuyện vận động 64 hộ người Thái, người Mông tháo dỡ tường rào, nhường 6.700 m2 đất mở rộng 3,5 km đường.
Đồng chí Hồ Đức Phúc ghi nhận, phong trào hiến đất đã trở thành nét đẹp ở nhiều làng quê, là kết quả của việc thực hiện Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy và kế hoạch liên tịch số 91/KHLT-MTTQ-BDV. Đồng chí đề nghị các cấp tiếp tục phát huy quyền làm chủ của nhân dân, thực hiện nghiêm Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn, không để xảy ra tình trạng ép buộc hiến đất.
Bà Võ Thị Minh Sinh cho biết, Mặt trận các cấp sẽ tiếp tục giám sát việc huy động đóng góp theo Quyết định số 800/QĐ-TTg ngày 04/6/2010 của Thủ tướng Chính phủ, bảo đảm mọi khoản đóng góp đều do dân bàn, dân quyết định, công khai tại nhà văn hóa xóm.
Ủy ban MTTQ tỉnh đã tặng bằng khen cho 120 hộ gia đình tiêu biểu, mỗi suất gồm giấy khen và 500.000 đồng; 15 tập thể, 22 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Trần Văn Hải, Nguyễn Thị Thu Hường trao khen thưởng cho các hộ.
Thu Huyền
Lượt đọc: 3.128
Tin liên quan
- Quỳnh Lưu: người dân hiến 40.000 m2 đất làm đường (25/07/2015)
- Kỳ Sơn: làm đường lên bản Mông (16/07/2015)
- MTTQ tỉnh giám sát nguồn vốn đóng góp của nhân dân (02/07/2015)
- Thanh Chương: 1.500 hộ tháo dỡ tường rào mở rộng đường làng (20/06/2015)
""", "2015-08-07", "Biểu dương 120 hộ tiêu biểu hiến đất xây dựng nông thôn mới",
E("hoi_nghi", "2015", "2015-08-06"),
[P("Hồ Đức Phúc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Thị Minh Sinh", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Sâm"), P("Lương Thị Hoa"),
 P("Lô Văn Khánh", "Bí thư Chi bộ bản Xiềng"),
 P("Trần Văn Hải", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Thu Hường", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("120 hộ tiêu biểu", 120, "hộ tiêu biểu"), Q("trên 3,1 triệu m2", 3100000, "m2", "over"),
 Q("khoảng 4,6 triệu ngày công", 4600000, "ngày công", "approx"), Q("2.450 tỷ đồng", 2450000000000, "đồng"),
 Q("gần 21%", 21, "%", "approx"), Q("7.820 km", 7820, "km"), Q("2.140 km", 2140, "km"), Q("58 xã", 58, "xã"),
 Q("23.410 hộ", 23410, "hộ"), Q("612.000 m2", 612000, "m2"), Q("1.050 m2", 1050, "m2"), Q("80 triệu đồng", 80000000, "đồng"),
 Q("2.300 m2", 2300, "m2"), Q("64 hộ người Thái, người Mông", 64, "hộ người Thái, người Mông"), Q("6.700 m2", 6700, "m2"),
 Q("3,5 km", 3.5, "km"), Q("500.000 đồng", 500000, "đồng"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Kế hoạch liên tịch", "91", "KHLT-MTTQ-BDV", None, None, "kế hoạch liên tịch số 91/KHLT-MTTQ-BDV"),
 D("Quyết định", "800", "QĐ-TTg", "2010-06-04", "Thủ tướng Chính phủ", "Quyết định số 800/QĐ-TTg ngày 04/6/2010")],
[prov("Nghệ An"), com("Nghi Phương"), com("Châu Quang"), com("Hạnh Dịch")],
["Báo Nghệ An điện tử", "Thời sự > Chính trị", "(Baonghean)", "Toàn cảnh hội nghị biểu dương. Ảnh: Thành Duy",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn", "Lượt đọc: 3.128"],
["07/08/2015 - 10:20", "5 năm", "năm 2015", "xóm 5", "Lượt đọc: 3.128"]))

PAGES.append(page("b4378-daklak-mttq-giamsat-2016", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội
Cập nhật lúc 16:45 ngày 25/03/2016
Giám sát việc huy động đóng góp của nhân dân trong xây dựng nông thôn mới tại Krông Bông
Ngày 23/3/2016, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do bà H'Yim Kđoh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc huy động, quản lý và sử dụng các khoản đóng góp của nhân dân trong xây dựng nông thôn mới tại huyện Krông Bông, theo Kế hoạch số 14/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát làm việc tại xã Cư Kty. Ảnh: Ngọc Lan
Báo cáo của UBND huyện cho thấy, từ năm 2011 đến nay, nhân dân trong huyện đã hiến 214.700 m2 đất, đóng góp 37.600 ngày công và trên 21,4 tỷ đồng để làm 186 km đường giao thông, 23 km kênh mương và 4 cầu treo dân sinh. Tổng vốn đầu tư trên địa bàn là 412 tỷ đồng, trong đó ngân sách nhà nước 297 tỷ đồng. Huyện có 2 xã đạt chuẩn nông thôn mới là Hòa Sơn và Cư Kty.
Tại buổi làm việc, đồng chí Y Suôn Mlô, Chủ tịch Ủy ban MTTQ Việt Nam xã Cư Kty, cho biết 100% các khoản đóng góp đều được đưa ra họp buôn bàn bạc; có 318 hộ đồng bào Êđê, Mnông được miễn, giảm đóng góp vì là hộ nghèo. Ông Y Khu Niê, Trưởng buôn Ea Bar, xã Ea Trul, kiến nghị làm rõ phần đối ứng xi măng vì 46 hộ đã góp công nhưng đến nay chưa được cấp vật liệu.
Qua giám sát, đoàn ghi nhận huyện đã thực hiện công khai theo Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn; tuy nhiên vẫn còn 3 xã huy động đóng góp bình quân trên 1,5 triệu đồng/hộ, vượt khả năng của nhiều hộ; một số công trình chưa bàn giao cho cộng đồng quản lý. Đoàn đề nghị thực hiện đúng Thông tư số 28/2012/TT-BTC của Bộ Tài chính và Chỉ thị số 05-CT/TU ngày 12/5/2014 của Ban Thường vụ Tỉnh ủy.
Phát biểu kết luận, bà H'Yim Kđoh đề nghị UBND huyện rà soát, trả lời kiến nghị của nhân dân trước ngày 30/4; Ban Thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng các xã phát huy vai trò. Tham gia đoàn có các đồng chí Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Thanh Hà, Ama Thiên.
Theo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk, năm 2016 Mặt trận sẽ tổ chức giám sát tại 5 huyện có đông đồng bào dân tộc thiểu số, tập trung vào việc sử dụng vốn đóng góp của nhân dân và vốn Chương trình 135.
H'Hương
Lượt xem: 514
Tin cùng chuyên mục
- Phản biện dự thảo đề án giao thông nông thôn (15/03/2016)
- Giám sát thực hiện Chương trình 135 tại M'Drắk (04/03/2016)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 11 (22/01/2016)
""", "2016-03-25", "Giám sát việc huy động đóng góp của nhân dân trong xây dựng nông thôn mới tại Krông Bông",
E("giam_sat", None, "2016-03-23"),
[P("H'Yim Kđoh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Y Suôn Mlô", "Chủ tịch Ủy ban MTTQ Việt Nam xã Cư Kty"),
 P("Y Khu Niê", "Trưởng buôn Ea Bar"),
 P("Nguyễn Thị Thanh Hà", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ama Thiên", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("214.700 m2", 214700, "m2"), Q("37.600 ngày công", 37600, "ngày công"), Q("trên 21,4 tỷ đồng", 21400000000, "đồng", "over"),
 Q("186 km", 186, "km"), Q("23 km", 23, "km"), Q("4 cầu treo dân sinh", 4, "cầu treo dân sinh"), Q("412 tỷ đồng", 412000000000, "đồng"),
 Q("297 tỷ đồng", 297000000000, "đồng"), Q("2 xã", 2, "xã"), Q("100% các khoản đóng góp", 100, "%"),
 Q("318 hộ đồng bào Êđê, Mnông", 318, "hộ đồng bào Êđê, Mnông"), Q("46 hộ", 46, "hộ"), Q("3 xã", 3, "xã"),
 Q("trên 1,5 triệu đồng", 1500000, "đồng", "over"), Q("5 huyện", 5, "huyện")],
[D("Kế hoạch", "14", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 14/KH-MTTQ-BTT"),
 D("Thông tư", "28", "2012/TT-BTC", None, "Bộ Tài chính", "Thông tư số 28/2012/TT-BTC"),
 D("Chỉ thị", "05", "CT/TU", "2014-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 12/5/2014")],
[prov("Đắk Lắk"), com("Cư Kty"), com("Hòa Sơn"), com("Ea Trul")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Cư Kty. Ảnh: Ngọc Lan", "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn", "Chương trình 135", "Lượt xem: 514"],
["Cập nhật lúc 16:45 ngày 25/03/2016", "năm 2011", "ngày 30/4", "năm 2016", "Lượt xem: 514"]))
