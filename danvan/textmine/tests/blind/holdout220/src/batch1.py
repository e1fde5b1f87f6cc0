from lib import *
PAGES = []

PAGES.append(page("b5237-dienbien-bdv-tongket-2011", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ » Xã hội » Phòng chống ma túy
Thứ Sáu, 16/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Phát huy sức mạnh toàn dân trong phòng, chống ma túy
Ngày 15/12, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác vận động nhân dân tham gia phòng, chống ma túy năm 2011. Đồng chí Lò Văn Pánh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Giàng A Chu, Lường Thị Xuân đồng chủ trì. Dự hội nghị có 27 đồng chí là trưởng ban dân vận, chủ tịch Ủy ban MTTQ các huyện, thị xã, thành phố.
Đồng chí Lò Văn Pánh phát biểu tại hội nghị.
Báo cáo cho biết, thực hiện Chỉ thị số 21-CT/TW ngày 26/3/2008 của Bộ Chính trị và Kế hoạch 36, 37-KH/TU của Ban Thường vụ Tỉnh ủy, các cấp đã tổ chức trên 3.200 buổi tuyên truyền với gần 150.000 lượt người nghe, chủ yếu bằng tiếng Thái, tiếng Mông. Toàn tỉnh hiện có 1.245 người nghiện có hồ sơ quản lý; trong năm đã đưa 412 người nghiện đi cai nghiện tập trung, tỷ lệ tái nghiện giảm còn 68,4%.
Lực lượng công an phối hợp với Bộ đội Biên phòng khám phá 86 vụ mua bán trái phép chất ma túy, bắt 112 đối tượng, thu giữ 9,6 kg heroin. Ban Dân vận Tỉnh ủy ban hành hướng dẫn số 12-HD/BDVTU về xây dựng "Bản không có ma túy"; đến nay đã có 18 xã biên giới đăng ký mô hình, 54 bản được công nhận. Nhân dân đóng góp trên 1,5 tỷ đồng cho quỹ hỗ trợ người sau cai nghiện.
Tại hội nghị, ông Quàng Văn Hặc, HUV, Bí thư Đảng ủy xã Mường Mươn, nêu cách làm đưa người nghiện ra hương ước bản. Ông Sùng A Lử, người có uy tín bản Huổi Lóng, xã Si Pa Phìn, kể chuyện vận động 7 thanh niên trong dòng họ Sùng tự nguyện đi cai. Thượng tá Vàng A Sử, Phó Giám đốc Công an tỉnh, đề nghị Mặt trận các cấp nhân rộng cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với phòng chống ma túy.
Phát biểu kết luận, đồng chí Lò Văn Pánh yêu cầu năm 2012 triển khai Quyết định số 1001/QĐ-TTg ngày 27/6/2011 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phòng, chống và kiểm soát ma túy; mỗi tổ chức đoàn thể nhận giúp đỡ ít nhất 1 người sau cai. Dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 15 tập thể và 22 cá nhân.
Nhiều ý kiến tại hội nghị cũng chỉ ra những hạn chế: công tác nắm tình hình ở một số bản vùng sâu còn chậm; việc quản lý người nghiện sau cai chưa chặt chẽ, nhiều người đi làm ăn xa không khai báo; sự phối hợp giữa các đoàn thể với công an xã, đồn biên phòng có lúc chưa thường xuyên. Một số cấp ủy cơ sở còn coi phòng chống ma túy là việc riêng của lực lượng công an. Tỉnh Điện Biên xác định năm tới tiếp tục giữ vững địa bàn, không để hình thành điểm nóng về ma túy ở khu vực biên giới.
Lò Thị Hoa
Lượt xem: 1.024
Tin liên quan
- Tuần Giáo: ra mắt 3 bản không có ma túy (02/12/2011)
- Tăng cường vận động đồng bào Mông bỏ trồng cây thuốc phiện (20/11/2011)
- Hội nghị giao ban khối dân vận quý III (10/10/2011)
""", "2011-12-16", "Phát huy sức mạnh toàn dân trong phòng, chống ma túy",
E("tong_ket", "2011", "2011-12-15"),
[P("Lò Văn Pánh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Chu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lường Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Quàng Văn Hặc", "HUV", "Bí thư Đảng ủy xã Mường Mươn"),
 P("Sùng A Lử", "người có uy tín bản Huổi Lóng"),
 P("Vàng A Sử", "Thượng tá", "Phó Giám đốc Công an tỉnh")],
[Q("27 đồng chí", 27, "đồng chí"), Q("trên 3.200 buổi tuyên truyền", 3200, "buổi tuyên truyền", "over"),
 Q("gần 150.000 lượt người", 150000, "lượt người", "approx"), Q("1.245 người nghiện", 1245, "người nghiện"),
 Q("412 người nghiện", 412, "người nghiện"), Q("68,4%", 68.4, "%"),
 Q("86 vụ mua bán trái phép chất ma túy", 86, "vụ mua bán trái phép chất ma túy"), Q("112 đối tượng", 112, "đối tượng"),
 Q("9,6 kg", 9.6, "kg"), Q("18 xã biên giới", 18, "xã biên giới"), Q("54 bản", 54, "bản"),
 Q("trên 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("7 thanh niên", 7, "thanh niên"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "21", "CT/TW", "2008-03-26", "Bộ Chính trị", "Chỉ thị số 21-CT/TW ngày 26/3/2008"),
 D("Kế hoạch", "36", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 36, 37-KH/TU"),
 D("Kế hoạch", "37", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 36, 37-KH/TU"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 12-HD/BDVTU"),
 D("Quyết định", "1001", "QĐ-TTg", "2011-06-27", "Thủ tướng Chính phủ", "Quyết định số 1001/QĐ-TTg ngày 27/6/2011")],
[prov("Điện Biên"), com("Mường Mươn"), com("Si Pa Phìn")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ » Xã hội » Phòng chống ma túy", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Đồng chí Lò Văn Pánh phát biểu tại hội nghị.", "Bản không có ma túy", "Lượt xem: 1.024",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Chiến lược quốc gia phòng, chống và kiểm soát ma túy"],
["Thứ Sáu, 16/12/2011 - 09:30", "27 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.024", "1 người sau cai"]))

PAGES.append(page("b5238-nghean-mttq-kyson-soket-2012", """
Cổng thông tin điện tử huyện Kỳ Sơn - Nghệ An
Trang chủ > Tin tức > Mặt trận - Đoàn thể
Cập nhật: 16:40, 06/07/2012 (GMT+7)
Kỳ Sơn: Mặt trận sơ kết 6 tháng vận động đồng bào phòng chống ma túy
Sáng 5/7, Ủy ban MTTQ huyện Kỳ Sơn tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2012, trọng tâm là cuộc vận động đồng bào các dân tộc tham gia phòng, chống ma túy và tệ nạn xã hội ở vùng biên giới Việt - Lào.
Toàn cảnh hội nghị sơ kết. Ảnh: Lầu Bá Thành
Đồng chí Moong Văn Sơn, HUV, Chủ tịch Ủy ban MTTQ huyện chủ trì hội nghị. Tham dự có đồng chí Xồng Bá Tu, Phó Bí thư Thường trực Huyện ủy; Trung tá Lô Văn Hùng, Đồn trưởng Đồn Biên phòng Na Cáng và 21 chủ tịch Ủy ban MTTQ các xã.
Theo báo cáo, thực hiện Nghị quyết liên tịch số 01/2008/NQLT-CP-UBTWMTTQVN và Chương trình phối hợp số 03-CTr/MTTQ-CA giữa Ủy ban MTTQ huyện với Công an huyện, Mặt trận các cấp đã tổ chức 146 cuộc họp bản, vận động 2.318 hộ đồng bào Mông, Khơ Mú ký cam kết không trồng, không buôn bán, không sử dụng ma túy. Có 38 người nghiện tự nguyện khai báo; 25 đối tượng được Ban công tác Mặt trận ở khu dân cư giúp đỡ tìm việc làm.
Sáu tháng qua, 9 bản được huyện công nhận "Bản không có ma túy", nâng tổng số lên 31 bản. Ủy ban MTTQ huyện đã trích 120 triệu đồng từ Quỹ "Vì người nghèo" hỗ trợ 40 hộ có người sau cai nghiện phát triển chăn nuôi, mỗi hộ 3 triệu đồng. Tuy vậy, tình hình buôn bán ma túy qua biên giới vẫn diễn biến phức tạp; khoảng 15% số bản vùng sâu chưa có tổ tự quản về an ninh trật tự.
Thảo luận tại hội nghị, bà Lữ Thị Hoa, Chủ tịch Ủy ban MTTQ xã Mường Lống, cho biết xã đã đưa phòng chống ma túy vào hương ước của 9/12 bản. Ông Và Bá Giống, Trưởng Ban công tác Mặt trận bản Huồi Giảng 2, xã Na Loi, kiến nghị tăng chế độ cho người làm công tác tuyên truyền ở bản.
Phát biểu chỉ đạo, đồng chí Xồng Bá Tu đề nghị 6 tháng cuối năm, Mặt trận tiếp tục thực hiện Kế hoạch số 58-KH/HU ngày 12/3/2012 của Ban Thường vụ Huyện ủy về tăng cường lãnh đạo công tác phòng chống ma túy, phấn đấu có thêm 5 bản không có ma túy; phối hợp với Đoàn Thanh niên mở lớp dạy nghề cho thanh niên sau cai.
Hội nghị cũng chỉ ra nhiều khó khăn: địa bàn rộng, giao thông cách trở, nhiều bản chưa có điện lưới; trình độ dân trí thấp, một bộ phận đồng bào còn tin vào lời dụ dỗ của đối tượng xấu; đội ngũ cán bộ Mặt trận cơ sở thường xuyên thay đổi, chưa được tập huấn kỹ năng vận động. Đại diện Công an huyện đề nghị Mặt trận các xã giữ mối liên hệ chặt chẽ với công an viên ở bản để trao đổi thông tin kịp thời, nhất là trong các dịp lễ, Tết khi lượng người qua lại biên giới tăng cao.
Hữu Lâm
Tin liên quan
- Mường Xén: bắt giữ đối tượng vận chuyển 2 bánh heroin (28/6/2012)
- Hội nghị giao ban công tác dân vận quý II (20/6/2012)
- Xã Tà Cạ ra mắt tổ tự quản về an ninh trật tự (02/6/2012)
- Đoàn công tác tỉnh thăm, tặng quà đồng bào xã Bảo Nam (15/5/2012)
""", "2012-07-06", "Kỳ Sơn: Mặt trận sơ kết 6 tháng vận động đồng bào phòng chống ma túy",
E("so_ket", "2012-H1", "2012-07-05"),
[P("Moong Văn Sơn", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Xồng Bá Tu", "Phó Bí thư Thường trực Huyện ủy"),
 P("Lô Văn Hùng", "Trung tá", "Đồn trưởng Đồn Biên phòng Na Cáng"),
 P("Lữ Thị Hoa", "Chủ tịch Ủy ban MTTQ xã Mường Lống"),
 P("Và Bá Giống", "Trưởng Ban công tác Mặt trận bản Huồi Giảng 2")],
[Q("21 chủ tịch Ủy ban MTTQ các xã", 21, "chủ tịch Ủy ban MTTQ"), Q("146 cuộc họp bản", 146, "cuộc họp bản"),
 Q("2.318 hộ đồng bào Mông, Khơ Mú", 2318, "hộ đồng bào Mông, Khơ Mú"), Q("38 người nghiện", 38, "người nghiện"),
 Q("25 đối tượng", 25, "đối tượng"), Q("9 bản", 9, "bản"), Q("31 bản", 31, "bản"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("40 hộ", 40, "hộ"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("khoảng 15%", 15, "%", "approx"), Q("9/12 bản", 9, "bản"), Q("5 bản không có ma túy", 5, "bản")],
[D("Nghị quyết liên tịch", "01", "2008/NQLT-CP-UBTWMTTQVN", None, None, "Nghị quyết liên tịch số 01/2008/NQLT-CP-UBTWMTTQVN"),
 D("Chương trình phối hợp", "03", "CTr/MTTQ-CA", None, None, "Chương trình phối hợp số 03-CTr/MTTQ-CA"),
 D("Kế hoạch", "58", "KH/HU", "2012-03-12", "Ban Thường vụ Huyện ủy", "Kế hoạch số 58-KH/HU ngày 12/3/2012")],
[prov("Nghệ An"), com("Mường Lống"), com("Na Loi")],
["Cổng thông tin điện tử huyện Kỳ Sơn - Nghệ An", "Trang chủ > Tin tức > Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị sơ kết. Ảnh: Lầu Bá Thành", "Bản không có ma túy", "Vì người nghèo"],
["Cập nhật: 16:40, 06/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Sáu tháng qua"]))

PAGES.append(page("b5239-sonla-xa-chiengkhoi-doithoai-2013", """
ĐẢNG BỘ XÃ CHIỀNG KHOI - HUYỆN YÊN CHÂU - TỈNH SƠN LA
Bạn đang ở: Trang chủ / Hoạt động của Đảng ủy / Dân vận
08:20 | 17/05/2013
Bí thư Đảng ủy xã Lò Văn Thẩm trả lời ý kiến của người dân.
Bí thư, Chủ tịch xã đối thoại với nhân dân về phòng chống ma túy, mại dâm
Ngày 15/5/2013, Đảng ủy, UBND xã Chiềng Khoi tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2013, chủ đề "Chung tay đẩy lùi ma túy, mại dâm trong bản". Tham dự có 126 đại biểu là trưởng bản, bí thư chi bộ, người có uy tín và đại diện các hộ gia đình của 11 bản.
Chủ trì đối thoại có đồng chí Lò Văn Thẩm, Bí thư Đảng ủy xã và ông Cầm Văn Khoa, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Cùng dự có bà Hà Thị Ươn, HUV, Trưởng Ban Dân vận Huyện ủy Yên Châu; các đồng chí Phó Chủ tịch UBND xã: Quàng Văn Doan, Lường Thị Mai.
Hội nghị thực hiện theo Quyết định số 1143-QĐ/HU của Ban Thường vụ Huyện ủy về tổ chức đối thoại định kỳ và Nghị quyết 05-NQ/ĐU của Đảng ủy xã về phòng chống tệ nạn xã hội giai đoạn 2011 - 2015. Trong 2 giờ đối thoại, 19 ý kiến của nhân dân được nêu, tập trung vào việc quản lý người nghiện sau cai, tình trạng thanh niên đi làm ăn xa bị lôi kéo, nạn mua bán phụ nữ qua biên giới.
Ông Lò Văn Sanh, bản Phiêng Hày, phản ánh bản có 6 người nghiện chưa được lập hồ sơ. Bà Cầm Thị Xuân, Chi hội trưởng Phụ nữ bản Cò Chịa, đề nghị xã có chính sách cho vay vốn để 14 chị em trong tổ hợp tác dệt thổ cẩm có việc làm, tránh bị dụ dỗ sang Trung Quốc.
Trả lời ý kiến, đồng chí Lò Văn Thẩm cho biết năm 2012 xã đã phối hợp lập hồ sơ đưa 9 người đi cai nghiện bắt buộc, hiện còn 23 người nghiện trong diện quản lý; xã sẽ trích 35 triệu đồng hỗ trợ học nghề cho người sau cai. Ông Cầm Văn Khoa tiếp thu ý kiến về vay vốn, cho biết Ngân hàng Chính sách xã hội đã dành 500 triệu đồng cho 25 hộ vay, tối đa 20 triệu đồng/hộ.
Kết thúc đối thoại, 100% hộ gia đình dự hội nghị ký cam kết không để người thân vi phạm pháp luật về ma túy.
Phát biểu tại buổi đối thoại, bà Hà Thị Ươn đánh giá cao cách làm của Đảng ủy xã, đề nghị duy trì đối thoại định kỳ, công khai kết quả giải quyết kiến nghị trên loa truyền thanh và tại nhà văn hóa các bản. Bà cũng lưu ý các chi bộ cần phân công đảng viên theo dõi từng hộ có người nghiện, phối hợp với Ban công tác Mặt trận và chi hội phụ nữ bản để giúp người sau cai hòa nhập cộng đồng, không để họ bị kỳ thị. Đây là hội nghị đối thoại đầu tiên xã tổ chức theo chủ đề riêng về tệ nạn xã hội ở tỉnh Sơn La.

Người dân bản Phiêng Hày đánh giá buổi đối thoại thiết thực, được hỏi thẳng, trả lời thẳng.
Hà Linh - Đài Truyền thanh xã
Tin liên quan
- Chiềng Khoi sơ kết công tác Mặt trận 6 tháng (05/7/2013)
- Bản Cò Chịa ra mắt tổ hòa giải (22/4/2013)
- Xã đón nhận danh hiệu đơn vị văn hóa (10/3/2013)
""", "2013-05-17", "Bí thư, Chủ tịch xã đối thoại với nhân dân về phòng chống ma túy, mại dâm",
E("doi_thoai", "2013", "2013-05-15"),
[P("Lò Văn Thẩm", "Bí thư Đảng ủy xã"),
 P("Cầm Văn Khoa", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Hà Thị Ươn", "HUV", "Trưởng Ban Dân vận Huyện ủy Yên Châu"),
 P("Quàng Văn Doan", "Phó Chủ tịch UBND xã"),
 P("Lường Thị Mai", "Phó Chủ tịch UBND xã"),
 P("Lò Văn Sanh"),
 P("Cầm Thị Xuân", "Chi hội trưởng Phụ nữ bản Cò Chịa")],
[Q("126 đại biểu", 126, "đại biểu"), Q("11 bản", 11, "bản"), Q("19 ý kiến", 19, "ý kiến"),
 Q("6 người nghiện", 6, "người nghiện"), Q("14 chị em", 14, "chị em"), Q("9 người", 9, "người"),
 Q("23 người nghiện", 23, "người nghiện"), Q("35 triệu đồng", 35000000, "đồng"), Q("500 triệu đồng", 500000000, "đồng"),
 Q("25 hộ", 25, "hộ"), Q("20 triệu đồng/hộ", 20000000, "đồng"), Q("100% hộ gia đình", 100, "%")],
[D("Quyết định", "1143", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quyết định số 1143-QĐ/HU"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 05-NQ/ĐU")],
[prov("Sơn La"), com("Chiềng Khoi")],
["ĐẢNG BỘ XÃ CHIỀNG KHOI - HUYỆN YÊN CHÂU - TỈNH SƠN LA", "Bạn đang ở: Trang chủ / Hoạt động của Đảng ủy / Dân vận",
 "Bí thư Đảng ủy xã Lò Văn Thẩm trả lời ý kiến của người dân.", "Chung tay đẩy lùi ma túy, mại dâm trong bản",
 "Ngân hàng Chính sách xã hội"],
["08:20 | 17/05/2013", "năm 2013", "2 giờ", "giai đoạn 2011 - 2015", "năm 2012"]))

PAGES.append(page("b5240-gialai-hlhpn-taphuan-2014", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH GIA LAI
Trang chủ :: Hoạt động Hội :: Tin tức
29-09-2014 10:15
Gia Lai: Tập huấn kỹ năng phòng chống ma túy, mua bán người cho cán bộ Hội cơ sở
Ngày 25 và 26/9/2014, Hội LHPN tỉnh Gia Lai tổ chức lớp tập huấn năm 2014 về kỹ năng tuyên truyền phòng, chống ma túy, mại dâm và mua bán người cho 85 chi hội trưởng phụ nữ các làng đồng bào Jrai, Ba Na thuộc các huyện biên giới.
Quang cảnh lớp tập huấn tại Pleiku.
Bà Rơ Châm H'Nga, Phó Chủ tịch Thường trực Hội LHPN tỉnh khai mạc lớp học. Các báo cáo viên gồm: Thiếu tá Nguyễn Văn Tịnh, Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh; bà Ksor H'Blưm, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh; ông Rah Lan Đơk, Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy.
Lớp tập huấn triển khai Kế hoạch số 22/KH-UBND ngày 14/2/2014 của UBND tỉnh thực hiện Chương trình hành động phòng, chống mua bán người và Đề án 02/ĐA-HPN của Hội LHPN tỉnh về "Phụ nữ tham gia phòng chống tội phạm". Học viên được hướng dẫn nhận diện các thủ đoạn lừa bán phụ nữ sang biên giới, kỹ năng tư vấn cho gia đình có người nghiện, cách lồng ghép tuyên truyền vào sinh hoạt chi hội.
Theo báo cáo của Hội, 9 tháng năm 2014 các cấp Hội đã tổ chức 1.120 buổi nói chuyện chuyên đề với trên 46.000 lượt hội viên tham dự; thành lập mới 17 câu lạc bộ "Gia đình không có ma túy"; hỗ trợ 63 phụ nữ có chồng, con nghiện ma túy vay vốn với tổng số tiền 1,26 tỷ đồng. Khoảng 80% chi hội ở các làng biên giới đã đưa nội dung phòng chống ma túy vào sinh hoạt thường kỳ.
Chia sẻ tại lớp học, chị Siu H'Lan, Chi hội trưởng phụ nữ làng Ia Dơr, xã Ia O, cho biết làng có 3 thanh niên từng nghiện, nay đều đã bỏ được nhờ cả chi hội cùng vận động. Chị Puih H'Bi, Chủ tịch Hội LHPN xã Ia Chía, đề nghị in thêm tài liệu bằng tiếng Jrai.
Bế mạc lớp học, bà Rơ Châm H'Nga đề nghị mỗi học viên về tuyên truyền lại cho ít nhất 30 hội viên trong tháng 10; phấn đấu đến cuối năm 2014 có 100% chi hội vùng biên giới có tổ tư vấn gia đình.
Theo đánh giá của Ban Thường vụ Hội LHPN tỉnh, địa bàn các huyện biên giới có nhiều đường mòn, lối mở, đối tượng buôn bán người thường lợi dụng hoàn cảnh khó khăn của chị em để dụ dỗ đi làm thuê với thu nhập cao. Trong khi đó, nhiều chi hội trưởng chưa thạo tiếng phổ thông, kỹ năng tuyên truyền còn hạn chế. Lớp tập huấn được thiết kế với nhiều tình huống thực tế, thảo luận nhóm và đóng vai, giúp học viên tự tin hơn khi đến từng nhà vận động. Kết thúc lớp học, các học viên làm bài kiểm tra và xây dựng kế hoạch tuyên truyền cho chi hội mình.
H'Yâo
Lượt truy cập: 215.408
Các tin khác
- Hội nghị Ban Chấp hành Hội LHPN tỉnh lần thứ 5 (12/9/2014)
- Trao 20 con bò giống cho phụ nữ nghèo huyện Chư Prông (28/8/2014)
- Phụ nữ Đức Cơ chung tay xây dựng nông thôn mới (15/8/2014)
""", "2014-09-29", "Gia Lai: Tập huấn kỹ năng phòng chống ma túy, mua bán người cho cán bộ Hội cơ sở",
E("tap_huan", "2014", "2014-09-25"),
[P("Rơ Châm H'Nga", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Nguyễn Văn Tịnh", "Thiếu tá", "Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh"),
 P("Ksor H'Blưm", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Rah Lan Đơk", "Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Siu H'Lan", "Chi hội trưởng phụ nữ làng Ia Dơr"),
 P("Puih H'Bi", "Chủ tịch Hội LHPN xã Ia Chía")],
[Q("85 chi hội trưởng phụ nữ", 85, "chi hội trưởng phụ nữ"), Q("1.120 buổi nói chuyện chuyên đề", 1120, "buổi nói chuyện chuyên đề"),
 Q("trên 46.000 lượt hội viên", 46000, "lượt hội viên", "over"), Q("17 câu lạc bộ", 17, "câu lạc bộ"),
 Q("63 phụ nữ", 63, "phụ nữ"), Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("Khoảng 80%", 80, "%", "approx"),
 Q("3 thanh niên", 3, "thanh niên"), Q("ít nhất 30 hội viên", 30, "hội viên", "over"), Q("100% chi hội", 100, "%")],
[D("Kế hoạch", "22", "KH-UBND", "2014-02-14", "UBND tỉnh", "Kế hoạch số 22/KH-UBND ngày 14/2/2014"),
 D("Đề án", "02", "ĐA-HPN", None, "Hội LHPN tỉnh", "Đề án 02/ĐA-HPN")],
[prov("Gia Lai"), com("Ia O"), com("Ia Chía")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH GIA LAI", "Trang chủ :: Hoạt động Hội :: Tin tức", "Quang cảnh lớp tập huấn tại Pleiku.",
 "Gia đình không có ma túy", "Phụ nữ tham gia phòng chống tội phạm", "Lượt truy cập: 215.408"],
["29-09-2014 10:15", "năm 2014", "9 tháng năm 2014", "Lượt truy cập: 215.408", "tháng 10"]))

PAGES.append(page("b5241-angiang-mttq-giaoban-2015", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG
Trang chủ › Hoạt động Mặt trận › Tin trong tỉnh
Ngày đăng 09/10/2015 | 14:20
Ảnh: Đồng chí Trần Thị Bích Liên phát biểu chỉ đạo.
Mặt trận An Giang giao ban, đánh giá kết quả phòng chống tệ nạn xã hội ở khu dân cư
Chiều 8/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang tổ chức giao ban công tác Mặt trận quý III năm 2015 với Ủy ban MTTQ 11 huyện, thị xã, thành phố. Nội dung trọng tâm là đánh giá việc thực hiện Chương trình phối hợp số 09/CTPH-MTTQ-CA về vận động nhân dân tham gia phòng chống tội phạm, ma túy, tệ nạn xã hội.
Chủ trì giao ban có đồng chí Trần Thị Bích Liên, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Chau Sóc Thanh, Néang Sa Phol, Lê Hữu Tài.
Theo báo cáo, quý III, Ban công tác Mặt trận ở 881 khu dân cư đã tổ chức 2.460 cuộc họp tổ nhân dân tự quản, phát hiện và cung cấp cho công an 214 tin báo về tội phạm, tệ nạn; vận động 57 người nghiện tự nguyện cai tại gia đình và cộng đồng. Toàn tỉnh có 96 mô hình "Khóm, ấp an toàn, không ma túy", tăng 8 mô hình so với quý II. Quỹ "Vì người nghèo" các cấp chi gần 860 triệu đồng hỗ trợ sinh kế cho 145 hộ có người sau cai.
Ông Đỗ Văn Lành, Chủ tịch Ủy ban MTTQ huyện Tịnh Biên, cho biết huyện vận động 12 chùa Phật giáo Nam tông Khmer tổ chức tuyên truyền trong dịp lễ Sen Dolta. Bà Phan Thị Kiều, Chủ tịch Ủy ban MTTQ phường Mỹ Phước, nêu khó khăn khi quản lý thanh niên tụ tập sử dụng ma túy tổng hợp ở các nhà trọ.
Kết luận giao ban, đồng chí Trần Thị Bích Liên yêu cầu quý IV tập trung triển khai Nghị quyết liên tịch số 01/2012/NQLT-BCA-BQP-BNG-UBTWMTTQVN, Kế hoạch 112, 113-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh; phấn đấu 100% khu dân cư có tổ an ninh tự quản và trên 90% hộ đạt gia đình văn hóa.
Các đại biểu cũng thẳng thắn chỉ ra hạn chế: ở một số khu dân cư, Ban công tác Mặt trận chưa nắm chắc số người nghiện đi làm ăn xa trở về; việc vận động gia đình khai báo người thân nghiện ma túy gặp khó khăn do tâm lý e ngại, sợ bị kỳ thị. Ở vùng đồng bào Khmer, tài liệu tuyên truyền bằng song ngữ còn ít. Một số địa phương chưa gắn phong trào phòng chống tệ nạn xã hội với việc bình xét gia đình văn hóa, khu dân cư văn hóa cuối năm nên hiệu quả chưa cao. Ban Thường trực đề nghị các huyện khắc phục trước khi tổng kết năm.
Ngọc Diệp
Tin khác
- Hội nghị tổng kết cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" (30/9/2015)
- Tri Tôn: trao 50 căn nhà Đại đoàn kết (18/9/2015)
- MTTQ huyện Châu Phú giám sát việc thực hiện chính sách BHYT (05/9/2015)
""", "2015-10-09", "Mặt trận An Giang giao ban, đánh giá kết quả phòng chống tệ nạn xã hội ở khu dân cư",
E("giao_ban", "2015-Q3", "2015-10-08"),
[P("Trần Thị Bích Liên", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Sóc Thanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Néang Sa Phol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Hữu Tài", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Văn Lành", "Chủ tịch Ủy ban MTTQ huyện Tịnh Biên"),
 P("Phan Thị Kiều", "Chủ tịch Ủy ban MTTQ phường Mỹ Phước")],
[Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("881 khu dân cư", 881, "khu dân cư"),
 Q("2.460 cuộc họp tổ nhân dân tự quản", 2460, "cuộc họp tổ nhân dân tự quản"), Q("214 tin báo", 214, "tin báo"),
 Q("57 người nghiện", 57, "người nghiện"), Q("96 mô hình", 96, "mô hình"), Q("8 mô hình", 8, "mô hình"),
 Q("gần 860 triệu đồng", 860000000, "đồng", "approx"), Q("145 hộ", 145, "hộ"),
 Q("12 chùa Phật giáo Nam tông Khmer", 12, "chùa Phật giáo Nam tông Khmer"), Q("100% khu dân cư", 100, "%"),
 Q("trên 90% hộ", 90, "%", "over")],
[D("Chương trình phối hợp", "09", "CTPH-MTTQ-CA", None, None, "Chương trình phối hợp số 09/CTPH-MTTQ-CA"),
 D("Nghị quyết liên tịch", "01", "2012/NQLT-BCA-BQP-BNG-UBTWMTTQVN", None, None, "Nghị quyết liên tịch số 01/2012/NQLT-BCA-BQP-BNG-UBTWMTTQVN"),
 D("Kế hoạch", "112", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 112, 113-KH/MTTQ-BTT"),
 D("Kế hoạch", "113", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 112, 113-KH/MTTQ-BTT")],
[prov("An Giang"), com("Mỹ Phước")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG", "Trang chủ › Hoạt động Mặt trận › Tin trong tỉnh",
 "Ảnh: Đồng chí Trần Thị Bích Liên phát biểu chỉ đạo.", "Khóm, ấp an toàn, không ma túy", "Vì người nghèo", "Sen Dolta"],
["Ngày đăng 09/10/2015 | 14:20", "quý III năm 2015", "quý III", "quý II", "quý IV"]))

PAGES.append(page("b5242-thanhhoa-doanthanhnien-traoqua-2016", """
Báo Thanh Hóa - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Thanh Hóa
Xã hội >> Đời sống
24/06/2016 - 16:05
Trao quà cho người sau cai nghiện tại xã Quang Chiểu. Ảnh: Minh Hiếu
Trao 200 suất quà, 30 con bò giống cho người sau cai nghiện ở huyện biên giới Mường Lát
Nhân Ngày Quốc tế phòng, chống ma túy 26/6, ngày 23/6, Tỉnh đoàn phối hợp với Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh tổ chức chương trình "Tiếp sức hoàn lương" tại huyện Mường Lát, trao 200 suất quà và 30 con bò giống cho người sau cai nghiện và gia đình có người nghiện.
Tham dự có đồng chí Lê Văn Tuấn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hà Văn Thao, Bí thư Tỉnh đoàn; Đại tá Lê Hồng Kỳ, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh; đồng chí Lương Thị Hạnh, HUV, Trưởng Ban Dân vận Huyện ủy Mường Lát.
Mỗi suất quà trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm; mỗi con bò giống trị giá 12 triệu đồng, tổng giá trị chương trình hơn 460 triệu đồng, do các doanh nghiệp và 1.500 đoàn viên trong tỉnh đóng góp. Đây là hoạt động thực hiện Kế hoạch số 87-KH/TĐTN ngày 02/3/2016 của Ban Thường vụ Tỉnh đoàn và Chỉ thị 33-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường phòng, chống ma túy vùng biên giới.
Theo đồng chí Lương Thị Hạnh, huyện Mường Lát hiện có 317 người nghiện, trong đó hơn 40% là thanh niên dưới 30 tuổi. Những năm qua, huyện đã vận động 1.246 hộ đồng bào Mông, Thái ký cam kết không trồng cây có chất ma túy; xóa 7 điểm phức tạp về ma túy.
Anh Giàng A Pó, bản Pù Quăn, xã Pù Nhi, một người đã cai nghiện được 3 năm, xúc động nói: "Con bò này là vốn để em làm lại cuộc đời." Các bạn trẻ trong Đội hình thanh niên tình nguyện còn sửa 4 căn nhà cho các hộ có người sau cai ở xã Quang Chiểu.
Dịp này, Tỉnh đoàn khen thưởng 8 cơ sở Đoàn có thành tích trong phong trào "Tuổi trẻ chung tay phòng chống ma túy" và ra mắt 2 câu lạc bộ "Thanh niên nói không với ma túy".
Phát biểu tại buổi trao quà, đồng chí Lê Văn Tuấn ghi nhận sự vào cuộc của tuổi trẻ trong tỉnh, đồng thời đề nghị cấp ủy, chính quyền huyện Mường Lát tiếp tục quan tâm tạo việc làm cho người sau cai nghiện; các đoàn thể phân công hội viên giúp đỡ từng trường hợp, không để tái nghiện. Đồng chí nhấn mạnh, người sau cai cần được cộng đồng tin tưởng, tạo điều kiện để làm ăn, vì chỉ khi có sinh kế ổn định họ mới giữ được quyết tâm. Đại diện Bộ đội Biên phòng cam kết tiếp tục phối hợp tuyên truyền tại các bản giáp biên.
Minh Hiếu - Lê Hà
Tin liên quan
- Quan Hóa: mít tinh hưởng ứng Tháng hành động phòng chống ma túy (20/6/2016)
- Vận động đồng bào Mông bỏ tục lệ lạc hậu (10/6/2016)
- Thanh niên Mường Lát ra quân tình nguyện hè (02/6/2016)
""", "2016-06-24", "Trao 200 suất quà, 30 con bò giống cho người sau cai nghiện ở huyện biên giới Mường Lát",
E("trao_qua", None, "2016-06-23"),
[P("Lê Văn Tuấn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Thao", "Bí thư Tỉnh đoàn"),
 P("Lê Hồng Kỳ", "Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Lương Thị Hạnh", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Lát"),
 P("Giàng A Pó")],
[Q("200 suất quà", 200, "suất quà"), Q("30 con bò giống", 30, "con bò giống"), Q("500.000 đồng", 500000, "đồng"),
 Q("12 triệu đồng", 12000000, "đồng"), Q("hơn 460 triệu đồng", 460000000, "đồng", "over"),
 Q("1.500 đoàn viên", 1500, "đoàn viên"), Q("317 người nghiện", 317, "người nghiện"), Q("hơn 40%", 40, "%", "over"),
 Q("1.246 hộ đồng bào Mông, Thái", 1246, "hộ đồng bào Mông, Thái"), Q("7 điểm phức tạp về ma túy", 7, "điểm phức tạp về ma túy"),
 Q("4 căn nhà", 4, "căn nhà"), Q("8 cơ sở Đoàn", 8, "cơ sở Đoàn"), Q("2 câu lạc bộ", 2, "câu lạc bộ")],
[D("Kế hoạch", "87", "KH/TĐTN", "2016-03-02", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 87-KH/TĐTN ngày 02/3/2016"),
 D("Chỉ thị", "33", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 33-CT/TU")],
[prov("Thanh Hóa"), com("Pù Nhi"), com("Quang Chiểu")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Thanh Hóa", "Xã hội >> Đời sống",
 "Trao quà cho người sau cai nghiện tại xã Quang Chiểu. Ảnh: Minh Hiếu", "Tiếp sức hoàn lương",
 "Tuổi trẻ chung tay phòng chống ma túy", "Thanh niên nói không với ma túy", "Ngày Quốc tế phòng, chống ma túy 26/6"],
["24/06/2016 - 16:05", "26/6", "3 năm", "30 tuổi"]))
