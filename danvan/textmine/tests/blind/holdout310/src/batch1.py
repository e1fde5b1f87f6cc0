from lib import *
PAGES = []

PAGES.append(page("b7397-sonla-tdc-tongket-2011", """
BÁO SƠN LA ĐIỆN TỬ
Trang chủ > Kinh tế > Tái định cư thủy điện
Thứ Ba, 27/12/2011 | 16:30
Sơn La: Tổng kết công tác di dân, tái định cư thủy điện năm 2011
(BSL) - Ngày 26/12, Ban Chỉ đạo di dân, tái định cư thủy điện Sơn La của tỉnh tổ chức hội nghị tổng kết công tác năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lò Văn Khiêm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Quang cảnh hội nghị tổng kết.
Theo báo cáo của Ban Chỉ đạo, năm 2011 toàn tỉnh di chuyển 1.236 hộ với 5.812 nhân khẩu đến 18 điểm tái định cư tập trung, nâng tổng số hộ đã di chuyển của dự án lên 12.470 hộ. Tổng vốn giải ngân trong năm đạt 1.842 tỷ đồng, bằng 96,5% kế hoạch. Các huyện đã bàn giao cho nhân dân 214 ha đất sản xuất và hoàn thành 37 công trình hạ tầng thiết yếu gồm đường giao thông, nước sinh hoạt, trường học, nhà văn hóa bản.
Công tác dân vận được xác định là khâu then chốt. Thực hiện Nghị quyết số 72-NQ/TU ngày 14/6/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động nhân dân vùng tái định cư, các huyện đã thành lập 46 tổ công tác "ba cùng" xuống bám bản, bám hộ. Nhờ vậy, số đơn thư khiếu nại giảm rõ rệt: cả năm tiếp nhận 93 đơn, đã giải quyết 81 đơn.
Bên cạnh kết quả đạt được, hội nghị chỉ ra một số tồn tại: một số điểm tái định cư thiếu đất sản xuất, nước sinh hoạt chưa ổn định; đời sống của một bộ phận hộ tái định cư còn khó khăn, tỷ lệ hộ nghèo ở các điểm tái định cư còn khoảng 38%.
Tại hội nghị, bà Quàng Thị Nhung, Trưởng Ban Dân vận Tỉnh ủy, đề nghị các cấp ủy tiếp tục phát huy vai trò của già làng, trưởng bản và người có uy tín trong vận động bà con ổn định cuộc sống. Ông Hà Văn Ún, Trưởng Ban Quản lý dự án di dân tái định cư huyện Mường La, cho biết huyện còn 142 hộ chưa nhận đủ đất sản xuất và kiến nghị tỉnh sớm điều chỉnh quỹ đất. Bà Lò Thị Hoan, Bí thư Đảng ủy xã Chiềng Lao, chia sẻ kinh nghiệm tổ chức cho bà con trồng cây ăn quả trên đất dốc; ông Cầm Văn Pấng, trưởng bản tái định cư Huổi Sàng, xã Mường Bú, mong được hỗ trợ thêm giống lúa nước.
Kết luận hội nghị, đồng chí Lò Văn Khiêm yêu cầu các ngành bám sát Quyết định số 196/2004/QĐ-TTg ngày 29/11/2004 của Thủ tướng Chính phủ phê duyệt Đề án tổng thể di dân, tái định cư dự án thủy điện Sơn La, tập trung hoàn thiện hạ tầng các điểm tái định cư, giải quyết dứt điểm đất sản xuất trước mùa mưa năm 2012. Dịp này, UBND tỉnh tặng bằng khen cho 15 tập thể và 22 cá nhân có thành tích trong công tác di dân, tái định cư.
Văn Ngọc
Tin liên quan
- Mường La: bàn giao đất sản xuất cho hộ tái định cư (12/12/2011)
- Thuận Châu vận động 200 hộ di chuyển trước thời hạn (30/11/2011)
- Kiểm tra tiến độ xây dựng khu tái định cư Nậm Ét (18/11/2011)
- Đoàn công tác Trung ương làm việc tại Sơn La (04/11/2011)
""", "2011-12-27", "Sơn La: Tổng kết công tác di dân, tái định cư thủy điện năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Lò Văn Khiêm", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Quàng Thị Nhung", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Ún", "Trưởng Ban Quản lý dự án di dân tái định cư huyện Mường La"),
 P("Lò Thị Hoan", "Bí thư Đảng ủy xã Chiềng Lao"),
 P("Cầm Văn Pấng", "trưởng bản tái định cư Huổi Sàng")],
[Q("1.236 hộ", 1236, "hộ"), Q("5.812 nhân khẩu", 5812, "nhân khẩu"), Q("18 điểm tái định cư tập trung", 18, "điểm tái định cư tập trung"),
 Q("12.470 hộ", 12470, "hộ"), Q("1.842 tỷ đồng", 1842000000000, "đồng"), Q("96,5%", 96.5, "%"), Q("214 ha", 214, "ha"),
 Q("37 công trình hạ tầng thiết yếu", 37, "công trình hạ tầng thiết yếu"), Q("46 tổ công tác", 46, "tổ công tác"),
 Q("93 đơn", 93, "đơn"), Q("81 đơn", 81, "đơn"), Q("khoảng 38%", 38, "%", "approx"), Q("142 hộ", 142, "hộ"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Nghị quyết", "72", "NQ/TU", "2011-06-14", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 72-NQ/TU ngày 14/6/2011"),
 D("Quyết định", "196", "2004/QĐ-TTg", "2004-11-29", "Thủ tướng Chính phủ", "Quyết định số 196/2004/QĐ-TTg ngày 29/11/2004")],
[prov("Sơn La"), com("Chiềng Lao"), com("Mường Bú")],
["BÁO SƠN LA ĐIỆN TỬ", "Trang chủ > Kinh tế > Tái định cư thủy điện", "Quang cảnh hội nghị tổng kết.", "(BSL)", "ba cùng"],
["Thứ Ba, 27/12/2011 | 16:30", "năm 2011", "năm 2012", "ba cùng"]))

PAGES.append(page("b7398-nghean-bande-doithoai-2012", """
Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thời sự | Xã hội | Dân tộc - Miền núi
Cập nhật: 09:42, 15/08/2012 (GMT+7)
Người dân tái định cư Bản Vẽ đối thoại với lãnh đạo tỉnh
(Baonghean) - Ngày 14/8, tại xã Thanh Sơn (huyện Thanh Chương), UBND tỉnh tổ chức buổi đối thoại năm 2012 với đồng bào tái định cư thủy điện Bản Vẽ. Phó Chủ tịch UBND tỉnh Hồ Đức Lãm chủ trì; cùng dự có lãnh đạo các sở, ngành và gần 400 hộ dân đến từ các bản tái định cư.
Phó Chủ tịch UBND tỉnh Hồ Đức Lãm trả lời ý kiến của bà con.
Sau 4 năm chuyển về nơi ở mới, đời sống của 1.085 hộ đồng bào Thái, Khơ Mú tái định cư tại Thanh Chương vẫn còn nhiều khó khăn. Mỗi hộ mới được cấp bình quân 0,8 ha đất sản xuất, trong khi cam kết ban đầu là 1,5 ha; nhiều diện tích đất bạc màu, xa nơi ở.
Mở đầu buổi đối thoại, ông Lô Văn Pọm, trưởng bản Cha Coong, phản ánh bà con thiếu nước sinh hoạt vào mùa khô, hệ thống đường ống tự chảy hư hỏng từ năm trước chưa được sửa. Bà Vi Thị Dung ở bản Xiềng Líp lo lắng vì khoản hỗ trợ lương thực đã hết mà ruộng nước chưa khai hoang xong. Ông Moong Văn Tủa, người có uy tín bản Huồi Cọ, đề nghị tỉnh sớm cấp giấy chứng nhận quyền sử dụng đất để bà con yên tâm đầu tư.
Giải đáp các ý kiến, ông Nguyễn Hữu Chỉnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết Sở đã trình UBND tỉnh phương án khai hoang thêm 120 ha ruộng nước tại xã Ngọc Lâm. Ông Lương Văn Khăm, Trưởng Ban Quản lý dự án tái định cư thủy điện Bản Vẽ, thông tin dự án đã bố trí khoảng 3,2 tỷ đồng để sửa chữa 9 công trình nước sinh hoạt, hoàn thành trước ngày 30/10.
Kết luận buổi đối thoại, Phó Chủ tịch UBND tỉnh ghi nhận 27 ý kiến của bà con và giao các ngành thực hiện theo Quyết định số 2094/QĐ-UBND ngày 12/6/2012 của UBND tỉnh về cơ chế hỗ trợ ổn định đời sống hộ tái định cư: mỗi hộ được hỗ trợ thêm 5 triệu đồng để chuyển đổi cơ cấu cây trồng, vật nuôi. Những ý kiến chưa trả lời tại chỗ sẽ được tổng hợp trong Thông báo kết luận của UBND tỉnh và gửi tới từng bản.
Ông cũng yêu cầu huyện Thanh Chương phối hợp với Ủy ban MTTQ huyện đẩy mạnh cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" ở các bản tái định cư, giúp bà con sớm hòa nhập nơi ở mới.
Nhiều hộ dân bày tỏ phấn khởi vì lần đầu được trực tiếp nói lên nguyện vọng với lãnh đạo tỉnh. Bà con mong sau buổi đối thoại, những cam kết sẽ sớm được thực hiện để cuộc sống ở nơi ở mới ổn định lâu dài.
Hoài Thu
Tin khác
- Tương Dương: nghiệm thu 3 công trình hạ tầng khu tái định cư (10/08/2012)
- Thanh Chương tập huấn chuyển giao kỹ thuật trồng cao su (02/08/2012)
- Hỗ trợ giống lúa cho 500 hộ tái định cư (25/07/2012)
""", "2012-08-15", "Người dân tái định cư Bản Vẽ đối thoại với lãnh đạo tỉnh",
E("doi_thoai", "2012", "2012-08-14"),
[P("Hồ Đức Lãm", "Phó Chủ tịch UBND tỉnh"),
 P("Lô Văn Pọm", "trưởng bản Cha Coong"),
 P("Vi Thị Dung"),
 P("Moong Văn Tủa", "người có uy tín bản Huồi Cọ"),
 P("Nguyễn Hữu Chỉnh", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Lương Văn Khăm", "Trưởng Ban Quản lý dự án tái định cư thủy điện Bản Vẽ")],
[Q("gần 400 hộ dân", 400, "hộ dân", "approx"), Q("1.085 hộ đồng bào Thái, Khơ Mú", 1085, "hộ đồng bào Thái, Khơ Mú"),
 Q("0,8 ha", 0.8, "ha"), Q("1,5 ha", 1.5, "ha"), Q("120 ha ruộng nước", 120, "ha"),
 Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("9 công trình nước sinh hoạt", 9, "công trình nước sinh hoạt"),
 Q("27 ý kiến", 27, "ý kiến"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Quyết định", "2094", "QĐ-UBND", "2012-06-12", "UBND tỉnh", "Quyết định số 2094/QĐ-UBND ngày 12/6/2012")],
[prov("Nghệ An"), com("Thanh Sơn"), com("Ngọc Lâm")],
["Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Thời sự | Xã hội | Dân tộc - Miền núi",
 "Phó Chủ tịch UBND tỉnh Hồ Đức Lãm trả lời ý kiến của bà con.", "(Baonghean)",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["Cập nhật: 09:42, 15/08/2012 (GMT+7)", "4 năm", "năm 2012"]))

PAGES.append(page("b7399-quangnam-songtranh-giamsat-2013", """
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM - CỔNG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ / Hoạt động giám sát
08:15 | 22/05/2013
Giám sát việc thực hiện chính sách tái định cư Thủy điện Sông Tranh 2
Trong hai ngày 20 và 21/5, Đoàn giám sát của Ban Dân tộc HĐND tỉnh do ông Hồ Văn Điềm, Trưởng Ban làm trưởng đoàn đã giám sát việc thực hiện chính sách bồi thường, hỗ trợ, tái định cư dự án Thủy điện Sông Tranh 2 tại huyện Bắc Trà My.
Theo báo cáo của UBND huyện, dự án có 1.216 hộ với 5.039 khẩu phải di dời, được bố trí vào 24 khu tái định cư, chủ yếu ở các xã Trà Tân, Trà Đốc, Trà Bui. Tổng kinh phí bồi thường, hỗ trợ đã chi trả hơn 486 tỷ đồng. Đến nay, 100% hộ đã nhận nhà, song mới có 61% số hộ được giao đất sản xuất; 7 khu tái định cư chưa có nước sinh hoạt ổn định.
Đoàn giám sát làm việc với UBND huyện Bắc Trà My.
Trò chuyện với đoàn, ông Hồ Văn Lữ, trưởng thôn 2, xã Trà Bui, nói sau những trận động đất năm 2012, bà con lo lắng, có hộ bỏ nhà về lại chỗ cũ. Bà Hồ Thị Mía, Chủ tịch Hội Liên hiệp Phụ nữ xã Trà Đốc, cho biết nhiều chị em không có việc làm vì đất rẫy ở xa, đề nghị mở lớp dạy nghề tại chỗ.
Ông Trần Công Bình, Phó Chủ tịch UBND huyện Bắc Trà My, thừa nhận việc thực hiện Quyết định số 3192/QĐ-UBND ngày 15/10/2010 của UBND tỉnh về chính sách hỗ trợ ổn định đời sống cho hộ tái định cư còn chậm, nhất là khoản hỗ trợ khai hoang 10 triệu đồng/ha. Huyện đang rà soát lại 318 hộ chưa được hưởng đủ chính sách.
Đại diện chủ đầu tư, ông Nguyễn Đình Quý, Phó Giám đốc Ban Quản lý dự án Thủy điện 3, cam kết bố trí khoảng 27 tỷ đồng trong năm 2013 để hoàn thiện hạ tầng các khu tái định cư.
Phát biểu kết luận, ông Hồ Văn Điềm đề nghị UBND tỉnh chỉ đạo thực hiện nghiêm Nghị quyết số 45/2012/NQ-HĐND ngày 12/7/2012 của HĐND tỉnh về giải quyết các tồn tại sau tái định cư các dự án thủy điện; yêu cầu chủ đầu tư và huyện trong quý III/2013 hoàn thành giao đất sản xuất cho các hộ còn lại. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 8 HĐND tỉnh khóa VIII.
Cũng trong đợt này, đoàn do bà Đinh Thị Lành, Phó Trưởng Ban Dân tộc HĐND tỉnh dẫn đầu đã khảo sát thực tế tại khu tái định cư Trà Tân.
Theo đánh giá của đoàn, công tác tuyên truyền, vận động của cấp ủy, chính quyền và Mặt trận các cấp ở Quảng Nam đã góp phần giữ ổn định tình hình; tuy nhiên việc tiếp nhận, trả lời kiến nghị của người dân ở một số nơi còn chậm, chưa đến nơi đến chốn. Đoàn đề nghị huyện công khai danh sách hộ được hưởng chính sách tại nhà văn hóa thôn để bà con cùng giám sát.
Phạm Hồng
Các tin đã đưa
- Thường trực HĐND tỉnh tiếp xúc cử tri huyện Nam Trà My (10/05/2013)
- Ban Kinh tế - Ngân sách giám sát tiến độ giải ngân vốn (02/05/2013)
- Giám sát công tác định canh định cư tại Tây Giang (24/04/2013)
""", "2013-05-22", "Giám sát việc thực hiện chính sách tái định cư Thủy điện Sông Tranh 2",
E("giam_sat", None, "2013-05-20"),
[P("Hồ Văn Điềm", "Trưởng Ban"),
 P("Hồ Văn Lữ", "trưởng thôn 2"),
 P("Hồ Thị Mía", "Chủ tịch Hội Liên hiệp Phụ nữ xã Trà Đốc"),
 P("Trần Công Bình", "Phó Chủ tịch UBND huyện Bắc Trà My"),
 P("Nguyễn Đình Quý", "Phó Giám đốc Ban Quản lý dự án Thủy điện 3"),
 P("Đinh Thị Lành", "Phó Trưởng Ban Dân tộc HĐND tỉnh")],
[Q("1.216 hộ", 1216, "hộ"), Q("5.039 khẩu", 5039, "khẩu"), Q("24 khu tái định cư", 24, "khu tái định cư"),
 Q("hơn 486 tỷ đồng", 486000000000, "đồng", "over"), Q("100%", 100, "%"), Q("61%", 61, "%"),
 Q("7 khu tái định cư", 7, "khu tái định cư"), Q("10 triệu đồng", 10000000, "đồng"), Q("318 hộ", 318, "hộ"),
 Q("khoảng 27 tỷ đồng", 27000000000, "đồng", "approx")],
[D("Quyết định", "3192", "QĐ-UBND", "2010-10-15", "UBND tỉnh", "Quyết định số 3192/QĐ-UBND ngày 15/10/2010"),
 D("Nghị quyết", "45", "2012/NQ-HĐND", "2012-07-12", "HĐND tỉnh", "Nghị quyết số 45/2012/NQ-HĐND ngày 12/7/2012")],
[prov("Quảng Nam"), com("Trà Tân"), com("Trà Đốc"), com("Trà Bui")],
["HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM - CỔNG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Hoạt động giám sát",
 "Đoàn giám sát làm việc với UBND huyện Bắc Trà My."],
["08:15 | 22/05/2013", "hai ngày", "năm 2012", "năm 2013", "quý III/2013", "kỳ họp thứ 8", "khóa VIII", "thôn 2"]))

PAGES.append(page("b7400-laichau-tdc-soket-2014", """
Báo Lai Châu
Chính trị - Xã hội » Tái định cư
18/07/2014 - 10:05
Ảnh: Các đại biểu dự hội nghị.
Ổn định đời sống hơn 2.000 hộ tái định cư vùng lòng hồ
Sáng 17/7, Ban Chỉ đạo di dân, tái định cư dự án thủy điện Lai Châu tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Tống Thanh Hải, Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo chủ trì hội nghị.
Sáu tháng qua, các huyện Mường Tè, Nậm Nhùn đã di chuyển xong 412 hộ ra khỏi vùng ngập, nâng tổng số hộ được bố trí tái định cư lên 2.087 hộ tại 17 điểm tái định cư. Tổng vốn giải ngân 6 tháng đạt khoảng 830 tỷ đồng, bằng 58% kế hoạch năm. Ba điểm tái định cư Nậm Hàng, Mường Mô, Kan Hồ đã cơ bản hoàn thành hạ tầng thiết yếu.
Đồng chí Sùng A Hồ, HUV, Trưởng Ban Dân vận Huyện ủy Mường Tè, cho biết huyện đã cử 65 đảng viên về ở cùng bản để vận động bà con; nhiều hộ người Hà Nhì, Cống đã tự nguyện tháo dỡ nhà trước thời hạn. Ông Lý Giơ Xá, Bí thư Chi bộ kiêm trưởng bản Nậm Manh, xã Nậm Hàng, kể: "Lúc đầu bà con chưa muốn đi vì thương nhà cũ, cán bộ đến từng nhà nói nhiều lần thì bà con hiểu".
Tuy vậy, một số điểm tái định cư còn thiếu đất sản xuất; 134 hộ chưa được giao đủ đất, 26 hộ có nguyện vọng di chuyển xen ghép. Bà Lò Thị Phương, Chủ tịch UBND xã Mường Mô, đề nghị hỗ trợ kinh phí khai hoang ruộng bậc thang khoảng 15 triệu đồng/ha.
Phát biểu kết luận, đồng chí Tống Thanh Hải yêu cầu các ngành thực hiện nghiêm Quyết định số 1801/QĐ-TTg ngày 8/10/2013 của Thủ tướng Chính phủ về điều chỉnh Quy hoạch tổng thể di dân, tái định cư dự án thủy điện Lai Châu và Kế hoạch số 38-KH/TU ngày 20/3/2014 của Tỉnh ủy về công tác dân vận trong di dân, tái định cư; phấn đấu 6 tháng cuối năm 2014 hoàn thành di chuyển 100% số hộ còn lại trước khi tích nước.
Đồng chí cũng giao Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ tỉnh theo dõi tình hình tư tưởng nhân dân tại các điểm tái định cư, kịp thời giải quyết những bức xúc ngay từ cơ sở.
Hội nghị cũng dành thời gian thảo luận về sinh kế lâu dài cho người dân sau tái định cư. Nhiều ý kiến đề nghị phát triển chăn nuôi đại gia súc, trồng thảo quả, sa nhân dưới tán rừng và khuyến khích nuôi cá lồng trên lòng hồ thủy điện. Các đại biểu cũng đề xuất đào tạo nghề cho thanh niên các bản tái định cư để các em có thể làm việc tại các nhà máy thủy điện và doanh nghiệp trong tỉnh, giảm dần sự phụ thuộc vào nương rẫy.
Tuấn Anh - Thu Hà
Bài viết liên quan
- Mường Tè: bàn giao nhà cho 120 hộ tái định cư (09/07/2014)
- Nậm Nhùn khai hoang ruộng bậc thang cho bà con (27/06/2014)
- Kiểm tra tiến độ các điểm tái định cư thủy điện (12/06/2014)
""", "2014-07-18", "Ổn định đời sống hơn 2.000 hộ tái định cư vùng lòng hồ",
E("so_ket", "2014-H1", "2014-07-17"),
[P("Tống Thanh Hải", "Phó Chủ tịch UBND tỉnh", "Phó Trưởng Ban Thường trực Ban Chỉ đạo"),
 P("Sùng A Hồ", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Tè"),
 P("Lý Giơ Xá", "Bí thư Chi bộ kiêm trưởng bản Nậm Manh"),
 P("Lò Thị Phương", "Chủ tịch UBND xã Mường Mô")],
[Q("hơn 2.000 hộ tái định cư", 2000, "hộ tái định cư", "over"), Q("412 hộ", 412, "hộ"), Q("2.087 hộ", 2087, "hộ"),
 Q("17 điểm tái định cư", 17, "điểm tái định cư"), Q("khoảng 830 tỷ đồng", 830000000000, "đồng", "approx"),
 Q("58%", 58, "%"), Q("Ba điểm tái định cư", 3, "điểm tái định cư"), Q("65 đảng viên", 65, "đảng viên"),
 Q("134 hộ", 134, "hộ"), Q("26 hộ", 26, "hộ"), Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx"), Q("100%", 100, "%")],
[D("Quyết định", "1801", "QĐ-TTg", "2013-10-08", "Thủ tướng Chính phủ", "Quyết định số 1801/QĐ-TTg ngày 8/10/2013"),
 D("Kế hoạch", "38", "KH/TU", "2014-03-20", "Tỉnh ủy", "Kế hoạch số 38-KH/TU ngày 20/3/2014")],
[prov("Lai Châu"), com("Nậm Hàng"), com("Mường Mô")],
["Báo Lai Châu", "Chính trị - Xã hội » Tái định cư", "Ảnh: Các đại biểu dự hội nghị."],
["18/07/2014 - 10:05", "6 tháng đầu năm 2014", "6 tháng cuối năm", "6 tháng cuối năm 2014", "Sáu tháng qua"]))

PAGES.append(page("b7401-dienbien-tdc-giaoban-2014", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang nhất :: Kinh tế :: Nông nghiệp - Nông thôn
Ngày đăng 03/10/2014 | 15:20
Đẩy nhanh tiến độ hoàn thiện hạ tầng các điểm tái định cư
Chiều 2/10, UBND tỉnh tổ chức giao ban công tác di dân, tái định cư thủy điện Sơn La trên địa bàn tỉnh quý III/2014. Dự giao ban có các đồng chí Phó Chủ tịch UBND tỉnh: Lò Văn Muôn, Bùi Châu Tuấn; lãnh đạo các sở, ngành và các huyện Mường Chà, Tủa Chùa, Điện Biên Đông.
Toàn cảnh buổi giao ban.
Theo báo cáo của Ban Quản lý dự án di dân tái định cư tỉnh, đến hết quý III, toàn tỉnh đã bố trí ổn định 3.547 hộ tại 32 khu, 103 điểm tái định cư. Trong quý, các chủ đầu tư hoàn thành 11 công trình, giải ngân hơn 95,6 tỷ đồng. Tuy nhiên còn 9 công trình thủy lợi, nước sinh hoạt chậm tiến độ do mưa lũ kéo dài; 214 hộ tái định cư xen ghép chưa nhận đủ tiền hỗ trợ sản xuất.
Ông Vàng A Dình, Phó Chủ tịch UBND huyện Tủa Chùa, cho biết tại xã Huổi Só nhiều tuyến đường nội bản bị sạt lở, huyện đề nghị tỉnh bổ sung khoảng 4 tỷ đồng để khắc phục. Đại diện huyện Mường Chà, bà Lò Thị Xuân, Trưởng Ban Dân vận Huyện ủy, phản ánh tình trạng một số hộ ở xã Sa Lông tự ý quay về nơi ở cũ ven lòng hồ để canh tác, đã vận động được 17 hộ trở lại điểm tái định cư.
Ông Giàng A Chu, trưởng bản tái định cư Phi Đinh, xã Huổi Só, kiến nghị cấp giấy chứng nhận quyền sử dụng đất cho 48 hộ trong bản, đồng thời mở lớp hướng dẫn trồng thảo quả dưới tán rừng.
Kết luận giao ban, đồng chí Lò Văn Muôn yêu cầu các chủ đầu tư tập trung thi công, hoàn thành các công trình chuyển tiếp trong quý IV; thực hiện đúng Quyết định số 2009/QĐ-TTg ngày 8/11/2013 của Thủ tướng Chính phủ về một số cơ chế, chính sách đặc thù và Hướng dẫn số 12/HD-UBND ngày 5/6/2014 của UBND tỉnh về chi trả hỗ trợ sản xuất cho hộ tái định cư. Các huyện rà soát, báo cáo số hộ đời sống khó khăn trước ngày 15/10 để tỉnh có phương án hỗ trợ gạo dịp cuối năm.
Đồng chí Bùi Châu Tuấn đề nghị Ban Dân vận các huyện ủy phối hợp chặt chẽ với chính quyền, nắm tình hình tư tưởng của đồng bào, không để kẻ xấu lợi dụng kích động.
Theo nhận định của các đại biểu, sau nhiều năm triển khai dự án, phần lớn đồng bào tái định cư đã yên tâm định cư, tích cực lao động sản xuất; nhiều bản đã có nhà văn hóa, trường mầm non, trạm y tế. Tuy vậy, việc chuyển đổi sinh kế từ canh tác nương rẫy sang thâm canh, chăn nuôi còn chậm, đòi hỏi sự vào cuộc đồng bộ của cả hệ thống chính trị và sự đồng hành của cán bộ khuyến nông ở cơ sở.
Minh Hoàng
Tin cùng chuyên mục
- Mường Chà: 300 hộ tái định cư được hỗ trợ giống ngô (25/09/2014)
- Nghiệm thu công trình nước sinh hoạt bản Huổi Lếch (18/09/2014)
- Tủa Chùa khắc phục sạt lở tại các điểm tái định cư (10/09/2014)
""", "2014-10-03", "Đẩy nhanh tiến độ hoàn thiện hạ tầng các điểm tái định cư",
E("giao_ban", "2014-Q3", "2014-10-02"),
[P("Lò Văn Muôn", "Phó Chủ tịch UBND tỉnh"), P("Bùi Châu Tuấn", "Phó Chủ tịch UBND tỉnh"),
 P("Vàng A Dình", "Phó Chủ tịch UBND huyện Tủa Chùa"),
 P("Lò Thị Xuân", "Trưởng Ban Dân vận Huyện ủy"),
 P("Giàng A Chu", "trưởng bản tái định cư Phi Đinh")],
[Q("3.547 hộ", 3547, "hộ"), Q("32 khu", 32, "khu"), Q("103 điểm tái định cư", 103, "điểm tái định cư"),
 Q("11 công trình", 11, "công trình"), Q("hơn 95,6 tỷ đồng", 95600000000, "đồng", "over"),
 Q("9 công trình thủy lợi, nước sinh hoạt", 9, "công trình thủy lợi, nước sinh hoạt"),
 Q("214 hộ tái định cư xen ghép", 214, "hộ tái định cư xen ghép"), Q("khoảng 4 tỷ đồng", 4000000000, "đồng", "approx"),
 Q("17 hộ", 17, "hộ"), Q("48 hộ", 48, "hộ")],
[D("Quyết định", "2009", "QĐ-TTg", "2013-11-08", "Thủ tướng Chính phủ", "Quyết định số 2009/QĐ-TTg ngày 8/11/2013"),
 D("Hướng dẫn", "12", "HD-UBND", "2014-06-05", "UBND tỉnh", "Hướng dẫn số 12/HD-UBND ngày 5/6/2014")],
[prov("Điện Biên"), com("Huổi Só"), com("Sa Lông")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang nhất :: Kinh tế :: Nông nghiệp - Nông thôn", "Toàn cảnh buổi giao ban."],
["Ngày đăng 03/10/2014 | 15:20", "quý III/2014", "quý III", "quý IV"]))

PAGES.append(page("b7402-thanhhoa-cuadat-traoqua-2015", """
THANH HÓA ONLINE - Báo Thanh Hóa
Xã hội > Dân tộc - Miền núi
Thứ Ba, 10/02/2015
Mang Tết đến với đồng bào tái định cư hồ Cửa Đạt
Ngày 9/2, đoàn công tác của Ủy ban MTTQ tỉnh do bà Phạm Thị Hằng, Phó Chủ tịch Ủy ban MTTQ tỉnh dẫn đầu đã đến thăm, tặng quà Tết cho các hộ đồng bào tái định cư hồ chứa nước Cửa Đạt tại xã Xuân Chinh và xã Luận Khê, huyện Thường Xuân.
Bà Phạm Thị Hằng trao quà cho các hộ tái định cư tại xã Xuân Chinh. Ảnh: Lê Hợi
Tại hai xã, đoàn đã trao 300 suất quà Tết, mỗi suất trị giá 500.000 đồng gồm tiền mặt, gạo và nhu yếu phẩm. Riêng 45 hộ nghèo tái định cư được trao thêm mỗi hộ 1 chăn bông và 200.000 đồng tiền mặt. Tổng giá trị quà đợt này hơn 159 triệu đồng, trích từ Quỹ "Vì người nghèo" của tỉnh và nguồn ủng hộ của các doanh nghiệp.
Xã Xuân Chinh hiện có 386 hộ với gần 1.700 nhân khẩu chuyển đến từ vùng lòng hồ, chủ yếu là đồng bào Thái, Mường. Sau gần 10 năm tái định cư, đường sá, điện, trường học đã khang trang, nhưng đất sản xuất ít, nhiều hộ vẫn thiếu việc làm. Ông Lò Văn Tiến, Chủ tịch UBND xã Xuân Chinh, cho biết tỷ lệ hộ nghèo của xã còn 41,3%, cao gấp đôi bình quân của huyện.
Ông Ngân Văn Hòa, trưởng bản Lửa, xúc động: "Năm nào cũng được Mặt trận nhớ đến, bà con phấn khởi lắm. Bản đang vận động các hộ trồng keo, nuôi bò để thoát nghèo".
Tại xã Luận Khê, bà Hà Thị Lan, Chủ tịch Ủy ban MTTQ xã, báo cáo xã đã vận động con em đi làm việc ở các khu công nghiệp, có 128 lao động có việc làm ổn định, giúp nhiều gia đình tái định cư có thu nhập khá hơn.
Bà Phạm Thị Hằng đề nghị cấp ủy, chính quyền hai xã tiếp tục thực hiện Kế hoạch số 16/KH-MTTQ-BTT ngày 5/1/2015 của Ban Thường trực Ủy ban MTTQ tỉnh về tổ chức Tết Ất Mùi cho người nghèo, không để hộ nào không có Tết; đồng thời quan tâm thực hiện chính sách hỗ trợ theo Quyết định số 33/2013/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ di dân thực hiện định canh, định cư cho đồng bào dân tộc thiểu số.
Cùng ngày, đoàn đến thăm, tặng quà 2 già làng có nhiều đóng góp trong vận động bà con di dời giải phóng lòng hồ.
Những năm qua, cấp ủy, chính quyền huyện Thường Xuân đã tập trung nhiều nguồn lực hỗ trợ đồng bào tái định cư phát triển sản xuất: mở lớp chuyển giao kỹ thuật, hỗ trợ giống cây, con, vốn vay ưu đãi. Tuy vậy, do đất đai kém màu mỡ, xa nơi ở, thu nhập của phần lớn hộ tái định cư vẫn bấp bênh, phụ thuộc vào rừng trồng và lao động phổ thông.
Bài và ảnh: Lê Hợi
Tin khác
- Thường Xuân: 1.200 hộ được hỗ trợ gạo dịp Tết (08/02/2015)
- Như Xuân ra quân trồng cây đầu xuân (05/02/2015)
- Tặng 500 suất quà cho người nghèo huyện Lang Chánh (02/02/2015)
""", "2015-02-10", "Mang Tết đến với đồng bào tái định cư hồ Cửa Đạt",
E("trao_qua", None, "2015-02-09"),
[P("Phạm Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lò Văn Tiến", "Chủ tịch UBND xã Xuân Chinh"),
 P("Ngân Văn Hòa", "trưởng bản Lửa"),
 P("Hà Thị Lan", "Chủ tịch Ủy ban MTTQ xã")],
[Q("300 suất quà Tết", 300, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("45 hộ nghèo tái định cư", 45, "hộ nghèo tái định cư"),
 Q("200.000 đồng", 200000, "đồng"), Q("hơn 159 triệu đồng", 159000000, "đồng", "over"), Q("386 hộ", 386, "hộ"),
 Q("gần 1.700 nhân khẩu", 1700, "nhân khẩu", "approx"), Q("41,3%", 41.3, "%"), Q("128 lao động", 128, "lao động"),
 Q("2 già làng", 2, "già làng")],
[D("Kế hoạch", "16", "KH-MTTQ-BTT", "2015-01-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 16/KH-MTTQ-BTT ngày 5/1/2015"),
 D("Quyết định", "33", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2013/QĐ-TTg")],
[prov("Thanh Hóa"), com("Xuân Chinh"), com("Luận Khê")],
["THANH HÓA ONLINE - Báo Thanh Hóa", "Xã hội > Dân tộc - Miền núi",
 "Bà Phạm Thị Hằng trao quà cho các hộ tái định cư tại xã Xuân Chinh. Ảnh: Lê Hợi", "Vì người nghèo", "Tết Ất Mùi"],
["Thứ Ba, 10/02/2015", "gần 10 năm", "1 chăn bông", "hai xã"]))
