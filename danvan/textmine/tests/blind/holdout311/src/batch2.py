from lib import *
PAGES = []

PAGES.append(page("b7427-thanhhoa-hoithi-bathuoc-2017", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ TỈNH THANH HÓA
Thể thao - Phong trào
29-04-2017 09:40
Bá Thước: Khai mạc Hội thi thể thao các dân tộc thiểu số lần thứ II
(Baothanhhoa.vn) - Sáng 27/4, tại sân vận động thị trấn Cành Nàng, huyện Bá Thước, UBND huyện khai mạc Hội thi thể thao các dân tộc thiểu số huyện lần thứ II, năm 2017. Tới dự khai mạc có ông Hà Văn Thạch, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; bà Trương Thị Nga, Phó Trưởng Ban Dân tộc tỉnh Thanh Hóa.
Màn đồng diễn khai mạc hội thi của học sinh Trường Phổ thông Dân tộc nội trú huyện.
Hội thi diễn ra trong 3 ngày với sự tham gia của 23 đoàn vận động viên đến từ 23 xã, thị trấn, tổng số hơn 500 vận động viên. Các vận động viên tranh tài ở 6 môn: bắn nỏ, kéo co, đẩy gậy, ném còn, đi cà kheo và đánh mảng trên sông Mã. Đây là lần đầu tiên môn đánh mảng, trò chơi đặc trưng của đồng bào Thái, Mường vùng ven sông, được đưa vào chương trình thi đấu.
Ông Hà Văn Thạch cho biết, sau 5 năm kể từ hội thi lần thứ nhất, phong trào thể thao quần chúng ở Bá Thước phát triển khá đồng đều; toàn huyện có 112 câu lạc bộ thể thao, 34/105 thôn, bản có sân thể thao riêng. Thực hiện Nghị quyết số 09-NQ/HU ngày 12/8/2016 của Ban Chấp hành Đảng bộ huyện về phát triển văn hóa, thể thao gắn với du lịch cộng đồng giai đoạn 2016 - 2020, huyện đã dành 1,5 tỷ đồng hỗ trợ các xã xây dựng sân bãi và mua sắm dụng cụ.
Trong ngày thi đấu đầu tiên, môn bắn nỏ diễn ra hấp dẫn với 46 xạ thủ nam, nữ. Anh Lò Văn Tiến, vận động viên xã Lũng Niêm, đạt 48/50 điểm và tạm dẫn đầu nội dung bắn nỏ nam. Ở môn kéo co, đội nữ xã Thành Sơn giành chiến thắng thuyết phục trước đội thị trấn Cành Nàng.
Cụ Hà Văn Ơn, 79 tuổi, nghệ nhân dân gian ở bản Đôn, xã Ban Công, là người trực tiếp hướng dẫn thanh niên trong xã làm nỏ, làm tên từ tre, gỗ nghiến. Cụ nói: "Nỏ là vật gắn với người Mường, người Thái mình từ xưa. Hội thi năm nào cũng có, con cháu mới nhớ".
Phát biểu tại lễ khai mạc, bà Trương Thị Nga đánh giá Bá Thước là một trong những huyện miền núi làm tốt công tác bảo tồn thể thao truyền thống. Ban Dân tộc tỉnh hỗ trợ hội thi 20 triệu đồng và đề nghị huyện chọn các vận động viên xuất sắc tham dự Hội thi thể thao các dân tộc thiểu số toàn tỉnh vào tháng 8 tới.
Dịp này, Ban tổ chức trích 15 triệu đồng từ nguồn xã hội hóa tặng 30 suất quà cho các vận động viên có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng. Hội thi sẽ bế mạc vào chiều 29/4.
Lê Hà
Tin cùng chuyên mục
- Quan Hóa: Giải bóng chuyền hơi nữ các dân tộc (20/04/2017)
- Lang Chánh tổng kết Đại hội TDTT cấp cơ sở (12/04/2017)
- Thường Xuân: 120 vận động viên dự giải việt dã (02/04/2017)
""", "2017-04-29", "Bá Thước: Khai mạc Hội thi thể thao các dân tộc thiểu số lần thứ II",
E("khac", None, "2017-04-27"),
[P("Hà Văn Thạch", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Trương Thị Nga", "Phó Trưởng Ban Dân tộc tỉnh Thanh Hóa"),
 P("Lò Văn Tiến", "vận động viên xã Lũng Niêm"),
 P("Hà Văn Ơn", "nghệ nhân dân gian ở bản Đôn")],
[Q("23 đoàn vận động viên", 23, "đoàn vận động viên"), Q("23 xã, thị trấn", 23, "xã, thị trấn"), Q("hơn 500 vận động viên", 500, "vận động viên", "over"),
 Q("6 môn", 6, "môn"), Q("112 câu lạc bộ thể thao", 112, "câu lạc bộ thể thao"), Q("34/105 thôn, bản", 34, "thôn, bản"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("46 xạ thủ", 46, "xạ thủ"), Q("48/50 điểm", 48, "điểm"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("15 triệu đồng", 15000000, "đồng"), Q("30 suất quà", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "09", "NQ/HU", "2016-08-12", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 09-NQ/HU ngày 12/8/2016")],
[prov("Thanh Hóa"), com("Cành Nàng"), com("Lũng Niêm"), com("Thành Sơn"), com("Ban Công")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ TỈNH THANH HÓA", "Thể thao - Phong trào", "(Baothanhhoa.vn)",
 "Màn đồng diễn khai mạc hội thi của học sinh Trường Phổ thông Dân tộc nội trú huyện.",
 "Hội thi thể thao các dân tộc thiểu số toàn tỉnh"],
["29-04-2017 09:40", "lần thứ II", "3 ngày", "5 năm", "lần thứ nhất", "79 tuổi", "giai đoạn 2016 - 2020", "ngày thi đấu đầu tiên", "tháng 8"]))

PAGES.append(page("b7428-nghean-ngayhoi-quephong-2018", """
Báo Nghệ An điện tử
Văn hóa » Văn hóa - Giải trí
Cập nhật lúc 17:20 ngày 14/10/2018
Hơn 1.000 vận động viên, diễn viên dự Ngày hội văn hóa - thể thao các dân tộc miền Tây Nghệ An
Lễ rước đuốc khai mạc ngày hội. Ảnh: Hồ Phương
Tối 13/10, tại thị trấn Kim Sơn, huyện Quế Phong, UBND tỉnh Nghệ An khai mạc Ngày hội văn hóa - thể thao các dân tộc thiểu số miền Tây Nghệ An lần thứ IV năm 2018. Dự khai mạc có đồng chí Lê Minh Thông, Phó Chủ tịch UBND tỉnh; đồng chí Lữ Thị Hồng, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Vi Văn Sơn, Trưởng Ban Dân tộc tỉnh.
Ngày hội quy tụ 11 đoàn của các huyện, thị xã miền Tây với hơn 1.000 vận động viên, diễn viên, nghệ nhân là đồng bào Thái, Khơ Mú, Mông, Ơ Đu, Thổ. Trong 3 ngày, các đoàn tham gia thi 5 môn thể thao dân tộc (bắn nỏ, đẩy gậy, kéo co, ném còn, đi cà kheo), trình diễn trang phục, thi ẩm thực và dựng lán trại. Ngày hội được tổ chức theo Quyết định số 3620/QĐ-UBND ngày 8/8/2018 của UBND tỉnh, 2 năm một lần, luân phiên tại các huyện miền Tây.
Phát biểu khai mạc, đồng chí Lê Minh Thông cho biết, miền Tây Nghệ An có 11 huyện, thị xã với gần 500.000 đồng bào dân tộc thiểu số, chiếm khoảng 15% dân số toàn tỉnh. Những năm qua, tỉnh đã đầu tư trên 45 tỷ đồng xây dựng thiết chế văn hóa, thể thao ở vùng đồng bào dân tộc; đến nay 87% số bản có nhà văn hóa.
Theo Trưởng Ban Dân tộc tỉnh Vi Văn Sơn, huyện Quế Phong đã chuẩn bị ngày hội trong hơn 2 tháng, huy động gần 700 đoàn viên thanh niên, dân quân làm công tác phục vụ. Tổng kinh phí ngày hội khoảng 2,3 tỷ đồng.
Tham gia môn bắn nỏ, anh Lo Văn Pơ, người Khơ Mú ở bản Huồi Pục, xã Tri Lễ, chia sẻ, cả bản góp gạo, góp gà tiễn đội đi thi. Còn bà Lương Thị Bình, Chủ tịch Hội Liên hiệp Phụ nữ xã Châu Kim, cho biết đội dệt thổ cẩm của xã mang tới ngày hội 40 sản phẩm để vừa trưng bày vừa bán cho du khách.
Đồng chí Lữ Thị Hồng đề nghị các cấp ủy, chính quyền vùng miền Tây tiếp tục đẩy mạnh công tác dân vận, phát huy vai trò của 1.627 người có uy tín trong đồng bào dân tộc thiểu số để giữ gìn phong tục đẹp, trò chơi dân gian, xóa bỏ hủ tục.
Ngày hội sẽ bế mạc vào tối 15/10, với lễ trao 36 giải cho các đoàn, cá nhân xuất sắc. Trong thời gian diễn ra ngày hội, Quế Phong còn tổ chức chợ phiên vùng cao và tour tham quan thác Sao Va, bản du lịch cộng đồng Na Xai cho du khách.
Phú Hương - Hồ Phương
Tin liên quan
- Quế Phong sẵn sàng cho Ngày hội văn hóa - thể thao miền Tây (05/10/2018)
- Tương Dương: khai hội đua thuyền trên sông Lam (02/09/2018)
- Kỳ Sơn tổ chức Hội thi người có uy tín tuyên truyền giỏi (20/08/2018)
""", "2018-10-14", "Hơn 1.000 vận động viên, diễn viên dự Ngày hội văn hóa - thể thao các dân tộc miền Tây Nghệ An",
E("khac", None, "2018-10-13"),
[P("Lê Minh Thông", "Phó Chủ tịch UBND tỉnh"),
 P("Lữ Thị Hồng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "Trưởng Ban Dân tộc tỉnh"),
 P("Lo Văn Pơ"),
 P("Lương Thị Bình", "Chủ tịch Hội Liên hiệp Phụ nữ xã Châu Kim")],
[Q("hơn 1.000 vận động viên, diễn viên, nghệ nhân", 1000, "vận động viên, diễn viên, nghệ nhân", "over"), Q("11 đoàn", 11, "đoàn"),
 Q("5 môn thể thao dân tộc", 5, "môn thể thao dân tộc"), Q("11 huyện, thị xã", 11, "huyện, thị xã"),
 Q("gần 500.000 đồng bào dân tộc thiểu số", 500000, "đồng bào dân tộc thiểu số", "approx"), Q("khoảng 15%", 15, "%", "approx"),
 Q("trên 45 tỷ đồng", 45000000000, "đồng", "over"), Q("87%", 87, "%"), Q("gần 700 đoàn viên thanh niên, dân quân", 700, "đoàn viên thanh niên, dân quân", "approx"),
 Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("40 sản phẩm", 40, "sản phẩm"), Q("1.627 người có uy tín", 1627, "người có uy tín"),
 Q("36 giải", 36, "giải")],
[D("Quyết định", "3620", "QĐ-UBND", "2018-08-08", "UBND tỉnh", "Quyết định số 3620/QĐ-UBND ngày 8/8/2018")],
[prov("Nghệ An"), com("Kim Sơn"), com("Tri Lễ"), com("Châu Kim")],
["Báo Nghệ An điện tử", "Văn hóa » Văn hóa - Giải trí", "Lễ rước đuốc khai mạc ngày hội. Ảnh: Hồ Phương"],
["Cập nhật lúc 17:20 ngày 14/10/2018", "lần thứ IV", "3 ngày", "2 năm một lần", "hơn 2 tháng", "gần 500.000 đồng bào dân tộc thiểu số", "năm 2018"]))

PAGES.append(page("b7429-quangnam-troichoi-cotu-2019", """
QUẢNG NAM ONLINE
Tin tức / Văn hóa / Miền núi
30 tháng 3, 2019 | 17:45
Tây Giang: Rộn ràng hội thi trò chơi dân gian của đồng bào Cơ Tu
Thi đánh cù tại hội thi.
QNO - Ngày 29/3, tại xã A Tiêng, Huyện đoàn Tây Giang (tỉnh Quảng Nam) phối hợp Ban Dân vận Huyện ủy và Phòng Văn hóa - Thông tin huyện tổ chức Hội thi trò chơi dân gian và thể thao truyền thống đồng bào Cơ Tu năm 2019, chào mừng 88 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.
Tham gia hội thi có 10 đội của 10 xã với gần 300 vận động viên là đoàn viên, thanh niên. Các đội tranh tài ở 5 nội dung: đánh cù, đẩy gậy, kéo co, bắn ná và giã gạo tiếp sức. Đặc biệt, môn giã gạo tiếp sức đòi hỏi mỗi đội 6 nữ vận động viên giã xong 5 kg thóc trong thời gian ngắn nhất, thể hiện sự khéo léo của phụ nữ Cơ Tu.
Đến dự và cổ vũ có đồng chí Bling Mia, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; đồng chí Ríah Đông, HUV, Trưởng Ban Dân vận Huyện ủy; các già làng Bhiriu Pố, A Rất Blưu.
Theo anh Alăng Văn Hiên, Bí thư Huyện đoàn Tây Giang, hội thi nằm trong Kế hoạch số 14-KH/HĐTN ngày 20/2/2019 của Ban Thường vụ Huyện đoàn về Tháng Thanh niên năm 2019 và là hoạt động triển khai Đề án "Bảo tồn, phát huy giá trị văn hóa truyền thống đồng bào Cơ Tu". Từ năm 2015 đến nay, huyện đã đầu tư khoảng 3 tỷ đồng phục dựng 32 nhà gươl ở các thôn, nơi già làng truyền dạy trò chơi dân gian cho lớp trẻ.
Già làng Bhiriu Pố ở thôn Agrồng, xã Trhy, năm nay 72 tuổi, chia sẻ: "Ngày xưa, Tết của người Cơ Tu là phải có đánh cù, bắn ná. Giờ thanh niên mê điện thoại, ít ai chơi. Hội thi như thế này giúp bọn trẻ nhớ lại".
Chị Bríu Thị Lương, Bí thư Đoàn xã Lăng, đội trưởng đội giã gạo, cho hay đội đã tập luyện hơn 20 buổi. Kết quả, đội xã Lăng giành giải nhất môn giã gạo tiếp sức; xã A Tiêng giành giải nhất toàn đoàn, xã Bhalêê và xã Dang xếp nhì, ba.
Bên lề hội thi, các xã còn dựng 10 gian trưng bày thổ cẩm, rượu tr'đin, cơm lam và các món ăn truyền thống. Nhiều gian hàng bán hết sản phẩm ngay trong buổi sáng. Ông Ríah Đông cho biết, thời gian tới Ban Dân vận Huyện ủy sẽ phối hợp với Huyện đoàn đưa nội dung trò chơi dân gian vào sinh hoạt chi đoàn thôn, vận động thanh niên Cơ Tu giữ gìn bản sắc, tránh xa các tệ nạn xã hội.
Ban tổ chức đã trao 15 giải cho các đội với tổng giá trị giải thưởng 12 triệu đồng; đồng thời trao 20 suất học bổng, mỗi suất 1 triệu đồng cho học sinh Cơ Tu vượt khó học giỏi.
Alăng Ngước
Tin khác
- Nam Giang: Lễ hội mừng lúa mới của người Cơ Tu (22/03/2019)
- Đông Giang tổ chức giải bóng đá thiếu niên (15/03/2019)
- Phước Sơn: Tặng 200 suất quà cho hộ nghèo (01/03/2019)
""", "2019-03-30", "Tây Giang: Rộn ràng hội thi trò chơi dân gian của đồng bào Cơ Tu",
E("khac", None, "2019-03-29"),
[P("Bling Mia", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Ríah Đông", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Bhiriu Pố", "già làng"), P("A Rất Blưu", "già làng"),
 P("Alăng Văn Hiên", "Bí thư Huyện đoàn Tây Giang"),
 P("Bríu Thị Lương", "Bí thư Đoàn xã Lăng", "đội trưởng đội giã gạo")],
[Q("10 đội", 10, "đội"), Q("10 xã", 10, "xã"), Q("10 gian trưng bày", 10, "gian trưng bày"), Q("gần 300 vận động viên", 300, "vận động viên", "approx"), Q("5 nội dung", 5, "nội dung"),
 Q("6 nữ vận động viên", 6, "nữ vận động viên"), Q("5 kg", 5, "kg"), Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"),
 Q("32 nhà gươl", 32, "nhà gươl"), Q("hơn 20 buổi", 20, "buổi", "over"), Q("15 giải", 15, "giải"), Q("12 triệu đồng", 12000000, "đồng"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "14", "KH/HĐTN", "2019-02-20", "Ban Thường vụ Huyện đoàn", "Kế hoạch số 14-KH/HĐTN ngày 20/2/2019")],
[prov("Quảng Nam"), com("A Tiêng"), com("Trhy"), com("Lăng"), com("Bhalêê"), com("Dang")],
["QUẢNG NAM ONLINE", "Tin tức / Văn hóa / Miền núi", "Thi đánh cù tại hội thi.", "QNO -",
 "Bảo tồn, phát huy giá trị văn hóa truyền thống đồng bào Cơ Tu", "Tháng Thanh niên"],
["30 tháng 3, 2019 | 17:45", "88 năm", "72 tuổi", "năm 2019", "giải nhất", "nhì, ba"]))

PAGES.append(page("b7430-kontum-giamsat-thethao-2020", """
HĐND TỈNH KON TUM - CỔNG THÔNG TIN ĐIỆN TỬ
Hoạt động của HĐND | Giám sát
2020-09-16 16:40
Giám sát việc bảo tồn, phát triển thể thao truyền thống vùng đồng bào dân tộc thiểu số
Ngày 15/9/2020, Đoàn giám sát của Ban Dân tộc HĐND tỉnh Kon Tum do ông A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn đã giám sát kết quả thực hiện chính sách bảo tồn, phát triển các môn thể thao dân tộc và trò chơi dân gian giai đoạn 2016 - 2020 tại Sở Văn hóa, Thể thao và Du lịch. Cùng dự có bà Y Thị Bích, Phó Trưởng Ban Dân tộc HĐND tỉnh; ông Nguyễn Văn Thuận, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch.
Đoàn giám sát làm việc tại Sở Văn hóa, Thể thao và Du lịch.
Báo cáo của Sở cho thấy, thực hiện Nghị quyết số 23/2016/NQ-HĐND ngày 19/7/2016 của HĐND tỉnh về phát triển văn hóa, thể thao vùng đồng bào dân tộc thiểu số, trong 5 năm qua toàn tỉnh đã tổ chức 4 hội thao các dân tộc thiểu số cấp tỉnh, 38 hội thao cấp huyện và hơn 300 giải thể thao truyền thống ở thôn, làng. Đến nay, 86/102 xã, phường, thị trấn có đội thể thao dân tộc; 642 làng có sân thể thao đơn giản. Tổng kinh phí đầu tư cho lĩnh vực này đạt 21,6 tỷ đồng, trong đó vốn từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới chiếm khoảng 60%.
Tuy vậy, báo cáo cũng chỉ ra, nhiều môn thể thao truyền thống của người Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng như đánh cồng chiêng kết hợp múa xoang, ném còn, bắn nỏ, đẩy gậy chỉ được tổ chức vào dịp lễ hội; đội ngũ hướng dẫn viên ở cơ sở thiếu, nhiều xã không có cán bộ chuyên trách. Có 16 xã chưa có sân thể thao; hơn 40% nhà rông chưa được trang bị dụng cụ thể thao.
Tại buổi làm việc, bà Y Thị Bích đề nghị Sở làm rõ nguyên nhân việc chậm triển khai Kế hoạch số 1876/KH-UBND ngày 12/7/2018 của UBND tỉnh về bảo tồn các môn thể thao dân tộc; ông A Dũng, thành viên Đoàn giám sát, đại biểu HĐND tỉnh tổ huyện Kon Plông, phản ánh tình trạng các giải ở cơ sở không có trọng tài được tập huấn.
Ông Nguyễn Văn Thuận tiếp thu ý kiến, cho biết năm 2021 Sở dự kiến mở 3 lớp tập huấn cho khoảng 150 cộng tác viên thể thao cơ sở, đồng thời đề xuất UBND tỉnh bố trí 2,5 tỷ đồng mua sắm dụng cụ cho 102 nhà rông.
Kết luận buổi giám sát, ông A Pớt ghi nhận kết quả Sở đã đạt được, đề nghị Sở tham mưu UBND tỉnh xây dựng cơ chế hỗ trợ nghệ nhân, già làng truyền dạy trò chơi dân gian; phối hợp với Ban Dân vận Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh đưa thể thao dân tộc vào tiêu chí xây dựng khu dân cư văn hóa. Đoàn sẽ tiếp tục giám sát tại các huyện Đăk Glei, Kon Plông, Sa Thầy và xã Đăk Long trong tháng 10.
Hồng Lam
Tin khác
- Thường trực HĐND tỉnh tiếp xúc cử tri huyện Ia H'Drai (10/09/2020)
- Ban Kinh tế - Ngân sách khảo sát tình hình giải ngân vốn đầu tư công (04/09/2020)
- Kỳ họp chuyên đề HĐND tỉnh khóa XI (25/08/2020)
""", "2020-09-16", "Giám sát việc bảo tồn, phát triển thể thao truyền thống vùng đồng bào dân tộc thiểu số",
E("giam_sat", None, "2020-09-15"),
[P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Y Thị Bích", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Văn Thuận", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("A Dũng", "thành viên Đoàn giám sát", "đại biểu HĐND tỉnh tổ huyện Kon Plông")],
[Q("4 hội thao các dân tộc thiểu số cấp tỉnh", 4, "hội thao các dân tộc thiểu số cấp tỉnh"), Q("38 hội thao cấp huyện", 38, "hội thao cấp huyện"), Q("hơn 300 giải thể thao truyền thống", 300, "giải thể thao truyền thống", "over"),
 Q("86/102 xã, phường, thị trấn", 86, "xã, phường, thị trấn"), Q("642 làng", 642, "làng"), Q("21,6 tỷ đồng", 21600000000, "đồng"),
 Q("khoảng 60%", 60, "%", "approx"), Q("16 xã", 16, "xã"), Q("hơn 40%", 40, "%", "over"), Q("3 lớp tập huấn", 3, "lớp tập huấn"),
 Q("khoảng 150 cộng tác viên thể thao cơ sở", 150, "cộng tác viên thể thao cơ sở", "approx"), Q("2,5 tỷ đồng", 2500000000, "đồng"),
 Q("102 nhà rông", 102, "nhà rông")],
[D("Nghị quyết", "23", "2016/NQ-HĐND", "2016-07-19", "HĐND tỉnh", "Nghị quyết số 23/2016/NQ-HĐND ngày 19/7/2016"),
 D("Kế hoạch", "1876", "KH-UBND", "2018-07-12", "UBND tỉnh", "Kế hoạch số 1876/KH-UBND ngày 12/7/2018")],
[prov("Kon Tum"), com("Đăk Long")],
["HĐND TỈNH KON TUM - CỔNG THÔNG TIN ĐIỆN TỬ", "Hoạt động của HĐND | Giám sát", "Đoàn giám sát làm việc tại Sở Văn hóa, Thể thao và Du lịch.",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["2020-09-16 16:40", "giai đoạn 2016 - 2020", "5 năm", "năm 2021", "tháng 10"]))

PAGES.append(page("b7431-gialai-hoithao-kbang-2020", """
Báo Gia Lai điện tử
Thể thao › Trong tỉnh
Thứ Ba, 24/11/2020, 07:30
Ảnh: Các đội tranh tài môn đẩy gậy.
Kbang: Hội thao các dân tộc thiểu số thu hút gần 400 vận động viên
(GLO)- Trong 2 ngày (21 và 22/11), tại xã Đak Rong, UBND huyện Kbang (tỉnh Gia Lai) tổ chức Hội thao các dân tộc thiểu số huyện năm 2020. Đây là lần đầu tiên hội thao được tổ chức tại một xã vùng sâu của huyện thay vì tại thị trấn như trước.
Gần 400 vận động viên của 14 xã, thị trấn đã tranh tài ở 6 môn: bắn nỏ, đẩy gậy, kéo co, chạy cà kheo, đánh cồng chiêng và giã gạo. Các vận động viên là đồng bào Bahnar, Jrai, trong đó có nhiều người lần đầu tham gia một giải thi đấu chính thức.
Dự lễ khai mạc có ông Đinh Văn Y, Phó Chủ tịch UBND huyện, Trưởng ban tổ chức; bà Rơ Châm H'Yin, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện; các ông Ksor Tin, Siu Blak - Phó Trưởng Ban Dân vận Huyện ủy Kbang.
Ông Đinh Văn Y cho biết, do ảnh hưởng của dịch Covid-19, hội thao năm nay lùi lịch từ tháng 4 sang tháng 11, quy mô thu gọn; các đoàn thực hiện nghiêm yêu cầu phòng dịch. Kinh phí tổ chức gần 180 triệu đồng, bằng khoảng 70% so với năm 2019, do ngân sách huyện và một số doanh nghiệp trên địa bàn hỗ trợ.
Môn giã gạo tiếp sức được đông đảo khán giả cổ vũ. Mỗi đội có 4 nữ vận động viên, giã 3 kg thóc thành gạo. Đội xã Sơ Pai giành giải nhất với thời gian 11 phút 20 giây. Bà Đinh Thị Ngưi, người có uy tín làng Kon Lanh Te, xã Đak Rong, năm nay 65 tuổi, vẫn tham gia đội đánh cồng chiêng của làng và đoạt giải nhì.
"Bà con làng tôi đi bộ cả buổi để đến xem hội thao. Có hội, các con cháu mới chịu học cồng chiêng, học giã gạo như người già", bà Ngưi nói.
Thực hiện Nghị quyết số 05-NQ/HU ngày 10/3/2016 của Ban Thường vụ Huyện ủy Kbang về bảo tồn, phát huy bản sắc văn hóa các dân tộc, đến nay toàn huyện đã thành lập 52 đội cồng chiêng, 19 đội thể thao truyền thống ở các làng. Hằng năm, huyện trích khoảng 300 triệu đồng hỗ trợ các làng duy trì hoạt động của các đội này.
Kết thúc hội thao, ban tổ chức trao 6 giải nhất, 6 giải nhì, 12 giải ba cho các đội và cá nhân. Xã Đak Rong giành giải nhất toàn đoàn; xã Sơ Pai và thị trấn Kbang lần lượt xếp hạng nhì và ba. Tổng giá trị giải thưởng trên 25 triệu đồng. Ban tổ chức cũng chọn 30 vận động viên tiêu biểu để tập trung luyện tập, chuẩn bị tham dự hội thao cấp tỉnh năm 2021.
Ngọc Minh
Tin cùng chuyên mục
- Chư Sê: 200 vận động viên dự giải việt dã "Vì sức khỏe cộng đồng" (16/11/2020)
- Đak Đoa tổ chức giải bóng đá mini các dân tộc (09/11/2020)
- Gia Lai sẽ tổ chức Đại hội TDTT tỉnh lần thứ IX vào năm 2021 (02/11/2020)
""", "2020-11-24", "Kbang: Hội thao các dân tộc thiểu số thu hút gần 400 vận động viên",
E("khac", None, "2020-11-21"),
[P("Đinh Văn Y", "Phó Chủ tịch UBND huyện", "Trưởng ban tổ chức"),
 P("Rơ Châm H'Yin", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Ksor Tin", "Phó Trưởng Ban Dân vận Huyện ủy Kbang"), P("Siu Blak", "Phó Trưởng Ban Dân vận Huyện ủy Kbang"),
 P("Đinh Thị Ngưi", "người có uy tín làng Kon Lanh Te")],
[Q("gần 400 vận động viên", 400, "vận động viên", "approx"), Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("6 môn", 6, "môn"),
 Q("gần 180 triệu đồng", 180000000, "đồng", "approx"), Q("khoảng 70%", 70, "%", "approx"), Q("4 nữ vận động viên", 4, "nữ vận động viên"),
 Q("3 kg", 3, "kg"), Q("52 đội cồng chiêng", 52, "đội cồng chiêng"), Q("19 đội thể thao truyền thống", 19, "đội thể thao truyền thống"),
 Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"), Q("6 giải nhất", 6, "giải nhất"), Q("6 giải nhì", 6, "giải nhì"),
 Q("12 giải ba", 12, "giải ba"), Q("trên 25 triệu đồng", 25000000, "đồng", "over"), Q("30 vận động viên tiêu biểu", 30, "vận động viên tiêu biểu")],
[D("Nghị quyết", "05", "NQ/HU", "2016-03-10", "Ban Thường vụ Huyện ủy Kbang", "Nghị quyết số 05-NQ/HU ngày 10/3/2016")],
[prov("Gia Lai"), com("Đak Rong"), com("Sơ Pai"), com("Kbang")],
["Báo Gia Lai điện tử", "Thể thao › Trong tỉnh", "Ảnh: Các đội tranh tài môn đẩy gậy.", "(GLO)-"],
["Thứ Ba, 24/11/2020, 07:30", "2 ngày", "lần đầu tiên", "Covid-19", "năm 2020", "năm 2019", "11 phút 20 giây", "65 tuổi", "tháng 4", "tháng 11", "nhì và ba", "năm 2021"]))

PAGES.append(page("b7432-daklak-ngayhoi-lak-2021", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Văn hóa - Thể thao » Thể thao
Đăng lúc: 09:15 - 12/04/2021
Hơn 600 vận động viên, nghệ nhân dự Ngày hội văn hóa, thể thao các dân tộc huyện Lắk
Từ ngày 10 - 11/4/2021, tại thị trấn Liên Sơn, huyện Lắk (tỉnh Đắk Lắk) diễn ra Ngày hội văn hóa, thể thao các dân tộc huyện lần thứ III năm 2021, chào mừng kỷ niệm 91 năm Ngày thành lập Đảng Cộng sản Việt Nam và Ngày Văn hóa các dân tộc Việt Nam 19/4.
Các nghệ nhân buôn Jun trình diễn cồng chiêng tại lễ khai mạc.
Ngày hội có sự tham gia của 11 đoàn đến từ 11 xã, thị trấn với hơn 600 vận động viên, nghệ nhân thuộc các dân tộc Êđê, M'nông, Kinh, Tày, Nùng. Nội dung gồm diễn tấu cồng chiêng, thi trang phục truyền thống, thi đan lát, dệt thổ cẩm và 5 môn thể thao dân tộc: đẩy gậy, kéo co, bắn nỏ, đi cà kheo, đua thuyền độc mộc trên hồ Lắk.
Dự khai mạc có ông Y Jơn Niê, Phó Chủ tịch UBND huyện, Trưởng Ban tổ chức ngày hội; bà H'Nga Byă, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy; ông Y Bhin Ksor, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện.
Theo ông Y Jơn Niê, ngày hội được tổ chức theo Kế hoạch số 35/KH-UBND ngày 1/3/2021 của UBND huyện, nhằm thực hiện Quyết định số 1228/QĐ-TTg ngày 7/7/2020 của Thủ tướng Chính phủ phê duyệt Đề án "Bảo tồn, phát huy các môn thể thao dân tộc". Kinh phí tổ chức 350 triệu đồng; các đơn vị du lịch hồ Lắk tài trợ thêm khoảng 60 triệu đồng và 20 chiếc thuyền độc mộc cho môn đua thuyền.
Môn đua thuyền độc mộc diễn ra trên cự ly 800 m, thu hút hàng nghìn người dân và du khách cổ vũ. Đội buôn Jun (thị trấn Liên Sơn) về nhất; đội xã Đắk Liêng về nhì, đội xã Buôn Triết về ba. Anh Y Khuê Mlô, đội trưởng đội thuyền buôn Jun, cho biết các thành viên đều là người Mnông đã quen chèo thuyền độc mộc từ nhỏ, trước hội đã tập luyện trên hồ hơn 2 tuần.
Bà H'Nga Byă cho biết, khối dân vận huyện đã vận động 46 người có uy tín trong các buôn tham gia ngày hội, trực tiếp hướng dẫn thanh niên đánh chiêng và các trò chơi dân gian. Ông Y Dhăm Mlô, già làng buôn Jun, đã đưa 15 cháu thiếu niên trong buôn đến tham gia màn trình diễn cồng chiêng nhí.
"Giữ được cồng chiêng, giữ được tiếng nói, trò chơi của ông bà thì buôn làng mới còn bản sắc", già Y Dhăm Mlô nói.
Kết thúc ngày hội, Ban tổ chức trao 28 giải cho các tập thể và cá nhân; giải nhất toàn đoàn thuộc về thị trấn Liên Sơn, giải nhì thuộc về xã Đắk Liêng, giải ba thuộc về xã Yang Tao. Tổng giá trị giải thưởng hơn 40 triệu đồng.
H'Xíu Ayun
Tin liên quan
- Krông Bông: Ngày hội văn hóa, thể thao các dân tộc lần thứ II (05/04/2021)
- Buôn Đôn tổ chức Hội đua voi mùa xuân (20/03/2021)
- Ea H'leo trao 150 suất quà cho hộ nghèo (15/02/2021)
""", "2021-04-12", "Hơn 600 vận động viên, nghệ nhân dự Ngày hội văn hóa, thể thao các dân tộc huyện Lắk",
E("khac", None, "2021-04-10"),
[P("Y Jơn Niê", "Phó Chủ tịch UBND huyện", "Trưởng Ban tổ chức ngày hội"),
 P("H'Nga Byă", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Y Bhin Ksor", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện"),
 P("Y Khuê Mlô", "đội trưởng đội thuyền buôn Jun"),
 P("Y Dhăm Mlô", "già làng buôn Jun")],
[Q("11 đoàn", 11, "đoàn"), Q("11 xã, thị trấn", 11, "xã, thị trấn"), Q("hơn 600 vận động viên, nghệ nhân", 600, "vận động viên, nghệ nhân", "over"),
 Q("5 môn thể thao dân tộc", 5, "môn thể thao dân tộc"), Q("350 triệu đồng", 350000000, "đồng"), Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx"),
 Q("20 chiếc thuyền độc mộc", 20, "chiếc thuyền độc mộc"), Q("800 m", 800, "m"), Q("46 người có uy tín", 46, "người có uy tín"),
 Q("15 cháu thiếu niên", 15, "cháu thiếu niên"), Q("28 giải", 28, "giải"), Q("hơn 40 triệu đồng", 40000000, "đồng", "over")],
[D("Kế hoạch", "35", "KH-UBND", "2021-03-01", "UBND huyện", "Kế hoạch số 35/KH-UBND ngày 1/3/2021"),
 D("Quyết định", "1228", "QĐ-TTg", "2020-07-07", "Thủ tướng Chính phủ", "Quyết định số 1228/QĐ-TTg ngày 7/7/2020")],
[prov("Đắk Lắk"), com("Liên Sơn"), com("Đắk Liêng"), com("Buôn Triết"), com("Yang Tao")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Văn hóa - Thể thao » Thể thao", "Các nghệ nhân buôn Jun trình diễn cồng chiêng tại lễ khai mạc.",
 "Bảo tồn, phát huy các môn thể thao dân tộc", "Ngày Văn hóa các dân tộc Việt Nam"],
["Đăng lúc: 09:15 - 12/04/2021", "lần thứ III", "91 năm", "19/4", "năm 2021", "hơn 2 tuần", "hàng nghìn người dân", "về nhất", "về nhì", "về ba"]))
