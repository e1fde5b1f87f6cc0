from lib import *
PAGES = []

PAGES.append(page("b5363-bacgiang-tuandao-doithoai-2017", """
ĐẢNG BỘ XÃ TUẤN ĐẠO - HUYỆN SƠN ĐỘNG - TỈNH BẮC GIANG
Trang chủ › Tin tức › Dân vận
Cập nhật lúc 17:20 ngày 25/08/2017
Xã Tuấn Đạo đối thoại với nhân dân về hỗ trợ nhà ở cho hộ nghèo
Ngày 23/8/2017, Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Tuấn Đạo tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2017 với chủ đề hỗ trợ nhà ở cho hộ nghèo và giải quyết đất ở. Đồng chí Hoàng Văn Chiến, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Đặng Văn Thịnh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì. Hội nghị có 112 đại biểu là bí thư chi bộ, trưởng thôn và người dân 9 thôn tham dự.
Toàn cảnh buổi đối thoại tại hội trường UBND xã.
Thực hiện Quyết định số 33/2015/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 58-KH/HU ngày 14/3/2016 của Ban Thường vụ Huyện ủy Sơn Động, đến nay xã đã hỗ trợ 87 hộ làm nhà mới, 24 hộ sửa chữa nhà; mỗi hộ được vay 25 triệu đồng. Xã còn 36 hộ nghèo đang ở nhà tạm, trong đó 11 hộ chưa có đất ở hợp pháp.
Tại buổi đối thoại, 14 ý kiến của nhân dân tập trung vào việc bình xét hộ được hỗ trợ, thủ tục vay vốn và thời gian giải ngân. Ông Lý Văn Sình, người dân tộc Dao ở thôn Khe Đặng, hỏi vì sao gia đình ông ở nhà tranh đã 10 năm mà chưa có tên trong danh sách; bà Chu Thị Dần, thôn Nà Hem, đề nghị hỗ trợ thêm cho hộ có người già neo đơn.
Trả lời các ý kiến, đồng chí Đặng Văn Thịnh cho biết danh sách được bình xét công khai từ thôn theo Hướng dẫn số 02/HD-SXD của Sở Xây dựng; gia đình ông Sình thuộc diện hộ cận nghèo nên chưa đủ điều kiện, xã sẽ đề nghị Ủy ban MTTQ huyện hỗ trợ từ Quỹ "Vì người nghèo". Bà Ninh Thị Thoa, Chủ tịch Ủy ban MTTQ xã, cho biết Mặt trận đã vận động được 76 triệu đồng cùng 420 ngày công của đoàn viên, hội viên để giúp các hộ khó khăn.
Đồng chí Nông Văn Quyết, Phó Chủ tịch UBND xã, giải trình về thủ tục vay vốn và cam kết giải ngân cho 18 hộ còn lại trước ngày 30/9. Các đồng chí trưởng thôn: Lương Văn Tịnh (Khe Đặng), Hà Thị Khuyên (Nà Hem) nhận nhiệm vụ rà soát lại hộ ở nhà tạm trong tuần.
Phát biểu kết luận, đồng chí Hoàng Văn Chiến ghi nhận 12 ý kiến đã được trả lời trực tiếp, 2 ý kiến sẽ trả lời bằng văn bản; yêu cầu các chi bộ thực hiện tốt Nghị quyết số 15-NQ/ĐU ngày 05/01/2017 của Đảng ủy xã về giảm nghèo, phấn đấu đến hết năm 2018 không còn hộ nghèo ở nhà tạm. Thường trực Đảng ủy giao Khối dân vận xã theo dõi việc thực hiện các kết luận sau đối thoại.
Sau hội nghị, Đảng ủy xã giao mỗi đồng chí đảng ủy viên phụ trách một thôn, đôn đốc tiến độ làm nhà. Đoàn Thanh niên xã nhận giúp 6 hộ vận chuyển vật liệu trong tháng 9. Đây là một trong những xã đầu tiên của tỉnh Bắc Giang tổ chức đối thoại chuyên đề về nhà ở cho hộ nghèo.
Văn phòng Đảng ủy xã
Lượt truy cập: 58.412
Tin liên quan
- Tuấn Đạo ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (10/07/2017)
- Hội Nông dân xã tập huấn kỹ thuật trồng keo (15/06/2017)
- Đảng ủy xã sơ kết 6 tháng đầu năm 2017 (03/07/2017)
""", "2017-08-25", "Xã Tuấn Đạo đối thoại với nhân dân về hỗ trợ nhà ở cho hộ nghèo",
E("doi_thoai", "2017", "2017-08-23"),
[P("Hoàng Văn Chiến", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Đặng Văn Thịnh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lý Văn Sình"), P("Chu Thị Dần"),
 P("Ninh Thị Thoa", "Chủ tịch Ủy ban MTTQ xã"),
 P("Nông Văn Quyết", "Phó Chủ tịch UBND xã"),
 P("Lương Văn Tịnh", "trưởng thôn"),
 P("Hà Thị Khuyên", "trưởng thôn")],
[Q("112 đại biểu", 112, "đại biểu"), Q("9 thôn", 9, "thôn"), Q("87 hộ", 87, "hộ"), Q("24 hộ", 24, "hộ"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("36 hộ nghèo", 36, "hộ nghèo"), Q("11 hộ", 11, "hộ"),
 Q("14 ý kiến", 14, "ý kiến"), Q("76 triệu đồng", 76000000, "đồng"), Q("420 ngày công", 420, "ngày công"),
 Q("18 hộ", 18, "hộ"), Q("12 ý kiến", 12, "ý kiến"), Q("2 ý kiến", 2, "ý kiến"), Q("6 hộ", 6, "hộ")],
[D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg"),
 D("Kế hoạch", "58", "KH/HU", "2016-03-14", "Ban Thường vụ Huyện ủy Sơn Động", "Kế hoạch số 58-KH/HU ngày 14/3/2016"),
 D("Hướng dẫn", "02", "HD-SXD", None, "Sở Xây dựng", "Hướng dẫn số 02/HD-SXD"),
 D("Nghị quyết", "15", "NQ/ĐU", "2017-01-05", "Đảng ủy xã", "Nghị quyết số 15-NQ/ĐU ngày 05/01/2017")],
[prov("Bắc Giang"), com("Tuấn Đạo")],
["ĐẢNG BỘ XÃ TUẤN ĐẠO - HUYỆN SƠN ĐỘNG - TỈNH BẮC GIANG", "Trang chủ › Tin tức › Dân vận",
 "Toàn cảnh buổi đối thoại tại hội trường UBND xã.", "Vì người nghèo", "Văn phòng Đảng ủy xã", "Lượt truy cập: 58.412"],
["Cập nhật lúc 17:20 ngày 25/08/2017", "năm 2017", "10 năm", "30/9", "năm 2018", "tháng 9", "Lượt truy cập: 58.412"]))

PAGES.append(page("b5364-daklak-bdv-taphuan-2018", """
Báo Đắk Lắk điện tử
Chính trị - Xã hội / Dân tộc - Tôn giáo
2018-05-17 09:30
Đồng chí Y Kriêng Niê phát biểu khai mạc lớp tập huấn. Ảnh: H.Gia
Tập huấn kỹ năng vận động đồng bào xóa nhà tạm cho 150 cán bộ dân vận buôn
Trong 2 ngày 15 - 16/5/2018, Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2018 cho 150 học viên là cán bộ dân vận xã, trưởng buôn, người có uy tín ở 7 huyện có đông đồng bào dân tộc thiểu số. Đồng chí Y Kriêng Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy khai mạc lớp học.
Các học viên được nghe đồng chí H'Nuôn Byă, Phó Trưởng Ban Dân vận Tỉnh ủy truyền đạt chuyên đề về kỹ năng vận động đồng bào tham gia Chương trình hỗ trợ nhà ở cho hộ nghèo theo Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ; đồng chí Trần Minh Tâm, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy giới thiệu Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số và đồng bào có đạo.
Theo số liệu được nêu tại lớp học, giai đoạn 2016 - 2018 toàn tỉnh có 6.850 hộ nghèo được hỗ trợ nhà ở, trong đó 4.920 hộ đồng bào dân tộc thiểu số tại chỗ; còn khoảng 2.400 hộ đang ở nhà tạm, nhà xuống cấp. Nhiều buôn đã tự góp vốn xoay vòng, mỗi hộ góp 50.000 đồng/tháng để giúp nhau làm nhà.
Học viên được nghe chia sẻ kinh nghiệm của ông Y Bhiu Mlô, người có uy tín buôn Ea Kmát, xã Ea Tu, nơi 19 hộ nghèo được bà con góp 1.200 ngày công dựng nhà; và bà H'Phi Ayun, Chủ tịch Hội LHPN xã Ea Rốk, với mô hình "Tiết kiệm làm nhà" của 32 hội viên.
Các đồng chí Trưởng Ban Dân vận Huyện ủy: Y Thuyên Êban, Nguyễn Đức Phú, Ama Thơng cùng các học viên thảo luận cách tháo gỡ vướng mắc về đất ở khi hộ nghèo chưa được cấp giấy chứng nhận, việc đối ứng vốn của hộ và tình trạng một số hộ bán nhà sau khi được hỗ trợ.
Bế mạc lớp học, đồng chí H'Nuôn Byă đề nghị học viên vận dụng phương châm "nghe dân nói, nói dân hiểu, làm dân tin"; thực hiện tốt Hướng dẫn số 14-HD/BDVTU ngày 03/4/2018 của Ban Dân vận Tỉnh ủy về phát huy vai trò người có uy tín; mỗi buôn phấn đấu xây dựng ít nhất 1 mô hình "Dân vận khéo" gắn với giúp hộ nghèo có nhà ở. Cuối lớp, 148 học viên làm bài thu hoạch, trong đó 96% đạt khá, giỏi.
Dịp này, Ban Dân vận Tỉnh ủy trao tặng tài liệu tuyên truyền song ngữ Việt - Êđê cho 7 huyện.
Hoàng Gia
Tin cùng chuyên mục
- Krông Bông: bàn giao 25 căn nhà Đại đoàn kết (08/05/2018)
- Ea H'leo tổ chức hội nghị người có uy tín năm 2018 (26/04/2018)
- Buôn Đôn: vận động đồng bào bỏ tục nối dây (12/04/2018)
- Lắk: 40 hộ nghèo được vay vốn làm nhà (02/04/2018)
""", "2018-05-17", "Tập huấn kỹ năng vận động đồng bào xóa nhà tạm cho 150 cán bộ dân vận buôn",
E("tap_huan", "2018", "2018-05-15"),
[P("Y Kriêng Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Nuôn Byă", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Tâm", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Y Bhiu Mlô", "người có uy tín buôn Ea Kmát"),
 P("H'Phi Ayun", "Chủ tịch Hội LHPN xã Ea Rốk"),
 P("Y Thuyên Êban", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Đức Phú", "Trưởng Ban Dân vận Huyện ủy"),
 P("Ama Thơng", "Trưởng Ban Dân vận Huyện ủy")],
[Q("150 học viên", 150, "học viên"), Q("7 huyện", 7, "huyện"),
 Q("6.850 hộ nghèo", 6850, "hộ nghèo"), Q("4.920 hộ đồng bào dân tộc thiểu số tại chỗ", 4920, "hộ đồng bào dân tộc thiểu số tại chỗ"),
 Q("khoảng 2.400 hộ", 2400, "hộ", "approx"), Q("50.000 đồng", 50000, "đồng"), Q("19 hộ nghèo", 19, "hộ nghèo"),
 Q("1.200 ngày công", 1200, "ngày công"), Q("32 hội viên", 32, "hội viên"), Q("148 học viên", 148, "học viên"),
 Q("96%", 96, "%")],
[D("Quyết định", "33", "2015/QĐ-TTg", "2015-08-10", "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Hướng dẫn", "14", "HD/BDVTU", "2018-04-03", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 14-HD/BDVTU ngày 03/4/2018")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Ea Rốk")],
["Báo Đắk Lắk điện tử", "Chính trị - Xã hội / Dân tộc - Tôn giáo", "Đồng chí Y Kriêng Niê phát biểu khai mạc lớp tập huấn. Ảnh: H.Gia",
 "Tiết kiệm làm nhà", "nghe dân nói, nói dân hiểu, làm dân tin", "Dân vận khéo"],
["2018-05-17 09:30", "2 ngày", "năm 2018", "giai đoạn 2016 - 2018", "1 mô hình"]))

PAGES.append(page("b5365-bentre-batri-baocao-2019", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY BA TRI
Trang chủ >> Hoạt động >> Công tác Dân vận
Thứ Sáu, 27/12/2019 | 07:55
Ba Tri: Báo cáo kết quả vận động xây dựng nhà tình thương năm 2019
Ban Dân vận Huyện ủy Ba Tri vừa ban hành Báo cáo số 86-BC/BDVHU ngày 24/12/2019 về kết quả công tác vận động nhân dân tham gia xây dựng, sửa chữa nhà tình thương, nhà Đại đoàn kết cho hộ nghèo năm 2019, gửi Ban Thường vụ Huyện ủy và Ban Dân vận Tỉnh ủy.
Theo báo cáo, thực hiện Chỉ thị số 11-CT/HU ngày 08/02/2019 của Ban Thường vụ Huyện ủy về tăng cường lãnh đạo công tác giảm nghèo, năm 2019 Mặt trận, các đoàn thể và các tổ chức tôn giáo trên địa bàn huyện đã vận động xây dựng mới 128 căn nhà, sửa chữa 47 căn, tổng trị giá hơn 5,7 tỷ đồng. Trong đó, Hội Cựu chiến binh xây 12 căn "Nhà nghĩa tình đồng đội", Hội LHPN xây 21 căn "Mái ấm tình thương", Huyện đoàn xây 9 căn "Nhà nhân ái", các giáo xứ, chùa hỗ trợ 14 căn.
Đặc biệt, đã có 3 xã An Ngãi Tây, Tân Xuân, Phú Lễ hoàn thành mục tiêu không còn hộ nghèo ở nhà tạm. Các xã còn lại đã lập danh sách 163 hộ cần hỗ trợ trong năm 2020, mỗi căn dự kiến từ 40 đến 50 triệu đồng.
Báo cáo đánh giá, cái được lớn nhất là sự vào cuộc của người dân: 1.850 lượt người tham gia góp công, nhiều hộ khá giả tặng đất, cây lấy gỗ. Ông Nguyễn Văn Tám, ấp Giồng Giữa, xã Tân Xuân, đã tặng 300 m2 đất cho 2 hộ nghèo cất nhà. Tuy nhiên, vẫn còn 9 căn chậm tiến độ do thời tiết và giá vật liệu tăng.
Đồng chí Phan Thị Kim Thoa, HUV, Trưởng Ban Dân vận Huyện ủy, cho biết năm 2020 Ban sẽ tham mưu Ban Thường vụ Huyện ủy ban hành kế hoạch thực hiện Chương trình số 18-CTr/TU của Tỉnh ủy Bến Tre; phối hợp Ủy ban MTTQ huyện tổ chức hội nghị biểu dương 30 tập thể, cá nhân tiêu biểu trong phong trào. Bà Lê Thị Mỹ Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam huyện, đề nghị các xã công khai nguồn vận động trên loa truyền thanh mỗi tháng một lần.
Trước đó, đồng chí Huỳnh Văn Bé Tư, Phó Bí thư Thường trực Huyện ủy, đã trực tiếp kiểm tra 15 căn nhà tại các xã Bảo Thạnh, Vĩnh An và đánh giá cao cách làm "Ấp không có nhà tạm" của Ủy ban MTTQ xã Bảo Thạnh.
Tỷ lệ hộ nghèo toàn huyện đến cuối năm 2019 còn 3,82%, giảm 1,46% so với đầu năm; khoảng 250 hộ thoát nghèo nhờ có nhà ở ổn định yên tâm làm ăn.
Báo cáo cũng kiến nghị Ban Dân vận Tỉnh ủy hướng dẫn thống nhất mẫu sổ theo dõi nguồn vận động ở cấp xã và đề nghị Ngân hàng Chính sách xã hội huyện nâng mức cho vay làm nhà lên 40 triệu đồng/hộ đối với hộ cận nghèo.
Thanh Hương - Ban Dân vận Huyện ủy
Bài viết liên quan
- Ba Tri: bàn giao 5 căn nhà Đại đoàn kết (15/12/2019)
- Hội nghị sơ kết 3 năm thực hiện Quy chế dân chủ ở cơ sở (29/11/2019)
- Khánh thành cầu Giồng Giữa (05/11/2019)
- Ra mắt mô hình dân vận khéo xã An Đức (18/10/2019)
""", "2019-12-27", "Ba Tri: Báo cáo kết quả vận động xây dựng nhà tình thương năm 2019",
E("bao_cao", "2019", "2019-12-24"),
[P("Nguyễn Văn Tám"),
 P("Phan Thị Kim Thoa", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lê Thị Mỹ Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Huỳnh Văn Bé Tư", "Phó Bí thư Thường trực Huyện ủy")],
[Q("128 căn nhà", 128, "căn nhà"), Q("47 căn", 47, "căn"), Q("hơn 5,7 tỷ đồng", 5700000000, "đồng", "over"),
 Q("12 căn", 12, "căn"), Q("21 căn", 21, "căn"), Q("9 căn \"Nhà nhân ái\"", 9, "căn"), Q("14 căn", 14, "căn"),
 Q("3 xã", 3, "xã"), Q("163 hộ", 163, "hộ"), Q("40 đến 50 triệu đồng", 40000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("1.850 lượt người", 1850, "lượt người"), Q("300 m2", 300, "m2"), Q("2 hộ nghèo", 2, "hộ nghèo"),
 Q("9 căn chậm tiến độ", 9, "căn"), Q("30 tập thể, cá nhân tiêu biểu", 30, "tập thể, cá nhân tiêu biểu"),
 Q("15 căn nhà", 15, "căn nhà"), Q("3,82%", 3.82, "%"), Q("1,46%", 1.46, "%"), Q("khoảng 250 hộ", 250, "hộ", "approx"), Q("40 triệu đồng", 40000000, "đồng")],
[D("Báo cáo", "86", "BC/BDVHU", "2019-12-24", "Ban Dân vận Huyện ủy Ba Tri", "Báo cáo số 86-BC/BDVHU ngày 24/12/2019"),
 D("Chỉ thị", "11", "CT/HU", "2019-02-08", "Ban Thường vụ Huyện ủy", "Chỉ thị số 11-CT/HU ngày 08/02/2019"),
 D("Chương trình", "18", "CTr/TU", None, "Tỉnh ủy Bến Tre", "Chương trình số 18-CTr/TU")],
[prov("Bến Tre"), com("An Ngãi Tây"), com("Tân Xuân"), com("Phú Lễ"), com("Bảo Thạnh"), com("Vĩnh An")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY BA TRI", "Trang chủ >> Hoạt động >> Công tác Dân vận", "Nhà nghĩa tình đồng đội",
 "Mái ấm tình thương", "Nhà nhân ái", "Ấp không có nhà tạm"],
["Thứ Sáu, 27/12/2019 | 07:55", "năm 2019", "năm 2020", "cuối năm 2019", "mỗi tháng một lần"]))

PAGES.append(page("b5366-quangnam-mttq-tongket-2020", """
Báo Quảng Nam Online
Trang chủ | Chính trị | Mặt trận - Đoàn thể
Thứ Ba, 29/12/2020
Ảnh: Quang cảnh hội nghị tổng kết.
Năm 2020, Mặt trận Quảng Nam hỗ trợ xây mới 1.146 căn nhà Đại đoàn kết sau bão lũ
Chiều 28/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Đinh Văn Hương, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; đồng chí Phan Văn Thức, Phó Bí thư Tỉnh ủy dự và phát biểu chỉ đạo.
Năm 2020, miền Trung liên tiếp hứng chịu bão số 9 và lũ lớn, làm 2.135 nhà ở các huyện miền núi bị sập, hư hỏng nặng. Từ nguồn cứu trợ tiếp nhận hơn 186 tỷ đồng, Ủy ban MTTQ tỉnh đã phân bổ hỗ trợ xây mới 1.146 căn nhà Đại đoàn kết với mức 50 triệu đồng/căn và sửa chữa 620 căn với mức 20 triệu đồng/căn. Tổng kinh phí hỗ trợ nhà ở gần 70 tỷ đồng.
Tại các huyện Nam Trà My, Phước Sơn, Tây Giang, Mặt trận đã phối hợp bộ đội biên phòng, lực lượng vũ trang hỗ trợ trên 15.000 ngày công; nhiều hộ đồng bào Cơ Tu, Xơ Đăng, Ca Dong được di dời khỏi vùng sạt lở. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Alăng Thị Đào, Nguyễn Thị Lý, Bh'riu Liếc báo cáo kết quả giám sát việc phân bổ tiền cứu trợ ở 18 huyện, thị xã, thành phố, bảo đảm công khai, đúng đối tượng.
Ông Hồ Văn Lực, già làng thôn Tắk Pổ, xã Trà Leng, cho biết bà con đã nhận đất tái định cư, mong sớm được hỗ trợ làm nhà trước Tết. Bà A Rất Thị Hưng, Chủ tịch Ủy ban MTTQ xã A Xan, đề nghị nâng mức hỗ trợ với nhà ở vùng cao vì chi phí vận chuyển.
Phát biểu chỉ đạo, đồng chí Phan Văn Thức đánh giá cao Mặt trận các cấp đã thực hiện nghiêm Quyết định số 1568/QĐ-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về phân bổ nguồn cứu trợ; đề nghị năm 2021 bám sát Kế hoạch số 75-KH/TU ngày 10/11/2020 của Ban Thường vụ Tỉnh ủy về khắc phục hậu quả thiên tai, hoàn thành 100% nhà cho hộ bị sập trước ngày 30/6/2021.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 26 tập thể và 41 cá nhân có thành tích xuất sắc. Đồng chí Đinh Văn Hương cho biết năm 2021 Mặt trận tiếp tục vận động Quỹ "Vì người nghèo" với chỉ tiêu không dưới 30 tỷ đồng, trong đó ưu tiên xây nhà cho hộ đồng bào dân tộc thiểu số ở 9 huyện miền núi.
Hội nghị cũng đã thông qua chương trình phối hợp thống nhất hành động năm 2021 giữa Ủy ban MTTQ tỉnh và các tổ chức thành viên.
Vĩnh Lợi
Lượt xem: 3.478
Tin cùng chuyên mục
- Bàn giao 45 nhà cho hộ bị sập do bão số 9 ở Phước Sơn (20/12/2020)
- Tây Giang: người dân góp công dựng nhà cho hộ tái định cư (12/12/2020)
- MTTQ tỉnh tiếp nhận 12 tỷ đồng ủng hộ đồng bào vùng lũ (30/11/2020)
""", "2020-12-29", "Năm 2020, Mặt trận Quảng Nam hỗ trợ xây mới 1.146 căn nhà Đại đoàn kết sau bão lũ",
E("tong_ket", "2020", "2020-12-28"),
[P("Đinh Văn Hương", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Thức", "Phó Bí thư Tỉnh ủy"),
 P("Alăng Thị Đào", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Lý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bh'riu Liếc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Lực", "già làng thôn Tắk Pổ"),
 P("A Rất Thị Hưng", "Chủ tịch Ủy ban MTTQ xã A Xan")],
[Q("2.135 nhà", 2135, "nhà"), Q("hơn 186 tỷ đồng", 186000000000, "đồng", "over"),
 Q("1.146 căn nhà Đại đoàn kết", 1146, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("620 căn", 620, "căn"), Q("20 triệu đồng", 20000000, "đồng"), Q("gần 70 tỷ đồng", 70000000000, "đồng", "approx"),
 Q("trên 15.000 ngày công", 15000, "ngày công", "over"), Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"),
 Q("100%", 100, "%"), Q("26 tập thể", 26, "tập thể"), Q("41 cá nhân", 41, "cá nhân"),
 Q("không dưới 30 tỷ đồng", 30000000000, "đồng", "over"), Q("9 huyện miền núi", 9, "huyện miền núi")],
[D("Quyết định", "1568", "QĐ-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Quyết định số 1568/QĐ-MTTW-BTT"),
 D("Kế hoạch", "75", "KH/TU", "2020-11-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 75-KH/TU ngày 10/11/2020")],
[prov("Quảng Nam"), com("Trà Leng"), com("A Xan")],
["Báo Quảng Nam Online", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Vì người nghèo", "Lượt xem: 3.478"],
["Thứ Ba, 29/12/2020", "năm 2020", "năm 2021", "bão số 9", "30/6/2021", "Lượt xem: 3.478"]))

PAGES.append(page("b5367-laocai-ubnd-hoinghi-2021", """
BÁO LÀO CAI
Xã hội - Dân tộc, tôn giáo
13/04/2021 - 08:45
Lào Cai triển khai đề án xóa nhà tạm cho 3.160 hộ nghèo năm 2021
Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Sáng 12/4, Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh tổ chức hội nghị trực tuyến triển khai đề án 12 "Xóa nhà tạm cho hộ nghèo, hộ cận nghèo giai đoạn 2021 - 2025" và kế hoạch năm 2021 tới 9 điểm cầu huyện, thị xã, thành phố và 152 điểm cầu xã, phường, thị trấn. Đồng chí Giàng Thị Mỷ, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì; dự có đồng chí Lý Thị Pham, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Theo đề án ban hành kèm Quyết định số 908/QĐ-UBND ngày 22/3/2021 của UBND tỉnh, năm 2021 Lào Cai hỗ trợ 3.160 hộ nghèo, hộ cận nghèo xóa nhà tạm, mỗi hộ xây mới được hỗ trợ 40 triệu đồng, sửa chữa 20 triệu đồng; tổng nhu cầu vốn khoảng 118 tỷ đồng, trong đó ngân sách tỉnh 60%, nguồn xã hội hóa và Quỹ "Vì người nghèo" 25%, phần còn lại do người dân đối ứng. Đề án thực hiện Nghị quyết số 10-NQ/TU ngày 15/12/2020 của Ban Chấp hành Đảng bộ tỉnh và Kết luận 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy.
Đồng chí Lý Thị Pham cho biết khối dân vận sẽ ban hành kế hoạch số 34-KH/BDVTU để các đoàn thể nhận đỡ đầu hộ làm nhà: Hội LHPN nhận 300 hộ, Đoàn Thanh niên 250 hộ, Hội Cựu chiến binh 120 hộ. Ông Vàng A Sử, người có uy tín thôn Sín Chải, xã Tả Van, cam kết vận động 45 hộ Mông trong thôn góp công, góp gỗ.
Tại điểm cầu huyện Bát Xát, đồng chí Tẩn Láo Lở, HUV, Bí thư Đảng ủy xã Y Tý, đề nghị cho phép dùng vật liệu địa phương như đá, gỗ tạp để giảm chi phí. Đồng chí Hoàng Thị Giang, Giám đốc Sở Lao động - Thương binh và Xã hội, giải đáp về tiêu chí nhà tạm: nhà không bảo đảm 3 cứng (nền cứng, khung cứng, mái cứng).
Kết luận hội nghị, đồng chí Giàng Thị Mỷ yêu cầu các huyện hoàn thành rà soát trước ngày 30/4, khởi công ít nhất 70% số nhà trước mùa mưa; giao Sở Xây dựng ban hành thiết kế mẫu nhà phù hợp phong tục của người Mông, Dao, Giáy, Hà Nhì; các địa phương lồng ghép Chương trình 135 và các nguồn vốn hợp pháp khác.
Ngay sau hội nghị, 9 huyện, thị xã, thành phố đã ký cam kết thực hiện mục tiêu năm 2021 với UBND tỉnh.
Cũng tại hội nghị, Ủy ban MTTQ Việt Nam tỉnh cho biết đã tiếp nhận 4,2 tỷ đồng từ 35 doanh nghiệp đăng ký ủng hộ đề án; bà Sần Thị Mai, Chủ tịch Ủy ban MTTQ huyện Mường Khương, đề nghị ưu tiên 210 hộ người Pa Dí, Nùng ở các xã biên giới. Các đại biểu thống nhất mỗi hộ làm nhà mới phải có ít nhất 25 m2 sàn sử dụng.
Đức Thủy
Tin liên quan
- Bảo Thắng: 98 hộ nghèo có nhà mới (02/04/2021)
- Lào Cai phát động Tháng cao điểm "Vì người nghèo" năm 2021 (20/03/2021)
- Sa Pa: 100% thôn có tổ dân vận (05/03/2021)
- Văn Bàn: hội nghị người có uy tín năm 2021 (26/02/2021)
""", "2021-04-13", "Lào Cai triển khai đề án xóa nhà tạm cho 3.160 hộ nghèo năm 2021",
E("hoi_nghi", "2021", "2021-04-12"),
[P("Giàng Thị Mỷ", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Lý Thị Pham", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng A Sử", "người có uy tín thôn Sín Chải"),
 P("Tẩn Láo Lở", "HUV", "Bí thư Đảng ủy xã Y Tý"),
 P("Hoàng Thị Giang", "Giám đốc Sở Lao động - Thương binh và Xã hội"), P("Sần Thị Mai", "Chủ tịch Ủy ban MTTQ huyện Mường Khương")],
[Q("3.160 hộ nghèo", 3160, "hộ nghèo"), Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"),
 Q("152 điểm cầu xã, phường, thị trấn", 152, "điểm cầu xã, phường, thị trấn"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("khoảng 118 tỷ đồng", 118000000000, "đồng", "approx"), Q("60%", 60, "%"),
 Q("25%", 25, "%"), Q("300 hộ", 300, "hộ"), Q("250 hộ", 250, "hộ"), Q("120 hộ", 120, "hộ"), Q("45 hộ Mông", 45, "hộ Mông"),
 Q("ít nhất 70%", 70, "%", "over"), Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("35 doanh nghiệp", 35, "doanh nghiệp"), Q("210 hộ người Pa Dí, Nùng", 210, "hộ người Pa Dí, Nùng"), Q("ít nhất 25 m2", 25, "m2", "over"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố")],
[D("Quyết định", "908", "QĐ-UBND", "2021-03-22", "UBND tỉnh", "Quyết định số 908/QĐ-UBND ngày 22/3/2021"),
 D("Nghị quyết", "10", "NQ/TU", "2020-12-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU ngày 15/12/2020"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kế hoạch", "34", "KH/BDVTU", None, None, "kế hoạch số 34-KH/BDVTU"),
 D("Đề án", "12", None, None, "UBND tỉnh", "đề án 12")],
[prov("Lào Cai"), com("Tả Van"), com("Y Tý")],
["BÁO LÀO CAI", "Xã hội - Dân tộc, tôn giáo", "Các đại biểu dự hội nghị tại điểm cầu tỉnh.", "Vì người nghèo",
 "Xóa nhà tạm cho hộ nghèo, hộ cận nghèo giai đoạn 2021 - 2025", "Chương trình 135"],
["13/04/2021 - 08:45", "năm 2021", "giai đoạn 2021 - 2025", "3 cứng", "30/4"]))

PAGES.append(page("b5368-camau-chibo-khac-2022", """
BÁO CÀ MAU
Trang chủ / Xã hội / Người tốt việc tốt
29 tháng 7, 2022 | 17:45
Bà Trương Thị Út (bìa phải) kiểm tra căn nhà vừa dựng cho hộ ông Lâm Văn Đực.
Người nữ bí thư chi bộ "gom" từng bao xi măng cho hộ nghèo
Hơn 5 năm làm Bí thư Chi bộ ấp Kinh Tắc, xã Khánh Bình Tây, bà Trương Thị Út đã cùng bà con vận động xây, sửa 31 căn nhà cho hộ nghèo, hộ cận nghèo trong ấp. Ấp có 412 hộ, trong đó 96 hộ đồng bào Khmer, phần lớn sống bằng nghề làm thuê, nuôi tôm quảng canh.
Những năm trước, cứ mùa mưa bão là nhiều căn nhà lá ven kênh xiêu vẹo. Bà Út kể, đầu năm 2018, ấp còn 27 hộ ở nhà tạm, nhà dột nát. Chi bộ ra nghị quyết chuyên đề, phân công mỗi đảng viên theo dõi 2 hộ, rồi đi từng nhà vận động người có điều kiện góp tiền, góp công. Có người góp 1 bao xi măng, có người góp 500.000 đồng, có hộ tặng cả cây đước, lá dừa nước. Nhờ vậy, mỗi căn nhà trị giá khoảng 35 triệu đồng thì bà con trong ấp góp được khoảng 10 triệu đồng, phần còn lại từ Quỹ "Vì người nghèo" của Ủy ban MTTQ xã và các nhà hảo tâm.
Ông Lâm Văn Đực, 67 tuổi, người Khmer, vừa nhận căn nhà 45 m2, xúc động: "Cả đời tôi chưa bao giờ nghĩ có căn nhà tường, mái tôn như vầy". Hộ bà Thạch Thị Sa Ren, nuôi 3 cháu mồ côi, cũng được hội phụ nữ ấp giúp dựng nhà vào tháng 3 vừa qua.
Ông Huỳnh Văn Kiệt, Chủ tịch Ủy ban MTTQ xã Khánh Bình Tây, cho biết từ cách làm của ấp Kinh Tắc, xã đã nhân rộng mô hình "Ấp không còn nhà tạm" ra 7 ấp còn lại; riêng năm 2021, toàn xã vận động xây 58 căn nhà Đại đoàn kết với tổng trị giá hơn 2 tỷ đồng. Bà Nguyễn Thị Hồng Nhung, HUV, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, đánh giá đây là mô hình "Dân vận khéo" tiêu biểu của huyện, đã được Ban Thường vụ Huyện ủy tặng giấy khen theo Quyết định số 1250-QĐ/HU ngày 20/5/2022.
Bà Út chia sẻ bí quyết: công khai từng đồng đóng góp trên bảng tin của ấp, mỗi căn nhà xong đều mời bà con đến dự. Việc vận động xây nhà thực hiện theo tinh thần Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và Kế hoạch số 72-KH/TU của Tỉnh ủy Cà Mau.
Hiện ấp Kinh Tắc chỉ còn 4 hộ ở nhà chưa kiên cố. Bà Út hẹn cuối năm nay sẽ "xóa sổ" nốt, để ấp không còn hộ nào phải lo mưa dột.
Nói về bà Út, ông Danh Sóc, người có uy tín ấp Kinh Tắc, bảo: "Cô Út nói ít làm nhiều, đi trước về sau, nên bà con tin". Năm 2022, bà được Ủy ban MTTQ tỉnh biểu dương là 1 trong 20 gương điển hình trong phong trào thi đua xây dựng nông thôn mới.
Bài, ảnh: Trúc Linh
Tin khác
- U Minh: Hội Cựu chiến binh xây 10 căn nhà nghĩa tình đồng đội (22/07/2022)
- Ngọc Hiển trao 40 suất quà cho ngư dân khó khăn (15/07/2022)
- Gương sáng người có uy tín trong đồng bào Khmer (08/07/2022)
- Phú Tân: khánh thành cầu giao thông nông thôn (01/07/2022)
""", "2022-07-29", "Người nữ bí thư chi bộ \"gom\" từng bao xi măng cho hộ nghèo",
E("khac", None, None),
[P("Trương Thị Út", "Bí thư Chi bộ ấp Kinh Tắc"),
 P("Lâm Văn Đực"), P("Thạch Thị Sa Ren"), P("Danh Sóc", "người có uy tín ấp Kinh Tắc"),
 P("Huỳnh Văn Kiệt", "Chủ tịch Ủy ban MTTQ xã Khánh Bình Tây"),
 P("Nguyễn Thị Hồng Nhung", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời")],
[Q("31 căn nhà", 31, "căn nhà"), Q("412 hộ", 412, "hộ"), Q("96 hộ đồng bào Khmer", 96, "hộ đồng bào Khmer"),
 Q("27 hộ", 27, "hộ"), Q("2 hộ", 2, "hộ"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 35 triệu đồng", 35000000, "đồng", "approx"), Q("khoảng 10 triệu đồng", 10000000, "đồng", "approx"),
 Q("45 m2", 45, "m2"), Q("3 cháu mồ côi", 3, "cháu mồ côi"), Q("7 ấp", 7, "ấp"),
 Q("58 căn nhà Đại đoàn kết", 58, "căn nhà Đại đoàn kết"), Q("hơn 2 tỷ đồng", 2000000000, "đồng", "over"), Q("4 hộ", 4, "hộ"), Q("20 gương điển hình", 20, "gương điển hình")],
[D("Quyết định", "1250", "QĐ/HU", "2022-05-20", "Ban Thường vụ Huyện ủy", "Quyết định số 1250-QĐ/HU ngày 20/5/2022"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
 D("Kế hoạch", "72", "KH/TU", None, "Tỉnh ủy Cà Mau", "Kế hoạch số 72-KH/TU")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["BÁO CÀ MAU", "Trang chủ / Xã hội / Người tốt việc tốt",
 "Bà Trương Thị Út (bìa phải) kiểm tra căn nhà vừa dựng cho hộ ông Lâm Văn Đực.", "Vì người nghèo",
 "Ấp không còn nhà tạm", "Dân vận khéo"],
["29 tháng 7, 2022 | 17:45", "Hơn 5 năm", "1 bao xi măng", "67 tuổi", "Năm 2022", "1 trong 20", "năm 2018", "năm 2021", "tháng 3"]))
