from lib import *
PAGES = []

PAGES.append(page("b7421-laocai-hoithao-bacha-2011", """
BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÀO CAI
Trang chủ > Văn hóa - Thể thao > Thể thao
Thứ Hai, 05/09/2011 - 08:30
Bắc Hà: Sôi nổi Hội thao các dân tộc lần thứ V
(LCĐT) - Trong hai ngày 3 và 4/9, tại sân vận động trung tâm huyện, UBND huyện Bắc Hà tổ chức Hội thao các dân tộc huyện lần thứ V năm 2011. Đây là hoạt động chào mừng kỷ niệm 66 năm Cách mạng tháng Tám và Quốc khánh 2/9, đồng thời là dịp để đồng bào Mông, Dao, Tày, Nùng, Phù Lá giao lưu, học hỏi.
Vận động viên xã Tả Van Chư thi đẩy gậy. Ảnh: Lê Nam
Về dự lễ khai mạc có ông Hoàng Văn Pín, Phó Chủ tịch UBND huyện, Trưởng ban tổ chức hội thao; bà Lù Thị Sinh, Trưởng phòng Văn hóa và Thông tin huyện; cùng đông đảo bà con nhân dân các dân tộc trong huyện và du khách.
Hội thao năm nay thu hút 21 đoàn với gần 400 vận động viên đến từ các xã, thị trấn trong huyện. Các vận động viên tranh tài ở 7 môn: kéo co, đẩy gậy, bắn nỏ, đánh quay, ném pao, đua ngựa và việt dã. Trong đó, môn đua ngựa truyền thống được chờ đợi nhất với 36 kỵ sĩ, chủ yếu là thanh niên người Mông ở các xã vùng cao.
Phát biểu khai mạc, ông Hoàng Văn Pín nhấn mạnh hội thao nhằm giữ gìn, phát huy các môn thể thao dân tộc, đẩy mạnh cuộc vận động "Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại", góp phần xây dựng đời sống văn hóa ở khu dân cư. Kinh phí tổ chức hội thao khoảng 150 triệu đồng, trong đó các doanh nghiệp trên địa bàn tài trợ 45 triệu đồng.
Ở môn bắn nỏ, nhiều lão nông ngoài 60 tuổi vẫn tham gia và đạt thành tích cao. Ông Giàng Seo Pao, Trưởng thôn Sán Chải, xã Bản Liền, chia sẻ: "Người Mông chúng tôi từ nhỏ đã theo cha đi nương, học bắn nỏ. Năm nào có hội thao, cả thôn đều đi cổ vũ". Chị Thào Thị Mỷ, vận động viên kéo co của xã Lùng Phình, cho biết đội của chị đã tập luyện gần một tháng trước hội thao.
Kết thúc hai ngày thi đấu, ban tổ chức đã trao 21 bộ huy chương cho các vận động viên đạt thành tích. Giải nhất toàn đoàn thuộc về xã Tả Van Chư; giải nhì thuộc về thị trấn Bắc Hà; giải ba thuộc về xã Bản Phố. Các giải thưởng có tổng trị giá 28 triệu đồng. Đáng chú ý, năm nay lần đầu tiên môn ném pao có đội nữ của xã Bản Liền tham gia và giành huy chương đồng, được khán giả cổ vũ nhiệt liệt.
Cũng dịp này, huyện chọn 45 vận động viên xuất sắc để thành lập đoàn tham dự Hội thao các dân tộc tỉnh Lào Cai dự kiến tổ chức trong tháng 11 tới.
Giàng Thị Hoa
Lượt đọc: 1.204
Tin liên quan
- Si Ma Cai: khai mạc giải bóng chuyền hơi các dân tộc (28/08/2011)
- Mường Khương ra quân Đại hội TDTT cơ sở (15/08/2011)
- Sa Pa: 300 vận động viên dự giải việt dã "Chinh phục Fansipan" (02/08/2011)
""", "2011-09-05", "Bắc Hà: Sôi nổi Hội thao các dân tộc lần thứ V",
E("khac", None, "2011-09-03"),
[P("Hoàng Văn Pín", "Phó Chủ tịch UBND huyện", "Trưởng ban tổ chức hội thao"),
 P("Lù Thị Sinh", "Trưởng phòng Văn hóa và Thông tin huyện"),
 P("Giàng Seo Pao", "Trưởng thôn Sán Chải"),
 P("Thào Thị Mỷ", "vận động viên kéo co của xã Lùng Phình")],
[Q("21 đoàn", 21, "đoàn"), Q("gần 400 vận động viên", 400, "vận động viên", "approx"), Q("7 môn", 7, "môn"),
 Q("36 kỵ sĩ", 36, "kỵ sĩ"), Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"), Q("45 triệu đồng", 45000000, "đồng"),
 Q("21 bộ huy chương", 21, "bộ huy chương"), Q("28 triệu đồng", 28000000, "đồng"), Q("45 vận động viên xuất sắc", 45, "vận động viên xuất sắc")],
[],
[prov("Lào Cai"), com("Tả Van Chư"), com("Bản Liền"), com("Lùng Phình"), com("Bắc Hà"), com("Bản Phố")],
["BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÀO CAI", "Trang chủ > Văn hóa - Thể thao > Thể thao",
 "Vận động viên xã Tả Van Chư thi đẩy gậy. Ảnh: Lê Nam", "(LCĐT)", "Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại", "Lượt đọc: 1.204",
 "Hội thao các dân tộc tỉnh Lào Cai"],
["Thứ Hai, 05/09/2011 - 08:30", "lần thứ V", "66 năm", "2/9", "ngoài 60 tuổi", "gần một tháng", "hai ngày", "Lượt đọc: 1.204"]))

PAGES.append(page("b7422-sonla-bdv-ngayhoi-2012", """
Ban Dân vận Tỉnh ủy Sơn La
Bạn đang ở: Trang chủ » Hoạt động dân vận » Dân vận cơ sở
Cập nhật: 16:45, 28/03/2012 (GMT+7)
Ngày hội văn hóa, thể thao các dân tộc xã Chiềng Khoi
Ngày 25/3/2012, Đảng ủy, UBND xã Chiềng Khoi, huyện Yên Châu phối hợp với Ban Dân vận Huyện ủy tổ chức Ngày hội văn hóa, thể thao các dân tộc xã năm 2012, hưởng ứng Tuần lễ văn hóa, thể thao và du lịch các dân tộc tỉnh. Dự ngày hội có đồng chí Lò Văn Khiêm, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Yên Châu; đồng chí Cầm Thị Phương, Phó Trưởng Ban Dân vận Huyện ủy.
Ngày hội có 11 đội đến từ 11 bản của xã tham gia, với hơn 250 diễn viên, vận động viên là đồng bào Thái, Mông, Khơ Mú và Kinh. Các đội tham gia thi trình diễn trang phục dân tộc, văn nghệ quần chúng và 5 môn thể thao dân tộc gồm kéo co, đẩy gậy, ném còn, tó má lẹ và bắn nỏ.
Theo đồng chí Quàng Văn Thẳm, Bí thư Đảng ủy xã Chiềng Khoi, thực hiện Kế hoạch số 27-KH/HU ngày 10/2/2012 của Ban Thường vụ Huyện ủy về tăng cường công tác dân vận ở vùng đồng bào dân tộc, xã đã đưa ngày hội vào chương trình công tác năm, giao khối dân vận xã chủ trì. Để chuẩn bị ngày hội, các bản đã tự đóng góp trên 30 triệu đồng, UBND xã hỗ trợ 12 triệu đồng mua sắm dụng cụ thi đấu và trang phục.
Không khí ngày hội sôi động ngay từ sáng sớm. Ở môn tó má lẹ, một trò chơi truyền thống của đồng bào Thái, các đội phải dùng quả tó ném trúng quả tó của đội bạn trên sân dài 8 m. Bà Lò Thị Hặc, người có uy tín bản Phiêng Hoi, năm nay đã 67 tuổi, vẫn tham gia đội ném còn của bản và đoạt giải nhì.
Phát biểu tại ngày hội, đồng chí Lò Văn Khiêm đánh giá việc tổ chức ngày hội là cách làm sáng tạo của xã trong thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", góp phần tăng cường khối đại đoàn kết toàn dân tộc. Đồng chí đề nghị Đảng ủy xã tiếp tục phát huy vai trò của người có uy tín, già làng, trưởng bản trong vận động nhân dân giữ gìn bản sắc văn hóa, bài trừ hủ tục.
Kết quả, ban tổ chức đã trao 11 giải cho các đội, mỗi đội đều nhận được phần thưởng động viên. Nhiều bản đã mời nghệ nhân lớn tuổi trực tiếp hướng dẫn thanh niên cách làm quả tó, cách chơi đúng luật truyền thống. Bản Nà Dạ đoạt giải nhất toàn đoàn, bản Phiêng Hoi giải nhì. Năm 2012, toàn huyện Yên Châu có 14 xã tổ chức ngày hội văn hóa, thể thao cấp xã.
Lò Thị Ngọc (Ban Dân vận Huyện ủy Yên Châu)
Các tin khác
- Mai Sơn: giao lưu văn nghệ mừng Đảng, mừng Xuân (20/02/2012)
- Mộc Châu tổng kết công tác dân vận năm 2011 (29/12/2011)
- Thuận Châu: vận động đồng bào Mông hiến đất làm đường (12/12/2011)
""", "2012-03-28", "Ngày hội văn hóa, thể thao các dân tộc xã Chiềng Khoi",
E("khac", None, "2012-03-25"),
[P("Lò Văn Khiêm", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Yên Châu"),
 P("Cầm Thị Phương", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Quàng Văn Thẳm", "Bí thư Đảng ủy xã Chiềng Khoi"),
 P("Lò Thị Hặc", "người có uy tín bản Phiêng Hoi")],
[Q("11 đội", 11, "đội"), Q("11 bản", 11, "bản"), Q("hơn 250 diễn viên, vận động viên", 250, "diễn viên, vận động viên", "over"),
 Q("5 môn thể thao dân tộc", 5, "môn thể thao dân tộc"), Q("trên 30 triệu đồng", 30000000, "đồng", "over"), Q("12 triệu đồng", 12000000, "đồng"),
 Q("8 m", 8, "m"), Q("11 giải", 11, "giải"), Q("14 xã", 14, "xã")],
[D("Kế hoạch", "27", "KH/HU", "2012-02-10", "Ban Thường vụ Huyện ủy", "Kế hoạch số 27-KH/HU ngày 10/2/2012")],
[prov("Sơn La"), com("Chiềng Khoi")],
["Ban Dân vận Tỉnh ủy Sơn La", "Bạn đang ở: Trang chủ » Hoạt động dân vận » Dân vận cơ sở",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Tuần lễ văn hóa, thể thao và du lịch các dân tộc tỉnh"],
["Cập nhật: 16:45, 28/03/2012 (GMT+7)", "67 tuổi", "giải nhì", "năm 2012"]))

PAGES.append(page("b7423-dienbien-hoithao-tongket-2013", """
ĐIỆN BIÊN PHỦ ONLINE
Thể thao :: Phong trào
08:15 | 20/11/2013
Ảnh: Lãnh đạo tỉnh trao cờ cho các đoàn đạt giải toàn đoàn.
Tổng kết Hội thao truyền thống các dân tộc tỉnh lần thứ VI
ĐBP - Chiều 18/11, tại Nhà thi đấu tỉnh, Ban Tổ chức Hội thao truyền thống các dân tộc tỉnh Điện Biên lần thứ VI năm 2013 tổ chức lễ tổng kết, trao giải. Dự có đồng chí Lò Văn Muôn, Phó Chủ tịch UBND tỉnh, Trưởng ban chỉ đạo; đồng chí Mùa A Vảng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo tổng kết do ông Trần Quốc Hùng, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Phó Trưởng ban tổ chức trình bày cho biết, sau 4 ngày tranh tài sôi nổi, hội thao đã thu hút 10 đoàn của các huyện, thị xã, thành phố với 632 vận động viên, huấn luyện viên, trong đó vận động viên nữ chiếm 38%. Các vận động viên thi đấu 8 môn: bắn nỏ, đẩy gậy, kéo co, tung còn, ném pao, đánh tu lu, đi cà kheo và đua thuyền độc mộc trên hồ Pá Khoang.
Hội thao được tổ chức theo Kế hoạch số 1205/KH-UBND ngày 22/7/2013 của UBND tỉnh, nhằm cụ thể hóa Quyết định số 2198/QĐ-TTg ngày 3/12/2010 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2020. Tổng kinh phí tổ chức trên 1,2 tỷ đồng, trong đó ngân sách tỉnh 850 triệu đồng, còn lại do xã hội hóa.
Ban tổ chức đã trao 48 huy chương vàng, 48 huy chương bạc và 62 huy chương đồng cho các cá nhân và đội. Đoàn huyện Tuần Giáo xếp thứ nhất toàn đoàn, đoàn thành phố Điện Biên Phủ xếp thứ hai, đoàn huyện Mường Chà xếp thứ ba. Nhiều vận động viên đến từ các xã vùng cao như Mường Nhé, Sín Thầu, Chà Nưa lần đầu được thi đấu ở cấp tỉnh.
Theo đánh giá của ban tổ chức, khâu tổ chức năm nay chặt chẽ, công tác trọng tài khách quan; không xảy ra khiếu nại lớn. Khoảng 15.000 lượt người dân và du khách đã đến cổ vũ, theo dõi các trận đấu. Tuy nhiên, một số huyện còn chậm gửi danh sách vận động viên, chất lượng chuyên môn ở môn đánh tu lu chưa đồng đều.
Phát biểu bế mạc, đồng chí Lò Văn Muôn đề nghị các huyện tiếp tục phát triển phong trào thể thao quần chúng ở cơ sở, đưa các môn thể thao dân tộc vào chương trình Đại hội Thể dục thể thao các cấp năm 2014, đặc biệt quan tâm đến đồng bào Mông, Thái, Khơ Mú, Lào, Cống, Si La. Đồng chí Mùa A Vảng đề nghị khối dân vận phối hợp với ngành văn hóa vận động người có uy tín tham gia gìn giữ trò chơi dân gian trong mỗi bản.
Ông Lý Seo Chứ, người có uy tín bản Nậm Chẩn, xã Sín Thầu, cho biết: "Được về thành phố thi bắn nỏ, bà con trong bản rất vui. Về bản, tôi sẽ dạy lại cho lớp trẻ".
Dịp này, UBND tỉnh tặng Bằng khen cho 6 tập thể và 14 cá nhân có thành tích xuất sắc trong tổ chức hội thao.
Quàng Hương
Tin liên quan
- Khai mạc Hội thao truyền thống các dân tộc tỉnh lần thứ VI (15/11/2013)
- Tuần Giáo: 200 vận động viên dự giải bắn nỏ, đẩy gậy (02/11/2013)
- Mường Ảng tổ chức Đại hội TDTT cấp huyện (20/10/2013)
""", "2013-11-20", "Tổng kết Hội thao truyền thống các dân tộc tỉnh lần thứ VI",
E("tong_ket", "2013", "2013-11-18"),
[P("Lò Văn Muôn", "Phó Chủ tịch UBND tỉnh", "Trưởng ban chỉ đạo"),
 P("Mùa A Vảng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Hùng", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Phó Trưởng ban tổ chức"),
 P("Lý Seo Chứ", "người có uy tín bản Nậm Chẩn")],
[Q("10 đoàn", 10, "đoàn"), Q("632 vận động viên, huấn luyện viên", 632, "vận động viên, huấn luyện viên"), Q("38%", 38, "%"),
 Q("8 môn", 8, "môn"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("850 triệu đồng", 850000000, "đồng"),
 Q("48 huy chương vàng", 48, "huy chương vàng"), Q("48 huy chương bạc", 48, "huy chương bạc"), Q("62 huy chương đồng", 62, "huy chương đồng"),
 Q("Khoảng 15.000 lượt người dân và du khách", 15000, "lượt người dân và du khách", "approx"),
 Q("6 tập thể", 6, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kế hoạch", "1205", "KH-UBND", "2013-07-22", "UBND tỉnh", "Kế hoạch số 1205/KH-UBND ngày 22/7/2013"),
 D("Quyết định", "2198", "QĐ-TTg", "2010-12-03", "Thủ tướng Chính phủ", "Quyết định số 2198/QĐ-TTg ngày 3/12/2010")],
[prov("Điện Biên"), com("Mường Nhé"), com("Sín Thầu"), com("Chà Nưa")],
["ĐIỆN BIÊN PHỦ ONLINE", "Thể thao :: Phong trào", "Ảnh: Lãnh đạo tỉnh trao cờ cho các đoàn đạt giải toàn đoàn.", "ĐBP -",
 "Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2020", "Đại hội Thể dục thể thao các cấp năm 2014"],
["08:15 | 20/11/2013", "lần thứ VI", "4 ngày", "năm 2013", "năm 2014", "xếp thứ nhất", "xếp thứ hai", "xếp thứ ba"]))

PAGES.append(page("b7424-hagiang-taphuan-trongtai-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Tin tức - Sự kiện / Văn hóa - Xã hội
Ngày đăng 14/05/2014 | 10:20
Tập huấn trọng tài các môn thể thao dân tộc cho cán bộ cơ sở
Từ ngày 12 đến 13/5/2014, Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban Dân tộc tỉnh mở lớp tập huấn nghiệp vụ trọng tài các môn thể thao dân tộc và trò chơi dân gian năm 2014 cho 85 học viên là công chức văn hóa - xã hội xã, cán bộ Đoàn Thanh niên và người có uy tín ở 4 huyện vùng cao núi đá Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ.
Bà Vàng Thị Dí, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch phát biểu khai giảng lớp tập huấn.
Phát biểu khai giảng, bà Vàng Thị Dí, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết, lớp tập huấn được mở theo Kế hoạch số 58/KH-SVHTTDL ngày 3/4/2014 của Sở VHTTDL, triển khai Đề án 1468 về bảo tồn, phát triển các môn thể thao dân tộc đến năm 2020. Toàn tỉnh hiện có 195 xã, phường, thị trấn, nhưng mới có khoảng 40% số xã có người được tập huấn về luật thi đấu các môn thể thao dân tộc, nên nhiều giải ở cơ sở còn tổ chức theo lệ làng, dễ phát sinh tranh cãi.
Trong 2 ngày, các học viên được giảng viên của Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh hướng dẫn luật, phương pháp trọng tài 6 môn: đẩy gậy, kéo co, bắn nỏ, tu lu, ném còn và đánh quay; được thực hành bắt trọng tài trên sân. Ông Ly Mí Sùng, Chủ tịch UBND xã Lũng Cú, cho rằng: "Lớp học rất thiết thực. Ở xã tôi mỗi dịp Tết Nguyên đán, các thôn đều tổ chức thi đánh quay, kéo co, nhưng chưa ai nắm được luật".
Theo ông Hầu Văn Lử, Phó Trưởng Ban Dân tộc tỉnh, thực hiện Chỉ thị số 07/CT-UBND của UBND tỉnh về tăng cường công tác vận động đồng bào dân tộc thiểu số xây dựng nếp sống văn hóa, Ban Dân tộc đã hỗ trợ các xã vùng cao 120 bộ dụng cụ thể thao, tổng trị giá trên 300 triệu đồng. Mỗi học viên dự lớp được hỗ trợ 100.000 đồng/ngày tiền ăn và tiền đi lại theo quy định.
Cuối đợt tập huấn, các học viên làm bài kiểm tra; 79 học viên đạt yêu cầu và được cấp giấy chứng nhận. Ban tổ chức đề nghị các huyện bố trí đội ngũ trọng tài này tham gia điều hành Hội thao các dân tộc tỉnh Hà Giang lần thứ VII dự kiến tổ chức vào tháng 9.
Chị Giàng Thị Pà, cán bộ văn hóa xã Pải Lủng, chia sẻ, chị sẽ về phối hợp với Chi đoàn các thôn mở lại sân đánh quay cho thanh niên, để trò chơi của người Mông không bị mai một, nhất là ở các thôn giáp biên giới.
Bích Ngọc
Xem thêm
- Đồng Văn: Lễ hội khèn Mông lần thứ III (04/05/2014)
- Mèo Vạc tổ chức giải bóng chuyền nam, nữ (20/04/2014)
- Hỗ trợ dụng cụ thể thao cho 30 xã biên giới (10/04/2014)
""", "2014-05-14", "Tập huấn trọng tài các môn thể thao dân tộc cho cán bộ cơ sở",
E("tap_huan", "2014", "2014-05-12"),
[P("Vàng Thị Dí", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Ly Mí Sùng", "Chủ tịch UBND xã Lũng Cú"),
 P("Hầu Văn Lử", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Giàng Thị Pà", "cán bộ văn hóa xã Pải Lủng")],
[Q("85 học viên", 85, "học viên"), Q("4 huyện vùng cao núi đá", 4, "huyện vùng cao núi đá"), Q("195 xã, phường, thị trấn", 195, "xã, phường, thị trấn"),
 Q("khoảng 40%", 40, "%", "approx"), Q("6 môn", 6, "môn"), Q("120 bộ dụng cụ thể thao", 120, "bộ dụng cụ thể thao"),
 Q("trên 300 triệu đồng", 300000000, "đồng", "over"), Q("100.000 đồng/ngày", 100000, "đồng"), Q("79 học viên", 79, "học viên")],
[D("Kế hoạch", "58", "KH-SVHTTDL", "2014-04-03", "Sở VHTTDL", "Kế hoạch số 58/KH-SVHTTDL ngày 3/4/2014"),
 D("Đề án", "1468", None, None, None, "Đề án 1468"),
 D("Chỉ thị", "07", "CT-UBND", None, "UBND tỉnh", "Chỉ thị số 07/CT-UBND")],
[prov("Hà Giang"), com("Lũng Cú"), com("Pải Lủng")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG", "Tin tức - Sự kiện / Văn hóa - Xã hội",
 "Bà Vàng Thị Dí, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch phát biểu khai giảng lớp tập huấn.",
 "Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh", "Hội thao các dân tộc tỉnh Hà Giang lần thứ VII"],
["Ngày đăng 14/05/2014 | 10:20", "2 ngày", "năm 2014", "năm 2020", "lần thứ VII", "tháng 9"]))

PAGES.append(page("b7425-caobang-ngayhoi-haquang-2015", """
Báo Cao Bằng điện tử
Trang chủ › Văn hóa › Văn hóa - Thể thao
Thứ Năm, 26/02/2015
Ảnh: Thi tung còn tại ngày hội.
Hà Quảng: Ngày hội văn hóa, thể thao mừng Đảng, mừng Xuân Ất Mùi
Ngày 24/2 (tức mùng 6 Tết), tại thị trấn Xuân Hòa, huyện Hà Quảng tổ chức Ngày hội văn hóa, thể thao các dân tộc mừng Đảng, mừng Xuân Ất Mùi 2015. Đến dự có các đồng chí Phó Chủ tịch UBND huyện: Nông Văn Dũng, Hoàng Thị Nhung; đồng chí Lục Văn Thành, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện cùng hàng nghìn người dân và du khách.
Ngày hội năm nay có sự tham gia của 18 đội đến từ các xã, thị trấn với khoảng 350 vận động viên, diễn viên. Các đội thi tài 6 nội dung: tung còn, kéo co, đẩy gậy, đánh quay, thi gói bánh chưng, hát Then - đàn Tính. Bên lề ngày hội còn có gian trưng bày sản phẩm nông nghiệp, nghề thủ công của 9 hợp tác xã trên địa bàn.
Phát biểu khai mạc, đồng chí Nông Văn Dũng cho biết, ngày hội là hoạt động thường niên của huyện, được tổ chức theo Kế hoạch số 12-KH/HU ngày 5/1/2015 của Huyện ủy Hà Quảng về tổ chức các hoạt động mừng Đảng, mừng Xuân. Kinh phí tổ chức ngày hội gần 200 triệu đồng, trong đó ngân sách huyện cấp 120 triệu đồng, phần còn lại do các doanh nghiệp và nhân dân đóng góp.
Trò chơi tung còn thu hút đông người xem nhất. Cây còn cao 15 m được dựng giữa sân, các nam thanh nữ tú người Tày, Nùng lần lượt tung quả còn lên vòng tròn trên ngọn cây. Đội xã Trường Hà có 3 vận động viên tung trúng vòng còn, đoạt giải nhất. Bà Nông Thị Thúy, Bí thư Chi bộ kiêm Trưởng xóm Nặm Trá, năm nay 61 tuổi, là người lớn tuổi nhất tham gia thi gói bánh chưng.
Ông Lương Văn Khang, Chủ tịch UBND thị trấn Xuân Hòa, cho biết thị trấn đã huy động đoàn viên thanh niên, hội viên phụ nữ dọn dẹp sân bãi, dựng cây còn từ nhiều ngày trước. Từ đầu năm 2014 đến nay, Xuân Hòa đã thành lập 7 câu lạc bộ văn nghệ, thể thao ở các xóm, thu hút hơn 200 thành viên sinh hoạt đều đặn.
Kết thúc ngày hội, ban tổ chức trao 24 giải cho các đội và cá nhân, tổng giá trị giải thưởng 18,5 triệu đồng. Đội thị trấn Xuân Hòa đứng đầu toàn đoàn; các xã Trường Hà, Lũng Nặm xếp sau.
Nhiều du khách từ Hà Nội, Thái Nguyên lên thăm khu di tích Pác Bó dịp đầu xuân cũng dừng chân xem hội. Anh Đàm Văn Hiếu, du khách đến từ Hà Nội, cho biết lần đầu được xem tung còn và thưởng thức bánh chưng đen của người Tày, anh thấy rất ấn tượng. Theo ban tổ chức, năm nay lượng khách đến ngày hội tăng khoảng 30% so với năm trước.
Nông Thu
Tin khác
- Trùng Khánh: Hội Pháo hoa xuân 2015 (25/02/2015)
- Hòa An tổ chức giải kéo co mừng Xuân (23/02/2015)
- Nguyên Bình: Lễ hội Lồng tồng xã Thể Dục (22/02/2015)
""", "2015-02-26", "Hà Quảng: Ngày hội văn hóa, thể thao mừng Đảng, mừng Xuân Ất Mùi",
E("khac", None, "2015-02-24"),
[P("Nông Văn Dũng", "Phó Chủ tịch UBND huyện"), P("Hoàng Thị Nhung", "Phó Chủ tịch UBND huyện"),
 P("Lục Văn Thành", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Nông Thị Thúy", "Bí thư Chi bộ kiêm Trưởng xóm Nặm Trá"),
 P("Lương Văn Khang", "Chủ tịch UBND thị trấn Xuân Hòa"),
 P("Đàm Văn Hiếu", "du khách")],
[Q("18 đội", 18, "đội"), Q("khoảng 350 vận động viên, diễn viên", 350, "vận động viên, diễn viên", "approx"), Q("6 nội dung", 6, "nội dung"),
 Q("9 hợp tác xã", 9, "hợp tác xã"), Q("gần 200 triệu đồng", 200000000, "đồng", "approx"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("15 m", 15, "m"), Q("3 vận động viên", 3, "vận động viên"), Q("7 câu lạc bộ văn nghệ, thể thao", 7, "câu lạc bộ văn nghệ, thể thao"),
 Q("hơn 200 thành viên", 200, "thành viên", "over"), Q("24 giải", 24, "giải"), Q("18,5 triệu đồng", 18500000, "đồng"),
 Q("khoảng 30%", 30, "%", "approx")],
[D("Kế hoạch", "12", "KH/HU", "2015-01-05", "Huyện ủy Hà Quảng", "Kế hoạch số 12-KH/HU ngày 5/1/2015")],
[prov("Cao Bằng"), com("Xuân Hòa"), com("Trường Hà"), com("Lũng Nặm"), prov("Hà Nội"), prov("Thái Nguyên")],
["Báo Cao Bằng điện tử", "Trang chủ › Văn hóa › Văn hóa - Thể thao", "Ảnh: Thi tung còn tại ngày hội.", "hát Then - đàn Tính"],
["Thứ Năm, 26/02/2015", "mùng 6 Tết", "Ất Mùi 2015", "61 tuổi", "giải nhất", "hàng nghìn người dân", "năm trước"]))

PAGES.append(page("b7426-langson-hoinghi-troichoi-2016", """
BAN DÂN VẬN TỈNH ỦY LẠNG SƠN
Vị trí: Trang chủ >> Tin tức >> Hoạt động của Ban
21.06.2016 | 15:30
Triển khai Hội thi trò chơi dân gian các dân tộc tỉnh năm 2016
Sáng 20/6/2016, Ban Dân vận Tỉnh ủy phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị triển khai Kế hoạch tổ chức Hội thi trò chơi dân gian các dân tộc tỉnh Lạng Sơn năm 2016. Đồng chí Hoàng Thị Lệ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Tham dự có 65 đại biểu là lãnh đạo ban dân vận, phòng văn hóa và thông tin 11 huyện, thành phố.
Đồng chí Hoàng Thị Lệ phát biểu chỉ đạo hội nghị.
Tại hội nghị, bà Đinh Thị Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy đã quán triệt Kế hoạch số 46-KH/BDVTU ngày 2/6/2016 của Ban Dân vận Tỉnh ủy và Hướng dẫn số 08/HD-SVHTTDL của Sở VHTTDL về điều lệ hội thi. Theo đó, hội thi dự kiến diễn ra trong 3 ngày, từ 25 đến 27/8/2016, tại thành phố Lạng Sơn, gồm 7 môn: kéo co, đẩy gậy, tung còn, đánh yến, đi cà kheo, nhảy bao bố và thi hát Sli, Lượn. Mỗi huyện, thành phố cử 1 đoàn, tối đa 45 thành viên.
Năm 2016 là năm đầu tiên Ban Dân vận Tỉnh ủy chủ trì tổ chức hội thi, nhằm thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, và phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa". Dự toán kinh phí tổ chức là 480 triệu đồng; giải nhất toàn đoàn được thưởng 10 triệu đồng.
Thảo luận tại hội nghị, đồng chí Vy Văn Thắng, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Bình Gia, đề nghị bổ sung môn ném pao và thi ẩm thực; đồng chí Lành Thị Mai, Trưởng phòng Văn hóa và Thông tin huyện Cao Lộc, kiến nghị nâng mức hỗ trợ cho vận động viên là người cao tuổi. Đại biểu xã Tân Văn (Bình Gia) cho biết xã đã có đội tung còn gồm 12 nữ thanh niên tập luyện từ đầu năm, mỗi tuần 3 buổi vào buổi tối sau giờ làm nương.
Kết luận hội nghị, đồng chí Hoàng Thị Lệ yêu cầu các huyện ủy chỉ đạo tổ chức hội thi cấp huyện trước ngày 31/7/2016, lựa chọn vận động viên tiêu biểu; phấn đấu trên 80% số xã có đội tham gia hội thi cấp huyện. Đồng chí nhấn mạnh hội thi phải tiết kiệm, an toàn, trở thành ngày hội đoàn kết của đồng bào Nùng, Tày, Kinh, Dao, Hoa, Sán Chay, Mông. Ban Dân vận Tỉnh ủy sẽ thành lập đoàn kiểm tra công tác chuẩn bị tại các huyện trong tháng 7.
Thanh Thủy
Các tin đã đưa
- Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2016 (10/06/2016)
- Đình Lập: 5 mô hình "Dân vận khéo" trong xây dựng nông thôn mới (25/05/2016)
- Văn Lãng tổ chức Hội thi tuyên truyền viên giỏi (12/05/2016)
""", "2016-06-21", "Triển khai Hội thi trò chơi dân gian các dân tộc tỉnh năm 2016",
E("hoi_nghi", "2016", "2016-06-20"),
[P("Hoàng Thị Lệ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vy Văn Thắng", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Bình Gia"),
 P("Lành Thị Mai", "Trưởng phòng Văn hóa và Thông tin huyện Cao Lộc")],
[Q("65 đại biểu", 65, "đại biểu"), Q("11 huyện, thành phố", 11, "huyện, thành phố"), Q("7 môn", 7, "môn"),
 Q("tối đa 45 thành viên", 45, "thành viên"), Q("480 triệu đồng", 480000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("12 nữ thanh niên", 12, "nữ thanh niên"), Q("trên 80%", 80, "%", "over")],
[D("Kế hoạch", "46", "KH/BDVTU", "2016-06-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 46-KH/BDVTU ngày 2/6/2016"),
 D("Hướng dẫn", "08", "HD-SVHTTDL", None, "Sở VHTTDL", "Hướng dẫn số 08/HD-SVHTTDL"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng (khóa XI)", "Nghị quyết số 25-NQ/TW ngày 3/6/2013")],
[prov("Lạng Sơn"), com("Tân Văn")],
["BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", "Vị trí: Trang chủ >> Tin tức >> Hoạt động của Ban", "Đồng chí Hoàng Thị Lệ phát biểu chỉ đạo hội nghị.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa"],
["21.06.2016 | 15:30", "3 ngày", "3 buổi", "1 đoàn", "năm 2016", "năm đầu tiên", "khóa XI", "giải nhất toàn đoàn"]))
