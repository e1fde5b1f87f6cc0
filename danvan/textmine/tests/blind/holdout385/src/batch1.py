from lib import *
PAGES = []

PAGES.append(page("b9197-laocai-bdv-soket6t-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Tin tức > Hoạt động khối dân vận
Thứ Sáu, 15/07/2011 - 16:20
Khối dân vận tỉnh Lào Cai sơ kết công tác 6 tháng đầu năm 2011
Ngày 14/7/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2011. Đồng chí Vàng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 65 đồng chí là lãnh đạo Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh và trưởng ban dân vận 9 huyện, thành phố.
Toàn cảnh hội nghị sơ kết.
Báo cáo do đồng chí Lương Văn Hào, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, 6 tháng qua khối dân vận các cấp đã tham mưu cấp ủy triển khai Chỉ thị số 11-CT/TU ngày 12/4/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào Mông; Ban Dân vận Tỉnh ủy ban hành kế hoạch số 32-KH/BDVTU về kiểm tra việc thực hiện Quy chế công tác dân vận ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị.
Kết quả thực hiện các chỉ tiêu chủ yếu: khối dân vận đã phối hợp tổ chức 1.240 buổi tuyên truyền với trên 86.000 lượt người nghe; vận động nhân dân hiến 12.500 m2 đất, đóng góp 4,2 tỷ đồng và 18.600 ngày công làm đường giao thông nông thôn. Các đoàn thể kết nạp 3.150 hội viên mới, đạt 63% kế hoạch năm. Hội Nông dân và Hội LHPN tỉnh giải ngân gần 96 tỷ đồng vốn vay ưu đãi cho khoảng 4.800 hộ. Có 9/12 chỉ tiêu đạt và vượt tiến độ đề ra.
Tại hội nghị, đồng chí Lý Seo Chứ, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà, chia sẻ cách làm "cầm tay chỉ việc" giúp đồng bào Mông làm ruộng bậc thang; bà Hoàng Thị Hiền, Phó Chủ tịch Hội LHPN tỉnh, nêu khó khăn khi vận động xóa bỏ tảo hôn ở các xã vùng cao. Ông Lò Văn Thắng, Chủ tịch UBND xã Bản Lầu, kiến nghị tăng phụ cấp cho cán bộ thôn bản.
Phát biểu kết luận, đồng chí Vàng Thị Mai yêu cầu 6 tháng cuối năm tập trung nắm tình hình tư tưởng nhân dân vùng biên giới, phòng ngừa di cư tự do, tiếp tục phong trào "Dân vận khéo" và bảo đảm hoàn thành 100% chỉ tiêu năm. "Cán bộ dân vận phải bám bản, bám dân, nói cho dân hiểu, làm cho dân tin", đồng chí nhấn mạnh.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 8 tập thể và 14 cá nhân có thành tích xuất sắc trong công tác dân vận 6 tháng đầu năm 2011; trong đó xã Bản Lầu và xã Tả Van được biểu dương là đơn vị dẫn đầu.
Minh Huệ
Tin liên quan
- Mường Khương: 35 mô hình dân vận khéo được nhân rộng (05/07/2011)
- Bát Xát tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (28/06/2011)
- Hội thi tuyên truyền viên giỏi khối dân vận năm 2011 (17/06/2011)
- Sa Pa: đối thoại với người có uy tín trong đồng bào dân tộc (02/06/2011)
""", "2011-07-15", "Khối dân vận tỉnh Lào Cai sơ kết công tác 6 tháng đầu năm 2011",
E("so_ket", "2011-H1", "2011-07-14"),
[P("Vàng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Hào", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Seo Chứ", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Hoàng Thị Hiền", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lò Văn Thắng", "Chủ tịch UBND xã Bản Lầu")],
[Q("65 đồng chí", 65, "đồng chí"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("1.240 buổi tuyên truyền", 1240, "buổi tuyên truyền"), Q("trên 86.000 lượt người nghe", 86000, "lượt người", "over"),
 Q("12.500 m2", 12500, "m2"), Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("18.600 ngày công", 18600, "ngày công"),
 Q("3.150 hội viên mới", 3150, "hội viên mới"), Q("63%", 63, "%"),
 Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"), Q("khoảng 4.800 hộ", 4800, "hộ", "approx"),
 Q("9/12 chỉ tiêu", 9, "chỉ tiêu"), Q("100%", 100, "%"),
 Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "11", "CT/TU", "2011-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 12/4/2011"),
 D("Kế hoạch", "32", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 32-KH/BDVTU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Lào Cai"), com("Bản Lầu"), com("Tả Van")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Tin tức > Hoạt động khối dân vận", "Toàn cảnh hội nghị sơ kết.",
 "Dân vận khéo", "cầm tay chỉ việc", "Quy chế công tác dân vận"],
["Thứ Sáu, 15/07/2011 - 16:20", "65 đồng chí", "6 tháng đầu năm", "6 tháng cuối năm 2011"]))

PAGES.append(page("b9198-nghean-bdv-soket6t-2012", """
Báo Nghệ An điện tử
Thời sự | Chính trị
21/07/2012 - 09:35
Ảnh: Đồng chí Nguyễn Thị Thu Hường phát biểu tại hội nghị.
Nghệ An: 11/13 chỉ tiêu công tác dân vận vượt tiến độ
(Baonghean) - Chiều 20/7, Ban Dân vận Tỉnh ủy Nghệ An tổ chức giao ban khối dân vận sơ kết công tác 6 tháng đầu năm 2012. Đồng chí Nguyễn Thị Thu Hường, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Võ Văn Dũng, Phó Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì.
Theo báo cáo, trong 6 tháng qua, khối dân vận đã tập trung triển khai Kết luận 62, 63-KL/TU của Ban Thường vụ Tỉnh ủy về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể và về công tác vận động đồng bào Công giáo. Ban Dân vận Tỉnh ủy đã hướng dẫn các huyện xây dựng quy chế phối hợp theo Hướng dẫn số 07-HD/BDVTU.
Trong 13 chỉ tiêu năm 2012 của khối dân vận, có 11/13 chỉ tiêu đạt và vượt tiến độ 6 tháng. Các cấp Mặt trận và đoàn thể phát triển 8.420 đoàn viên, hội viên mới; vận động xây dựng 312 nhà Đại đoàn kết với tổng kinh phí 9,36 tỷ đồng; hỗ trợ 1.560 hộ nghèo phát triển sản xuất. Quỹ "Vì người nghèo" các cấp tiếp nhận hơn 14 tỷ đồng. Toàn tỉnh đã có 27 xã đạt tiêu chí "Xã văn hóa" trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Ở các huyện miền Tây, lực lượng dân vận đã phối hợp giải quyết 46 vụ việc tranh chấp đất đai, vận động 130 hộ di cư tự do trở về địa phương. Tuy nhiên, tình hình khiếu kiện ở một số dự án vẫn phức tạp; tỷ lệ cán bộ dân vận cơ sở được tập huấn mới đạt 58%. Một số đoàn thể còn nặng về hành chính, chưa sâu sát địa bàn dân cư, nhất là ở các thôn, bản vùng sâu, vùng xa giáp biên giới Việt - Lào.
Tại hội nghị, các đại biểu thảo luận sôi nổi. Bà Lô Thị Kim Ngân, HUV, Trưởng Ban Dân vận Huyện ủy Quế Phong, đề xuất đưa tiêu chí dân vận vào đánh giá chi bộ; ông Hồ Sỹ Lâm, Bí thư Đảng ủy xã Nghi Phong, nêu kinh nghiệm vận động giáo dân hiến đất mở rộng đường liên xóm. Đồng chí Trần Văn Quế, Chủ tịch Hội Cựu chiến binh tỉnh, đề nghị nhân rộng mô hình "Khu dân cư không có tội phạm".
Kết luận giao ban, đồng chí Nguyễn Thị Thu Hường yêu cầu các đơn vị rà soát lại từng chỉ tiêu, chỉ tiêu nào chậm phải có giải pháp cụ thể; chuẩn bị tốt tổng kết 10 năm thực hiện Quy chế dân chủ ở cơ sở.
Nhân dịp này, Trưởng Ban Dân vận Tỉnh ủy trao giấy khen cho 6 tập thể, 11 cá nhân điển hình trong phong trào thi đua "Dân vận khéo" 6 tháng đầu năm.
Thanh Lê
Tin khác
- Hội thảo khoa học về công tác dân vận của Đảng (12/07/2012)
- Kỳ Sơn: ra mắt 15 tổ dân vận bản (03/07/2012)
- Thanh Chương: vận động hiến hơn 20.000 m2 đất (25/06/2012)
- Tương Dương gặp mặt già làng, trưởng bản tiêu biểu (14/06/2012)
""", "2012-07-21", "Nghệ An: 11/13 chỉ tiêu công tác dân vận vượt tiến độ",
E("so_ket", "2012-H1", "2012-07-20"),
[P("Nguyễn Thị Thu Hường", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Văn Dũng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Thị Kim Ngân", "HUV", "Trưởng Ban Dân vận Huyện ủy Quế Phong"),
 P("Hồ Sỹ Lâm", "Bí thư Đảng ủy xã Nghi Phong"),
 P("Trần Văn Quế", "Chủ tịch Hội Cựu chiến binh tỉnh")],
[Q("13 chỉ tiêu", 13, "chỉ tiêu"), Q("11/13 chỉ tiêu", 11, "chỉ tiêu"),
 Q("8.420 đoàn viên, hội viên mới", 8420, "đoàn viên, hội viên mới"),
 Q("312 nhà Đại đoàn kết", 312, "nhà Đại đoàn kết"), Q("9,36 tỷ đồng", 9360000000, "đồng"),
 Q("1.560 hộ nghèo", 1560, "hộ nghèo"), Q("hơn 14 tỷ đồng", 14000000000, "đồng", "over"),
 Q("27 xã", 27, "xã"), Q("46 vụ việc tranh chấp đất đai", 46, "vụ việc tranh chấp đất đai"),
 Q("130 hộ di cư tự do", 130, "hộ di cư tự do"), Q("58%", 58, "%"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân điển hình", 11, "cá nhân điển hình")],
[D("Kết luận", "62", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU"),
 D("Kết luận", "63", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, None, "Hướng dẫn số 07-HD/BDVTU")],
[prov("Nghệ An"), com("Nghi Phong")],
["Báo Nghệ An điện tử", "Thời sự | Chính trị", "Ảnh: Đồng chí Nguyễn Thị Thu Hường phát biểu tại hội nghị.", "(Baonghean)",
 "Vì người nghèo", "Xã văn hóa", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Khu dân cư không có tội phạm", "Dân vận khéo"],
["21/07/2012 - 09:35", "6 tháng đầu năm 2012", "10 năm", "năm 2012"]))

PAGES.append(page("b9199-soctrang-khoidanvan-soket-2013", """
SÓC TRĂNG ONLINE - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Xây dựng Đảng
Ngày đăng 12/07/2013 | 15:40
Khối Dân vận tỉnh sơ kết 6 tháng, khen thưởng 20 tập thể, cá nhân
Sáng 11/7/2013, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013 và triển khai phương hướng, nhiệm vụ 6 tháng cuối năm. Dự và chỉ đạo hội nghị có đồng chí Lâm Thị Sa Ri, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, 6 tháng đầu năm, khối dân vận các cấp đã tổ chức 2.860 cuộc tuyên truyền, thu hút trên 154.000 lượt người dự; vận động đồng bào Khmer xây dựng 1.125 nhà tiêu hợp vệ sinh. Hệ thống chính trị vận động trao tặng 215 căn nhà Đại đoàn kết, tổng trị giá 6,45 tỷ đồng, và 4.300 phần quà cho hộ nghèo nhân dịp Tết Chôl Chnăm Thmây, trị giá khoảng 1,7 tỷ đồng. Trong 92 chùa Phật giáo Nam tông Khmer trên địa bàn, 88 chùa mở lớp dạy chữ Khmer hè cho 9.400 học sinh.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 24-CT/TU ngày 18/3/2013 về tăng cường công tác vận động đồng bào dân tộc Khmer; phối hợp sơ kết 3 năm thực hiện Quyết định số 1592/QĐ-TTg của Thủ tướng Chính phủ. Việc giải quyết đơn thư tiếp tục chuyển biến: đã tiếp nhận 64 đơn thư, giải quyết 59 đơn, đạt 92,2%. Công tác dân vận chính quyền có tiến bộ, nhiều nơi tổ chức đối thoại định kỳ giữa người đứng đầu với nhân dân; tuy vậy vẫn còn tình trạng một số cán bộ ấp chưa nắm chắc tình hình, báo cáo chậm.
Ý kiến tại hội nghị, Đại đức Thạch Sô Phon, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Som Rông, cho biết sư sãi luôn đồng hành cùng chính quyền vận động Phật tử; ông Sơn Văn Tha, HUV, Trưởng Ban Dân vận Huyện ủy Trần Đề, đề nghị tỉnh có cơ chế hỗ trợ người có uy tín trong đồng bào Khmer.
Phát biểu chỉ đạo, đồng chí Lâm Thị Sa Ri đánh giá cao kết quả đạt được, đồng thời yêu cầu các địa phương chú ý theo dõi tình hình tôn giáo, không để kẻ xấu lợi dụng; phấn đấu cuối năm hoàn thành vượt chỉ tiêu xây dựng 400 căn nhà Đại đoàn kết.
Tại hội nghị, Ban Dân vận Tỉnh ủy khen thưởng 7 tập thể và 13 cá nhân có thành tích trong 6 tháng đầu năm. Các tập thể được khen gồm Ban Dân vận Huyện ủy Trần Đề, Ủy ban MTTQ thị xã Vĩnh Châu, Đảng ủy phường 2 (thị xã Vĩnh Châu) và Đảng ủy xã Lai Hòa.
Ảnh: Đồng chí Lâm Thị Sa Ri trao giấy khen cho các tập thể.
Huỳnh Như
Các tin khác
- Mỹ Xuyên: họp mặt người có uy tín năm 2013 (02/07/2013)
- Trao 30 căn nhà Đại đoàn kết cho hộ Khmer nghèo (20/06/2013)
- Khai giảng lớp dạy chữ Khmer hè tại chùa Kh'Leang (10/06/2013)
- Ngã Năm: ra mắt mô hình "Ấp dân vận khéo" (30/05/2013)
""", "2013-07-12", "Khối Dân vận tỉnh sơ kết 6 tháng, khen thưởng 20 tập thể, cá nhân",
E("so_ket", "2013-H1", "2013-07-11"),
[P("Lâm Thị Sa Ri", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phon", "Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Som Rông"),
 P("Sơn Văn Tha", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Đề")],
[Q("20 tập thể, cá nhân", 20, "tập thể, cá nhân"),
 Q("2.860 cuộc tuyên truyền", 2860, "cuộc tuyên truyền"), Q("trên 154.000 lượt người", 154000, "lượt người", "over"),
 Q("1.125 nhà tiêu hợp vệ sinh", 1125, "nhà tiêu hợp vệ sinh"), Q("215 căn nhà Đại đoàn kết", 215, "căn nhà Đại đoàn kết"),
 Q("6,45 tỷ đồng", 6450000000, "đồng"), Q("4.300 phần quà", 4300, "phần quà"),
 Q("khoảng 1,7 tỷ đồng", 1700000000, "đồng", "approx"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("88 chùa", 88, "chùa"), Q("9.400 học sinh", 9400, "học sinh"),
 Q("64 đơn thư", 64, "đơn thư"), Q("59 đơn", 59, "đơn"), Q("92,2%", 92.2, "%"),
 Q("400 căn nhà Đại đoàn kết", 400, "căn nhà Đại đoàn kết"),
 Q("7 tập thể", 7, "tập thể"), Q("13 cá nhân", 13, "cá nhân")],
[D("Chỉ thị", "24", "CT/TU", "2013-03-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 24-CT/TU ngày 18/3/2013"),
 D("Quyết định", "1592", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1592/QĐ-TTg")],
[prov("Sóc Trăng"), com("phường 2"), com("Lai Hòa")],
["SÓC TRĂNG ONLINE - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Xây dựng Đảng",
 "Ảnh: Đồng chí Lâm Thị Sa Ri trao giấy khen cho các tập thể.", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Chôl Chnăm Thmây"],
["Ngày đăng 12/07/2013 | 15:40", "6 tháng đầu năm 2013", "3 năm"]))

PAGES.append(page("b9200-gialai-bdv-soket6t-2014", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị » Xây dựng Đảng
08:15 | 18/07/2014
Gia Lai: Khối dân vận hoàn thành 8/10 chỉ tiêu trong 6 tháng
(GLO)- Ngày 17-7, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2014. Chủ trì hội nghị có đồng chí Rah Lan Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Tiến, Siu H'Mai.
Quang cảnh hội nghị. Ảnh: Hồng Thi
Báo cáo cho thấy, khối dân vận đã hoàn thành 8/10 chỉ tiêu đề ra cho 6 tháng. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy triển khai Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội của Mặt trận và góp ý xây dựng Đảng, xây dựng chính quyền đến 100% tổ chức cơ sở đảng. Đồng thời, tiếp tục thực hiện Chỉ thị số 09-CT/TU ngày 5/4/2012 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào dân tộc thiểu số.
Các cấp đã vận động được 1.850 hộ đồng bào dân tộc thiểu số ở 46 làng từ bỏ tà đạo "Tin lành Đê Ga", trở về sinh hoạt tôn giáo hợp pháp; phối hợp tổ chức 320 buổi gặp mặt già làng, người có uy tín với khoảng 9.500 lượt người tham dự. Mặt trận và đoàn thể vận động quỹ "Vì người nghèo" được trên 2,1 tỷ đồng, hỗ trợ xây mới 48 căn nhà cho hộ nghèo. Tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số giảm còn 24,5%. Tuy nhiên, ở một số làng vùng sâu vẫn còn tình trạng mua bán, tranh chấp đất đai, sinh hoạt tôn giáo trái quy định; việc nắm tình hình ở cơ sở có lúc chưa kịp thời.
Trong thảo luận, già làng Nay Y Blin, làng Plei Ơi, xã Ia Krái, khẳng định bà con trong làng đã tin theo Đảng, không nghe kẻ xấu xúi giục. Đồng chí Đinh Thị Hương, HUV, Trưởng Ban Dân vận Huyện ủy Kbang, cho biết huyện đã xây dựng 12 mô hình "Dân vận khéo" trong phát triển sản xuất; đồng chí Trần Quang Vinh, Bí thư Đảng ủy xã Ia Dom, kiến nghị tăng cường lực lượng bám làng ở khu vực biên giới.
Kết luận hội nghị, đồng chí Rah Lan Hưng nhấn mạnh 2 chỉ tiêu chưa đạt là tỷ lệ tổ dân vận thôn hoạt động hiệu quả (mới đạt 61%) và số đảng viên là người dân tộc thiểu số được kết nạp (mới 143 đảng viên). Đồng chí yêu cầu các huyện ủy rà soát, đề ra giải pháp cụ thể, phấn đấu hoàn thành các chỉ tiêu trong 6 tháng cuối năm.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 5 tập thể và 9 cá nhân có thành tích xuất sắc; 3 già làng tiêu biểu được nhận bằng khen của UBND tỉnh.
Kim Anh
Tin liên quan
- Chư Prông: Gặp mặt 150 người có uy tín trong đồng bào DTTS (10/07/2014)
- Đức Cơ tổng kết 10 năm xây dựng khối đại đoàn kết (01/07/2014)
- Ia Grai: vận động đồng bào hiến đất làm đường (25/06/2014)
- Tập huấn công tác dân vận cho cán bộ cơ sở (13/06/2014)
""", "2014-07-18", "Gia Lai: Khối dân vận hoàn thành 8/10 chỉ tiêu trong 6 tháng",
E("so_ket", "2014-H1", "2014-07-17"),
[P("Rah Lan Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu H'Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nay Y Blin", "già làng"),
 P("Đinh Thị Hương", "HUV", "Trưởng Ban Dân vận Huyện ủy Kbang"),
 P("Trần Quang Vinh", "Bí thư Đảng ủy xã Ia Dom")],
[Q("8/10 chỉ tiêu", 8, "chỉ tiêu"), Q("100%", 100, "%"),
 Q("1.850 hộ đồng bào dân tộc thiểu số", 1850, "hộ đồng bào dân tộc thiểu số"), Q("46 làng", 46, "làng"),
 Q("320 buổi gặp mặt", 320, "buổi gặp mặt"), Q("khoảng 9.500 lượt người", 9500, "lượt người", "approx"),
 Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("48 căn nhà", 48, "căn nhà"), Q("24,5%", 24.5, "%"),
 Q("12 mô hình", 12, "mô hình"), Q("2 chỉ tiêu", 2, "chỉ tiêu"), Q("61%", 61, "%"),
 Q("143 đảng viên", 143, "đảng viên"), Q("5 tập thể", 5, "tập thể"), Q("9 cá nhân", 9, "cá nhân"),
 Q("3 già làng tiêu biểu", 3, "già làng tiêu biểu")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Chỉ thị", "09", "CT/TU", "2012-04-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 09-CT/TU ngày 5/4/2012")],
[prov("Gia Lai"), com("Ia Krái"), com("Ia Dom")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị » Xây dựng Đảng", "Quang cảnh hội nghị. Ảnh: Hồng Thi", "(GLO)", "Tin lành Đê Ga",
 "Vì người nghèo", "Dân vận khéo", "Plei Ơi"],
["08:15 | 18/07/2014", "6 tháng đầu năm 2014", "6 tháng cuối năm"]))

PAGES.append(page("b9201-thainguyen-khoidanvan-soket-2015", """
Báo Thái Nguyên điện tử
Xây dựng Đảng | Dân vận
Cập nhật: 14:50, 16/07/2015 (GMT+7)
6 tháng, nhân dân Thái Nguyên hiến trên 60.000 m2 đất làm đường
Toàn cảnh hội nghị.
Sáng 15/7, Ban Dân vận Tỉnh ủy Thái Nguyên tổ chức giao ban khối dân vận quý II, sơ kết công tác dân vận 6 tháng đầu năm 2015. Đồng chí Phạm Thị Minh Thu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Cùng dự có đồng chí Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Ma Thị Ngọc và lãnh đạo Liên đoàn Lao động, Tỉnh đoàn, Hội LHPN, Hội Nông dân, Hội CCB tỉnh.
Theo báo cáo, 6 tháng qua khối dân vận đã tập trung triển khai Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới và Kế hoạch 45, 46-KH/TU của Tỉnh ủy. Các cấp ủy đã tổ chức quán triệt cho trên 42.000 cán bộ, đảng viên.
Phong trào xây dựng nông thôn mới tiếp tục lan tỏa: nhân dân hiến trên 60.000 m2 đất, đóng góp 35,8 tỷ đồng và hơn 120.000 ngày công để làm mới, nâng cấp 186 km đường giao thông nông thôn. Liên đoàn Lao động tỉnh phối hợp giải quyết 14 cuộc ngừng việc tập thể, bảo đảm quyền lợi cho khoảng 6.300 công nhân. Tỉnh đoàn ra quân 95 công trình thanh niên; Hội Nông dân các cấp giúp 2.150 hộ vay vốn với dư nợ 210 tỷ đồng.
Đánh giá các chỉ tiêu, khối dân vận đã đạt 7 trên 9 chỉ tiêu của 6 tháng; 2 chỉ tiêu chưa đạt gồm tỷ lệ chi bộ có nghị quyết chuyên đề về dân vận (đạt 72%) và tỷ lệ tổ dân vận hoạt động tốt (đạt 68%). Nguyên nhân là một số cấp ủy cơ sở chưa thật sự quan tâm, cán bộ dân vận xóm thường xuyên thay đổi, kinh phí hoạt động còn hạn hẹp.
Các đại biểu cũng chỉ ra những vấn đề cần tập trung: tình hình khiếu kiện liên quan đến thu hồi đất ở các dự án khai khoáng, việc di chuyển mồ mả phục vụ giải phóng mặt bằng, đời sống công nhân tại các khu công nghiệp Yên Bình và Điềm Thụy. Nhiều ý kiến đề nghị cấp ủy, chính quyền đối thoại trực tiếp, công khai phương án bồi thường để người dân đồng thuận.
Tại hội nghị, đồng chí Lý Văn Thắng, HUV, Trưởng Ban Dân vận Huyện ủy Võ Nhai, đề xuất tăng kinh phí cho các tổ dân vận xóm; bà Hà Thị Sinh, Chủ tịch Hội LHPN xã Phú Đình, chia sẻ cách vận động chị em người Dao tham gia làm chè an toàn.
Kết luận, đồng chí Phạm Thị Minh Thu đề nghị tập trung vận động nhân dân chuẩn bị tốt cho Đại hội Đảng bộ tỉnh lần thứ XIX; phát huy vai trò của 1.216 người có uy tín trong đồng bào dân tộc thiểu số, tôn giáo.
Nhân dịp này, 10 tập thể và 16 cá nhân có thành tích xuất sắc trong công tác dân vận 6 tháng đầu năm được Ban Dân vận Tỉnh ủy tặng giấy khen.
Ngọc Hà
Tin khác
- Đại Từ: Vận động nhân dân hiến hơn 8.000 m2 đất (10/07/2015)
- Phú Lương sơ kết mô hình dân vận khéo (03/07/2015)
- Định Hóa: Gặp mặt người có uy tín (26/06/2015)
- Đồng Hỷ tập huấn nghiệp vụ công tác dân vận (19/06/2015)
""", "2015-07-16", "6 tháng, nhân dân Thái Nguyên hiến trên 60.000 m2 đất làm đường",
E("so_ket", "2015-H1", "2015-07-15"),
[P("Phạm Thị Minh Thu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Thị Ngọc", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Văn Thắng", "HUV", "Trưởng Ban Dân vận Huyện ủy Võ Nhai"),
 P("Hà Thị Sinh", "Chủ tịch Hội LHPN xã Phú Đình")],
[Q("trên 60.000 m2", 60000, "m2", "over"), Q("trên 42.000 cán bộ, đảng viên", 42000, "cán bộ, đảng viên", "over"),
 Q("35,8 tỷ đồng", 35800000000, "đồng"), Q("hơn 120.000 ngày công", 120000, "ngày công", "over"),
 Q("186 km", 186, "km"), Q("14 cuộc ngừng việc tập thể", 14, "cuộc ngừng việc tập thể"),
 Q("khoảng 6.300 công nhân", 6300, "công nhân", "approx"), Q("95 công trình thanh niên", 95, "công trình thanh niên"),
 Q("2.150 hộ", 2150, "hộ"), Q("210 tỷ đồng", 210000000000, "đồng"),
 Q("7 trên 9 chỉ tiêu", 7, "chỉ tiêu"), Q("2 chỉ tiêu", 2, "chỉ tiêu"), Q("72%", 72, "%"), Q("68%", 68, "%"),
 Q("1.216 người có uy tín", 1216, "người có uy tín"), Q("10 tập thể", 10, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Kế hoạch", "45", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 45, 46-KH/TU"),
 D("Kế hoạch", "46", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 45, 46-KH/TU")],
[prov("Thái Nguyên"), com("Phú Đình")],
["Báo Thái Nguyên điện tử", "Xây dựng Đảng | Dân vận", "Toàn cảnh hội nghị."],
["Cập nhật: 14:50, 16/07/2015 (GMT+7)", "quý II", "6 tháng đầu năm 2015", "lần thứ XIX"]))

PAGES.append(page("b9202-bentre-mttq-khoidanvan-2016", """
BÁO ĐỒNG KHỞI ONLINE
Trang chủ › Chính trị › Mặt trận - Đoàn thể
15/07/2016 - 10:05
Khen thưởng 32 tập thể, cá nhân tiêu biểu công tác dân vận 6 tháng đầu năm
(ĐK) - Chiều 14-7-2016, Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức hội nghị sơ kết công tác dân vận, Mặt trận và đoàn thể 6 tháng đầu năm 2016. Đến dự có đồng chí Võ Thành Hạo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Huỳnh Văn Bé, Nguyễn Thị Yến, Lê Hoàng Nhân - Phó Chủ tịch Ủy ban MTTQ tỉnh.
Báo cáo nêu rõ, thực hiện Chương trình hành động số 12-CTr/TU của Tỉnh ủy và Quy chế phối hợp số 03 giữa Ban Dân vận Tỉnh ủy với Ban cán sự đảng UBND tỉnh, khối dân vận đã vận động nhân dân hưởng ứng phong trào Đồng khởi mới. Trong 6 tháng, các cấp Mặt trận vận động quỹ "Vì người nghèo" được 11,2 tỷ đồng, xây dựng 420 căn nhà Đại đoàn kết; hỗ trợ 3.600 hộ bị ảnh hưởng hạn mặn với tổng số tiền trên 3 tỷ đồng. Có 93% hộ gia đình đăng ký gia đình văn hóa.
Công tác dân vận chính quyền có chuyển biến: nhiều xã duy trì tiếp dân định kỳ, công khai thủ tục hành chính, lấy ý kiến nhân dân về các công trình, dự án. Các tổ nhân dân tự quản, tổ hòa giải ở ấp, khu phố hoạt động đều, góp phần giữ vững an ninh trật tự. Tuy vậy, một số nơi còn chậm giải quyết kiến nghị của cử tri, sự phối hợp giữa các đoàn thể có lúc chưa chặt chẽ, công tác nắm tình hình tư tưởng ở vùng biển còn hạn chế.
Trước tình hình xâm nhập mặn nghiêm trọng, khối dân vận đã vận động người dân chuyển đổi 1.200 ha đất lúa kém hiệu quả; Hội Nông dân tỉnh tổ chức 85 lớp tập huấn kỹ thuật cho gần 4.000 lượt hội viên. Tình hình an ninh nông thôn ổn định, đã hòa giải thành 312 vụ việc mâu thuẫn trong nhân dân.
Tại hội nghị, ông Trần Văn Khỏe, Bí thư Chi bộ ấp Phú Lợi, xã Phú Khánh, kể lại cách chi bộ vận động bà con nạo vét 14 km kênh thủy lợi. Bà Lê Thị Cẩm Tú, Chủ tịch Hội LHPN huyện Ba Tri, kiến nghị tăng vốn vay cho phụ nữ nghèo khởi nghiệp.
"Chúng ta không chạy theo con số, nhưng chỉ tiêu đã giao phải hoàn thành thực chất", đồng chí Võ Thành Hạo nói khi kết luận hội nghị. Đồng chí đề nghị 6 tháng cuối năm tập trung tuyên truyền bầu cử đại biểu HĐND, giúp dân khắc phục hậu quả hạn mặn và chuẩn bị Đại hội MTTQ các cấp.
Dịp này, Ban Thường trực Ủy ban MTTQ tỉnh và Ban Dân vận Tỉnh ủy khen thưởng 12 tập thể, 20 cá nhân có thành tích tiêu biểu; mỗi tập thể được thưởng 1 triệu đồng, mỗi cá nhân 500.000 đồng.
Ảnh: Đồng chí Võ Thành Hạo trao giấy khen cho các tập thể.
Hữu Hiệp
Tin liên quan
- Giồng Trôm: ra mắt 12 tổ tự quản bảo vệ an ninh trật tự (08/07/2016)
- Mỏ Cày Nam: vận động hiến 18.000 m2 đất làm đường (30/06/2016)
- Trao 50 căn nhà Đại đoàn kết tại Thạnh Phú (22/06/2016)
- Châu Thành: đối thoại giữa Chủ tịch UBND huyện với nông dân (15/06/2016)
""", "2016-07-15", "Khen thưởng 32 tập thể, cá nhân tiêu biểu công tác dân vận 6 tháng đầu năm",
E("so_ket", "2016-H1", "2016-07-14"),
[P("Võ Thành Hạo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Bé", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Yến", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Hoàng Nhân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Văn Khỏe", "Bí thư Chi bộ ấp Phú Lợi"),
 P("Lê Thị Cẩm Tú", "Chủ tịch Hội LHPN huyện Ba Tri")],
[Q("32 tập thể, cá nhân tiêu biểu", 32, "tập thể, cá nhân tiêu biểu"),
 Q("11,2 tỷ đồng", 11200000000, "đồng"), Q("420 căn nhà Đại đoàn kết", 420, "căn nhà Đại đoàn kết"),
 Q("3.600 hộ", 3600, "hộ"), Q("trên 3 tỷ đồng", 3000000000, "đồng", "over"), Q("93%", 93, "%"),
 Q("1.200 ha", 1200, "ha"), Q("85 lớp tập huấn kỹ thuật", 85, "lớp tập huấn kỹ thuật"),
 Q("gần 4.000 lượt hội viên", 4000, "lượt hội viên", "approx"), Q("312 vụ việc mâu thuẫn", 312, "vụ việc mâu thuẫn"),
 Q("14 km", 14, "km"), Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("500.000 đồng", 500000, "đồng")],
[D("Chương trình hành động", "12", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU"),
 D("Quy chế phối hợp", "03", None, None, None, "Quy chế phối hợp số 03")],
[prov("Bến Tre"), com("Phú Khánh")],
["BÁO ĐỒNG KHỞI ONLINE", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "(ĐK)", "Vì người nghèo", "Đồng khởi mới",
 "Ảnh: Đồng chí Võ Thành Hạo trao giấy khen cho các tập thể."],
["15/07/2016 - 10:05", "6 tháng đầu năm 2016", "6 tháng cuối năm"]))
