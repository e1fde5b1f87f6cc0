"""holdout40 batch 1: b917-b922 (2011-2016)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b917
PAGES.append(page("b917-travinh-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY TRÀ VINH
Trang chủ » Hoạt động dân vận » Tin trong tỉnh
Thứ Tư, 28/12/2011 - 15:40
Tổng kết công tác dân vận năm 2011: vùng đồng bào Khmer chuyển biến rõ nét
Chiều 27/12, Ban Dân vận Tỉnh ủy Trà Vinh tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Thạch Sô Phol, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; dự hội nghị có đồng chí Huỳnh Minh Trí, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.
Quang cảnh hội nghị tổng kết. Ảnh: Hữu Hạnh
Năm 2011, khối dân vận các cấp đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 14-CT/TU ngày 12/4/2011 về tăng cường công tác dân vận trong vùng đồng bào dân tộc Khmer; phối hợp triển khai Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chế độ, chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số. Toàn tỉnh có 412 người có uy tín được cấp báo, thăm hỏi vào các dịp lễ, Tết; cán bộ dân vận thường xuyên đến 141 chùa Phật giáo Nam tông Khmer để nắm tình hình sư sãi và đồng bào.
Mặt trận và các đoàn thể đã vận động xây dựng 1.126 căn nhà Đại đoàn kết cho hộ nghèo, tổng trị giá hơn 22,5 tỷ đồng; tỷ lệ hộ nghèo trong đồng bào Khmer giảm còn 19,6%. Qua hòa giải, đối thoại tại cơ sở, đã giải quyết dứt điểm 36/41 vụ việc tranh chấp đất đai, không để phát sinh điểm nóng. Phong trào thi đua "Dân vận khéo" được triển khai đến 106 xã, phường, thị trấn.
Tại hội nghị, đồng chí Lâm Thị Sa Phương, HUV, Trưởng Ban Dân vận Huyện ủy Trà Cú, chia sẻ kinh nghiệm vận động đồng bào hiến 12.000 m2 đất làm đường giao thông nông thôn. Hòa thượng Thạch Sóc Kha, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Cổ Lôn, đề nghị tiếp tục quan tâm mở lớp dạy chữ Khmer trong dịp hè cho con em đồng bào. Ông Sơn Văn Rươl, người có uy tín ấp Ba Se A, xã Lương Hòa, kiến nghị sớm nâng cấp tuyến đường liên ấp bị sạt lở.
Phát biểu chỉ đạo, đồng chí Huỳnh Minh Trí ghi nhận kết quả khối dân vận đạt được, đề nghị năm 2012 tiếp tục thực hiện tốt Quy chế dân chủ ở cơ sở, chú trọng công tác dân vận chính quyền; kịp thời nắm bắt tâm tư, nguyện vọng của đồng bào Khmer, nhất là ở những địa bàn có đông sư sãi; phát huy vai trò của người có uy tín trong việc vận động con cháu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước.
Dịp này, 18 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011 được Ban Dân vận Tỉnh ủy tặng giấy khen.
Thanh Nhàn
Tin liên quan
- Thăm, chúc mừng Lễ Sene Đolta tại các chùa Khmer (26/09/2011)
- Trà Cú: ra mắt mô hình "Ấp dân vận khéo" (15/08/2011)
- Họp mặt 60 người có uy tín trong đồng bào Khmer (05/07/2011)
- Giao ban khối dân vận quý III/2011 (12/10/2011)
""",
    "2011-12-28",
    "Tổng kết công tác dân vận năm 2011: vùng đồng bào Khmer chuyển biến rõ nét",
    E("tong_ket", "2011", "2011-12-27"),
    [P("Thạch Sô Phol", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Huỳnh Minh Trí", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
     P("Lâm Thị Sa Phương", "HUV", "Trưởng Ban Dân vận Huyện ủy Trà Cú"),
     P("Thạch Sóc Kha", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Cổ Lôn"),
     P("Sơn Văn Rươl", "người có uy tín ấp Ba Se A")],
    [Q("412 người có uy tín", 412, "người có uy tín"),
     Q("141 chùa Phật giáo Nam tông Khmer", 141, "chùa Phật giáo Nam tông Khmer"),
     Q("1.126 căn nhà Đại đoàn kết", 1126, "căn nhà Đại đoàn kết"),
     Q("hơn 22,5 tỷ đồng", 22500000000, "đồng", "over"),
     Q("19,6%", 19.6, "%"),
     Q("36/41 vụ việc tranh chấp đất đai", 36, "vụ việc tranh chấp đất đai"),
     Q("106 xã, phường, thị trấn", 106, "xã, phường, thị trấn"),
     Q("12.000 m2", 12000, "m2"),
     Q("18 tập thể", 18, "tập thể"),
     Q("25 cá nhân", 25, "cá nhân")],
    [D("Chỉ thị", "14", "CT/TU", "2011-04-12", "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị số 14-CT/TU ngày 12/4/2011"),
     D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ")],
    [prov("Trà Vinh"), com("Lương Hòa")],
    ["BAN DÂN VẬN TỈNH ỦY TRÀ VINH", "Trang chủ » Hoạt động dân vận » Tin trong tỉnh",
     "Quang cảnh hội nghị tổng kết. Ảnh: Hữu Hạnh", "Dân vận khéo", "Quy chế dân chủ ở cơ sở", "chùa Cổ Lôn", "ấp Ba Se A"],
    ["Thứ Tư, 28/12/2011 - 15:40", "năm 2012", "Chỉ thị số 14-CT/TU", "18/2011/QĐ-TTg", "36/41"],
))

# ---------------------------------------------------------------- b918
PAGES.append(page("b918-laichau-taphuan-nguoicouytin-2012", """
BÁO LAI CHÂU ĐIỆN TỬ
Thời sự - Chính trị / Dân tộc - Tôn giáo
20-09-2012 08:30
Bồi dưỡng kiến thức cho 150 người có uy tín vùng cao
LCĐT - Trong 2 ngày 18 và 19/9, Ban Dân tộc tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn, bồi dưỡng kiến thức năm 2012 cho 150 người có uy tín là già bản, trưởng bản, trưởng dòng họ người Mông, Dao, Thái, Hà Nhì của các huyện Sìn Hồ, Phong Thổ, Mường Tè.
Học viên được nghe đồng chí Lò Văn Pấng, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Kết luận số 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể; đồng chí Giàng A Dơ, Trưởng Ban Dân tộc tỉnh, phổ biến chính sách đối với người có uy tín theo Thông tư số 06/2011/TT-UBDT của Ủy ban Dân tộc. Thượng tá Lê Quang Vịnh, Phó Chính ủy Bộ đội Biên phòng tỉnh, thông tin về tình hình an ninh khu vực biên giới và thủ đoạn lôi kéo đồng bào di cư tự do, truyền đạo trái pháp luật.
Các học viên trao đổi kinh nghiệm tại lớp tập huấn. Ảnh: Minh Hải
Theo báo cáo của Ban Dân tộc tỉnh, 9 tháng qua người có uy tín đã vận động 47 hộ bỏ các hủ tục trong việc cưới, việc tang; vận động 35 hộ di cư tự do trở về quê cũ ổn định cuộc sống; tham gia hòa giải thành 28 vụ việc mâu thuẫn trong cộng đồng, trong đó có 9 vụ tranh chấp đất nương giữa các dòng họ. Nhiều người có uy tín đã đi đầu hiến đất làm nhà văn hóa bản, mở đường liên bản.
Ông Tẩn Láo San, người có uy tín bản Sì Thâu Chải, xã Sin Suối Hồ, chia sẻ: "Muốn dân nghe thì mình phải làm trước. Năm nay bản tôi không còn nhà nào làm ma kéo dài nhiều ngày, không còn ai nghe theo người lạ đi sang nơi khác". Bà Lò Thị Ngọc, trưởng bản Nà Tăm, đề nghị các cấp tiếp tục mở lớp dạy nghề, hỗ trợ giống cây trồng cho phụ nữ vùng cao.
Mỗi học viên được hỗ trợ tiền ăn 150.000 đồng/ngày, tiền đi lại theo quy định và được tặng tài liệu hỏi - đáp về chính sách dân tộc bằng song ngữ Việt - Mông. Kết thúc lớp học, Ban tổ chức đã khen thưởng 12 người có uy tín tiêu biểu.
Phát biểu bế mạc, đồng chí Giàng A Dơ đề nghị mỗi người có uy tín tiếp tục là cầu nối giữa cấp ủy, chính quyền với đồng bào, kịp thời phản ánh tâm tư, nguyện vọng của bà con; cùng với Bộ đội Biên phòng, công an xã giữ vững an ninh trật tự ở bản, không để kẻ xấu lợi dụng.
Theo đánh giá của Ban tổ chức, nội dung tập huấn năm nay được thiết kế ngắn gọn, sát với thực tế ở bản; giảng viên là cán bộ người dân tộc thiểu số nên trao đổi trực tiếp bằng tiếng Mông, tiếng Dao, giúp học viên dễ hiểu, dễ nhớ. Sau lớp học, các học viên sẽ về tuyên truyền lại cho bà con trong các buổi họp bản, sinh hoạt dòng họ. Đây là lớp thứ hai trong năm do tỉnh Lai Châu tổ chức cho người có uy tín ở các xã biên giới.
Văn Tuấn
Các tin khác
- Mường Tè: trao 200 suất quà cho hộ nghèo người La Hủ (11/09/2012)
- Phong Thổ ra mắt mô hình "Bản biên giới an toàn" (30/08/2012)
- Tam Đường sơ kết công tác dân vận 6 tháng đầu năm (16/07/2012)
""",
    "2012-09-20",
    "Bồi dưỡng kiến thức cho 150 người có uy tín vùng cao",
    E("tap_huan", "2012", "2012-09-18"),
    [P("Lò Văn Pấng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Giàng A Dơ", "Trưởng Ban Dân tộc tỉnh"),
     P("Lê Quang Vịnh", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
     P("Tẩn Láo San", "người có uy tín bản Sì Thâu Chải"),
     P("Lò Thị Ngọc", "trưởng bản Nà Tăm")],
    [Q("150 người có uy tín", 150, "người có uy tín"),
     Q("47 hộ", 47, "hộ"),
     Q("35 hộ di cư tự do", 35, "hộ di cư tự do"),
     Q("28 vụ việc mâu thuẫn", 28, "vụ việc mâu thuẫn"),
     Q("9 vụ tranh chấp đất nương", 9, "vụ tranh chấp đất nương"),
     Q("150.000 đồng/ngày", 150000, "đồng"),
     Q("12 người có uy tín tiêu biểu", 12, "người có uy tín tiêu biểu")],
    [D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", surface="Kết luận số 62-KL/TW của Bộ Chính trị"),
     D("Thông tư", "06", "2011/TT-UBDT", None, "Ủy ban Dân tộc", surface="Thông tư số 06/2011/TT-UBDT của Ủy ban Dân tộc")],
    [prov("Lai Châu"), com("Sin Suối Hồ")],
    ["BÁO LAI CHÂU ĐIỆN TỬ", "Thời sự - Chính trị / Dân tộc - Tôn giáo", "LCĐT",
     "Các học viên trao đổi kinh nghiệm tại lớp tập huấn. Ảnh: Minh Hải", "bản Sì Thâu Chải", "Nà Tăm"],
    ["20-09-2012 08:30", "lớp thứ hai", "2 ngày", "9 tháng qua", "06/2011/TT-UBDT", "Kết luận số 62-KL/TW"],
))

# ---------------------------------------------------------------- b919
PAGES.append(page("b919-daklak-cumgar-doithoai-datdai", """
Báo Đắk Lắk điện tử
Trang chủ > Chính trị > Dân vận
Cập nhật lúc 09:12 ngày 16/05/2013
Cư M'gar: Đối thoại, tháo gỡ vụ tranh chấp đất rẫy kéo dài ở buôn Drai Si
Sáng 14/5, tại nhà văn hóa buôn Drai Si, xã Ea Kiết, Ban Dân vận Huyện ủy phối hợp với UBND huyện Cư M'gar tổ chức buổi đối thoại giữa Công ty TNHH MTV Cà phê Ea Pốk và 38 hộ đồng bào Ê Đê về vụ tranh chấp hơn 61 ha đất rẫy kéo dài từ năm 2008.
Đồng chí Y Thuôn Mlô, Phó Chủ tịch UBND huyện Cư M'gar chủ trì buổi đối thoại. Cùng dự có đồng chí Y Kriu Knul, HUV, Trưởng Ban Dân vận Huyện ủy; ông Nguyễn Đức Lâm, Giám đốc Công ty TNHH MTV Cà phê Ea Pốk; đại diện Phòng Tài nguyên và Môi trường, Ủy ban MTTQ huyện và đông đảo bà con trong buôn.
Già làng Y Blih Niê phát biểu ý kiến tại buổi đối thoại. Ảnh: H'Xíu
Theo báo cáo, diện tích đất trên được giao cho công ty từ năm 1996, nhưng một phần nằm trên đất rẫy cũ của các gia đình trong buôn. Trước đó, Ban Thường vụ Huyện ủy đã có Thông báo kết luận số 312-TB/HU về việc giao Ban Dân vận Huyện ủy chủ trì, phối hợp các ngành vận động, thuyết phục bà con, không để kẻ xấu kích động. Tổ công tác của huyện đã nhiều lần về buôn, gặp gỡ từng hộ, lắng nghe ý kiến của già làng, người có uy tín.
Tại buổi đối thoại, già làng Y Blih Niê nói: "Đất là của ông bà để lại, nhưng bà con cũng muốn làm ăn theo pháp luật. Nhà nước nói rõ, bà con hiểu thì bà con nghe". Bà H'Liên Ayŭn, bí thư chi bộ buôn Drai Si, đề nghị công ty ưu tiên nhận con em trong buôn vào làm công nhân.
Sau gần 3 giờ trao đổi thẳng thắn, các bên thống nhất: công ty giao trả lại 24,3 ha cho địa phương để chia cho các hộ thiếu đất sản xuất; phần diện tích còn lại công ty tiếp tục quản lý, đồng thời hỗ trợ các hộ 15 triệu đồng/ha cà phê đã trồng. Công ty cam kết nhận 20 lao động là người Ê Đê trong buôn vào làm việc. Kết thúc buổi đối thoại, 35/38 hộ đã ký vào biên bản thống nhất; 3 hộ còn lại xin thêm thời gian bàn bạc với gia đình.
Đồng chí Y Thuôn Mlô yêu cầu Phòng Tài nguyên và Môi trường hoàn tất việc đo đạc, trình UBND tỉnh điều chỉnh Quyết định số 1205/QĐ-UBND ngày 02/4/2013 về thu hồi đất của công ty; Ban Dân vận Huyện ủy tiếp tục cử cán bộ bám buôn, vận động các hộ còn lại.
Đồng chí Y Kriu Knul cho biết, đây là vụ việc thứ 5 trên địa bàn huyện được giải quyết dứt điểm bằng đối thoại, gắn với thực hiện phong trào thi đua "Dân vận khéo".
H'Xíu - Minh Thuận
Bài viết liên quan
- Krông Búk: vận động đồng bào trả lại đất lấn chiếm (08/05/2013)
- Gặp mặt già làng, người có uy tín nhân dịp Tết Quý Tỵ (02/02/2013)
- Ea H'leo: đối thoại với công nhân nông trường (14/12/2012)
""",
    "2013-05-16",
    "Cư M'gar: Đối thoại, tháo gỡ vụ tranh chấp đất rẫy kéo dài ở buôn Drai Si",
    E("doi_thoai", None, "2013-05-14"),
    [P("Y Thuôn Mlô", "Phó Chủ tịch UBND huyện Cư M'gar"),
     P("Y Kriu Knul", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
     P("Nguyễn Đức Lâm", "Giám đốc Công ty TNHH MTV Cà phê Ea Pốk"),
     P("Y Blih Niê", "già làng"),
     P("H'Liên Ayŭn", "bí thư chi bộ buôn Drai Si")],
    [Q("38 hộ đồng bào Ê Đê", 38, "hộ đồng bào Ê Đê"),
     Q("hơn 61 ha", 61, "ha", "over"),
     Q("24,3 ha", 24.3, "ha"),
     Q("15 triệu đồng/ha", 15000000, "đồng"),
     Q("20 lao động", 20, "lao động"),
     Q("35/38 hộ", 35, "hộ"),
     Q("3 hộ còn lại", 3, "hộ")],
    [D("Thông báo", "312", "TB/HU", None, "Ban Thường vụ Huyện ủy", surface="Thông báo kết luận số 312-TB/HU"),
     D("Quyết định", "1205", "QĐ-UBND", "2013-04-02", "UBND tỉnh", surface="Quyết định số 1205/QĐ-UBND ngày 02/4/2013")],
    [prov("Đắk Lắk"), com("Ea Kiết")],
    ["Báo Đắk Lắk điện tử", "Trang chủ > Chính trị > Dân vận", "Già làng Y Blih Niê phát biểu ý kiến tại buổi đối thoại. Ảnh: H'Xíu",
     "Dân vận khéo", "buôn Drai Si", "Công ty TNHH MTV Cà phê Ea Pốk"],
    ["Cập nhật lúc 09:12 ngày 16/05/2013", "năm 2008", "năm 1996", "gần 3 giờ", "vụ việc thứ 5", "312-TB/HU"],
))

# ---------------------------------------------------------------- b920
PAGES.append(page("b920-gialai-bdv-soket-2014", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị | Xây dựng Đảng | Dân vận
10/07/2014 | 16:45
Giữ vững ổn định vùng đồng bào Jrai, Bahnar
(GLO) - Sáng 9/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014. Đồng chí Nay Phai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Puih Hnao, Lê Thị Thu Hà.
Toàn cảnh hội nghị sơ kết. Ảnh: Đức Thụy
6 tháng qua, Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy ban hành Chương trình hành động số 41-CTr/TU thực hiện Nghị quyết số 25-NQ/TW của BCH Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Khối dân vận các cấp chủ động nắm tình hình ở 222 làng trọng điểm, phối hợp vận động 86 hộ bỏ sinh hoạt "Tin lành Đê Ga", 17 người lầm lỡ ra đầu thú, trở về với buôn làng.
Trong phong trào thi đua "Dân vận khéo", toàn tỉnh xây dựng được 57 mô hình mới, chủ yếu về giảm nghèo, định canh định cư và giữ gìn an ninh làng. Các đoàn thể hỗ trợ 410 con bò giống cho hộ nghèo người Jrai, Bahnar, trị giá 4,1 tỷ đồng; tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số còn 27,4%. Ban Dân vận các cấp đã tiếp 215 lượt người, tiếp nhận 64 đơn thư, chủ yếu liên quan tranh chấp đất đai với các công ty nông, lâm nghiệp.
Tại hội nghị, đồng chí Đinh Hmal, HUV, Trưởng Ban Dân vận Huyện ủy Kbang, cho biết nhờ tổ chức đối thoại ngay tại làng, huyện đã giải quyết xong 11 vụ việc tranh chấp đất giữa người dân với Công ty Lâm nghiệp Kông Chiêng. Thượng tá Trần Văn Lực, Phó Chính ủy Bộ đội Biên phòng tỉnh, thông tin về mô hình "Mỗi đảng viên đồn Biên phòng giúp đỡ một hộ nghèo" ở các xã biên giới huyện Đức Cơ, Ia Grai, Chư Prông.
Kết luận hội nghị, đồng chí Nay Phai đề nghị 6 tháng cuối năm các cấp tập trung triển khai Kế hoạch số 21-KH/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở các xã đặc biệt khó khăn; tăng cường "3 cùng" với đồng bào; phát huy vai trò già làng, người có uy tín, chức sắc tôn giáo; kịp thời đối thoại, giải quyết tranh chấp đất đai ngay từ cơ sở, không để phát sinh khiếu kiện đông người.
Nhiều ý kiến tại hội nghị cũng chỉ ra những hạn chế: việc nắm tình hình ở một số làng vùng sâu chưa thường xuyên; sự phối hợp giữa Ban Dân vận với chính quyền trong giải quyết đơn thư có nơi còn chậm; một bộ phận cán bộ cơ sở chưa biết tiếng đồng bào nên khó gần dân. Đại diện Ban Dân vận các huyện đề nghị tỉnh Gia Lai sớm có chính sách hỗ trợ cán bộ dân vận học tiếng Jrai, Bahnar.
Đồng chí Puih Hnao quán triệt hướng dẫn chấm điểm thi đua khối dân vận năm 2014.
Đức Thụy
Tin cùng chuyên mục
- Chư Sê: ra mắt 5 tổ hòa giải ở làng (02/07/2014)
- Ia Pa họp mặt chức sắc tôn giáo (24/06/2014)
- Mang Yang tổng kết 5 năm thực hiện Quyết định 290-QĐ/TW (12/06/2014)
""",
    "2014-07-10",
    "Giữ vững ổn định vùng đồng bào Jrai, Bahnar",
    E("so_ket", "2014-H1", "2014-07-09"),
    [P("Nay Phai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Puih Hnao", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lê Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Đinh Hmal", "HUV", "Trưởng Ban Dân vận Huyện ủy Kbang"),
     P("Trần Văn Lực", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh")],
    [Q("222 làng trọng điểm", 222, "làng trọng điểm"),
     Q("86 hộ", 86, "hộ"),
     Q("17 người lầm lỡ", 17, "người lầm lỡ"),
     Q("57 mô hình", 57, "mô hình"),
     Q("410 con bò giống", 410, "con bò giống"),
     Q("4,1 tỷ đồng", 4100000000, "đồng"),
     Q("27,4%", 27.4, "%"),
     Q("215 lượt người", 215, "lượt người"),
     Q("64 đơn thư", 64, "đơn thư"),
     Q("11 vụ việc tranh chấp đất", 11, "vụ việc tranh chấp đất")],
    [D("Chương trình hành động", "41", "CTr/TU", None, "Tỉnh ủy", surface="Chương trình hành động số 41-CTr/TU"),
     D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", surface="Nghị quyết số 25-NQ/TW của BCH Trung ương"),
     D("Kế hoạch", "21", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 21-KH/TU của Ban Thường vụ Tỉnh ủy")],
    [prov("Gia Lai")],
    ["BÁO GIA LAI ĐIỆN TỬ", "Chính trị | Xây dựng Đảng | Dân vận", "(GLO)", "Toàn cảnh hội nghị sơ kết. Ảnh: Đức Thụy",
     "Tin lành Đê Ga", "Dân vận khéo", "Mỗi đảng viên đồn Biên phòng giúp đỡ một hộ nghèo", "Công ty Lâm nghiệp Kông Chiêng"],
    ["10/07/2014 | 16:45", "6 tháng đầu năm", "6 tháng cuối năm 2014", "3 cùng", "khóa XI", "41-CTr/TU"],
))

# ---------------------------------------------------------------- b921
PAGES.append(page("b921-ninhthuan-gapmat-chucsac-cham-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo
Ngày đăng: 30/09/2015
Gặp mặt chức sắc, người có uy tín đồng bào Chăm nhân dịp Lễ hội Katê năm 2015
Ngày 29/9, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh và Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị gặp mặt chức sắc, chức việc, người có uy tín đồng bào Chăm nhân dịp Lễ hội Katê năm 2015. Dự hội nghị có 120 vị chức sắc, chức việc các tôn giáo Bà-la-môn, Bàni và người có uy tín tiêu biểu ở 22 thôn Chăm trong tỉnh.
Chủ trì hội nghị có đồng chí Lưu Xuân Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và ông Đạo Văn Đạt, Trưởng Ban Dân tộc tỉnh.
Theo báo cáo tại hội nghị, toàn tỉnh hiện có hơn 67.000 đồng bào Chăm, chiếm khoảng 12% dân số. Thời gian qua, chức sắc, chức việc và người có uy tín đã tích cực vận động bà con chấp hành tốt chủ trương, chính sách, tham gia xây dựng nông thôn mới; nhiều thôn Chăm đã hoàn thành đường bê tông nội thôn. Năm 2015, tỉnh đầu tư xây dựng 4 tuyến đường và hệ thống nước sạch tại các thôn Chăm với tổng kinh phí 18,6 tỷ đồng; hỗ trợ 312 hộ nghèo người Chăm vay vốn sản xuất.
Các vị chức sắc phát biểu tại hội nghị. Ảnh: Văn Nỷ
Cả sư Thuận Văn Mưu, Chủ tịch Hội đồng chức sắc Hồi giáo Bàni tỉnh, bày tỏ phấn khởi khi các nghi lễ tôn giáo, lễ hội truyền thống của đồng bào được tôn trọng, tạo điều kiện tổ chức chu đáo. Thầy Cả Phú Văn Hồ, Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh, cho biết hội đồng đã hướng dẫn các tu sĩ thực hiện đúng Nghị định 92/2012/NĐ-CP của Chính phủ về tín ngưỡng, tôn giáo. Ông Báo Văn Tâm, người có uy tín thôn Phước Nhơn 3, xã Xuân Hải, đề nghị tỉnh quan tâm hỗ trợ kinh phí tu bổ tháp Po Rome, nơi diễn ra lễ hội hằng năm.
Phát biểu tại hội nghị, đồng chí Lưu Xuân Thanh ghi nhận những đóng góp của đồng bào Chăm trong khối đại đoàn kết toàn dân tộc; đề nghị chức sắc, người có uy tín tiếp tục vận động bà con tổ chức Lễ hội Katê vui tươi, an toàn, tiết kiệm, đúng Kế hoạch số 3890/KH-UBND ngày 14/9/2015 của UBND tỉnh; cảnh giác trước các luận điệu xuyên tạc của các thế lực thù địch lợi dụng vấn đề dân tộc, tôn giáo.
Cũng tại hội nghị, đại diện Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận thông tin về kết quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" ở các thôn Chăm và đề nghị chức sắc các tôn giáo tiếp tục phối hợp tuyên truyền, vận động bà con tham gia.
Dịp này, Ban tổ chức trao tặng mỗi đại biểu một phần quà trị giá 400.000 đồng.
Văn Nỷ (Trung tâm Thông tin - Xúc tiến tỉnh)
Lượt xem: 2.317
Tin khác
- Thăm, chúc mừng chức sắc Chăm Bàni nhân tháng Ramưwan (16/06/2015)
- Ninh Phước: đối thoại với đồng bào Chăm về thủy lợi (09/06/2015)
- Hội nghị người có uy tín năm 2015 (21/04/2015)
""",
    "2015-09-30",
    "Gặp mặt chức sắc, người có uy tín đồng bào Chăm nhân dịp Lễ hội Katê năm 2015",
    E("hoi_nghi", "2015", "2015-09-29"),
    [P("Lưu Xuân Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Đạo Văn Đạt", "Trưởng Ban Dân tộc tỉnh"),
     P("Thuận Văn Mưu", "Cả sư", "Chủ tịch Hội đồng chức sắc Hồi giáo Bàni tỉnh"),
     P("Phú Văn Hồ", "Thầy Cả", "Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh"),
     P("Báo Văn Tâm", "người có uy tín thôn Phước Nhơn 3")],
    [Q("120 vị chức sắc, chức việc", 120, "vị chức sắc, chức việc"),
     Q("22 thôn Chăm", 22, "thôn Chăm"),
     Q("hơn 67.000 đồng bào Chăm", 67000, "đồng bào Chăm", "over"),
     Q("khoảng 12%", 12, "%", "approx"),
     Q("4 tuyến đường", 4, "tuyến đường"),
     Q("18,6 tỷ đồng", 18600000000, "đồng"),
     Q("312 hộ nghèo người Chăm", 312, "hộ nghèo người Chăm"),
     Q("400.000 đồng", 400000, "đồng")],
    [D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", surface="Nghị định 92/2012/NĐ-CP của Chính phủ"),
     D("Kế hoạch", "3890", "KH-UBND", "2015-09-14", "UBND tỉnh", surface="Kế hoạch số 3890/KH-UBND ngày 14/9/2015 của UBND tỉnh")],
    [prov("Ninh Thuận"), com("Xuân Hải")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo",
     "Các vị chức sắc phát biểu tại hội nghị. Ảnh: Văn Nỷ", "Lễ hội Katê", "tháp Po Rome", "Lượt xem: 2.317",
     "Trung tâm Thông tin - Xúc tiến tỉnh", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
    ["Ngày đăng: 30/09/2015", "Lượt xem: 2.317", "Năm 2015", "một phần quà", "92/2012/NĐ-CP"],
))

# ---------------------------------------------------------------- b922
PAGES.append(page("b922-caobang-donbp-traonha-2016", """
BÁO CAO BẰNG
Quốc phòng - An ninh › Biên giới
Thứ Bảy, 26/11/2016 10:20
Bàn giao "Mái ấm biên cương" cho hộ nghèo người Nùng
Ngày 24/11, Đồn Biên phòng Lý Vạn phối hợp với Ủy ban MTTQ huyện Hạ Lang tổ chức lễ bàn giao nhà "Mái ấm biên cương" cho gia đình ông Mã Văn Lừng, hộ nghèo người Nùng ở xóm Bản Khuông, xã Lý Quốc.
Ngôi nhà được xây dựng theo kiểu nhà xây cấp 4, diện tích 60 m2, tổng kinh phí 70 triệu đồng; trong đó Đồn Biên phòng Lý Vạn vận động cán bộ, chiến sĩ và các nhà hảo tâm ủng hộ 40 triệu đồng, Ủy ban MTTQ huyện hỗ trợ 20 triệu đồng từ Quỹ "Vì người nghèo", phần còn lại do gia đình và dòng họ đóng góp. Trong hơn 2 tháng thi công, đơn vị đã huy động 120 ngày công giúp gia đình vận chuyển vật liệu, san nền.
Cán bộ, chiến sĩ Đồn Biên phòng Lý Vạn giúp gia đình ông Mã Văn Lừng hoàn thiện nhà mới. Ảnh: Đàm Thanh
Dự lễ bàn giao có Đại tá Đàm Văn Khuê, Chính ủy Bộ đội Biên phòng tỉnh; bà Bế Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ huyện Hạ Lang; đại diện Đảng ủy, UBND xã Lý Quốc và bà con trong xóm.
Phát biểu tại buổi lễ, Thiếu tá Nông Văn Kiên, Chính trị viên Đồn Biên phòng Lý Vạn, cho biết: Thực hiện phong trào thi đua "Dân vận khéo" gắn với Chương trình "Mái ấm biên cương", từ năm 2012 đến nay, đơn vị đã giúp đồng bào xây mới và sửa chữa 9 ngôi nhà trên địa bàn 3 xã biên giới Lý Quốc, Minh Long, Đồng Loan. Các tổ công tác của đồn thường xuyên bám bản, hướng dẫn bà con trồng cây thạch đen, nuôi bò nhốt chuồng, nhiều hộ đã thoát nghèo.
Xúc động nhận chìa khóa nhà mới, ông Mã Văn Lừng nói: "Nhà cũ của tôi dựng bằng tre nứa đã hơn 20 năm, mùa mưa dột khắp nơi. Nay có nhà mới rồi, tôi sẽ cố gắng làm ăn để con cháu thoát nghèo, cùng bộ đội giữ gìn đường biên, cột mốc".
Nhân dịp này, Đại tá Đàm Văn Khuê đã trao 30 suất quà cho các hộ nghèo của xóm Bản Khuông, mỗi suất trị giá 300.000 đồng, gồm gạo, dầu ăn và chăn ấm. Đồn cũng trao tặng 15 bộ sách giáo khoa cho học sinh nghèo của Trường Tiểu học Lý Quốc.
Theo Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng, trong năm nay các đồn biên phòng trên tuyến biên giới của tỉnh đã phối hợp với cấp ủy, chính quyền địa phương khởi công nhiều ngôi nhà cho hộ nghèo, gia đình chính sách. Mỗi công trình đều có sự tham gia của Mặt trận, các đoàn thể và người dân địa phương, góp phần thắt chặt mối quan hệ quân dân, xây dựng thế trận lòng dân vững chắc nơi biên giới. Các đồn cũng duy trì tổ công tác thường trực ở những xóm khó khăn nhất để kịp thời giúp dân khi có mưa lũ, sạt lở.
Đàm Thanh - Hoàng Dũng
Xem thêm
- Đồn Biên phòng Đức Long ra mắt mô hình "Tổ tự quản đường biên" (18/11/2016)
- Trùng Khánh: trao 50 con bò giống cho hộ nghèo (04/11/2016)
- Hạ Lang: ký kết phối hợp giữa Huyện ủy với Đồn Biên phòng (20/10/2016)
""",
    "2016-11-26",
    "Bàn giao \"Mái ấm biên cương\" cho hộ nghèo người Nùng",
    E("trao_qua", None, "2016-11-24"),
    [P("Mã Văn Lừng"),
     P("Đàm Văn Khuê", "Đại tá", "Chính ủy Bộ đội Biên phòng tỉnh"),
     P("Bế Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ huyện Hạ Lang"),
     P("Nông Văn Kiên", "Thiếu tá", "Chính trị viên Đồn Biên phòng Lý Vạn")],
    [Q("60 m2", 60, "m2"),
     Q("70 triệu đồng", 70000000, "đồng"),
     Q("40 triệu đồng", 40000000, "đồng"),
     Q("20 triệu đồng", 20000000, "đồng"),
     Q("120 ngày công", 120, "ngày công"),
     Q("9 ngôi nhà", 9, "ngôi nhà"),
     Q("3 xã biên giới", 3, "xã biên giới"),
     Q("30 suất quà", 30, "suất quà"),
     Q("300.000 đồng", 300000, "đồng"),
     Q("15 bộ sách giáo khoa", 15, "bộ sách giáo khoa")],
    [],
    [prov("Cao Bằng"), com("Lý Quốc"), com("Minh Long"), com("Đồng Loan")],
    ["BÁO CAO BẰNG", "Quốc phòng - An ninh › Biên giới", "Mái ấm biên cương", "Vì người nghèo", "Dân vận khéo",
     "Cán bộ, chiến sĩ Đồn Biên phòng Lý Vạn giúp gia đình ông Mã Văn Lừng hoàn thiện nhà mới. Ảnh: Đàm Thanh",
     "xóm Bản Khuông", "Trường Tiểu học Lý Quốc", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng"],
    ["Thứ Bảy, 26/11/2016 10:20", "hơn 2 tháng", "hơn 20 năm", "nhà xây cấp 4", "từ năm 2012 đến nay"],
))
