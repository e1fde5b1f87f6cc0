from lib import *
PAGES = []

PAGES.append(page("b3293-hagiang-bdt-tongket-2011", """
BAN DÂN TỘC TỈNH HÀ GIANG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban
Thứ Tư, 28/12/2011 - 16:20
Quang cảnh hội nghị. Ảnh: Minh Tuấn
Ban Dân tộc tỉnh tổng kết công tác dân tộc năm 2011
Ngày 27/12/2011, Ban Dân tộc tỉnh Hà Giang tổ chức hội nghị tổng kết công tác dân tộc và thực hiện chính sách dân tộc năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Sùng Mí Chứ, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh chủ trì hội nghị.
Báo cáo do bà Nông Thị Bích Liên, Phó Trưởng Ban Dân tộc tỉnh trình bày cho biết: năm 2011, tỉnh tiếp tục thực hiện Chương trình 135 giai đoạn II tại 140 xã đặc biệt khó khăn và 185 thôn đặc biệt khó khăn thuộc xã khu vực II với tổng vốn hơn 312 tỷ đồng, giải ngân đạt 96,4% kế hoạch. Thực hiện Quyết định 134/2004/QĐ-TTg của Thủ tướng Chính phủ, toàn tỉnh đã hỗ trợ làm 1.236 căn nhà cho hộ đồng bào dân tộc thiểu số nghèo, xây dựng 87 công trình nước sinh hoạt tập trung; 2.450 hộ được hỗ trợ bể chứa nước phân tán. Chính sách hỗ trợ trực tiếp theo Quyết định số 102/2009/QĐ-TTg được cấp khoảng 18,6 tỷ đồng bằng tiền mặt và hiện vật (giống cây trồng, muối iốt).
Đối với người có uy tín, Ban đã tham mưu UBND tỉnh ban hành Quyết định 1592, 1593/QĐ-UBND của UBND tỉnh phê duyệt danh sách và kế hoạch thực hiện chính sách theo Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ. Hiện toàn tỉnh có 1.872 người có uy tín, mỗi người được cấp không thu tiền 1 tờ báo và được thăm hỏi, tặng quà dịp Tết với mức 500.000 đồng/người. Tỷ lệ hộ nghèo toàn tỉnh giảm còn khoảng 38,2%.
Tại hội nghị, ông Giàng Seo Lử, Chủ tịch UBND xã Lũng Cú, phản ánh tình trạng thiếu nước sinh hoạt vào mùa khô ở các thôn sát biên giới; ông Đặng Văn Sài, Trưởng phòng Chính sách Ban Dân tộc tỉnh, giải trình việc chậm cấp vốn cho 16 công trình nước do khó khăn về nguồn. Đại diện xã Sủng Là đề nghị nâng mức hỗ trợ làm nhà, vì giá vật liệu vùng cao tăng mạnh.
Phát biểu kết luận, đồng chí Sùng Mí Chứ yêu cầu năm 2012 các phòng chuyên môn tập trung rà soát đối tượng thụ hưởng, công khai danh sách hộ được hỗ trợ tại thôn, bản; phối hợp với Mặt trận Tổ quốc các cấp giám sát việc sử dụng vốn; tổ chức tốt hội nghị biểu dương người có uy tín tiêu biểu.
Dịp này, Ban Dân tộc tỉnh tặng giấy khen cho 9 tập thể và 14 cá nhân có thành tích trong thực hiện chính sách dân tộc năm 2011.
PV
Số lượt truy cập: 215.348
Tin khác
- Đồng Văn: bàn giao 45 bể chứa nước cho hộ nghèo (20/12/2011)
- Hội nghị triển khai Quyết định 18 về người có uy tín (05/12/2011)
- Mèo Vạc tổ chức tập huấn cán bộ làm công tác dân tộc (22/11/2011)
- Thăm, tặng quà đồng bào vùng cao Quản Bạ (10/11/2011)
""", "2011-12-28", "Ban Dân tộc tỉnh tổng kết công tác dân tộc năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Sùng Mí Chứ", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Nông Thị Bích Liên", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Giàng Seo Lử", "Chủ tịch UBND xã Lũng Cú"),
 P("Đặng Văn Sài", "Trưởng phòng Chính sách Ban Dân tộc tỉnh")],
[Q("140 xã đặc biệt khó khăn", 140, "xã đặc biệt khó khăn"), Q("185 thôn đặc biệt khó khăn", 185, "thôn đặc biệt khó khăn"),
 Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"), Q("96,4%", 96.4, "%"), Q("1.236 căn nhà", 1236, "căn nhà"),
 Q("87 công trình nước sinh hoạt tập trung", 87, "công trình nước sinh hoạt tập trung"), Q("2.450 hộ", 2450, "hộ"),
 Q("khoảng 18,6 tỷ đồng", 18600000000, "đồng", "approx"), Q("1.872 người có uy tín", 1872, "người có uy tín"),
 Q("500.000 đồng/người", 500000, "đồng"), Q("khoảng 38,2%", 38.2, "%", "approx"), Q("16 công trình nước", 16, "công trình nước"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quyết định", "134", "2004/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 134/2004/QĐ-TTg"),
 D("Quyết định", "102", "2009/QĐ-TTg", None, None, "Quyết định số 102/2009/QĐ-TTg"),
 D("Quyết định", "1592", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1592, 1593/QĐ-UBND"),
 D("Quyết định", "1593", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1592, 1593/QĐ-UBND"),
 D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là")],
["BAN DÂN TỘC TỈNH HÀ GIANG - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban",
 "Quang cảnh hội nghị. Ảnh: Minh Tuấn", "Chương trình 135 giai đoạn II", "Số lượt truy cập: 215.348"],
["Thứ Tư, 28/12/2011 - 16:20", "Chương trình 135", "năm 2011", "năm 2012", "1 tờ báo", "Số lượt truy cập: 215.348"]))

PAGES.append(page("b3294-sonla-nguoicouytin-2012", """
Báo Sơn La điện tử
Xã hội › Dân tộc - Miền núi
Cập nhật lúc 07:45 ngày 15/11/2012
Biểu dương 250 người có uy tín tiêu biểu trong đồng bào các dân tộc
Ngày 14/11, UBND tỉnh Sơn La tổ chức Hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2012. Dự hội nghị có 250 người có uy tín tiêu biểu đại diện cho 12 dân tộc ở 11 huyện, thành phố.
Đồng chí Lò Văn Mún, Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị.
Đồng chí Lò Văn Mún, Phó Chủ tịch UBND tỉnh, dự và phát biểu. Cùng dự có các đồng chí Phó Trưởng Ban Dân tộc tỉnh: Cầm Thị Phong, Hà Văn Ỏn.
Theo báo cáo của Ban Dân tộc, toàn tỉnh hiện có 2.968 người có uy tín, trong đó có 2.104 trưởng bản, 517 già làng và bí thư chi bộ. Năm 2012, thực hiện Quyết định số 18/2011/QĐ-TTg và Thông tư liên tịch 01/2012/TTLT-UBDT-BTC, tỉnh đã tổ chức thăm hỏi, tặng quà người có uy tín với kinh phí gần 1,5 tỷ đồng; cung cấp thông tin, cấp phát báo Dân tộc và Phát triển đến từng người. Người có uy tín đã tham gia hòa giải thành 327 vụ việc mâu thuẫn trong nhân dân, vận động 96 hộ từ bỏ việc nghe theo tuyên truyền về "Vàng Chứ" và trả lại 12 khẩu súng tự chế.
Nhiều tấm gương được hội nghị vinh danh. Ông Quàng Văn Nhọt, người có uy tín bản Nà Sài, xã Chiềng Khoong, đã vận động con cháu hiến 2.000 m2 đất làm nhà văn hóa; ông Mùa A Dê, trưởng bản Pá Khôm, xã Chiềng Sơ, đứng ra hòa giải tranh chấp đất nương giữa 2 dòng họ. Bà Lường Thị Xiêm, bí thư chi bộ bản Mé, vận động bà con trồng hơn 30 ha cà phê.
Phát biểu tại hội nghị, đồng chí Lò Văn Mún ghi nhận vai trò cầu nối của người có uy tín giữa Đảng, chính quyền với nhân dân, đề nghị các cấp tiếp tục thực hiện tốt chính sách theo Kế hoạch số 86/KH-UBND ngày 10/4/2012 của UBND tỉnh, kịp thời nắm bắt tâm tư, nguyện vọng của bà con.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 45 người có uy tín tiêu biểu; mỗi người được tặng 1 bộ quà trị giá 700.000 đồng.
Nhiều đại biểu đã phát biểu, chia sẻ kinh nghiệm vận động bà con. Ông Vì Văn Thẩm, người có uy tín dân tộc Kháng ở bản Huổi Mòn, kể việc cả bản cùng nhau làm đường, kéo đường ống dẫn nước từ khe suối về bản; ông cũng đề nghị Nhà nước quan tâm hỗ trợ thêm giống lúa nương cho bà con vùng cao. Một số ý kiến mong muốn được tham quan, học tập kinh nghiệm phát triển sản xuất ở các tỉnh bạn, được tập huấn kiến thức pháp luật về đất đai và hôn nhân gia đình để về tuyên truyền cho bà con trong bản.
Hồng Nhung
Lượt xem: 1204
Tin liên quan
- Phù Yên: cấp giống cây trồng cho hộ nghèo vùng cao (08/11/2012)
- Mường La: gặp mặt người có uy tín (02/11/2012)
- Hỗ trợ nước sinh hoạt cho đồng bào xã Mường Giôn (25/10/2012)
- Thuận Châu tổng kết chương trình 135 (18/10/2012)
""", "2012-11-15", "Biểu dương 250 người có uy tín tiêu biểu trong đồng bào các dân tộc",
E("hoi_nghi", "2012", "2012-11-14"),
[P("Lò Văn Mún", "Phó Chủ tịch UBND tỉnh"),
 P("Cầm Thị Phong", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Hà Văn Ỏn", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Quàng Văn Nhọt", "người có uy tín bản Nà Sài"),
 P("Mùa A Dê", "trưởng bản Pá Khôm"),
 P("Lường Thị Xiêm", "bí thư chi bộ bản Mé"),
 P("Vì Văn Thẩm", "người có uy tín dân tộc Kháng ở bản Huổi Mòn")],
[Q("250 người có uy tín tiêu biểu", 250, "người có uy tín tiêu biểu"), Q("12 dân tộc", 12, "dân tộc"), Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("2.968 người có uy tín", 2968, "người có uy tín"), Q("2.104 trưởng bản", 2104, "trưởng bản"),
 Q("517 già làng và bí thư chi bộ", 517, "già làng và bí thư chi bộ"),
 Q("gần 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("327 vụ việc mâu thuẫn", 327, "vụ việc mâu thuẫn"),
 Q("96 hộ", 96, "hộ"), Q("12 khẩu súng tự chế", 12, "khẩu súng tự chế"), Q("2.000 m2", 2000, "m2"),
 Q("2 dòng họ", 2, "dòng họ"), Q("hơn 30 ha", 30, "ha", "over"), Q("45 người có uy tín tiêu biểu", 45, "người có uy tín tiêu biểu"),
 Q("700.000 đồng", 700000, "đồng")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, None, "Quyết định số 18/2011/QĐ-TTg"),
 D("Thông tư liên tịch", "01", "2012/TTLT-UBDT-BTC", None, None, "Thông tư liên tịch 01/2012/TTLT-UBDT-BTC"),
 D("Kế hoạch", "86", "KH-UBND", "2012-04-10", "UBND tỉnh", "Kế hoạch số 86/KH-UBND ngày 10/4/2012")],
[prov("Sơn La"), com("Chiềng Khoong"), com("Chiềng Sơ")],
["Báo Sơn La điện tử", "Xã hội › Dân tộc - Miền núi", "Đồng chí Lò Văn Mún, Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị.",
 "Vàng Chứ", "Dân tộc và Phát triển", "Lượt xem: 1204"],
["Cập nhật lúc 07:45 ngày 15/11/2012", "năm 2012", "1 bộ quà", "Lượt xem: 1204"]))

PAGES.append(page("b3295-gialai-bdt-soket-2013", """
GIA LAI ONLINE - Báo Gia Lai điện tử
Trang chủ / Xã hội / Dân tộc - Tôn giáo
08:20 | 11/07/2013
Gia Lai: Giải ngân chính sách hỗ trợ đất sản xuất đạt thấp
(GLO) - Sáng 10/7, Ban Dân tộc tỉnh tổ chức hội nghị sơ kết công tác dân tộc 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2013. Ông Ksor Bơ Rê, Phó Trưởng Ban phụ trách Ban Dân tộc tỉnh, chủ trì hội nghị.
Ảnh: Quang cảnh hội nghị sơ kết
Theo báo cáo, 6 tháng đầu năm 2013, tỉnh được phân bổ 84,5 tỷ đồng vốn Chương trình 135 cho 40 xã và 102 làng đặc biệt khó khăn; đã khởi công 156 công trình cơ sở hạ tầng. Tuy nhiên, việc thực hiện Quyết định 1592/QĐ-TTg về hỗ trợ đất sản xuất, đất ở, nhà ở và nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo còn chậm: cả tỉnh mới hỗ trợ đất sản xuất cho 318 hộ với diện tích khoảng 147 ha, đạt 21% kế hoạch; hỗ trợ nước sinh hoạt phân tán cho 1.074 hộ. Nguyên nhân chủ yếu là quỹ đất công không còn, nhiều hộ đã nhận hỗ trợ lại sang nhượng đất.
Về chính sách đối với người có uy tín, Ban đã phối hợp tổ chức thăm, tặng quà cho 1.528 già làng, người có uy tín nhân dịp Tết Nguyên đán với tổng kinh phí hơn 760 triệu đồng. Bà con đã cung cấp cho chính quyền nhiều thông tin, góp phần ổn định an ninh ở 35 làng trọng điểm.
Tại hội nghị, ông Rơ Mah Khuyên, Trưởng phòng Dân tộc huyện Chư Păh, và bà Siu Thị H'Nhí, Phó Chủ tịch UBND xã Ia Mơ Nông, kiến nghị cho phép chuyển hỗ trợ đất sản xuất sang hỗ trợ chuyển đổi nghề với mức 15 triệu đồng/hộ. Ông Đinh Văn Blưh (dân tộc Bahnar), người có uy tín làng Kon Sơ Lăl, xã Hà Đông, đề nghị tăng mức hỗ trợ làm giếng nước.
Kết luận hội nghị, ông Ksor Bơ Rê đề nghị các huyện khẩn trương rà soát quỹ đất, hoàn thành Kế hoạch 27/KH-BDT của Ban Dân tộc trước ngày 30/11/2013; kiên quyết thu hồi đất hỗ trợ bị sang nhượng trái phép.
Một số đại biểu cho rằng công tác tuyên truyền chính sách dân tộc ở cơ sở còn hạn chế; một bộ phận người dân còn tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước. Việc quản lý, vận hành các công trình nước sinh hoạt tập trung sau đầu tư chưa được quan tâm, có công trình mới sử dụng vài năm đã hư hỏng, không có kinh phí duy tu. Ban Dân tộc tỉnh sẽ phối hợp với Sở Nông nghiệp và Phát triển nông thôn kiểm tra, đánh giá lại hiện trạng các công trình này trong quý III.
Hà Phương
Bản quyền thuộc Báo Gia Lai
Tin cùng chuyên mục
- Đak Đoa: bàn giao nhà cho hộ nghèo người Bahnar (05/07/2013)
- Chư Sê: tặng 120 phần quà cho hộ nghèo (08/07/2013)
- Krông Pa triển khai Quyết định 102 (01/07/2013)
- Ia Grai: đối thoại với già làng, người có uy tín (24/06/2013)
""", "2013-07-11", "Gia Lai: Giải ngân chính sách hỗ trợ đất sản xuất đạt thấp",
E("so_ket", "2013-H1", "2013-07-10"),
[P("Ksor Bơ Rê", "Phó Trưởng Ban phụ trách Ban Dân tộc tỉnh"),
 P("Rơ Mah Khuyên", "Trưởng phòng Dân tộc huyện Chư Păh"),
 P("Siu Thị H'Nhí", "Phó Chủ tịch UBND xã Ia Mơ Nông"),
 P("Đinh Văn Blưh", "người có uy tín làng Kon Sơ Lăl")],
[Q("84,5 tỷ đồng", 84500000000, "đồng"), Q("40 xã", 40, "xã"), Q("102 làng đặc biệt khó khăn", 102, "làng đặc biệt khó khăn"),
 Q("156 công trình cơ sở hạ tầng", 156, "công trình cơ sở hạ tầng"), Q("318 hộ", 318, "hộ"), Q("khoảng 147 ha", 147, "ha", "approx"),
 Q("21%", 21, "%"), Q("1.074 hộ", 1074, "hộ"), Q("1.528 già làng, người có uy tín", 1528, "già làng, người có uy tín"),
 Q("hơn 760 triệu đồng", 760000000, "đồng", "over"), Q("35 làng trọng điểm", 35, "làng trọng điểm"),
 Q("15 triệu đồng/hộ", 15000000, "đồng")],
[D("Quyết định", "1592", "QĐ-TTg", None, None, "Quyết định 1592/QĐ-TTg"),
 D("Kế hoạch", "27", "KH-BDT", None, "Ban Dân tộc", "Kế hoạch 27/KH-BDT của Ban Dân tộc")],
[prov("Gia Lai"), com("Ia Mơ Nông"), com("Hà Đông")],
["GIA LAI ONLINE - Báo Gia Lai điện tử", "Trang chủ / Xã hội / Dân tộc - Tôn giáo", "Ảnh: Quang cảnh hội nghị sơ kết",
 "(GLO)", "Chương trình 135", "Bản quyền thuộc Báo Gia Lai"],
["08:20 | 11/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm 2013", "Chương trình 135", "Quyết định 1592", "30/11/2013"]))

PAGES.append(page("b3296-soctrang-traoqua-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG
Trang chủ >> Tin tức - Sự kiện >> Dân tộc - Tôn giáo
10-04-2014 14:30
Thăm, tặng quà người có uy tín nhân dịp Tết Chôl Chnăm Thmây
Ngày 9/4/2014, đoàn công tác của tỉnh do ông Lâm Minh Đằng, Phó Chủ tịch UBND tỉnh, làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà người có uy tín, chùa Khmer tại huyện Trần Đề và thị xã Vĩnh Châu, tỉnh Sóc Trăng nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2014.
Ông Lâm Minh Đằng tặng quà cho người có uy tín ấp Prey Chóp.
Cùng đi có ông Thạch Chanh Đa, Trưởng Ban Dân tộc tỉnh; ông Kim Sô Phal, Phó Trưởng Ban Dân tộc tỉnh. Tại chùa Chrôi Tum Tăng Sa (xã Lịch Hội Thượng), đoàn đã thăm hỏi Hòa thượng Lý Hùng, trụ trì chùa, và tặng 5 triệu đồng để chùa tu sửa sala. Đoàn cũng đến thăm gia đình ông Sơn Thươl, người có uy tín ấp Prey Chóp, xã Vĩnh Hải, và ông Trà Văn Thy, người có uy tín ấp Trà Sết.
Theo Ban Dân tộc tỉnh, dịp Tết Chôl Chnăm Thmây năm nay, tỉnh tổ chức thăm, tặng 1.250 phần quà cho người có uy tín, mỗi phần trị giá 400.000 đồng; tặng quà 92 chùa Phật giáo Nam tông Khmer, mỗi chùa 3 triệu đồng; các huyện, thị xã tặng thêm hơn 3.000 phần quà cho hộ nghèo đồng bào Khmer. Tổng kinh phí thăm, tặng quà trên 1,1 tỷ đồng, từ ngân sách tỉnh và nguồn vận động xã hội hóa.
Trao đổi với đoàn, ông Sơn Thươl cho biết nhờ chính sách hỗ trợ nhà ở theo Quyết định 167/2008/QĐ-TTg và hỗ trợ đất sản xuất, nước sinh hoạt theo Quyết định 74/2008/QĐ-TTg của Thủ tướng Chính phủ, trong ấp đã có 38 hộ được hỗ trợ nhà, 27 hộ được cấp vốn chuyển đổi nghề; nhiều hộ trồng hành tím, nuôi bò nay đã thoát nghèo. Tuy vậy, ấp vẫn còn khoảng 15% hộ nghèo, chủ yếu là hộ không có đất sản xuất.
Ông Lâm Minh Đằng chúc bà con đồng bào Khmer đón Tết vui tươi, an toàn, tiết kiệm; đề nghị các vị sư sãi, người có uy tín tiếp tục vận động bà con đoàn kết, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, không nghe theo kẻ xấu kích động, chia rẽ khối đại đoàn kết dân tộc. Ông cũng giao Ban Dân tộc tỉnh phối hợp với UBND thị xã Vĩnh Châu rà soát lại các hộ thiếu đất sản xuất để đề xuất hỗ trợ theo Quyết định 29/2013/QĐ-TTg trong năm nay.
Dịp này, Hội Đoàn kết sư sãi yêu nước thị xã Vĩnh Châu cũng tổ chức tặng 200 phần quà cho hộ nghèo tại 4 chùa trên địa bàn.
Hoàng Lâm
In bài viết | Gửi email
Các tin khác
- Trao 50 căn nhà đại đoàn kết cho hộ Khmer nghèo (03/04/2014)
- Long Phú: hội thi tìm hiểu chính sách dân tộc (28/03/2014)
- Ban Dân tộc tổng kết công tác năm 2013 (10/01/2014)
- Mỹ Xuyên: cấp thẻ bảo hiểm y tế cho đồng bào dân tộc thiểu số (05/01/2014)
""", "2014-04-10", "Thăm, tặng quà người có uy tín nhân dịp Tết Chôl Chnăm Thmây",
E("trao_qua", None, "2014-04-09"),
[P("Lâm Minh Đằng", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Chanh Đa", "Trưởng Ban Dân tộc tỉnh"),
 P("Kim Sô Phal", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lý Hùng", "Hòa thượng", "trụ trì chùa"),
 P("Sơn Thươl", "người có uy tín ấp Prey Chóp"),
 P("Trà Văn Thy", "người có uy tín ấp Trà Sết")],
[Q("5 triệu đồng", 5000000, "đồng"), Q("1.250 phần quà", 1250, "phần quà"), Q("400.000 đồng", 400000, "đồng"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("hơn 3.000 phần quà", 3000, "phần quà", "over"), Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("38 hộ", 38, "hộ"), Q("27 hộ", 27, "hộ"), Q("khoảng 15%", 15, "%", "approx"), Q("200 phần quà", 200, "phần quà"), Q("4 chùa", 4, "chùa")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, None, "Quyết định 167/2008/QĐ-TTg"),
 D("Quyết định", "74", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 74/2008/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Quyết định", "29", "2013/QĐ-TTg", None, None, "Quyết định 29/2013/QĐ-TTg")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Vĩnh Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG", "Trang chủ >> Tin tức - Sự kiện >> Dân tộc - Tôn giáo",
 "Ông Lâm Minh Đằng tặng quà cho người có uy tín ấp Prey Chóp.", "Chôl Chnăm Thmây", "Chrôi Tum Tăng Sa",
 "Hội Đoàn kết sư sãi yêu nước thị xã Vĩnh Châu", "In bài viết | Gửi email"],
["10-04-2014 14:30", "năm 2014"]))

PAGES.append(page("b3297-dienbien-giamsat-2015", """
Báo Điện Biên Phủ điện tử
Chính trị - Thời sự  |  Hoạt động HĐND
Thứ Sáu, 18/09/2015, 09:10
Giám sát thực hiện chính sách hỗ trợ đất sản xuất, nước sinh hoạt ở Mường Chà
Ngày 16 và 17/9, Ban Dân tộc HĐND tỉnh do bà Lò Thị Luyến, Trưởng Ban Dân tộc HĐND tỉnh, làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ đất sản xuất, đất ở, nước sinh hoạt cho đồng bào dân tộc thiểu số nghèo tại huyện Mường Chà theo chương trình giám sát năm 2015.
Ảnh: Đoàn giám sát làm việc tại xã Sá Tổng.
Báo cáo với đoàn, ông Giàng A Tủa, Phó Chủ tịch UBND huyện Mường Chà, cho biết giai đoạn 2013-2015, huyện được giao hỗ trợ theo Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ cho 2.145 hộ, với tổng nhu cầu vốn khoảng 41,3 tỷ đồng. Đến nay, huyện mới nhận được 9,8 tỷ đồng, đã hỗ trợ nước sinh hoạt phân tán cho 824 hộ, hỗ trợ chuyển đổi nghề cho 193 hộ; chưa hộ nào được hỗ trợ đất sản xuất do không còn quỹ đất. Huyện cũng đã đầu tư 6 công trình cấp nước sinh hoạt tập trung cho các bản vùng cao.
Kiểm tra thực tế tại bản Huổi Lếch, xã Sá Tổng, đoàn ghi nhận 2 trong số 3 công trình nước tập trung đã hư hỏng, bà con phải đi gùi nước xa hơn 2 km. Ông Vàng A Sểnh, trưởng bản Huổi Lếch, phản ánh: "Bản có 67 hộ thì 51 hộ người Mông thiếu nước vào mùa khô, đường ống bị lũ cuốn trôi từ năm ngoái chưa có kinh phí sửa chữa".
Tại buổi làm việc, bà Quàng Thị Hương, Phó Trưởng Ban Dân tộc HĐND tỉnh, đề nghị huyện làm rõ việc 12 hộ được hỗ trợ bồn chứa nước nhưng đã bán lại cho thương lái. Ông Lý Văn Nu, Phó Trưởng Ban Dân tộc tỉnh, thông tin: toàn tỉnh hiện còn hơn 9.700 hộ thiếu đất sản xuất và khoảng 11.000 hộ thiếu nước sinh hoạt; Ban Dân tộc đã tham mưu UBND tỉnh ban hành Đề án số 03/ĐA-UBND về hỗ trợ chuyển đổi nghề cho hộ không có đất.
Kết luận buổi giám sát, bà Lò Thị Luyến đề nghị UBND huyện Mường Chà rà soát lại đối tượng, ưu tiên hộ nghèo người Mông, Khơ Mú, Hà Nhì ở các xã biên giới; phối hợp với UBND các xã Sá Tổng, Mường Mươn xây dựng quy chế quản lý, vận hành công trình nước sau đầu tư, giao cho cộng đồng quản lý. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 15, HĐND tỉnh khóa XIII.
Theo phản ánh của các xã, khó khăn lớn nhất hiện nay là nguồn vốn Trung ương bố trí chưa tương xứng nhu cầu, trong khi định mức hỗ trợ thấp, không đủ để người dân mua đất hay chuyển đổi nghề bền vững. Đoàn giám sát ghi nhận các kiến nghị và sẽ tổng hợp, đề nghị UBND tỉnh có văn bản gửi Ủy ban Dân tộc.
Văn Thành
Tin liên quan
- Ban Kinh tế - Ngân sách HĐND tỉnh giám sát tại Tủa Chùa (15/09/2015)
- Điện Biên Đông: hỗ trợ 120 con bò giống cho hộ nghèo (08/09/2015)
- Nậm Pồ: bàn giao công trình nước sinh hoạt bản Nà Khoa (27/08/2015)
- Hội nghị triển khai chính sách đối với người có uy tín (12/08/2015)
""", "2015-09-18", "Giám sát thực hiện chính sách hỗ trợ đất sản xuất, nước sinh hoạt ở Mường Chà",
E("giam_sat", "2015", "2015-09-16"),
[P("Lò Thị Luyến", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Giàng A Tủa", "Phó Chủ tịch UBND huyện Mường Chà"),
 P("Vàng A Sểnh", "trưởng bản Huổi Lếch"),
 P("Quàng Thị Hương", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Lý Văn Nu", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("2.145 hộ", 2145, "hộ"), Q("khoảng 41,3 tỷ đồng", 41300000000, "đồng", "approx"), Q("9,8 tỷ đồng", 9800000000, "đồng"),
 Q("824 hộ", 824, "hộ"), Q("193 hộ", 193, "hộ"), Q("6 công trình cấp nước sinh hoạt tập trung", 6, "công trình cấp nước sinh hoạt tập trung"),
 Q("2 trong số 3 công trình nước tập trung", 2, "công trình nước tập trung"), Q("hơn 2 km", 2, "km", "over"), Q("67 hộ", 67, "hộ"),
 Q("51 hộ người Mông", 51, "hộ người Mông"), Q("12 hộ", 12, "hộ"), Q("hơn 9.700 hộ", 9700, "hộ", "over"),
 Q("khoảng 11.000 hộ", 11000, "hộ", "approx")],
[D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ"),
 D("Đề án", "03", "ĐA-UBND", None, "UBND tỉnh", "Đề án số 03/ĐA-UBND")],
[prov("Điện Biên"), com("Sá Tổng"), com("Mường Mươn")],
["Báo Điện Biên Phủ điện tử", "Chính trị - Thời sự  |  Hoạt động HĐND", "Ảnh: Đoàn giám sát làm việc tại xã Sá Tổng."],
["Thứ Sáu, 18/09/2015, 09:10", "năm 2015", "2013-2015", "kỳ họp thứ 15", "khóa XIII"]))

PAGES.append(page("b3298-kontum-bdt-giaoban-2016", """
BAN DÂN TỘC TỈNH KON TUM
Vị trí: Trang chủ › Tin hoạt động
Ngày đăng 08/04/2016 | 15:35
Ban Dân tộc tỉnh giao ban công tác quý I
Ngày 7/4/2016, Ban Dân tộc tỉnh Kon Tum tổ chức giao ban đánh giá kết quả công tác dân tộc quý I và triển khai nhiệm vụ quý II năm 2016. Ông A Pớt, Trưởng Ban Dân tộc tỉnh, chủ trì giao ban.
Ông A Pớt phát biểu chỉ đạo tại buổi giao ban.
Theo báo cáo, quý I/2016, Ban đã phối hợp tổ chức thăm, chúc Tết, tặng 1.186 suất quà cho người có uy tín và hộ nghèo đồng bào dân tộc thiểu số, trị giá khoảng 590 triệu đồng. Chương trình 135 năm 2016 được giao 68,7 tỷ đồng, đến hết quý I đã giải ngân 12,5%. Chính sách hỗ trợ đất sản xuất, nước sinh hoạt theo Quyết định 755/QĐ-TTg: tỉnh đã hỗ trợ 1.315 hộ chuyển đổi nghề, mỗi hộ 5 triệu đồng, và 2.207 hộ được hỗ trợ nước sinh hoạt phân tán.
Ban đã tham mưu UBND tỉnh ban hành Kế hoạch 45, 46/KH-UBND về thực hiện chính sách đối với người có uy tín và về tuyên truyền, phổ biến pháp luật vùng đồng bào dân tộc thiểu số năm 2016. Hiện toàn tỉnh có 1.023 người có uy tín, trong đó 614 người là già làng.
Tại giao ban, bà Y Thanh, Phó Trưởng Ban Dân tộc tỉnh, đề nghị các phòng đẩy nhanh việc thẩm định danh sách hộ đăng ký vay vốn theo Quyết định 54/2012/QĐ-TTg của Thủ tướng Chính phủ; ông Nguyễn Đình Hòa, Chánh Thanh tra Ban, báo cáo việc kiểm tra 4 dự án hỗ trợ phát triển sản xuất ở huyện Kon Plông, phát hiện 2 dự án chậm tiến độ. Ông A Hiếu, Trưởng phòng Chính sách dân tộc, thông tin đã nhận 11 đơn kiến nghị của người dân về chế độ, chính sách.
Phát biểu kết luận, ông A Pớt yêu cầu quý II tập trung chuẩn bị hội nghị biểu dương người có uy tín, hoàn thành cấp phát giống cây trồng trước mùa mưa; khẩn trương khảo sát tình hình thiếu nước sinh hoạt ở các xã Đăk Na, Măng Ri, nơi hạn hán kéo dài từ đầu năm. Văn phòng Ban tổng hợp kiến nghị của các huyện để tham mưu UBND tỉnh trình Ủy ban Dân tộc xem xét.
Các phòng chuyên môn cũng thống nhất lịch kiểm tra chính sách tại các huyện Tu Mơ Rông, Sa Thầy, Ia H'Drai trong tháng 5 và tháng 6. Theo phân công, mỗi đoàn kiểm tra do một lãnh đạo Ban làm trưởng đoàn, có sự tham gia của đại diện Mặt trận Tổ quốc và Hội Nông dân tỉnh.
Theo đánh giá chung, công tác phối hợp giữa Ban với các sở, ngành và UBND các huyện, thành phố trong quý I có nhiều chuyển biến; tuy nhiên việc báo cáo định kỳ của một số huyện còn chậm, số liệu chưa thống nhất, gây khó khăn cho công tác tổng hợp, tham mưu.
Văn phòng Ban
Lượt truy cập: 84.217
Các tin đã đưa
- Tu Mơ Rông: trao 150 con dê giống cho hộ nghèo (30/03/2016)
- Kon Rẫy: đối thoại với người có uy tín (22/03/2016)
- Hội nghị tổng kết công tác dân tộc năm 2015 (15/01/2016)
""", "2016-04-08", "Ban Dân tộc tỉnh giao ban công tác quý I",
E("giao_ban", "2016-Q1", "2016-04-07"),
[P("A Pớt", "Trưởng Ban Dân tộc tỉnh"),
 P("Y Thanh", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Đình Hòa", "Chánh Thanh tra Ban"),
 P("A Hiếu", "Trưởng phòng Chính sách dân tộc")],
[Q("1.186 suất quà", 1186, "suất quà"), Q("khoảng 590 triệu đồng", 590000000, "đồng", "approx"), Q("68,7 tỷ đồng", 68700000000, "đồng"),
 Q("12,5%", 12.5, "%"), Q("1.315 hộ", 1315, "hộ"), Q("5 triệu đồng", 5000000, "đồng"), Q("2.207 hộ", 2207, "hộ"),
 Q("1.023 người có uy tín", 1023, "người có uy tín"), Q("614 người", 614, "người"),
 Q("4 dự án hỗ trợ phát triển sản xuất", 4, "dự án hỗ trợ phát triển sản xuất"), Q("2 dự án", 2, "dự án"),
 Q("11 đơn kiến nghị", 11, "đơn kiến nghị")],
[D("Quyết định", "755", "QĐ-TTg", None, None, "Quyết định 755/QĐ-TTg"),
 D("Kế hoạch", "45", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 45, 46/KH-UBND"),
 D("Kế hoạch", "46", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 45, 46/KH-UBND"),
 D("Quyết định", "54", "2012/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 54/2012/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Kon Tum"), com("Đăk Na"), com("Măng Ri")],
["BAN DÂN TỘC TỈNH KON TUM", "Vị trí: Trang chủ › Tin hoạt động", "Ông A Pớt phát biểu chỉ đạo tại buổi giao ban.",
 "Chương trình 135", "Lượt truy cập: 84.217", "Ủy ban Dân tộc"],
["Ngày đăng 08/04/2016 | 15:35", "quý I/2016", "quý II năm 2016", "Chương trình 135", "tháng 5", "Lượt truy cập: 84.217"]))
