from lib import *
PAGES = []

PAGES.append(page("b1877-nghean-hnd-tongket-2011", """
HỘI NÔNG DÂN TỈNH NGHỆ AN
Trang chủ » Hoạt động Hội » Tin tức - Sự kiện
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Hội Nông dân Nghệ An: năm 2011 kết nạp 6.350 hội viên mới
Ngày 27/12/2011, Ban Thường vụ Hội Nông dân tỉnh Nghệ An tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Nguyễn Đình Hòe, Chủ tịch Hội Nông dân tỉnh, chủ trì hội nghị. Dự hội nghị có đồng chí Lô Thị Kim Ngân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Vi Văn Sơn, Ủy viên Ban Thường vụ, Trưởng ban Kinh tế - Xã hội Trung ương Hội Nông dân Việt Nam, cùng 186 đại biểu là chủ tịch hội nông dân các huyện, thành, thị và cơ sở.
Báo cáo do đồng chí Hồ Sỹ Thắng, Phó Chủ tịch Thường trực Hội Nông dân tỉnh trình bày cho biết, năm 2011 toàn tỉnh kết nạp 6.350 hội viên mới, nâng tổng số hội viên lên 412.780 người, sinh hoạt ở 478 cơ sở hội và 5.924 chi hội. Các cấp hội đã tổ chức 1.326 buổi tuyên truyền cho 98.500 lượt hội viên về Nghị quyết số 26-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn và Kết luận 61-KL/TW ngày 3/12/2009 của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam giai đoạn 2010-2020".
Phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững" có 128.640 hộ đăng ký, cuối năm có 86.215 hộ đạt danh hiệu các cấp. Quỹ Hỗ trợ nông dân các cấp tăng trưởng 4,6 tỷ đồng, tổng nguồn quỹ đạt 31,2 tỷ đồng, cho 2.870 hộ vay. Hội phối hợp Ngân hàng Chính sách xã hội quản lý dư nợ ủy thác 1.845 tỷ đồng với 91.300 hộ vay. Các cấp hội mở 214 lớp dạy nghề cho 6.420 lao động nông thôn theo Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ. Tỷ lệ hộ nghèo trong hội viên giảm 3,8%.
Tại hội nghị, ông Moong Văn Xiêm, Chủ tịch Hội Nông dân huyện Kỳ Sơn, nêu khó khăn trong vận động đồng bào Khơ Mú, Mông bỏ phát rừng làm rẫy; bà Vừ Y Ly, Chủ tịch Hội Nông dân xã Mường Lống, chia sẻ cách chi hội vận động bà con trồng đào, nuôi bò nhốt chuồng. Đại diện Hội Nông dân xã Nghi Hoa giới thiệu mô hình tổ hợp tác rau an toàn.
Phát biểu chỉ đạo, đồng chí Lô Thị Kim Ngân ghi nhận kết quả Hội đạt được, đề nghị năm 2012 các cấp hội bám sát cơ sở, tham gia xây dựng nông thôn mới theo Quyết định số 800/QĐ-TTg ngày 4/6/2010 của Thủ tướng Chính phủ, làm tốt công tác hòa giải ở cơ sở, không để nông dân bị lôi kéo, kích động.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng bằng khen cho 7 tập thể, 11 cá nhân; Hội Nông dân tỉnh tặng giấy khen cho 35 tập thể và 62 cá nhân có thành tích xuất sắc trong năm 2011.
Phan Hòa
Lượt xem: 1.204
Tin liên quan
- Kỳ Sơn: Hội Nông dân huyện tập huấn nuôi bò cho 120 hội viên (12/12/2011)
- Hội Nông dân tỉnh giám sát việc cung ứng phân bón (30/11/2011)
- Nông dân Quỳnh Lưu hiến đất làm đường (18/11/2011)
- Trao 45 con bò giống cho hộ nghèo huyện Tương Dương (02/11/2011)
""", "2011-12-28", "Hội Nông dân Nghệ An: năm 2011 kết nạp 6.350 hội viên mới",
E("tong_ket", "2011", "2011-12-27"),
[P("Nguyễn Đình Hòe", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lô Thị Kim Ngân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "Ủy viên Ban Thường vụ", "Trưởng ban Kinh tế - Xã hội Trung ương Hội Nông dân Việt Nam"),
 P("Hồ Sỹ Thắng", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("Moong Văn Xiêm", "Chủ tịch Hội Nông dân huyện Kỳ Sơn"),
 P("Vừ Y Ly", "Chủ tịch Hội Nông dân xã Mường Lống")],
[Q("6.350 hội viên mới", 6350, "hội viên mới"), Q("186 đại biểu", 186, "đại biểu"),
 Q("412.780 người", 412780, "người"), Q("478 cơ sở hội", 478, "cơ sở hội"), Q("5.924 chi hội", 5924, "chi hội"),
 Q("1.326 buổi tuyên truyền", 1326, "buổi tuyên truyền"), Q("98.500 lượt hội viên", 98500, "lượt hội viên"),
 Q("128.640 hộ", 128640, "hộ"), Q("86.215 hộ", 86215, "hộ"), Q("4,6 tỷ đồng", 4600000000, "đồng"),
 Q("31,2 tỷ đồng", 31200000000, "đồng"), Q("2.870 hộ", 2870, "hộ"), Q("1.845 tỷ đồng", 1845000000000, "đồng"),
 Q("91.300 hộ", 91300, "hộ"), Q("214 lớp dạy nghề", 214, "lớp dạy nghề"),
 Q("6.420 lao động nông thôn", 6420, "lao động nông thôn"), Q("3,8%", 3.8, "%"),
 Q("7 tập thể", 7, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("35 tập thể", 35, "tập thể"), Q("62 cá nhân", 62, "cá nhân")],
[D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 26-NQ/TW"),
 D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận 61-KL/TW ngày 3/12/2009"),
 D("Quyết định", "1956", "QĐ-TTg", "2009-11-27", "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg ngày 27/11/2009"),
 D("Quyết định", "800", "QĐ-TTg", "2010-06-04", "Thủ tướng Chính phủ", "Quyết định số 800/QĐ-TTg ngày 4/6/2010")],
[prov("Nghệ An"), com("Mường Lống"), com("Nghi Hoa")],
["HỘI NÔNG DÂN TỈNH NGHỆ AN", "Trang chủ » Hoạt động Hội » Tin tức - Sự kiện", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam giai đoạn 2010-2020",
 "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
 "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "giai đoạn 2010-2020", "Lượt xem: 1.204"]))

PAGES.append(page("b1878-laocai-tinhdoan-soket-2012", """
TỈNH ĐOÀN LÀO CAI - CỔNG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ / Hoạt động Đoàn / Tin tổng hợp
Cập nhật: 15:20, 10/07/2012 (GMT+7)
Tuổi trẻ Lào Cai ra quân 312 công trình thanh niên
Ngày 9/7, Ban Thường vụ Tỉnh đoàn Lào Cai tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2012, bàn giải pháp thực hiện nhiệm vụ 6 tháng cuối năm. Đồng chí Lù Văn Thắng, Tỉnh ủy viên, Bí thư Tỉnh đoàn chủ trì hội nghị.
Các đại biểu biểu quyết thông qua báo cáo sơ kết. Ảnh: Minh Khoa
Báo cáo do đồng chí Sùng A Lềnh, Phó Bí thư Thường trực Tỉnh đoàn trình bày cho biết, 6 tháng qua các cấp bộ Đoàn đã tổ chức học tập, quán triệt Nghị quyết 25-NQ/TW ngày 25/7/2008 của BCH Trung ương về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên và Chương trình hành động số 12-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn. Toàn tỉnh kết nạp 1.846 đoàn viên mới, giới thiệu 214 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó 97 đoàn viên đã được kết nạp vào Đảng.
Các cơ sở Đoàn ra quân 312 công trình thanh niên, sửa chữa 36 km đường giao thông nông thôn, tổng giá trị 1,45 tỷ đồng. Đoàn phối hợp Ngân hàng Chính sách xã hội hỗ trợ 58 thanh niên vay vốn lập nghiệp với tổng dư nợ 9,6 tỷ đồng; việc tuyên truyền Luật Thanh niên ở vùng cao đạt 56% chỉ tiêu năm. Chiến dịch Thanh niên tình nguyện hè năm 2012 với chủ đề "Tuổi trẻ Lào Cai vì biên cương bình yên" được triển khai theo kế hoạch số 58-KH/TĐTN.
Thảo luận tại hội nghị, đồng chí Hoàng Thu Hà, Phó Bí thư Tỉnh đoàn - Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh, đề nghị các huyện đoàn quan tâm tập hợp thanh niên tôn giáo; đồng chí Tẩn Thị Mẩy, Bí thư Huyện đoàn Bát Xát, cho biết nhiều đoàn viên người Dao, Hà Nhì đi làm ăn xa nên sinh hoạt chi đoàn khó duy trì. Đồng chí Lý Seo Chúng, Bí thư Đoàn xã Y Tý, kiến nghị hỗ trợ kinh phí cho đội thanh niên xung kích bảo vệ rừng; Đoàn xã Bản Vược có cách làm hay trong vận động thanh niên hiến đất làm sân thể thao.
Tại hội nghị, Tỉnh đoàn công bố quyết định của Ban Bí thư Trung ương Đoàn chuẩn y đồng chí Chảo Văn Lâm giữ chức Phó Bí thư Tỉnh đoàn khóa XIV. Hội nghị cũng thống nhất các hoạt động chào mừng Đại hội Đoàn toàn quốc lần thứ X.
Kết luận hội nghị, đồng chí Lù Văn Thắng yêu cầu 6 tháng cuối năm các cấp bộ Đoàn đổi mới nội dung sinh hoạt chi đoàn, phấn đấu hoàn thành các chỉ tiêu năm 2012.
Thanh Xuân
Tin cùng chuyên mục
- Bát Xát: ra mắt đội thanh niên tình nguyện biên giới (05/07/2012)
- Tuyên dương 45 thanh niên tiên tiến làm theo lời Bác (28/06/2012)
- Sa Pa: thanh niên chung tay làm đường vào bản (15/06/2012)
- Hội thi Bí thư chi đoàn giỏi cụm Mường Khương (04/06/2012)
""", "2012-07-10", "Tuổi trẻ Lào Cai ra quân 312 công trình thanh niên",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Lù Văn Thắng", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Sùng A Lềnh", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Hoàng Thu Hà", "Phó Bí thư Tỉnh đoàn - Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Tẩn Thị Mẩy", "Bí thư Huyện đoàn Bát Xát"),
 P("Lý Seo Chúng", "Bí thư Đoàn xã Y Tý"),
 P("Chảo Văn Lâm", "Phó Bí thư Tỉnh đoàn khóa XIV")],
[Q("312 công trình thanh niên", 312, "công trình thanh niên"), Q("1.846 đoàn viên mới", 1846, "đoàn viên mới"),
 Q("214 đoàn viên ưu tú", 214, "đoàn viên ưu tú"), Q("97 đoàn viên", 97, "đoàn viên"), Q("36 km", 36, "km"),
 Q("1,45 tỷ đồng", 1450000000, "đồng"), Q("58 thanh niên", 58, "thanh niên"), Q("9,6 tỷ đồng", 9600000000, "đồng"),
 Q("56%", 56, "%")],
[D("Nghị quyết", "25", "NQ/TW", "2008-07-25", "BCH Trung ương", "Nghị quyết 25-NQ/TW ngày 25/7/2008"),
 D("Chương trình hành động", "12", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình hành động số 12-CTr/TĐTN"),
 D("Kế hoạch", "58", "KH/TĐTN", None, None, "kế hoạch số 58-KH/TĐTN")],
[prov("Lào Cai"), com("Y Tý"), com("Bản Vược")],
["TỈNH ĐOÀN LÀO CAI - CỔNG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Hoạt động Đoàn / Tin tổng hợp",
 "Các đại biểu biểu quyết thông qua báo cáo sơ kết. Ảnh: Minh Khoa", "Luật Thanh niên", "Thanh niên tình nguyện hè",
 "Tuổi trẻ Lào Cai vì biên cương bình yên", "Ngân hàng Chính sách xã hội"],
["Cập nhật: 15:20, 10/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "khóa XIV", "lần thứ X", "năm 2012"]))

PAGES.append(page("b1879-soctrang-hlhpn-tongket-2013", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG
Trang chủ | Tin tức | Hoạt động Hội
08:45 | 20/12/2013
Phụ nữ Sóc Trăng giúp 1.250 hộ hội viên thoát nghèo
Sáng 19/12, Hội LHPN tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2013. Dự hội nghị có đồng chí Huỳnh Văn Tám, Phó Bí thư Tỉnh ủy; đồng chí Trần Thị Kim Liên, Chủ tịch Hội LHPN tỉnh chủ trì. Cùng dự có các đồng chí Thạch Thị Sô Phi, Sơn Thị Chanh Đa - Phó Chủ tịch Hội LHPN tỉnh.
Toàn cảnh hội nghị tổng kết công tác Hội năm 2013.
Năm 2013, các cấp hội tiếp tục triển khai Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Đề án 343 của Thủ tướng Chính phủ; tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 15, 16-CT/TU về công tác vận động phụ nữ dân tộc Khmer và về bình đẳng giới trong cán bộ nữ. Hai cuộc vận động "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc" và "Xây dựng gia đình 5 không, 3 sạch" được hội viên hưởng ứng.
Trong năm, toàn tỉnh kết nạp 4.126 hội viên mới, nâng tổng số hội viên lên 186.420 chị, đạt 68,5% so với tổng số phụ nữ từ 18 tuổi trở lên. Hội phối hợp Ngân hàng Chính sách xã hội quản lý dư nợ ủy thác hơn 512 tỷ đồng cho 28.640 hộ vay; phối hợp mở 42 lớp dạy nghề cho 1.260 phụ nữ dân tộc Khmer, giới thiệu việc làm cho 2.318 lao động nữ. Các cấp hội vận động xây dựng 86 Mái ấm tình thương, mỗi căn trị giá 30 triệu đồng, tổng trị giá 2,58 tỷ đồng; nhận đỡ đầu 215 trẻ em mồ côi. Nhờ các hoạt động này, Hội đã giúp 1.250 hộ hội viên thoát nghèo.
Tại hội nghị, chị Lý Thị Sà Quênh, Chủ tịch Hội LHPN xã Lai Hòa, giới thiệu mô hình tổ phụ nữ tiết kiệm nuôi heo; chị Kim Thị Ngọc Hân, Chủ tịch Hội LHPN thị trấn Mỹ Xuyên, chia sẻ kinh nghiệm vận động chị em người Hoa, người Khmer cùng sinh hoạt. Hội LHPN xã Viên An nêu khó khăn về nguồn vốn cho chị em làm nghề biển.
Phát biểu chỉ đạo, đồng chí Huỳnh Văn Tám đề nghị năm 2014 Hội quan tâm phát triển hội viên ở vùng đồng bào dân tộc, nhân rộng các mô hình giảm nghèo, tham gia giám sát và phản biện xã hội. Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 5 tập thể và 8 cá nhân.
Hội nghị cũng chỉ ra những hạn chế: sinh hoạt chi hội ở một số ấp đồng bào Khmer còn hình thức, chưa thu hút hội viên trẻ; việc phát triển hội viên ở khu vực doanh nghiệp còn chậm; một số cơ sở hội chưa chủ động tham mưu cấp ủy giải quyết những vấn đề bức xúc của phụ nữ như bạo lực gia đình, kết hôn với người nước ngoài qua môi giới trái phép.
Ngọc Thảo
Số lượt truy cập: 345.128
Các tin khác
- Vĩnh Châu: trao 20 con bò cho phụ nữ nghèo (10/12/2013)
- Hội thi "Phụ nữ khéo tay" năm 2013 (28/11/2013)
- Ngã Năm ra mắt câu lạc bộ gia đình hạnh phúc (15/11/2013)
""", "2013-12-20", "Phụ nữ Sóc Trăng giúp 1.250 hộ hội viên thoát nghèo",
E("tong_ket", "2013", "2013-12-19"),
[P("Huỳnh Văn Tám", "Phó Bí thư Tỉnh ủy"),
 P("Trần Thị Kim Liên", "Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Thị Sô Phi", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Sơn Thị Chanh Đa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lý Thị Sà Quênh", "Chủ tịch Hội LHPN xã Lai Hòa"),
 P("Kim Thị Ngọc Hân", "Chủ tịch Hội LHPN thị trấn Mỹ Xuyên")],
[Q("1.250 hộ hội viên", 1250, "hộ hội viên"), Q("4.126 hội viên mới", 4126, "hội viên mới"),
 Q("186.420 chị", 186420, "chị"), Q("68,5%", 68.5, "%"), Q("hơn 512 tỷ đồng", 512000000000, "đồng", "over"),
 Q("28.640 hộ", 28640, "hộ"), Q("42 lớp dạy nghề", 42, "lớp dạy nghề"),
 Q("1.260 phụ nữ dân tộc Khmer", 1260, "phụ nữ dân tộc Khmer"), Q("2.318 lao động nữ", 2318, "lao động nữ"),
 Q("86 Mái ấm tình thương", 86, "Mái ấm tình thương"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("2,58 tỷ đồng", 2580000000, "đồng"), Q("215 trẻ em mồ côi", 215, "trẻ em mồ côi"),
 Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007"),
 D("Đề án", "343", None, None, "Thủ tướng Chính phủ", "Đề án 343"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU")],
[prov("Sóc Trăng"), com("Lai Hòa"), com("Mỹ Xuyên"), com("Viên An")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG", "Trang chủ | Tin tức | Hoạt động Hội", "Toàn cảnh hội nghị tổng kết công tác Hội năm 2013.",
 "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Xây dựng gia đình 5 không, 3 sạch",
 "Mái ấm tình thương", "Số lượt truy cập: 345.128"],
["08:45 | 20/12/2013", "năm 2013", "5 không, 3 sạch", "18 tuổi", "năm 2014", "Số lượt truy cập: 345.128"]))

PAGES.append(page("b1880-gialai-hccb-soket-2014", """
HỘI CỰU CHIẾN BINH TỈNH GIA LAI
Vị trí: Trang chủ > Tin hoạt động
04/07/2014 - 16:10
Đồng chí Ksor Hơ Nin phát biểu chỉ đạo hội nghị.
Cựu chiến binh Gia Lai giúp nhau làm kinh tế giỏi
Ngày 3/7, Hội Cựu chiến binh tỉnh tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Dự hội nghị có đồng chí Ksor Hơ Nin, Phó Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Chủ tịch Hội CCB tỉnh: Đỗ Văn Hạnh, Siu Blưk đồng chủ trì.
Theo báo cáo, 6 tháng qua các cấp hội kết nạp 412 hội viên mới, nâng tổng số lên 23.760 hội viên. Hội tiếp tục thực hiện Pháp lệnh Cựu chiến binh, Nghị định 150/2006/NĐ-CP của Chính phủ và Nghị quyết 09-NQ/TU ngày 12/5/2012 của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số; ban hành Kế hoạch 79-KH/CCB về đợt sinh hoạt chính trị kỷ niệm 60 năm Chiến thắng Điện Biên Phủ.
Phong trào "Cựu chiến binh gương mẫu" và "CCB giúp nhau giảm nghèo, làm kinh tế giỏi" tiếp tục lan tỏa. Các cấp hội vận động 1.126 hội viên tham gia 17 tổ hợp tác; Quỹ hội tăng 1,2 tỷ đồng, cho 315 lượt hội viên vay. Toàn tỉnh có 2.864 hộ hội viên đạt danh hiệu sản xuất kinh doanh giỏi; còn 687 hộ nghèo trong hội viên, giảm 134 hộ so với cuối năm 2013. Hội xây dựng 9 căn nhà đồng đội trị giá 540 triệu đồng; hội viên tham gia hòa giải thành 28 vụ việc mâu thuẫn, đạt 90,3% số vụ việc được hòa giải.
Tại hội nghị, đồng chí Kpă Hlin, Chủ tịch Hội CCB huyện Ia Pa, cho biết huyện hội vận động hội viên người Jrai chuyển đổi cây trồng; đồng chí Rơ Mah Byưh, Chủ tịch Hội CCB xã Ia Dreng, đề nghị tỉnh hội tăng nguồn vốn cho hội viên nghèo. Chi hội CCB làng Bi, xã Ia Mrơn được biểu dương vì giữ vững 5 năm liền không có hội viên vi phạm pháp luật.
Đồng chí Lê Đình Thông, Ủy viên Ban Thường vụ - Trưởng ban Tổ chức - Kiểm tra Hội CCB tỉnh, quán triệt kế hoạch kiểm tra 6 tháng cuối năm.
Kết luận hội nghị, đồng chí Đỗ Văn Hạnh đề nghị các cấp hội làm tốt công tác nắm tình hình tư tưởng hội viên, tham gia bảo vệ an ninh biên giới và vận động đồng bào không nghe theo kẻ xấu vượt biên trái phép.
Hội nghị đánh giá, bên cạnh kết quả đạt được, công tác nắm tình hình ở một số chi hội vùng sâu còn chậm; việc quản lý nguồn vốn vay ở vài nơi chưa chặt chẽ, còn để hội viên sử dụng sai mục đích. Một số cơ sở hội chưa quan tâm bồi dưỡng cán bộ hội là người dân tộc thiểu số, nội dung sinh hoạt còn đơn điệu, chưa gắn với nhiệm vụ phát triển kinh tế của địa phương.
Hồng Thi
Lượt xem: 512
Tin khác
- Chư Sê: 20 năm thành lập Hội Cựu chiến binh huyện (25/06/2014)
- Trao nhà đồng đội cho hội viên xã Ia Tiêm (12/06/2014)
- Hội CCB tỉnh giao ban cụm thi đua số 2 (30/05/2014)
- Đak Đoa: cựu chiến binh giúp nhau trồng cà phê (21/05/2014)
""", "2014-07-04", "Cựu chiến binh Gia Lai giúp nhau làm kinh tế giỏi",
E("so_ket", "2014-H1", "2014-07-03"),
[P("Ksor Hơ Nin", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Văn Hạnh", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Siu Blưk", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Kpă Hlin", "Chủ tịch Hội CCB huyện Ia Pa"),
 P("Rơ Mah Byưh", "Chủ tịch Hội CCB xã Ia Dreng"),
 P("Lê Đình Thông", "Ủy viên Ban Thường vụ - Trưởng ban Tổ chức - Kiểm tra Hội CCB tỉnh")],
[Q("412 hội viên mới", 412, "hội viên mới"), Q("23.760 hội viên", 23760, "hội viên"),
 Q("1.126 hội viên", 1126, "hội viên"), Q("17 tổ hợp tác", 17, "tổ hợp tác"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("315 lượt hội viên", 315, "lượt hội viên"), Q("2.864 hộ hội viên", 2864, "hộ hội viên"),
 Q("687 hộ nghèo", 687, "hộ nghèo"), Q("134 hộ", 134, "hộ"), Q("9 căn nhà đồng đội", 9, "căn nhà đồng đội"),
 Q("540 triệu đồng", 540000000, "đồng"), Q("28 vụ việc mâu thuẫn", 28, "vụ việc mâu thuẫn"), Q("90,3%", 90.3, "%")],
[D("Nghị định", "150", "2006/NĐ-CP", None, "Chính phủ", "Nghị định 150/2006/NĐ-CP"),
 D("Nghị quyết", "09", "NQ/TU", "2012-05-12", "Ban Thường vụ Tỉnh ủy", "Nghị quyết 09-NQ/TU ngày 12/5/2012"),
 D("Kế hoạch", "79", "KH/CCB", None, None, "Kế hoạch 79-KH/CCB")],
[prov("Gia Lai"), com("Ia Dreng"), com("Ia Mrơn")],
["HỘI CỰU CHIẾN BINH TỈNH GIA LAI", "Vị trí: Trang chủ > Tin hoạt động", "Đồng chí Ksor Hơ Nin phát biểu chỉ đạo hội nghị.",
 "Pháp lệnh Cựu chiến binh", "Cựu chiến binh gương mẫu", "CCB giúp nhau giảm nghèo, làm kinh tế giỏi", "Lượt xem: 512"],
["04/07/2014 - 16:10", "6 tháng đầu năm 2014", "6 tháng cuối năm", "60 năm", "5 năm", "năm 2013", "Lượt xem: 512"]))

PAGES.append(page("b1881-binhduong-ldld-tongket-2015", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG
Trang chủ :: Tin tức :: Hoạt động Công đoàn
30-12-2015 10:15
Công đoàn Bình Dương tổng kết năm 2015: phát triển 32.540 đoàn viên mới
Chiều 29/12, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2015 và triển khai chương trình công tác năm 2016. Dự hội nghị có đồng chí Trần Thị Ngọc Hân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Đỗ Quang Trung, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam. Đồng chí Phạm Minh Tâm, TUV, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị.
Đồng chí Đỗ Quang Trung trao cờ thi đua cho các đơn vị. Ảnh: Quốc Bình
Năm 2015, các cấp công đoàn tiếp tục thực hiện Nghị quyết 20-NQ/TW ngày 28/1/2008 của BCH Trung ương (khóa X) về tiếp tục xây dựng giai cấp công nhân Việt Nam, Chỉ thị 22-CT/TW ngày 5/6/2008 của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp và Nghị quyết 6b/NQ-TLĐ của Ban Chấp hành Tổng Liên đoàn về đối thoại và thương lượng tập thể.
Toàn tỉnh phát triển 32.540 đoàn viên mới, thành lập 186 công đoàn cơ sở, nâng tổng số lên 1.420 công đoàn cơ sở với 356.800 đoàn viên. Các công đoàn cơ sở ký kết 912 bản thỏa ước lao động tập thể, tỷ lệ doanh nghiệp có thỏa ước đạt 78,6%. Công đoàn các cấp tham gia giải quyết 74 cuộc ngừng việc tập thể, không để xảy ra điểm nóng.
Trong "Tháng Công nhân", các cấp công đoàn thăm, tặng 12.600 phần quà cho công nhân khó khăn, trị giá hơn 6,3 tỷ đồng; xây dựng và bàn giao 48 Mái ấm Công đoàn với tổng kinh phí 1,92 tỷ đồng. Chương trình "Tết sum vầy" hỗ trợ 1.800 vé xe cho công nhân về quê ăn Tết.
Tại hội nghị, chị Ma Thị Hoa, Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Phú Thịnh, chia sẻ kinh nghiệm đối thoại định kỳ với chủ doanh nghiệp; đồng chí Nguyễn Thành Út, HUV, Chủ tịch LĐLĐ thị xã Thuận An, đề nghị hỗ trợ nhà trọ cho công nhân ở phường Bình Hòa. Công đoàn phường Mỹ Phước được biểu dương về mô hình "Nhà trọ văn minh".
Phát biểu chỉ đạo, đồng chí Trần Thị Ngọc Hân đề nghị năm 2016 các cấp công đoàn tập trung phát triển đoàn viên ở doanh nghiệp ngoài nhà nước, làm tốt vai trò đại diện, bảo vệ quyền lợi người lao động.
Dịp này, LĐLĐ tỉnh khen thưởng 24 tập thể và 31 đồng chí có thành tích xuất sắc.
Hội nghị nhận định, tình hình quan hệ lao động trên địa bàn tỉnh cơ bản ổn định; tuy nhiên việc làm, thu nhập của một bộ phận công nhân còn bấp bênh, nhiều doanh nghiệp nợ đọng bảo hiểm xã hội, chậm trả lương. Cán bộ công đoàn cơ sở phần lớn kiêm nhiệm, còn ngại đấu tranh với người sử dụng lao động; việc thương lượng thỏa ước ở nhiều nơi còn sao chép quy định của pháp luật.
Thanh Hương
Bài viết liên quan
- Bàn giao 5 Mái ấm Công đoàn tại Bến Cát (18/12/2015)
- Tân Uyên: đối thoại giữa công nhân và doanh nghiệp (09/12/2015)
- Hội thi an toàn vệ sinh viên giỏi năm 2015 (25/11/2015)
""", "2015-12-30", "Công đoàn Bình Dương tổng kết năm 2015: phát triển 32.540 đoàn viên mới",
E("tong_ket", "2015", "2015-12-29"),
[P("Trần Thị Ngọc Hân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Quang Trung", "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
 P("Phạm Minh Tâm", "TUV", "Chủ tịch LĐLĐ tỉnh"),
 P("Ma Thị Hoa", "Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Phú Thịnh"),
 P("Nguyễn Thành Út", "HUV", "Chủ tịch LĐLĐ thị xã Thuận An")],
[Q("32.540 đoàn viên mới", 32540, "đoàn viên mới"), Q("186 công đoàn cơ sở", 186, "công đoàn cơ sở"),
 Q("1.420 công đoàn cơ sở", 1420, "công đoàn cơ sở"), Q("356.800 đoàn viên", 356800, "đoàn viên"),
 Q("912 bản thỏa ước lao động tập thể", 912, "bản thỏa ước lao động tập thể"), Q("78,6%", 78.6, "%"),
 Q("74 cuộc ngừng việc tập thể", 74, "cuộc ngừng việc tập thể"), Q("12.600 phần quà", 12600, "phần quà"),
 Q("hơn 6,3 tỷ đồng", 6300000000, "đồng", "over"), Q("48 Mái ấm Công đoàn", 48, "Mái ấm Công đoàn"),
 Q("1,92 tỷ đồng", 1920000000, "đồng"), Q("1.800 vé xe", 1800, "vé xe"),
 Q("24 tập thể", 24, "tập thể"), Q("31 đồng chí", 31, "đồng chí")],
[D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "BCH Trung ương", "Nghị quyết 20-NQ/TW ngày 28/1/2008"),
 D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị 22-CT/TW ngày 5/6/2008"),
 D("Nghị quyết", "6b", "NQ-TLĐ", None, "Ban Chấp hành Tổng Liên đoàn", "Nghị quyết 6b/NQ-TLĐ")],
[prov("Bình Dương"), com("Bình Hòa"), com("Mỹ Phước")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG", "Trang chủ :: Tin tức :: Hoạt động Công đoàn",
 "Đồng chí Đỗ Quang Trung trao cờ thi đua cho các đơn vị. Ảnh: Quốc Bình", "Tháng Công nhân", "Tết sum vầy", "Nhà trọ văn minh"],
["30-12-2015 10:15", "năm 2015", "năm 2016", "31 đồng chí", "khóa X"]))

PAGES.append(page("b1882-thaibinh-hnd-giaoban-2016", """
HỘI NÔNG DÂN TỈNH THÁI BÌNH
Hôm nay: Thứ Bảy, 09/04/2016
Trang chủ > Tin tức > Hoạt động các cấp Hội
Ngày đăng 08/04/2016 | 14:35
Giao ban công tác Hội quý I/2016
Ngày 7/4, Thường trực Hội Nông dân tỉnh tổ chức giao ban công tác Hội và phong trào nông dân quý I năm 2016 với chủ tịch hội nông dân 8 huyện, thành phố. Đồng chí Phạm Văn Thịnh, Phó Chủ tịch Thường trực Hội Nông dân tỉnh, chủ trì. Dự giao ban có các đồng chí Ủy viên Ban Thường vụ Hội Nông dân tỉnh: Lại Thế Hùng, Tạ Thị Huyền, Nguyễn Quang Vinh.
Quang cảnh buổi giao ban.
Quý I, các cấp hội kết nạp 1.105 hội viên mới; tổ chức 146 lớp tập huấn cho 9.870 lượt hội viên về kỹ thuật chăm sóc lúa xuân và phòng trừ chuột. Quỹ Hỗ trợ nông dân giải ngân 3,4 tỷ đồng cho 182 hộ phát triển chăn nuôi, trồng rau vụ đông. Nông dân các xã xây dựng nông thôn mới hiến 12.400 m2 đất làm đường giao thông nội đồng. Toàn tỉnh xây dựng 26 cánh đồng mẫu lớn với diện tích 3.500 ha; thành lập thêm 34 chi hội nghề nghiệp. Chỉ tiêu phát triển hội viên mới đạt 27,5% kế hoạch năm.
Hội tiếp tục thực hiện Quyết định 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ và Kế hoạch 15, 16-KH/HND của Ban Thường vụ Hội Nông dân tỉnh về dạy nghề cho nông dân và xây dựng chi hội nghề nghiệp.
Tại buổi giao ban, bà Bùi Thị Nguyệt, Chủ tịch Hội Nông dân huyện Kiến Xương, phản ánh giá phân bón tăng cao, nông dân xã Quang Bình lo ngại vụ xuân; ông Đặng Văn Ngọc, Chủ tịch Hội Nông dân xã Vũ Hội, đề nghị tỉnh hội hỗ trợ xây dựng nhãn hiệu cho sản phẩm nấm rơm. Một số huyện kiến nghị sớm tổng kết 5 năm thực hiện Kết luận 61-KL/TW của Ban Bí thư.
Kết luận giao ban, đồng chí Phạm Văn Thịnh đề nghị quý II các cấp hội tập trung tuyên truyền bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016-2021, theo dõi diễn biến xâm nhập mặn ở các xã ven biển, phối hợp ngành nông nghiệp hướng dẫn nông dân gieo cấy đúng khung thời vụ.
Các ý kiến tại buổi giao ban cũng cho rằng việc thu hút hội viên trẻ tham gia sinh hoạt chi hội còn khó khăn vì nhiều lao động đi làm ở các khu công nghiệp; một số cơ sở hội còn lúng túng khi tham gia giám sát thực hiện quy chế dân chủ, giám sát việc cung ứng vật tư nông nghiệp. Thường trực Hội Nông dân tỉnh Thái Bình ghi nhận các kiến nghị và sẽ báo cáo Ban Thường vụ xem xét, giải quyết.
Minh Hải
Các tin đã đưa
- Tiền Hải: 200 hội viên được tập huấn nuôi ngao (30/03/2016)
- Hội nghị Ban Chấp hành Hội Nông dân tỉnh lần thứ 3 (18/03/2016)
- Quỳnh Phụ ra mắt 3 chi hội nghề nghiệp (04/03/2016)
- Đông Hưng: hội thảo liên kết sản xuất lúa hàng hóa (25/02/2016)
- Hội Nông dân tỉnh gặp mặt đầu xuân Bính Thân (15/02/2016)
""", "2016-04-08", "Giao ban công tác Hội quý I/2016",
E("giao_ban", "2016-Q1", "2016-04-07"),
[P("Phạm Văn Thịnh", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("Lại Thế Hùng", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh"),
 P("Tạ Thị Huyền", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh"),
 P("Nguyễn Quang Vinh", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh"),
 P("Bùi Thị Nguyệt", "Chủ tịch Hội Nông dân huyện Kiến Xương"),
 P("Đặng Văn Ngọc", "Chủ tịch Hội Nông dân xã Vũ Hội")],
[Q("8 huyện, thành phố", 8, "huyện, thành phố"), Q("1.105 hội viên mới", 1105, "hội viên mới"),
 Q("146 lớp tập huấn", 146, "lớp tập huấn"), Q("9.870 lượt hội viên", 9870, "lượt hội viên"),
 Q("3,4 tỷ đồng", 3400000000, "đồng"), Q("182 hộ", 182, "hộ"), Q("12.400 m2", 12400, "m2"),
 Q("26 cánh đồng mẫu lớn", 26, "cánh đồng mẫu lớn"), Q("3.500 ha", 3500, "ha"),
 Q("34 chi hội nghề nghiệp", 34, "chi hội nghề nghiệp"), Q("27,5%", 27.5, "%")],
[D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg ngày 10/5/2011"),
 D("Kế hoạch", "15", "KH/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 15, 16-KH/HND"),
 D("Kế hoạch", "16", "KH/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 15, 16-KH/HND"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW")],
[prov("Thái Bình"), com("Quang Bình"), com("Vũ Hội")],
["HỘI NÔNG DÂN TỈNH THÁI BÌNH", "Hôm nay: Thứ Bảy, 09/04/2016", "Trang chủ > Tin tức > Hoạt động các cấp Hội",
 "Quang cảnh buổi giao ban.", "Quỹ Hỗ trợ nông dân"],
["Hôm nay: Thứ Bảy, 09/04/2016", "Ngày đăng 08/04/2016 | 14:35", "quý I/2016", "quý I năm 2016", "5 năm", "khóa XIV",
 "nhiệm kỳ 2016-2021", "quý II"]))
