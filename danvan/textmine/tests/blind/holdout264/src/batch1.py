from lib import *
PAGES = []

PAGES.append(page("b6293-laocai-bdvhu-tongket-pcccr-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT - TỈNH LÀO CAI
Trang chủ > Tin tức > Dân vận
Thứ Tư, 28/12/2011 - 09:30
Toàn cảnh hội nghị tổng kết.
Bát Xát: Tổng kết công tác vận động nhân dân bảo vệ rừng, phòng cháy chữa cháy rừng năm 2011
Ngày 26/12/2011, Ban Dân vận Huyện ủy phối hợp với Hạt Kiểm lâm huyện Bát Xát (tỉnh Lào Cai) tổ chức hội nghị tổng kết công tác vận động nhân dân bảo vệ rừng, phòng cháy, chữa cháy rừng năm 2011. Đồng chí Giàng Seo Chải, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy và đồng chí Lương Văn Khởi, Hạt trưởng Hạt Kiểm lâm huyện Bát Xát đồng chủ trì. Dự hội nghị có 64 đồng chí là bí thư đảng ủy, chủ tịch Ủy ban MTTQ các xã và trưởng các tổ đội xung kích.
Theo báo cáo, toàn huyện có 22 xã, thị trấn với trên 48.600 ha rừng, độ che phủ đạt 47,5%. Thực hiện Chỉ thị số 12/2003/CT-TTg ngày 16/5/2003 của Thủ tướng Chính phủ và Kế hoạch số 37-KH/HU của Ban Thường vụ Huyện ủy, các xã đã tổ chức 186 buổi tuyên truyền với hơn 9.300 lượt người dự; 100% thôn, bản đưa nội dung phòng cháy rừng vào hương ước, quy ước. Có 3.420 hộ dân ký cam kết không đốt nương trong những ngày nắng nóng, không phát rừng làm rẫy.
Nhờ vậy, năm 2011 trên địa bàn huyện chỉ xảy ra 2 vụ cháy rừng với diện tích thiệt hại 3,2 ha, giảm 5 vụ so với năm 2010. Các lực lượng đã huy động khoảng 1.500 ngày công làm 42 km đường băng cản lửa.
Tại hội nghị, ông Vàng A Tủa, Bí thư Chi bộ kiêm Trưởng thôn Séo Phìn Chư, xã Y Tý, chia sẻ cách đưa việc giữ rừng vào quy ước thôn: hộ nào đốt nương để cháy lan phải nộp phạt 2 con gà và trồng lại diện tích rừng bị cháy. Bà Tẩn Thị Mẩy, Chủ tịch Hội LHPN xã A Mú Sung, đề nghị tổ chức thêm các buổi tuyên truyền bằng tiếng Dao, tiếng Mông cho chị em không biết chữ phổ thông.
Các đồng chí Phó Chủ tịch UBND huyện: Hoàng Văn Thượng, Lý Seo Dín đã trả lời một số kiến nghị về kinh phí cho tổ đội xung kích và chế độ cho người trực chòi canh lửa.
Phát biểu kết luận, đồng chí Giàng Seo Chải yêu cầu năm 2012 các cấp ủy tiếp tục quán triệt Kết luận 15, 16-KL/HU của Ban Thường vụ Huyện ủy về công tác dân vận ở vùng cao và về quản lý, bảo vệ rừng đầu nguồn; mỗi thôn, bản phải có tổ đội xung kích, có phương án "4 tại chỗ" trong mùa khô.
Dịp này, UBND huyện tặng giấy khen cho 9 tập thể và 17 cá nhân có thành tích trong phong trào "Toàn dân bảo vệ rừng", mỗi tập thể được thưởng 1 triệu đồng.
Lượt xem: 1.204
Tin liên quan
- Y Tý ra mắt tổ đội xung kích phòng cháy rừng (12/12/2011)
- Bát Xát: 100% thôn bản hoàn thành sửa đổi quy ước (30/11/2011)
- Hội nghị giao ban dân vận quý IV năm 2011 (15/11/2011)
- Trao giấy chứng nhận giao khoán bảo vệ rừng cho 460 hộ (02/11/2011)
""", "2011-12-28", "Bát Xát: Tổng kết công tác vận động nhân dân bảo vệ rừng, phòng cháy chữa cháy rừng năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Giàng Seo Chải", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lương Văn Khởi", "Hạt trưởng Hạt Kiểm lâm huyện Bát Xát"),
 P("Vàng A Tủa", "Bí thư Chi bộ kiêm Trưởng thôn Séo Phìn Chư"),
 P("Tẩn Thị Mẩy", "Chủ tịch Hội LHPN xã A Mú Sung"),
 P("Hoàng Văn Thượng", "Phó Chủ tịch UBND huyện"),
 P("Lý Seo Dín", "Phó Chủ tịch UBND huyện")],
[Q("64 đồng chí", 64, "đồng chí"), Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("trên 48.600 ha", 48600, "ha", "over"),
 Q("47,5%", 47.5, "%"), Q("186 buổi tuyên truyền", 186, "buổi tuyên truyền"), Q("hơn 9.300 lượt người", 9300, "lượt người", "over"),
 Q("100%", 100, "%"), Q("3.420 hộ dân", 3420, "hộ dân"), Q("2 vụ cháy rừng", 2, "vụ cháy rừng"), Q("3,2 ha", 3.2, "ha"),
 Q("5 vụ", 5, "vụ"), Q("khoảng 1.500 ngày công", 1500, "ngày công", "approx"), Q("42 km", 42, "km"),
 Q("2 con gà", 2, "con gà"), Q("9 tập thể", 9, "tập thể"), Q("17 cá nhân", 17, "cá nhân"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "12", "2003/CT-TTg", "2003-05-16", "Thủ tướng Chính phủ", "Chỉ thị số 12/2003/CT-TTg ngày 16/5/2003"),
 D("Kế hoạch", "37", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 37-KH/HU"),
 D("Kết luận", "15", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 15, 16-KL/HU"),
 D("Kết luận", "16", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 15, 16-KL/HU")],
[prov("Lào Cai"), com("Y Tý"), com("A Mú Sung")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT - TỈNH LÀO CAI", "Trang chủ > Tin tức > Dân vận", "Toàn cảnh hội nghị tổng kết.",
 "Toàn dân bảo vệ rừng", "4 tại chỗ", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:30", "64 đồng chí", "năm 2011", "năm 2010", "năm 2012", "4 tại chỗ", "Lượt xem: 1.204"]))

PAGES.append(page("b6294-quangbinh-mttq-soket-2012", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Thời sự | Mặt trận - Đoàn thể
Cập nhật: 15:20, 18/07/2012 (GMT+7)
Hơn 12.000 hộ ký cam kết giữ rừng mùa nắng nóng
(QBĐT) - Sáng 17/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Bình tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2012, trong đó nhấn mạnh kết quả vận động hơn 12.000 hộ ở vùng giáp rừng ký cam kết phòng cháy, chữa cháy rừng. Đồng chí Trần Đức Vĩnh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hoàng Thị Liên, Đinh Văn Quế cùng dự.
Ảnh: Quang cảnh hội nghị sơ kết.
Báo cáo cho biết, Mặt trận các cấp đã phối hợp với ngành kiểm lâm hướng dẫn 159 xã, phường, thị trấn rà soát, bổ sung hương ước, quy ước; 1.230 khu dân cư đưa nội dung không đốt thực bì khi có gió Tây Nam vào quy ước. Thực hiện Chương trình phối hợp số 03/CTPH-MTTQ-KL ngày 10/3/2012 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Chi cục Kiểm lâm, các xã đã thành lập 312 tổ quần chúng tự quản với trên 4.800 thành viên.
6 tháng đầu năm, toàn tỉnh xảy ra 7 vụ cháy rừng, thiệt hại khoảng 18,6 ha rừng trồng, giảm 40% so với cùng kỳ. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với giữ rừng được triển khai ở 86% khu dân cư.
Ông Nguyễn Hữu Tài, Chi cục trưởng Chi cục Kiểm lâm tỉnh cho rằng các bản cam kết phát huy hiệu quả rõ ở vùng rừng thông Bố Trạch, Quảng Ninh, nơi nhiều năm liền cháy lớn. Ông Hồ Văn Pa, người có uy tín bản Cà Roòng, xã Thượng Trạch, kể bản đã họp 4 lần để thống nhất quy ước, ai phát rẫy phải báo trưởng bản và có người trực lửa. Chị Đinh Thị Ngái, Phó Bí thư Đoàn xã Dân Hóa, đề nghị hỗ trợ loa cầm tay cho đội thanh niên tuyên truyền.
Hội nghị được nghe quán triệt Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác quản lý, bảo vệ rừng và về phát huy vai trò Mặt trận trong xây dựng hương ước; đồng thời rà soát việc thực hiện Nghị định số 09/2006/NĐ-CP của Chính phủ về phòng cháy, chữa cháy rừng.
Kết luận hội nghị, đồng chí Trần Đức Vĩnh yêu cầu 6 tháng cuối năm Mặt trận các cấp tiếp tục bám sát cơ sở, kịp thời biểu dương hộ làm tốt, nhắc nhở hộ vi phạm cam kết ngay tại cuộc họp khu dân cư; phối hợp tổ chức ngày hội "Đại đoàn kết toàn dân tộc" với chủ đề giữ rừng.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 14 tập thể, 26 cá nhân, mỗi tập thể được thưởng 800.000 đồng.
Minh Phong
Tin liên quan
- Lệ Thủy: ký quy chế phối hợp giữ rừng với đồn biên phòng (05/07/2012)
- Báo động cấp cực kỳ nguy hiểm về cháy rừng tại 5 huyện (29/06/2012)
- Minh Hóa: bản Dốc Mây ra mắt tổ tự quản (21/06/2012)
- Hội nghị giao ban khối dân vận quý II (12/06/2012)
""", "2012-07-18", "Hơn 12.000 hộ ký cam kết giữ rừng mùa nắng nóng",
E("so_ket", "2012-H1", "2012-07-17"),
[P("Trần Đức Vĩnh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Quế", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Tài", "Chi cục trưởng Chi cục Kiểm lâm tỉnh"),
 P("Hồ Văn Pa", "người có uy tín bản Cà Roòng"),
 P("Đinh Thị Ngái", "Phó Bí thư Đoàn xã Dân Hóa")],
[Q("Hơn 12.000 hộ", 12000, "hộ", "over"), Q("159 xã, phường, thị trấn", 159, "xã, phường, thị trấn"),
 Q("1.230 khu dân cư", 1230, "khu dân cư"), Q("312 tổ quần chúng tự quản", 312, "tổ quần chúng tự quản"),
 Q("trên 4.800 thành viên", 4800, "thành viên", "over"), Q("7 vụ cháy rừng", 7, "vụ cháy rừng"),
 Q("khoảng 18,6 ha", 18.6, "ha", "approx"), Q("40%", 40, "%"), Q("86%", 86, "%"), Q("4 lần", 4, "lần"),
 Q("14 tập thể", 14, "tập thể"), Q("26 cá nhân", 26, "cá nhân"), Q("800.000 đồng", 800000, "đồng")],
[D("Chương trình phối hợp", "03", "CTPH-MTTQ-KL", "2012-03-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Chương trình phối hợp số 03/CTPH-MTTQ-KL ngày 10/3/2012"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Nghị định", "09", "2006/NĐ-CP", None, "Chính phủ", "Nghị định số 09/2006/NĐ-CP")],
[prov("Quảng Bình"), com("Thượng Trạch"), com("Dân Hóa")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Thời sự | Mặt trận - Đoàn thể", "(QBĐT)", "Ảnh: Quang cảnh hội nghị sơ kết.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Đại đoàn kết toàn dân tộc"],
["Cập nhật: 15:20, 18/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm"]))

PAGES.append(page("b6295-gialai-huyen-doithoai-2013", """
Báo Gia Lai - Cơ quan của Đảng bộ tỉnh Gia Lai
Xã hội » Dân tộc - Miền núi
08:15 | 22/03/2013
Kbang: Đối thoại với người dân về giao khoán bảo vệ rừng
(GLO) - Ngày 20/3, tại xã Sơ Pai, Huyện ủy, UBND huyện Kbang tổ chức đối thoại với người dân các xã Sơ Pai, Krong về công tác giao khoán, bảo vệ rừng và phòng cháy, chữa cháy rừng năm 2013. Chủ trì buổi đối thoại có đồng chí Đinh Văn Hmia, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện và đồng chí Trần Quang Lực, HUV, Phó Chủ tịch UBND huyện Kbang. Có khoảng 250 người dân, già làng, người có uy tín của 17 làng tham dự.
Đồng chí Đinh Văn Hmia phát biểu tại buổi đối thoại.
Mở đầu buổi đối thoại, ông Lê Văn Dũng, Hạt trưởng Hạt Kiểm lâm huyện thông tin: huyện có 134.000 ha rừng, trong đó 28.600 ha đã giao khoán cho 1.140 hộ đồng bào Ba Na và 9 cộng đồng làng theo Quyết định số 07/2012/QĐ-TTg ngày 08/02/2012 của Thủ tướng Chính phủ. Năm 2012, tiền chi trả dịch vụ môi trường rừng theo Nghị định số 99/2010/NĐ-CP của Chính phủ đạt hơn 3,4 tỷ đồng, bình quân mỗi hộ nhận khoảng 2,9 triệu đồng.
Bà con nêu 23 ý kiến, tập trung vào mức khoán 200.000 đồng/ha còn thấp, việc trả tiền chậm, chế độ cho người đi tuần tra ban đêm trong mùa khô. Già làng Đinh Kơn, làng Điện Biên, xã Sơ Pai, đề nghị đưa quy định cấm đốt rẫy khi có gió to vào luật tục của làng và giao cho làng tự xử phạt. Ông A Đrim, người có uy tín làng Đak Asel, xã Krong, phản ánh có người ngoài vào khai thác gỗ trái phép nhưng làng không đủ người ngăn chặn.
Trả lời các ý kiến, đồng chí Trần Quang Lực cho biết từ năm 2013 huyện sẽ nâng mức hỗ trợ cho tổ tuần tra lên 150.000 đồng/người/tháng; chỉ đạo Ban Quản lý rừng phòng hộ Bắc Kbang ký lại hợp đồng khoán với từng hộ. Ông Nguyễn Văn Lâm, Giám đốc Ban Quản lý rừng phòng hộ Bắc Kbang, nhận sẽ chi trả dứt điểm tiền khoán còn nợ trước ngày 30/4.
Kết thúc đối thoại, đồng chí Đinh Văn Hmia yêu cầu các xã triển khai Kế hoạch số 12-KH/HU của Ban Thường vụ Huyện ủy về công tác dân vận trong quản lý, bảo vệ rừng; mỗi làng tổ chức họp dân để ký cam kết không đốt rẫy vô ý gây cháy rừng, hoàn thành trước ngày 15/4. Đồng chí nhấn mạnh: "Rừng còn thì làng còn; giữ rừng là giữ nồi cơm của bà con".
Sau buổi đối thoại, Ủy ban MTTQ huyện sẽ tổng hợp các ý kiến chưa được trả lời tại chỗ, chuyển cơ quan chức năng giải quyết và thông báo kết quả cho người dân qua các buổi họp làng trong tháng 4.
Đức Thụy
Bài viết liên quan
- Kbang: 17 làng đưa bảo vệ rừng vào luật tục (10/03/2013)
- Gia Lai cảnh báo cháy rừng cấp IV, cấp V (05/03/2013)
- Đak Pơ đối thoại với người dân về đất sản xuất (26/02/2013)
""", "2013-03-22", "Kbang: Đối thoại với người dân về giao khoán bảo vệ rừng",
E("doi_thoai", "2013", "2013-03-20"),
[P("Đinh Văn Hmia", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Trần Quang Lực", "HUV", "Phó Chủ tịch UBND huyện Kbang"),
 P("Lê Văn Dũng", "Hạt trưởng Hạt Kiểm lâm huyện"),
 P("Đinh Kơn", "Già làng"),
 P("A Đrim", "người có uy tín làng Đak Asel"),
 P("Nguyễn Văn Lâm", "Giám đốc Ban Quản lý rừng phòng hộ Bắc Kbang")],
[Q("khoảng 250 người dân", 250, "người dân", "approx"), Q("17 làng", 17, "làng"), Q("134.000 ha", 134000, "ha"),
 Q("28.600 ha", 28600, "ha"), Q("1.140 hộ đồng bào Ba Na", 1140, "hộ đồng bào Ba Na"), Q("9 cộng đồng làng", 9, "cộng đồng làng"),
 Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("khoảng 2,9 triệu đồng", 2900000, "đồng", "approx"),
 Q("23 ý kiến", 23, "ý kiến"), Q("200.000 đồng/ha", 200000, "đồng"), Q("150.000 đồng/người/tháng", 150000, "đồng")],
[D("Quyết định", "07", "2012/QĐ-TTg", "2012-02-08", "Thủ tướng Chính phủ", "Quyết định số 07/2012/QĐ-TTg ngày 08/02/2012"),
 D("Nghị định", "99", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 99/2010/NĐ-CP"),
 D("Kế hoạch", "12", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 12-KH/HU")],
[prov("Gia Lai"), com("Sơ Pai"), com("Krong")],
["Báo Gia Lai - Cơ quan của Đảng bộ tỉnh Gia Lai", "Xã hội » Dân tộc - Miền núi", "(GLO)",
 "Đồng chí Đinh Văn Hmia phát biểu tại buổi đối thoại.", "Rừng còn thì làng còn; giữ rừng là giữ nồi cơm của bà con"],
["08:15 | 22/03/2013", "năm 2013", "Năm 2012", "cấp IV, cấp V"]))

PAGES.append(page("b6296-nghean-bdvhu-taphuan-huonguoc-2014", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Bạn đang ở: Trang chủ / Dân vận cơ sở / Tin huyện, thành, thị
Ngày đăng 17/04/2014 | 10:20
Tập huấn xây dựng, thực hiện hương ước gắn với bảo vệ rừng cho 120 trưởng bản
Trong 2 ngày 15 - 16/4/2014, Ban Dân vận Huyện ủy Kỳ Sơn (Nghệ An) phối hợp với Hạt Kiểm lâm và Phòng Tư pháp huyện mở lớp tập huấn năm 2014 về xây dựng, thực hiện hương ước, quy ước gắn với bảo vệ rừng, phòng cháy chữa cháy rừng cho 120 trưởng bản, bí thư chi bộ và người có uy tín của 21 xã, thị trấn.
Các học viên tại lớp tập huấn. Ảnh: Hồ Lài
Phát biểu khai mạc, đồng chí Lữ Thị Hoa, HUV, Trưởng Ban Dân vận Huyện ủy Kỳ Sơn nhấn mạnh: huyện có 155.000 ha đất lâm nghiệp, phần lớn là rừng đầu nguồn; mỗi mùa khô chỉ cần một đám nương đốt không đúng cách là có thể gây cháy hàng chục hécta. Việc đưa nội dung giữ rừng vào hương ước phải xuất phát từ chính người dân bàn bạc, quyết định.
Các học viên được nghe đồng chí Vi Văn Sơn, Phó Hạt trưởng Hạt Kiểm lâm huyện Kỳ Sơn, quán triệt Chỉ thị số 08/CT-UBND ngày 25/02/2014 của UBND tỉnh về các biện pháp cấp bách phòng cháy, chữa cháy rừng; bà Lô Thị Lan, Trưởng phòng Tư pháp huyện, hướng dẫn trình tự xây dựng hương ước theo Thông tư liên tịch số 03/2000/TTLT-BTP-BVHTT-BTTUBTWMTTQVN. Đồng chí Moong Văn Thắm, Chủ tịch Ủy ban MTTQ huyện, giới thiệu cách tổ chức họp bản để lấy ý kiến và ký cam kết của từng hộ.
Theo báo cáo tại lớp học, đến nay 168/192 bản đã có hương ước được UBND huyện phê duyệt, nhưng chỉ khoảng 60% bản có điều khoản cụ thể về phòng cháy rừng. Năm 2013, huyện xảy ra 4 vụ cháy rừng, thiệt hại 11,5 ha, trong đó 3 vụ do đốt nương.
Trong phần thảo luận, ông Xồng Bá Giày, Trưởng bản Huồi Khe, xã Mường Lống, cho biết bản đã quy định hộ nào đốt nương phải báo trước 1 ngày và có ít nhất 3 người canh lửa. Ông Lầu Nhìa Vàng, người có uy tín bản Phà Khảo, xã Nậm Cắn, đề nghị dịch hương ước sang tiếng Mông để đọc tại các buổi sinh hoạt.
Kết thúc tập huấn, 120 học viên cùng ký cam kết tuyên truyền, vận động nhân dân thực hiện Nghị quyết số 05-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển lâm nghiệp bền vững và phấn đấu đến cuối năm 2014 có 100% bản bổ sung điều khoản phòng cháy rừng vào hương ước. Mỗi học viên được hỗ trợ 70.000 đồng/ngày.
Sau lớp học, Ban Dân vận Huyện ủy sẽ cử cán bộ về từng xã giúp các bản rà soát hương ước và theo dõi việc ký cam kết của các hộ trước mùa đốt nương.
Hồ Lài - Ban Dân vận Huyện ủy Kỳ Sơn
Tin khác
- Tương Dương: 45 bản sửa đổi hương ước (08/04/2014)
- Quế Phong ra quân mùa khô giữ rừng (01/04/2014)
- Sơ kết quy chế dân vận quý I năm 2014 (27/03/2014)
""", "2014-04-17", "Tập huấn xây dựng, thực hiện hương ước gắn với bảo vệ rừng cho 120 trưởng bản",
E("tap_huan", "2014", "2014-04-15"),
[P("Lữ Thị Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Kỳ Sơn"),
 P("Vi Văn Sơn", "Phó Hạt trưởng Hạt Kiểm lâm huyện Kỳ Sơn"),
 P("Lô Thị Lan", "Trưởng phòng Tư pháp huyện"),
 P("Moong Văn Thắm", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Xồng Bá Giày", "Trưởng bản Huồi Khe"),
 P("Lầu Nhìa Vàng", "người có uy tín bản Phà Khảo")],
[Q("120 trưởng bản", 120, "trưởng bản"), Q("21 xã, thị trấn", 21, "xã, thị trấn"), Q("155.000 ha", 155000, "ha"),
 Q("168/192 bản", 168, "bản"), Q("khoảng 60%", 60, "%", "approx"), Q("4 vụ cháy rừng", 4, "vụ cháy rừng"),
 Q("11,5 ha", 11.5, "ha"), Q("3 vụ", 3, "vụ"), Q("ít nhất 3 người", 3, "người", "over"),
 Q("120 học viên", 120, "học viên"), Q("100%", 100, "%"), Q("70.000 đồng/ngày", 70000, "đồng")],
[D("Chỉ thị", "08", "CT-UBND", "2014-02-25", "UBND tỉnh", "Chỉ thị số 08/CT-UBND ngày 25/02/2014"),
 D("Thông tư liên tịch", "03", "2000/TTLT-BTP-BVHTT-BTTUBTWMTTQVN", None, None, "Thông tư liên tịch số 03/2000/TTLT-BTP-BVHTT-BTTUBTWMTTQVN"),
 D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 05-NQ/HU")],
[prov("Nghệ An"), com("Mường Lống"), com("Nậm Cắn")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Bạn đang ở: Trang chủ / Dân vận cơ sở / Tin huyện, thành, thị", "Các học viên tại lớp tập huấn. Ảnh: Hồ Lài"],
["Ngày đăng 17/04/2014 | 10:20", "2 ngày", "năm 2014", "Năm 2013", "1 ngày"]))

PAGES.append(page("b6297-kiengiang-bdv-giaoban-q1-2015", """
Báo Kiên Giang Online
Trang chủ › Chính trị › Dân vận
02-04-2015 14:05
Vận động người dân vùng đệm U Minh Thượng giữ rừng tràm mùa khô
Chiều 31/3, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý I năm 2015 với Ban Dân vận các huyện, thị, thành ủy, tập trung vào công tác vận động nhân dân phòng cháy rừng tràm ở vùng đệm Vườn quốc gia U Minh Thượng, nơi có hơn 8.000 ha rừng tràm trên đất than bùn rất dễ cháy. Đồng chí Danh Sơn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Ảnh: Đồng chí Danh Sơn Hùng phát biểu chỉ đạo.
Quý I, Ban Dân vận các cấp đã phối hợp vận động 2.615 hộ sống ven rừng ở các xã An Minh Bắc, Minh Thuận ký cam kết không mang lửa vào rừng, không đốt ong, không bẫy bắt chim thú. Đã có 14 ấp bổ sung nội dung giữ rừng vào quy ước; 38 tổ nhân dân tự quản luân phiên trực chòi canh. Toàn tỉnh chưa để xảy ra vụ cháy rừng nào, trong khi cùng kỳ năm 2014 có 2 vụ với 27 ha rừng tràm bị thiệt hại.
Ông Võ Hoàng Khải, Giám đốc Vườn quốc gia U Minh Thượng cho biết Vườn đang duy trì mực nước trong các lô rừng và đã lập 6 trạm bơm chữa cháy; đề nghị các xã vùng đệm tăng tuyên truyền đến các hộ nuôi ong, câu cá trong mùa nắng. Ông Thạch Sa Mết, người có uy tín ấp Xẻo Đước, xã Minh Thuận, cho biết chùa Khmer trong ấp đã lồng ghép nhắc nhở giữ rừng vào các buổi lễ.
Đồng chí Lâm Ngọc Tuyết, Phó Trưởng Ban Dân vận Tỉnh ủy báo cáo kết quả 3 tháng thực hiện Kế hoạch số 18-KH/BDVTU về dân vận chính quyền trong công tác giữ rừng mùa khô và Kết luận 22, 23-KL/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín trong đồng bào Khmer. Quý I, các cơ quan dân vận tiếp 46 lượt công dân, nhận 19 đơn thư, trong đó 8 đơn liên quan tranh chấp đất lâm nghiệp.
Kết luận buổi giao ban, đồng chí Danh Sơn Hùng yêu cầu quý II, khi cao điểm nắng nóng còn kéo dài, Ban Dân vận các huyện An Minh, U Minh Thượng, Vĩnh Thuận bám dân, bám ấp; phối hợp với Mặt trận tổ chức ngày hội "Toàn dân bảo vệ rừng" và xây dựng thêm ít nhất 5 mô hình "Dân vận khéo" về giữ rừng. Cán bộ dân vận phải có mặt ở ấp trong những ngày cao điểm, nắm tình hình các hộ nuôi ong, đốt đồng, kịp thời nhắc nhở và báo cáo về Ban. Các huyện thực hiện nghiêm Chỉ thị số 19/CT-UBND ngày 15/12/2014 của UBND tỉnh về phòng cháy, chữa cháy rừng mùa khô 2014 - 2015.
Ngọc Hân
Lượt truy cập: 2.731.559
Tin cùng chuyên mục
- Giồng Riềng: ra mắt 3 mô hình dân vận khéo (27/03/2015)
- An Biên: hơn 900 hộ ký cam kết phòng cháy rừng (19/03/2015)
- Ban Dân vận Tỉnh ủy thăm chùa Khmer dịp Chôl Chnăm Thmây (12/03/2015)
""", "2015-04-02", "Vận động người dân vùng đệm U Minh Thượng giữ rừng tràm mùa khô",
E("giao_ban", "2015-Q1", "2015-03-31"),
[P("Danh Sơn Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Hoàng Khải", "Giám đốc Vườn quốc gia U Minh Thượng"),
 P("Thạch Sa Mết", "người có uy tín ấp Xẻo Đước"),
 P("Lâm Ngọc Tuyết", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 8.000 ha", 8000, "ha", "over"), Q("2.615 hộ", 2615, "hộ"), Q("14 ấp", 14, "ấp"), Q("38 tổ nhân dân tự quản", 38, "tổ nhân dân tự quản"),
 Q("2 vụ", 2, "vụ"), Q("27 ha", 27, "ha"), Q("6 trạm bơm chữa cháy", 6, "trạm bơm chữa cháy"),
 Q("46 lượt công dân", 46, "lượt công dân"), Q("19 đơn thư", 19, "đơn thư"), Q("8 đơn", 8, "đơn"),
 Q("ít nhất 5 mô hình", 5, "mô hình", "over")],
[D("Kế hoạch", "18", "KH/BDVTU", None, None, "Kế hoạch số 18-KH/BDVTU"),
 D("Kết luận", "22", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 22, 23-KL/TU"),
 D("Kết luận", "23", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 22, 23-KL/TU"),
 D("Chỉ thị", "19", "CT-UBND", "2014-12-15", "UBND tỉnh", "Chỉ thị số 19/CT-UBND ngày 15/12/2014")],
[prov("Kiên Giang"), com("An Minh Bắc"), com("Minh Thuận")],
["Báo Kiên Giang Online", "Trang chủ › Chính trị › Dân vận", "Ảnh: Đồng chí Danh Sơn Hùng phát biểu chỉ đạo.",
 "Toàn dân bảo vệ rừng", "Dân vận khéo", "Lượt truy cập: 2.731.559", "Vườn quốc gia U Minh Thượng"],
["02-04-2015 14:05", "quý I năm 2015", "3 tháng", "năm 2014", "Lượt truy cập: 2.731.559", "mùa khô 2014 - 2015"]))

PAGES.append(page("b6298-sonla-mttq-traoqua-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA
Trang chủ :: Hoạt động Mặt trận :: Tin cơ sở
Thứ Sáu, 29/01/2016
Trao 150 suất quà Tết cho tổ đội giữ rừng ở Mộc Châu
Ngày 27/01/2016, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với Chi cục Kiểm lâm tỉnh đến thăm, tặng quà các tổ đội xung kích phòng cháy, chữa cháy rừng và các hộ nghèo nhận khoán bảo vệ rừng tại xã Tân Lập và xã Chiềng Khừa, huyện Mộc Châu nhân dịp Tết Nguyên đán Bính Thân 2016.
Đồng chí Cầm Thị Phượng trao quà cho thành viên tổ đội xung kích bản Nà Bó.
Đây là năm thứ tư Ủy ban MTTQ Việt Nam tỉnh Sơn La tổ chức thăm, tặng quà những người trực tiếp giữ rừng trước mùa khô, nhằm động viên các tổ đội và khích lệ phong trào toàn dân tham gia phòng cháy rừng.
Tham gia đoàn có đồng chí Cầm Thị Phượng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lò Văn Pánh, Chi cục trưởng Chi cục Kiểm lâm tỉnh; đồng chí Quàng Thị Ún, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh. Tiếp đoàn có đồng chí Hà Văn Khiêm, Bí thư Đảng ủy xã Tân Lập và đồng chí Sồng A Chứ, Chủ tịch UBND xã Chiềng Khừa.
Tại hai xã, đoàn đã trao 150 suất quà Tết, mỗi suất trị giá 600.000 đồng gồm tiền mặt và nhu yếu phẩm; trao tặng 20 bình chữa cháy đeo vai và 40 bộ dao, cào cho các tổ đội xung kích. Tổng giá trị quà tặng trên 120 triệu đồng, do Quỹ "Vì người nghèo" tỉnh và các doanh nghiệp trên địa bàn đóng góp.
Theo báo cáo của UBND xã Tân Lập, năm 2015 xã có 1.860 ha rừng được giao khoán cho 412 hộ; toàn xã thành lập 11 tổ đội xung kích với 176 thành viên, duy trì trực 24/24 giờ tại 3 chòi canh lửa trong mùa khô. 100% bản đã đưa quy định về đốt nương, phát rẫy vào hương ước; các bản tổ chức cho 412 hộ nhận khoán ký cam kết hằng năm. Năm 2015, xã không để xảy ra cháy rừng.
Phát biểu tại buổi trao quà, đồng chí Cầm Thị Phượng ghi nhận sự vất vả của các tổ đội, đề nghị xã tiếp tục triển khai Chỉ thị số 15-CT/TU ngày 20/10/2015 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác quản lý, bảo vệ rừng và Kế hoạch số 146/KH-UBND của UBND tỉnh về phòng cháy, chữa cháy rừng năm 2016; không để người dân đốt nương trong ngày có gió Lào.
Thay mặt các tổ đội, ông Mùa A Sềnh, Tổ trưởng tổ đội xung kích bản Nà Bó, xã Tân Lập, bày tỏ xúc động và hứa giữ rừng như giữ nhà. Ông cho biết năm nay tổ sẽ phối hợp với các bản bên cạnh tổ chức tuần tra chung vào ban đêm, nhất là trong tháng 3 và tháng 4.
Thanh Huyền
Số lượt truy cập: 318.402
Các tin đã đưa
- Thuận Châu: Mặt trận vận động 3.200 hộ ký cam kết giữ rừng (20/01/2016)
- Trao 200 suất quà cho hộ nghèo huyện Sốp Cộp (15/01/2016)
- Hội nghị tổng kết công tác Mặt trận năm 2015 (08/01/2016)
""", "2016-01-29", "Trao 150 suất quà Tết cho tổ đội giữ rừng ở Mộc Châu",
E("trao_qua", None, "2016-01-27"),
[P("Cầm Thị Phượng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Pánh", "Chi cục trưởng Chi cục Kiểm lâm tỉnh"),
 P("Quàng Thị Ún", "Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Khiêm", "Bí thư Đảng ủy xã Tân Lập"),
 P("Sồng A Chứ", "Chủ tịch UBND xã Chiềng Khừa"),
 P("Mùa A Sềnh", "Tổ trưởng tổ đội xung kích bản Nà Bó")],
[Q("150 suất quà", 150, "suất quà"), Q("600.000 đồng", 600000, "đồng"), Q("20 bình chữa cháy đeo vai", 20, "bình chữa cháy đeo vai"),
 Q("40 bộ dao, cào", 40, "bộ dao, cào"), Q("trên 120 triệu đồng", 120000000, "đồng", "over"), Q("1.860 ha", 1860, "ha"),
 Q("412 hộ", 412, "hộ"), Q("11 tổ đội xung kích", 11, "tổ đội xung kích"), Q("176 thành viên", 176, "thành viên"),
 Q("3 chòi canh lửa", 3, "chòi canh lửa"), Q("100%", 100, "%")],
[D("Chỉ thị", "15", "CT/TU", "2015-10-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU ngày 20/10/2015"),
 D("Kế hoạch", "146", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 146/KH-UBND")],
[prov("Sơn La"), com("Tân Lập"), com("Chiềng Khừa")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA", "Trang chủ :: Hoạt động Mặt trận :: Tin cơ sở",
 "Đồng chí Cầm Thị Phượng trao quà cho thành viên tổ đội xung kích bản Nà Bó.", "Vì người nghèo", "Số lượt truy cập: 318.402"],
["Thứ Sáu, 29/01/2016", "Tết Nguyên đán Bính Thân 2016", "24/24 giờ", "năm thứ tư", "năm 2015", "năm 2016", "Số lượt truy cập: 318.402"]))
