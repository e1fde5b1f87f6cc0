from lib import *
PAGES = []

PAGES.append(page("b5573-gialai-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ » Hoạt động » Dân vận với đồng bào dân tộc
Thứ Hai, 26/12/2011 - 16:40
Ảnh: Quang cảnh hội nghị tổng kết.
Gia Lai: Giữ hồn cồng chiêng trong buôn làng
Ngày 23/12/2011, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tổng kết công tác dân vận năm 2011, trong đó đánh giá sâu kết quả vận động đồng bào Jrai, Bahnar giữ gìn tiếng nói, chữ viết và không gian văn hóa cồng chiêng. Đồng chí Rơ Châm H'Yưn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 58 đồng chí là lãnh đạo ban dân vận các huyện ủy, thị ủy, thành ủy và đại diện Sở VHTTDL.
Theo báo cáo do đồng chí Ksor Bơi, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày, năm 2011 Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 36-KH/TU ngày 14/4/2011 về vận động đồng bào dân tộc thiểu số bảo tồn văn hóa truyền thống; phối hợp hướng dẫn các huyện thực hiện Nghị quyết 05, 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển văn hóa vùng đồng bào và về công tác dân tộc. Ban cũng phối hợp triển khai Quyết định số 2408/QĐ-UBND ngày 09/11/2010 của UBND tỉnh phê duyệt Đề án bảo tồn không gian văn hóa cồng chiêng giai đoạn 2011 - 2015.
Toàn tỉnh hiện còn trên 5.600 bộ cồng chiêng và 1.140 đội chiêng. Trong năm 2011, các địa phương đã mở 46 lớp truyền dạy cồng chiêng cho 1.380 học viên là thanh thiếu niên; hỗ trợ mua 112 bộ chiêng cho các làng với tổng kinh phí 3,36 tỷ đồng. Có 87% số làng duy trì được lễ hội truyền thống gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Tại hội nghị, bà Siu H'Lôi, HUV, Trưởng Ban Dân vận Huyện ủy Chư Păh cho biết huyện đã đưa việc dạy tiếng Jrai vào sinh hoạt của tổ dân vận ở 9 xã; nhiều nhà rông được tu sửa bằng sức dân. Già làng Rơ Mah Thưng (làng Kép, xã Ia Ka) chia sẻ: "Làng mình còn 14 bộ chiêng cổ, nhưng người biết chỉnh chiêng chỉ còn vài ông già. Nếu không dạy cho thanh niên thì mai sau tiếng chiêng sẽ mất". Ông Đinh Văn Hmưch, Bí thư Đảng ủy xã Ayun, đề nghị có chế độ cho nghệ nhân trực tiếp truyền dạy.
Phát biểu kết luận, đồng chí Rơ Châm H'Yưn yêu cầu năm 2012 các cấp ủy tiếp tục thực hiện Quy chế công tác dân vận ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; xem bảo tồn cồng chiêng là việc của chính người dân, cán bộ dân vận phải "đến từng nhà, nói bằng tiếng của bà con".
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể và 23 cá nhân; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Ksor Bơi, Trần Đình Lộc trao giấy khen cho các tập thể, cá nhân.
Hoàng Ngọc
Lượt xem: 1.204
Tin liên quan
- Chư Sê: khai mạc lớp dạy đánh chiêng cho thiếu nhi (12/12/2011)
- Hội nghị người có uy tín tiêu biểu năm 2011 (30/11/2011)
- Đak Đoa: 20 làng nhận bộ chiêng mới (15/11/2011)
- Festival cồng chiêng sẽ tổ chức vào năm 2012 (02/11/2011)
""", "2011-12-26", "Gia Lai: Giữ hồn cồng chiêng trong buôn làng",
E("tong_ket", "2011", "2011-12-23"),
[P("Rơ Châm H'Yưn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor Bơi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu H'Lôi", "HUV", "Trưởng Ban Dân vận Huyện ủy Chư Păh"),
 P("Rơ Mah Thưng", "Già làng"),
 P("Đinh Văn Hmưch", "Bí thư Đảng ủy xã Ayun"),
 P("Trần Đình Lộc", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("58 đồng chí", 58, "đồng chí"), Q("trên 5.600 bộ cồng chiêng", 5600, "bộ cồng chiêng", "over"),
 Q("1.140 đội chiêng", 1140, "đội chiêng"), Q("46 lớp truyền dạy cồng chiêng", 46, "lớp truyền dạy cồng chiêng"),
 Q("1.380 học viên", 1380, "học viên"), Q("112 bộ chiêng", 112, "bộ chiêng"), Q("3,36 tỷ đồng", 3360000000, "đồng"),
 Q("87%", 87, "%"), Q("9 xã", 9, "xã"), Q("14 bộ chiêng cổ", 14, "bộ chiêng cổ"),
 Q("14 tập thể", 14, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Kế hoạch", "36", "KH/TU", "2011-04-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 36-KH/TU ngày 14/4/2011"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 05, 06-NQ/TU"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 05, 06-NQ/TU"),
 D("Quyết định", "2408", "QĐ-UBND", "2010-11-09", "UBND tỉnh", "Quyết định số 2408/QĐ-UBND ngày 09/11/2010"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Gia Lai"), com("Ia Ka"), com("Ayun")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ » Hoạt động » Dân vận với đồng bào dân tộc", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.204", "Sở VHTTDL", ],
["Thứ Hai, 26/12/2011 - 16:40", "58 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.204", "giai đoạn 2011 - 2015"]))

PAGES.append(page("b5574-hagiang-bdv-soket-2012", """
Báo Hà Giang điện tử
Bạn đang ở: Trang chủ > Chính trị > Dân vận
Cập nhật: 09:42, 10/07/2012 (GMT+7)
Cán bộ dân vận học tiếng Mông để "nói dân hiểu"
(BHG) - Sáng 9/7, Ban Dân vận Tỉnh ủy Hà Giang tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Sùng Mí Chớ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Sùng Mí Chớ phát biểu tại hội nghị.
Điểm nhấn trong 6 tháng qua là việc dạy tiếng dân tộc cho cán bộ cơ sở. Thực hiện Đề án số 07-ĐA/TU của Ban Thường vụ Tỉnh ủy về dạy tiếng Mông, tiếng Dao cho cán bộ, công chức, các huyện đã mở 12 lớp dạy tiếng Mông cho 415 cán bộ, công chức cấp xã; 86% học viên đạt yêu cầu, nhiều người đã tự tin trò chuyện với bà con tại các buổi họp thôn. Ban Dân vận Tỉnh ủy ban hành Kế hoạch 52, 53-KH/BDVTU về vận động đồng bào giữ gìn lễ hội Gầu Tào, chợ phiên và nghề dệt lanh.
Cùng với đó, Sở Văn hóa tham mưu thực hiện Quyết định số 1047/QĐ-UBND ngày 20/5/2011 của UBND tỉnh, hỗ trợ 38 câu lạc bộ khèn Mông, mỗi câu lạc bộ 5 triệu đồng, tổng số tiền 190 triệu đồng. Khoảng 1.200 hộ đồng bào Mông ở vùng cao núi đá đã cam kết tổ chức cưới, tang theo nếp sống mới nhưng vẫn giữ làn điệu dân ca, tiếng khèn.
Tại hội nghị, ông Giàng Seo Pử, HUV, Trưởng Ban Dân vận Huyện ủy Mèo Vạc cho biết, ở nhiều xóm, người biết thổi khèn, làm khèn chỉ còn vài người cao tuổi. Bà Lục Thị Ngoan, Phó Chủ tịch UBND xã Lũng Cú đề nghị giao cho người có uy tín cùng tổ dân vận mở lớp dạy khèn vào mùa nông nhàn. Các đồng chí Lầu Mí Say, Ly Seo Chúng - Phó Chủ tịch Hội Nông dân huyện Đồng Văn nêu kinh nghiệm vận động thanh niên xã Sủng Là học hát dân ca Mông trên loa truyền thanh thôn.
Hội nghị cũng chỉ ra hạn chế: tài liệu dạy tiếng dân tộc chưa thống nhất, thời lượng học ít; một số cán bộ người Kinh mới về xã còn ngại học. Phong trào "Dân vận khéo" ở vùng cao chưa có nhiều mô hình gắn với bảo tồn văn hóa.
Kết luận hội nghị, đồng chí Sùng Mí Chớ yêu cầu 6 tháng cuối năm tiếp tục thực hiện Chỉ thị số 02-CT/TU ngày 16/01/2012 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào dân tộc; mỗi cán bộ dân vận cấp huyện phải giao tiếp được bằng một tiếng dân tộc trên địa bàn; phối hợp với bà Vàng Thị Dung, Phó Trưởng Ban Dân vận Tỉnh ủy hoàn thiện bộ tài liệu "Tiếng Mông cho cán bộ cơ sở" trước tháng 10.
Minh Hằng
Tin liên quan
- Đồng Văn: Khai mạc lớp tiếng Mông cho cán bộ xã (02/07/2012)
- Yên Minh tổ chức Ngày hội khèn Mông lần thứ nhất (20/06/2012)
- Gặp mặt người có uy tín tiêu biểu vùng cao núi đá (05/06/2012)
""", "2012-07-10", "Cán bộ dân vận học tiếng Mông để \"nói dân hiểu\"",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Sùng Mí Chớ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng Seo Pử", "HUV", "Trưởng Ban Dân vận Huyện ủy Mèo Vạc"),
 P("Lục Thị Ngoan", "Phó Chủ tịch UBND xã Lũng Cú"),
 P("Lầu Mí Say", "Phó Chủ tịch Hội Nông dân huyện Đồng Văn"),
 P("Ly Seo Chúng", "Phó Chủ tịch Hội Nông dân huyện Đồng Văn"),
 P("Vàng Thị Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("12 lớp dạy tiếng Mông", 12, "lớp dạy tiếng Mông"), Q("415 cán bộ, công chức cấp xã", 415, "cán bộ, công chức cấp xã"),
 Q("86%", 86, "%"), Q("38 câu lạc bộ khèn Mông", 38, "câu lạc bộ khèn Mông"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("190 triệu đồng", 190000000, "đồng"), Q("Khoảng 1.200 hộ", 1200, "hộ", "approx")],
[D("Đề án", "07", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", "Đề án số 07-ĐA/TU"),
 D("Kế hoạch", "52", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 52, 53-KH/BDVTU"),
 D("Kế hoạch", "53", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 52, 53-KH/BDVTU"),
 D("Quyết định", "1047", "QĐ-UBND", "2011-05-20", "UBND tỉnh", "Quyết định số 1047/QĐ-UBND ngày 20/5/2011"),
 D("Chỉ thị", "02", "CT/TU", "2012-01-16", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 02-CT/TU ngày 16/01/2012")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là")],
["Báo Hà Giang điện tử", "Bạn đang ở: Trang chủ > Chính trị > Dân vận", "(BHG)", "Đồng chí Sùng Mí Chớ phát biểu tại hội nghị.",
 "Dân vận khéo", "Tiếng Mông cho cán bộ cơ sở", "Gầu Tào"],
["Cập nhật: 09:42, 10/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "6 tháng qua"]))

PAGES.append(page("b5575-kontum-mttq-taphuan-2013", """
ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM
Tin tức - Sự kiện | Công tác dân tộc, tôn giáo
08:15 | 18/09/2013
Nghệ nhân Xơ Đăng hướng dẫn học viên đánh chiêng.
Tập huấn truyền dạy cồng chiêng cho 60 học viên người Xơ Đăng, Ba Na
Trong hai ngày 16 và 17/9/2013, Ủy ban MTTQ Việt Nam tỉnh phối hợp Sở VHTTDL mở lớp tập huấn truyền dạy cồng chiêng năm 2013 tại nhà rông làng Kon Klor, phường Thắng Lợi, thành phố Kon Tum cho 60 học viên là cán bộ Mặt trận, đoàn viên thanh niên người Xơ Đăng, Ba Na đến từ 9 huyện, thành phố.
Lớp tập huấn được tổ chức theo Kế hoạch số 27/KH-MTTQ-BTT ngày 20/8/2013 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, nhằm cụ thể hóa Quyết định số 1270/QĐ-TTg ngày 27/7/2011 của Thủ tướng Chính phủ phê duyệt Đề án "Bảo tồn, phát triển văn hóa các dân tộc thiểu số Việt Nam đến năm 2020" và Chương trình hành động số 18-CTr/TU của Tỉnh ủy về phát triển văn hóa, con người Kon Tum.
Phát biểu khai mạc, bà Y Hơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh: "Mỗi học viên khi về làng phải là một hạt nhân, vận động thanh niên cùng học, cùng giữ chiêng". Ông Nguyễn Văn Thạch, Trưởng phòng Quản lý di sản Sở VHTTDL, giới thiệu chuyên đề về giá trị của Không gian văn hóa cồng chiêng Tây Nguyên và cách bảo quản chiêng khỏi bị bán ra ngoài.
Trực tiếp đứng lớp là các nghệ nhân: A Bưu, Y Liêng, A Rưng. Trong hai ngày, học viên được học 8 bài chiêng cổ dùng trong lễ mừng lúa mới, lễ cúng bến nước, lễ mừng nhà rông mới; thực hành chỉnh âm và tập múa xoang. Nghệ nhân ưu tú A Thút, già làng Kon Klor, kể lại lịch sử 23 bộ chiêng quý của làng và cách làng giữ chiêng qua nhiều thế hệ.
Mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn và tài liệu; Ủy ban MTTQ tỉnh trao tặng 12 bộ chiêng cho các đội chiêng thanh niên mới thành lập. Tổng kinh phí tổ chức lớp trên 85 triệu đồng, trong đó khoảng 40% do doanh nghiệp tài trợ.
Theo ông A Đe, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, toàn tỉnh hiện có 1.062 bộ cồng chiêng nhưng chỉ 214 làng còn đội chiêng hoạt động thường xuyên. Sau lớp tập huấn này, Mặt trận sẽ phối hợp Tỉnh đoàn nhân rộng mô hình "Đội chiêng thanh niên" ở 34 làng đặc biệt khó khăn.
Nhiều học viên cho biết đây là lần đầu được học bài bản cách chỉnh âm chiêng, vốn trước đây chỉ truyền miệng trong gia đình. Anh A Hiếu, một học viên trẻ, bày tỏ mong muốn được học thêm các bài chiêng dùng trong lễ bỏ mả và lễ cầu mưa để về dạy lại cho thiếu nhi trong làng vào các buổi tối cuối tuần.
Quang Đức
Tin liên quan
- Kon Plông: Lễ hội mừng lúa mới của người Xơ Đăng (10/09/2013)
- Trao tặng cồng chiêng cho làng Đăk Mế (28/08/2013)
- Ngày hội văn hóa các dân tộc huyện Đăk Hà năm 2013 (15/08/2013)
""", "2013-09-18", "Tập huấn truyền dạy cồng chiêng cho 60 học viên người Xơ Đăng, Ba Na",
E("tap_huan", "2013", "2013-09-16"),
[P("Y Hơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Thạch", "Trưởng phòng Quản lý di sản Sở VHTTDL"),
 P("A Bưu", "nghệ nhân"), P("Y Liêng", "nghệ nhân"), P("A Rưng", "nghệ nhân"),
 P("A Thút", "Nghệ nhân ưu tú", "già làng Kon Klor"),
 P("A Hiếu"),
 P("A Đe", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh")],
[Q("60 học viên", 60, "học viên"), Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("8 bài chiêng cổ", 8, "bài chiêng cổ"),
 Q("23 bộ chiêng quý", 23, "bộ chiêng quý"), Q("150.000 đồng", 150000, "đồng"), Q("12 bộ chiêng", 12, "bộ chiêng"),
 Q("trên 85 triệu đồng", 85000000, "đồng", "over"), Q("khoảng 40%", 40, "%", "approx"),
 Q("1.062 bộ cồng chiêng", 1062, "bộ cồng chiêng"), Q("214 làng", 214, "làng"), Q("34 làng đặc biệt khó khăn", 34, "làng đặc biệt khó khăn")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2013-08-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 20/8/2013"),
 D("Quyết định", "1270", "QĐ-TTg", "2011-07-27", "Thủ tướng Chính phủ", "Quyết định số 1270/QĐ-TTg ngày 27/7/2011"),
 D("Chương trình hành động", "18", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 18-CTr/TU")],
[prov("Kon Tum"), com("Thắng Lợi")],
["ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM", "Tin tức - Sự kiện | Công tác dân tộc, tôn giáo", "Nghệ nhân Xơ Đăng hướng dẫn học viên đánh chiêng.",
 "Bảo tồn, phát triển văn hóa các dân tộc thiểu số Việt Nam đến năm 2020", "Không gian văn hóa cồng chiêng Tây Nguyên", "Đội chiêng thanh niên"],
["08:15 | 18/09/2013", "năm 2013", "hai ngày", "đến năm 2020"]))

PAGES.append(page("b5576-soctrang-tu-traoqua-2014", """
BÁO SÓC TRĂNG ONLINE
Trang chủ › Xã hội › Dân tộc - Tôn giáo
12/04/2014 - 10:05
Thăm, chúc Tết và tặng quà đồng bào Khmer nhân Tết Chôl Chnăm Thmây
Đồng chí Trần Quang Minh trao quà cho chùa Prếk Chơ.
(STO) - Ngày 11/4/2014, đoàn công tác của Tỉnh ủy Sóc Trăng do đồng chí Trần Quang Minh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà 9 chùa Khmer, các gia đình chính sách và đội nhạc ngũ âm tại thị xã Vĩnh Châu nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2014.
Tại chùa Prếk Chơ, xã Vĩnh Hiệp, đoàn đã ân cần thăm hỏi Hòa thượng Lý Sóc Kha, Trụ trì chùa Prếk Chơ, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh và các vị sư sãi. Đồng chí Trần Quang Minh ghi nhận các chùa đã duy trì 21 lớp dạy chữ Khmer hè cho trên 1.700 học sinh, giữ gìn chữ viết, lễ hội và nghệ thuật Rô băm, Dù kê của đồng bào.
Dịp này, đoàn trao 300 phần quà Tết cho hộ nghèo, hộ chính sách người Khmer, mỗi phần trị giá 400.000 đồng, tổng trị giá 120 triệu đồng; tặng 5 đội nhạc ngũ âm, mỗi đội 10 triệu đồng để mua sắm, sửa chữa nhạc cụ.
Ông Sơn Thanh Nhàn, Phó Trưởng Ban Dân tộc tỉnh cho biết, thực hiện Chỉ thị 68-CT/TW ngày 18/4/1991 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer và Kế hoạch số 61-KH/TU của Tỉnh ủy, năm 2013 tỉnh đã hỗ trợ 2,4 tỷ đồng tu bổ các điểm sinh hoạt văn hóa trong khuôn viên chùa. UBND tỉnh đã ban hành Quyết định 05, 06/QĐ-UBND về hỗ trợ kinh phí dạy chữ Khmer và tổ chức Lễ hội Oóc Om Bóc - Đua ghe Ngo.
Bà Lý Thị Sa Rinh, Trưởng nhóm nhạc ngũ âm ấp Tà Liêm xúc động: "Nhóm có 16 thành viên, nhiều em mới 12, 13 tuổi. Có thêm nhạc cụ, các em sẽ tập được bài mới cho ngày hội". Cùng đi với đoàn có các đồng chí Thạch Chanh Đa, Kim Thị Nưng - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, và đồng chí Trương Văn Khởi, HUV, Bí thư Đảng ủy thị trấn Lịch Hội Thượng.
Cùng ngày, các đoàn của Ủy ban MTTQ tỉnh, Ban Dân vận Tỉnh ủy đến thăm các chùa và gia đình người có uy tín tại xã Viên Bình, xã Tham Đôn.
Tại các nơi đến thăm, đại diện đoàn đề nghị các vị sư sãi, người có uy tín tiếp tục vận động bà con đón Tết vui tươi, lành mạnh, tiết kiệm; giữ gìn an ninh trật tự, an toàn giao thông trong những ngày lễ; tích cực tham gia các hoạt động văn hóa, thể thao truyền thống như đua ghe, kéo co, múa Rom vong, đồng thời động viên con em tiếp tục theo học chữ Khmer tại chùa và trường học.
Kim Phượng
Lượt xem: 653
Các tin khác
- Sóc Trăng: 150 đội văn nghệ tham gia Ngày hội văn hóa Khmer (08/04/2014)
- Bế giảng lớp dạy chữ Khmer tại chùa Bưng Cóc (02/04/2014)
- Tặng 500 phần quà cho hộ nghèo người Khmer (28/03/2014)
""", "2014-04-12", "Thăm, chúc Tết và tặng quà đồng bào Khmer nhân Tết Chôl Chnăm Thmây",
E("trao_qua", None, "2014-04-11"),
[P("Trần Quang Minh", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lý Sóc Kha", "Hòa thượng", "Trụ trì chùa Prếk Chơ", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thanh Nhàn", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lý Thị Sa Rinh", "Trưởng nhóm nhạc ngũ âm ấp Tà Liêm"),
 P("Thạch Chanh Đa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Thị Nưng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Khởi", "HUV", "Bí thư Đảng ủy thị trấn Lịch Hội Thượng")],
[Q("9 chùa Khmer", 9, "chùa Khmer"), Q("21 lớp dạy chữ Khmer hè", 21, "lớp dạy chữ Khmer hè"), Q("trên 1.700 học sinh", 1700, "học sinh", "over"),
 Q("300 phần quà", 300, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("5 đội nhạc ngũ âm", 5, "đội nhạc ngũ âm"), Q("10 triệu đồng", 10000000, "đồng"), Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("16 thành viên", 16, "thành viên")],
[D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị 68-CT/TW ngày 18/4/1991"),
 D("Kế hoạch", "61", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 61-KH/TU"),
 D("Quyết định", "05", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 05, 06/QĐ-UBND"),
 D("Quyết định", "06", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 05, 06/QĐ-UBND")],
[prov("Sóc Trăng"), com("Vĩnh Hiệp"), com("Lịch Hội Thượng"), com("Viên Bình"), com("Tham Đôn")],
["BÁO SÓC TRĂNG ONLINE", "Trang chủ › Xã hội › Dân tộc - Tôn giáo", "Đồng chí Trần Quang Minh trao quà cho chùa Prếk Chơ.", "(STO)",
 "Chôl Chnăm Thmây", "Oóc Om Bóc - Đua ghe Ngo", "Rô băm", "Dù kê", "Lượt xem: 653", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["12/04/2014 - 10:05", "năm 2014", "năm 2013", "12, 13 tuổi", "Lượt xem: 653"]))

PAGES.append(page("b5577-laichau-mttq-giamsat-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LAI CHÂU
Vị trí: Trang chủ / Giám sát và phản biện xã hội
Ngày đăng 22/10/2015 | 16:20
Giám sát việc bảo tồn văn hóa dân tộc Mảng, La Hủ tại huyện Mường Tè
Ngày 20/10/2015, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lai Châu do ông Lò Văn Thương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bảo tồn, phát huy bản sắc văn hóa các dân tộc Mảng, La Hủ tại UBND huyện Mường Tè và xã Ka Lăng, xã Thu Lũm.
Thành viên đoàn có các đồng chí: Pờ Thị Dung, Phó Trưởng Ban Dân vận Tỉnh ủy; Chang A Lử, Phó Trưởng Ban Dân tộc tỉnh và đại diện Sở Văn hóa, Thể thao và Du lịch.
Cuộc giám sát được tiến hành theo Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Kế hoạch số 112/KH-MTTQ-BTT ngày 02/10/2015 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Nội dung giám sát tập trung vào việc triển khai Đề án số 17/ĐA-UBND của UBND tỉnh về bảo tồn văn hóa các dân tộc có dân số rất ít người.
Báo cáo với đoàn, ông Lý Tả Chừ, Phó Chủ tịch UBND huyện Mường Tè cho biết, từ năm 2011 đến nay huyện đã khôi phục 4 lễ hội truyền thống, thành lập 17 đội văn nghệ bản, mở 6 lớp dạy hát dân ca La Hủ cho 180 người; xây dựng 9 nhà văn hóa bản với kinh phí 2,25 tỷ đồng. Khoảng 65% số bản đã đưa nội dung giữ gìn trang phục, tiếng nói vào hương ước.
Tại xã Ka Lăng, đoàn nghe ông Lò Pó Xá, người có uy tín bản Nậm Củm, xã Ka Lăng phản ánh: lớp trẻ đi làm ăn xa nhiều, ít người còn biết các bài cúng và làn điệu dân ca của người Mảng; trang phục truyền thống chủ yếu chỉ mặc dịp lễ, Tết. Bà Pờ Mé Hừ, Chủ tịch Hội LHPN xã Thu Lũm, đề nghị hỗ trợ sợi, chỉ để 42 hộ phụ nữ La Hủ duy trì nghề thêu.
Đoàn giám sát ghi nhận huyện đã có nhiều cố gắng, song còn một số hạn chế: kinh phí bảo tồn còn ít, mới đạt 30% nhu cầu; việc sưu tầm, tư liệu hóa các lễ hội chưa đầy đủ; chưa có chính sách đãi ngộ đối với nghệ nhân.
Kết luận buổi giám sát, ông Lò Văn Thương đề nghị UBND huyện rà soát, bổ sung danh sách nghệ nhân, ưu tiên nguồn vốn Chương trình 135 cho các bản người Mảng, La Hủ; phát huy vai trò của Ban công tác Mặt trận ở khu dân cư trong vận động bà con giữ gìn bản sắc, bài trừ hủ tục.
Sau buổi làm việc, đoàn đã đến thăm nhà văn hóa bản Nậm Củm, xem các em thiếu nhi tập hát dân ca và trò chuyện với những phụ nữ đang thêu trang phục truyền thống. Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh để kiến nghị với cấp có thẩm quyền.
Minh Thư
Bài viết liên quan
- Tam Đường: Ngày hội văn hóa dân tộc Lự lần thứ nhất (12/10/2015)
- Giám sát thực hiện chính sách đối với người có uy tín (25/09/2015)
- Sìn Hồ: Vận động đồng bào Mông bỏ hủ tục (11/09/2015)
""", "2015-10-22", "Giám sát việc bảo tồn văn hóa dân tộc Mảng, La Hủ tại huyện Mường Tè",
E("giam_sat", None, "2015-10-20"),
[P("Lò Văn Thương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Pờ Thị Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chang A Lử", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lý Tả Chừ", "Phó Chủ tịch UBND huyện Mường Tè"),
 P("Lò Pó Xá", "người có uy tín bản Nậm Củm"),
 P("Pờ Mé Hừ", "Chủ tịch Hội LHPN xã Thu Lũm")],
[Q("4 lễ hội truyền thống", 4, "lễ hội truyền thống"), Q("17 đội văn nghệ bản", 17, "đội văn nghệ bản"),
 Q("6 lớp dạy hát dân ca La Hủ", 6, "lớp dạy hát dân ca La Hủ"), Q("180 người", 180, "người"),
 Q("9 nhà văn hóa bản", 9, "nhà văn hóa bản"), Q("2,25 tỷ đồng", 2250000000, "đồng"), Q("Khoảng 65%", 65, "%", "approx"),
 Q("42 hộ phụ nữ La Hủ", 42, "hộ phụ nữ La Hủ"), Q("30%", 30, "%")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", "2015-10-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 02/10/2015"),
 D("Đề án", "17", "ĐA-UBND", None, "UBND tỉnh", "Đề án số 17/ĐA-UBND")],
[prov("Lai Châu"), com("Ka Lăng"), com("Thu Lũm")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LAI CHÂU", "Vị trí: Trang chủ / Giám sát và phản biện xã hội", "Chương trình 135",
 "Ban công tác Mặt trận", "Mường Tè"],
["Ngày đăng 22/10/2015 | 16:20", "từ năm 2011 đến nay", "Chương trình 135"]))

PAGES.append(page("b5578-ninhthuan-bdv-hoinghi-2016", """
Báo Ninh Thuận
Trang chủ | Chính trị | Dân vận - Mặt trận
Thứ Sáu, 30/09/2016 - 09:15
Phát huy vai trò chức sắc, người có uy tín trong đồng bào Chăm dịp Lễ hội Katê
Toàn cảnh hội nghị. Ảnh: Văn Nỷ
Ngày 29/9, Ban Dân vận Tỉnh ủy phối hợp Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt chức sắc, người có uy tín trong đồng bào Chăm năm 2016. Dự hội nghị có 185 đại biểu là chức sắc Bàlamôn, Bani, người có uy tín ở 22 làng Chăm. Đồng chí Hán Văn Lợi, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và bà Quảng Thị Phượng, Trưởng Ban Dân tộc tỉnh đồng chủ trì.
Theo báo cáo, thời gian qua các cấp ủy đã thực hiện nghiêm Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Chăm và về quản lý hoạt động lễ hội; chế độ đối với người có uy tín được thực hiện theo Quyết định số 56/2013/QĐ-TTg ngày 07/10/2013 của Thủ tướng Chính phủ. Năm 2016, tỉnh đã hỗ trợ 1,2 tỷ đồng tu bổ khu vực tổ chức lễ tại 3 đền tháp; các trường mở 12 lớp dạy chữ Chăm cho 345 học sinh tiểu học. Trên 90% hộ đồng bào Chăm giữ được nếp sinh hoạt, phong tục truyền thống trong lễ cưới, lễ tang.
Tại hội nghị, Cả sư Lư Ngọc Bảy, Phó Chủ tịch Hội đồng chức sắc Bàlamôn tỉnh đề nghị các ngành quan tâm đào tạo nghệ nhân đánh trống Ginăng, thổi kèn Saranai vì "số người biết nghề chỉ còn đếm trên đầu ngón tay". Ông Đàng Văn Chiến, người có uy tín thôn Phước Lập, xã Phước Hậu phản ánh việc một số đơn vị tổ chức du lịch tự ý đưa lễ nghi vào biểu diễn làm mất tính thiêng của lễ hội. Ông Thập Minh Tuấn, Trưởng ban Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, thông tin về việc vận động đồng bào giữ trật tự tại các tháp trong những ngày lễ.
Nhiều ý kiến kiến nghị tỉnh sớm ban hành quy chế phối hợp giữa chính quyền và Hội đồng chức sắc trong tổ chức Lễ hội Katê, hỗ trợ kinh phí cho 36 nghệ nhân đang truyền dạy múa, nhạc Chăm tại thị trấn Phước Dân.
Phát biểu kết luận, đồng chí Hán Văn Lợi ghi nhận các ý kiến và khẳng định: Lễ hội Katê là tài sản văn hóa của đồng bào Chăm, chính quyền chỉ hỗ trợ, không làm thay; yêu cầu các ngành thực hiện tốt Kế hoạch số 143-KH/BDVTU ngày 05/9/2016 của Ban Dân vận Tỉnh ủy về vận động đồng bào đón lễ an toàn, tiết kiệm. Dịp này, Ban Dân vận Tỉnh ủy tặng quà cho 185 đại biểu dự hội nghị.
Theo kế hoạch, Lễ hội Katê năm nay sẽ diễn ra từ ngày 1 đến ngày 3/10 tại các đền tháp và các làng Chăm. Ban tổ chức yêu cầu các địa phương chuẩn bị chu đáo, bảo đảm lễ nghi được thực hiện đúng nghi thức truyền thống của đồng bào, đồng thời tạo điều kiện để du khách tìm hiểu văn hóa Chăm một cách văn minh, tôn trọng.
Văn Nỷ
Tin liên quan
- Tổ chức Lễ hội Katê năm 2016 tại 3 đền tháp (26/09/2016)
- Bàn giao 20 bộ trang phục truyền thống cho đội múa Chăm (15/09/2016)
- Ninh Phước: Ra mắt câu lạc bộ dân ca Chăm (02/09/2016)
""", "2016-09-30", "Phát huy vai trò chức sắc, người có uy tín trong đồng bào Chăm dịp Lễ hội Katê",
E("hoi_nghi", "2016", "2016-09-29"),
[P("Hán Văn Lợi", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quảng Thị Phượng", "Trưởng Ban Dân tộc tỉnh"),
 P("Lư Ngọc Bảy", "Cả sư", "Phó Chủ tịch Hội đồng chức sắc Bàlamôn tỉnh"),
 P("Đàng Văn Chiến", "người có uy tín thôn Phước Lập"),
 P("Thập Minh Tuấn", "Trưởng ban Tôn giáo Ủy ban MTTQ Việt Nam tỉnh")],
[Q("185 đại biểu", 185, "đại biểu"), Q("22 làng Chăm", 22, "làng Chăm"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("3 đền tháp", 3, "đền tháp"), Q("12 lớp dạy chữ Chăm", 12, "lớp dạy chữ Chăm"), Q("345 học sinh tiểu học", 345, "học sinh tiểu học"),
 Q("Trên 90%", 90, "%", "over"), Q("36 nghệ nhân", 36, "nghệ nhân")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Quyết định", "56", "2013/QĐ-TTg", "2013-10-07", "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg ngày 07/10/2013"),
 D("Kế hoạch", "143", "KH/BDVTU", "2016-09-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 143-KH/BDVTU ngày 05/9/2016")],
[prov("Ninh Thuận"), com("Phước Hậu"), com("Phước Dân")],
["Báo Ninh Thuận", "Trang chủ | Chính trị | Dân vận - Mặt trận", "Toàn cảnh hội nghị. Ảnh: Văn Nỷ", "Lễ hội Katê",
 "Hội đồng chức sắc Bàlamôn tỉnh"],
["Thứ Sáu, 30/09/2016 - 09:15", "năm 2016", "Năm 2016"]))
