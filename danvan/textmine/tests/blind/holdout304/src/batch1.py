from lib import *
PAGES = []

PAGES.append(page("b7253-laocai-ketnghia-tongket-2011", """
BÁO LÀO CAI ĐIỆN TỬ
Trang chủ > Chính trị > Dân vận
Thứ Tư, 28/12/2011 - 16:45
Cơ quan, doanh nghiệp đỡ đầu xã nghèo: Gần 4,6 tỷ đồng giúp 27 xã đặc biệt khó khăn
Ảnh: Quang cảnh hội nghị tổng kết.
LCĐT - Chiều 27/12, Ban Dân vận Tỉnh ủy Lào Cai phối hợp với Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác kết nghĩa, đỡ đầu xã đặc biệt khó khăn năm 2011. Đồng chí Vàng Thị Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Thực hiện Kế hoạch số 62-KH/TU ngày 14/4/2010 của Ban Thường vụ Tỉnh ủy về việc phân công các cơ quan, đơn vị, doanh nghiệp giúp đỡ các xã đặc biệt khó khăn, năm 2011 đã có 54 cơ quan, doanh nghiệp kết nghĩa với 27 xã thuộc Chương trình 135. Các đơn vị đã hỗ trợ gần 4,6 tỷ đồng bằng tiền và hiện vật, trong đó riêng khối doanh nghiệp đóng góp khoảng 2,9 tỷ đồng. Từ nguồn này, các xã làm mới 18 phòng học, sửa chữa 41 ngôi nhà cho hộ nghèo và mở 3 lớp dạy nghề ngắn hạn cho thanh niên.
Bên cạnh hỗ trợ vật chất, các cơ quan kết nghĩa cử 112 lượt cán bộ về xã giúp cấp ủy, chính quyền xây dựng kế hoạch phát triển kinh tế - xã hội, hướng dẫn bà con người Mông, Dao chuyển đổi cơ cấu cây trồng. Tỷ lệ hộ nghèo ở các xã được đỡ đầu giảm bình quân 6,5% so với đầu năm.
Hội nghị đã nghe nhiều ý kiến tham luận. Ông Lù Văn Sính, Chủ tịch UBND xã Bản Phiệt, cho biết nhờ Công ty Apatit hỗ trợ giống ngô lai và phân bón, năm nay xã có thêm 120 ha ngô hàng hóa. Bà Sùng Thị Dinh, Bí thư Đảng ủy xã Tả Van, đề nghị các đơn vị kết nghĩa ưu tiên hỗ trợ nước sinh hoạt cho các thôn vùng cao. Đại diện Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh, ông Trần Quốc Hưng, Phó Giám đốc, cam kết tiếp tục giúp xã Nậm Chày trong năm 2012.
Tuy vậy, báo cáo cũng chỉ ra một số đơn vị còn làm theo phong trào, hỗ trợ chưa sát nhu cầu của xã; việc trao đổi thông tin giữa cơ quan kết nghĩa với cấp ủy cơ sở chưa thường xuyên.
Phát biểu kết luận, đồng chí Vàng Thị Mai đề nghị các cơ quan, doanh nghiệp bám sát Nghị quyết 30a/2008/NQ-CP của Chính phủ về chương trình hỗ trợ giảm nghèo nhanh và bền vững, gắn hoạt động đỡ đầu với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Đồng chí lưu ý mỗi đơn vị phải có kế hoạch cụ thể, ít nhất 1 lần mỗi quý cử cán bộ về làm việc với xã.
Dịp này, Ban Thường vụ Tỉnh ủy tặng giấy khen cho 9 tập thể có thành tích xuất sắc trong công tác kết nghĩa, đỡ đầu năm 2011.
Hoàng Thủy
Tin liên quan
- Bắc Hà: 6 doanh nghiệp nhận đỡ đầu xã vùng cao (12/12/2011)
- Sa Pa trao 200 suất quà cho hộ nghèo (30/11/2011)
- Ban Dân vận Tỉnh ủy làm việc với xã Tả Van (15/11/2011)
""", "2011-12-28", "Cơ quan, doanh nghiệp đỡ đầu xã nghèo: Gần 4,6 tỷ đồng giúp 27 xã đặc biệt khó khăn",
E("tong_ket", "2011", "2011-12-27"),
[P("Vàng Thị Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Sính", "Chủ tịch UBND xã Bản Phiệt"),
 P("Sùng Thị Dinh", "Bí thư Đảng ủy xã Tả Van"),
 P("Trần Quốc Hưng", "Phó Giám đốc")],
[Q("gần 4,6 tỷ đồng", 4600000000, "đồng", "approx"), Q("27 xã đặc biệt khó khăn", 27, "xã đặc biệt khó khăn"),
 Q("54 cơ quan, doanh nghiệp", 54, "cơ quan, doanh nghiệp"),
 Q("khoảng 2,9 tỷ đồng", 2900000000, "đồng", "approx"), Q("18 phòng học", 18, "phòng học"), Q("41 ngôi nhà", 41, "ngôi nhà"),
 Q("3 lớp dạy nghề ngắn hạn", 3, "lớp dạy nghề ngắn hạn"), Q("112 lượt cán bộ", 112, "lượt cán bộ"), Q("6,5%", 6.5, "%"),
 Q("120 ha", 120, "ha"), Q("9 tập thể", 9, "tập thể")],
[D("Kế hoạch", "62", "KH/TU", "2010-04-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 62-KH/TU ngày 14/4/2010"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP")],
[prov("Lào Cai"), com("Bản Phiệt"), com("Tả Van"), com("Nậm Chày")],
["BÁO LÀO CAI ĐIỆN TỬ", "Trang chủ > Chính trị > Dân vận", "Ảnh: Quang cảnh hội nghị tổng kết.", "LCĐT",
 "Chương trình 135", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Công ty Apatit"],
["Thứ Tư, 28/12/2011 - 16:45", "năm 2011", "năm 2012", "1 lần mỗi quý"]))

PAGES.append(page("b7254-hagiang-dienluc-traoqua-2012", """
Công ty Điện lực Hà Giang
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động xã hội
Đón Tết cùng bà con xã Lũng Phìn
08:30 | 16/01/2012
Điện lực Hà Giang mang Tết sớm đến xã đỡ đầu
Những ngày giáp Tết Nhâm Thìn, đoàn công tác của Công ty Điện lực Hà Giang do ông Nguyễn Đức Toàn, Bí thư Đảng ủy, Giám đốc Công ty làm trưởng đoàn đã vượt gần 130 km đường đèo dốc lên thăm, tặng quà xã Lũng Phìn, huyện Đồng Văn - xã mà Công ty nhận kết nghĩa, đỡ đầu từ năm 2009.
Tại buổi trao quà sáng 14/1, Công ty trao 150 suất quà Tết cho hộ nghèo, mỗi suất gồm 10 kg gạo, dầu ăn, bánh kẹo và 200.000 đồng tiền mặt; tặng 80 bộ quần áo ấm và 60 đôi ủng cho học sinh Trường Phổ thông dân tộc bán trú Tiểu học Lũng Phìn. Tổng giá trị quà trong đợt này khoảng 115 triệu đồng, do cán bộ, công nhân viên toàn Công ty tự nguyện đóng góp 1 ngày lương.
Thay mặt Đảng bộ và nhân dân xã, ông Vừ Mí Lử, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Lũng Phìn, cảm ơn sự quan tâm của Công ty trong suốt 3 năm qua. Theo ông Lử, nhờ Công ty hỗ trợ kéo điện về 4 thôn, hiện nay 92% số hộ trong xã đã dùng điện lưới quốc gia; nhiều hộ mua được máy xay xát, máy thái cỏ để phát triển chăn nuôi bò.
Năm 2011, ngoài quà Tết, Công ty đã hỗ trợ xã 35 tấn xi măng làm đường bê tông liên thôn, tặng 1 máy vi tính cho trạm y tế xã và hướng dẫn cách dùng điện an toàn cho hơn 300 hộ. Đoàn viên thanh niên Công ty phối hợp Đoàn xã sửa chữa điện miễn phí cho các hộ gia đình chính sách.
Cũng trong chuyến công tác, đoàn đã đến thăm, động viên gia đình ông Sùng Mí Chứ, người có uy tín thôn Má Lủng, người nhiều năm đi đầu vận động bà con không đốt nương làm rẫy gần đường dây điện. Đoàn còn ghé điểm trường Sủng Nhỉ B, nơi các cô giáo cắm bản đang chuẩn bị đón Tết cùng học trò; Công ty hứa sẽ lắp đặt lại hệ thống điện chiếu sáng cho điểm trường trong quý I.
Bà Giàng Thị Pà, Chi hội trưởng Chi hội Phụ nữ thôn Sủng Nhỉ A, xúc động: "Năm nào anh em điện lực cũng lên với bà con, có quà, có cả người về sửa điện, dân bản vui lắm".
Trao đổi với phóng viên, ông Nguyễn Đức Toàn cho biết, thực hiện Chỉ thị 12-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường giúp đỡ các xã đặc biệt khó khăn, năm 2012 Công ty sẽ tiếp tục phối hợp với xã xây dựng mô hình "Thôn an toàn điện", đồng thời vận động cán bộ, công nhân viên nhận đỡ đầu 10 học sinh nghèo vượt khó.
Mai Anh - Phòng Tổng hợp
Lượt đọc: 1.204
Các tin khác
- Công đoàn Công ty tổ chức Hội thao mừng Đảng, mừng Xuân (10/01/2012)
- Hoàn thành đóng điện 3 trạm biến áp huyện Mèo Vạc (28/12/2011)
- Hội nghị người lao động năm 2012 (20/12/2011)
- Điện lực Yên Minh ra quân kiểm tra hành lang lưới điện dịp Tết (18/12/2011)
""", "2012-01-16", "Điện lực Hà Giang mang Tết sớm đến xã đỡ đầu",
E("trao_qua", None, "2012-01-14"),
[P("Nguyễn Đức Toàn", "Bí thư Đảng ủy", "Giám đốc Công ty"),
 P("Vừ Mí Lử", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Lũng Phìn"),
 P("Giàng Thị Pà", "Chi hội trưởng Chi hội Phụ nữ thôn Sủng Nhỉ A"),
 P("Sùng Mí Chứ", "người có uy tín thôn Má Lủng")],
[Q("gần 130 km", 130, "km", "approx"), Q("150 suất quà Tết", 150, "suất quà"), Q("10 kg gạo", 10, "kg"),
 Q("200.000 đồng", 200000, "đồng"), Q("80 bộ quần áo ấm", 80, "bộ quần áo ấm"), Q("60 đôi ủng", 60, "đôi ủng"),
 Q("khoảng 115 triệu đồng", 115000000, "đồng", "approx"), Q("4 thôn", 4, "thôn"), Q("92%", 92, "%"),
 Q("35 tấn xi măng", 35, "tấn"), Q("hơn 300 hộ", 300, "hộ", "over"), Q("10 học sinh nghèo vượt khó", 10, "học sinh nghèo vượt khó")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12-CT/TU")],
[prov("Hà Giang"), com("Lũng Phìn")],
["Công ty Điện lực Hà Giang", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động xã hội", "Đón Tết cùng bà con xã Lũng Phìn",
 "Thôn an toàn điện", "Lượt đọc: 1.204"],
["08:30 | 16/01/2012", "3 năm qua", "1 ngày lương", "1 máy vi tính", "quý I", "Lượt đọc: 1.204", "năm 2012"]))

PAGES.append(page("b7255-dienbien-kyket-hoinghi-2013", """
ĐIỆN BIÊN PHỦ ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên
Chính trị :: Xây dựng Đảng
Ngày đăng 10/04/2013 | 15:20
Ảnh: Lãnh đạo Sở Tài chính và xã Mường Nhé ký biên bản kết nghĩa.
19 sở, ngành ký kết giúp đỡ các xã biên giới
Sáng 9/4, tại thành phố Điện Biên Phủ, Ban Dân vận Tỉnh ủy và UBND tỉnh phối hợp tổ chức Hội nghị ký kết chương trình kết nghĩa giữa các sở, ban, ngành, doanh nghiệp với các xã biên giới, xã đặc biệt khó khăn năm 2013. Dự hội nghị có đồng chí Lò Văn Pâng, Phó Bí thư Tỉnh ủy; đồng chí Quàng Thị Hương, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Bùi Xuân Thắng, Phó Chủ tịch UBND tỉnh cùng đại diện lãnh đạo 19 sở, ngành, 7 doanh nghiệp và 26 xã.
Theo Quyết định số 218/QĐ-UBND ngày 22/3/2013 của UBND tỉnh, mỗi sở, ngành, doanh nghiệp nhận giúp đỡ 1 xã, trong đó ưu tiên các xã có tỷ lệ hộ nghèo trên 50%. Nội dung giúp đỡ tập trung vào 4 lĩnh vực: củng cố hệ thống chính trị cơ sở; chuyển giao khoa học kỹ thuật trong sản xuất; hỗ trợ xây dựng cơ sở hạ tầng thiết yếu và chăm lo giáo dục, y tế.
Phát biểu tại hội nghị, đồng chí Lò Văn Pâng nhấn mạnh: kết nghĩa không chỉ là trao quà, mà quan trọng là cơ quan phải "cầm tay chỉ việc", giúp cán bộ xã nâng cao năng lực điều hành. Đồng chí đề nghị các đơn vị quán triệt Nghị quyết số 80/NQ-CP ngày 19/5/2011 của Chính phủ về định hướng giảm nghèo bền vững và Kết luận số 21-KL/TU của Ban Thường vụ Tỉnh ủy về xây dựng hệ thống chính trị vững mạnh ở khu vực biên giới.
Đại diện các xã, ông Giàng A Dơ, Bí thư Đảng ủy xã Chung Chải, cho biết xã hiện có 1.146 hộ thì 68,4% là hộ nghèo, đường từ trung tâm xã vào 5 bản vẫn chưa được cứng hóa. "Chúng tôi mong các anh chị về với xã không chỉ dịp lễ, Tết mà cả lúc bà con vào vụ gieo cấy", ông nói.
Ông Phạm Văn Kỳ, Giám đốc Sở Tài chính, đơn vị nhận kết nghĩa với xã Mường Nhé, cam kết trong năm 2013 Sở sẽ dành khoảng 300 triệu đồng từ nguồn xã hội hóa để hỗ trợ xã làm 2 phòng học mầm non và mua giống lúa cho các bản.
Ngay tại hội nghị, các doanh nghiệp đã ủng hộ 650 triệu đồng vào quỹ giúp đỡ các xã biên giới. Bộ Chỉ huy Bộ đội Biên phòng tỉnh cũng cam kết phối hợp với các đơn vị kết nghĩa, bố trí cán bộ đồn biên phòng tăng cường về 12 xã.
Theo kế hoạch, từ quý III, Ban Dân vận Tỉnh ủy sẽ chủ trì kiểm tra định kỳ việc thực hiện cam kết của từng cặp kết nghĩa.
Kết thúc hội nghị, 26 cặp kết nghĩa đã ký biên bản thỏa thuận hợp tác trước sự chứng kiến của lãnh đạo tỉnh.
Minh Hằng
Tin cùng chuyên mục
- Mường Chà: kiện toàn tổ dân vận ở 82 bản (02/04/2013)
- Tuần Giáo tổng kết Quy chế dân chủ ở cơ sở (26/03/2013)
- Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2013 (10/01/2013)
""", "2013-04-10", "19 sở, ngành ký kết giúp đỡ các xã biên giới",
E("hoi_nghi", "2013", "2013-04-09"),
[P("Lò Văn Pâng", "Phó Bí thư Tỉnh ủy"),
 P("Quàng Thị Hương", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Xuân Thắng", "Phó Chủ tịch UBND tỉnh"),
 P("Giàng A Dơ", "Bí thư Đảng ủy xã Chung Chải"),
 P("Phạm Văn Kỳ", "Giám đốc Sở Tài chính")],
[Q("19 sở, ngành", 19, "sở, ngành"), Q("7 doanh nghiệp", 7, "doanh nghiệp"), Q("26 xã", 26, "xã"),
 Q("trên 50%", 50, "%", "over"), Q("4 lĩnh vực", 4, "lĩnh vực"), Q("1.146 hộ", 1146, "hộ"), Q("68,4%", 68.4, "%"),
 Q("5 bản", 5, "bản"), Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"), Q("2 phòng học mầm non", 2, "phòng học mầm non"),
 Q("650 triệu đồng", 650000000, "đồng"), Q("12 xã", 12, "xã"), Q("26 cặp kết nghĩa", 26, "cặp kết nghĩa")],
[D("Quyết định", "218", "QĐ-UBND", "2013-03-22", "UBND tỉnh", "Quyết định số 218/QĐ-UBND ngày 22/3/2013"),
 D("Nghị quyết", "80", "NQ-CP", "2011-05-19", "Chính phủ", "Nghị quyết số 80/NQ-CP ngày 19/5/2011"),
 D("Kết luận", "21", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 21-KL/TU")],
[prov("Điện Biên"), com("Mường Nhé"), com("Chung Chải")],
["ĐIỆN BIÊN PHỦ ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên", "Chính trị :: Xây dựng Đảng",
 "Ảnh: Lãnh đạo Sở Tài chính và xã Mường Nhé ký biên bản kết nghĩa.", "cầm tay chỉ việc"],
["Ngày đăng 10/04/2013 | 15:20", "năm 2013", "1 xã", "quý III"]))

PAGES.append(page("b7256-caobang-dodau-soket-2014", """
Cổng thông tin điện tử tỉnh Cao Bằng
Tin tức > Hoạt động các sở, ngành > Dân vận
18/07/2014 - 09:10
Cao Bằng: Các đơn vị giúp đỡ xã nghèo hoàn thành 58% kế hoạch năm
Ngày 17/7/2014, Ban Chỉ đạo phân công cơ quan, đơn vị giúp đỡ xã nghèo tỉnh Cao Bằng tổ chức hội nghị sơ kết 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nông Thị Lanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Toàn cảnh hội nghị sơ kết.
Báo cáo của Ban Chỉ đạo cho thấy, 6 tháng đầu năm, 78 cơ quan, đơn vị, doanh nghiệp được phân công đã giúp đỡ 43 xã nghèo với tổng giá trị hơn 3,1 tỷ đồng, đạt 58% kế hoạch năm. Các đơn vị hỗ trợ 1.250 con gà giống, 46 con bò sinh sản, 9,6 tấn phân bón và khoảng 2.000 cây giống hồi, quế; phối hợp mở 14 lớp tập huấn kỹ thuật chăn nuôi, trồng trọt cho 630 lượt hộ dân.
Nhiều đơn vị làm tốt như Kho bạc Nhà nước tỉnh hỗ trợ xã Đức Hạnh xây 1 nhà văn hóa xóm trị giá 180 triệu đồng; Viettel Cao Bằng tặng 25 máy tính cho các trường học xã Cô Ba; Sở Nông nghiệp và Phát triển nông thôn cử kỹ sư "ba cùng" với dân ở xã Thượng Thôn suốt vụ xuân.
Ông Hoàng Văn Páo, Phó Chủ tịch UBND xã Đức Hạnh, phấn khởi cho biết trước đây người Mông trong xã chỉ trồng ngô một vụ; nay có 37 hộ đã chuyển sang trồng cỏ nuôi bò, thu nhập tăng rõ. Tuy nhiên, theo ông, nhiều xóm vẫn thiếu nước sinh hoạt vào mùa khô.
Tham luận tại hội nghị, bà Lý Thị Dung, Phó Giám đốc Kho bạc Nhà nước tỉnh, chia sẻ: đơn vị giao mỗi phòng nghiệp vụ theo dõi một xóm, định kỳ hằng tháng nắm tình hình đời sống bà con và báo cáo lãnh đạo. Cách làm này giúp đơn vị hỗ trợ đúng việc dân cần, tránh trao quà theo kiểu "mùa vụ". Đại diện Viettel Cao Bằng đề xuất Ban Chỉ đạo tổ chức để các đơn vị cùng giúp một xã trao đổi, thống nhất kế hoạch, tránh trùng lặp.
Hội nghị cũng chỉ rõ hạn chế: một số đơn vị chưa bố trí cán bộ phụ trách, hỗ trợ còn dàn trải; 5 đơn vị chưa làm việc với xã được phân công.
Kết luận hội nghị, đồng chí Nông Thị Lanh yêu cầu các đơn vị thực hiện nghiêm Quyết định 1098/QĐ-UBND ngày 25/7/2013 của UBND tỉnh về phân công cơ quan, đơn vị giúp đỡ xã nghèo và Chỉ thị 06-CT/TU của Tỉnh ủy về đẩy mạnh giảm nghèo bền vững; đến cuối năm phải đạt ít nhất 100% kế hoạch, mỗi đơn vị xây dựng ít nhất 1 mô hình sinh kế hiệu quả tại xã. Các đồng chí Phó Trưởng Ban Chỉ đạo: Lục Văn Khải, Đàm Thị Hoa được giao phụ trách kiểm tra định kỳ tại các huyện biên giới.
Nguồn: Ban Dân vận Tỉnh ủy
Số lượt xem: 642
Xem thêm
- Hà Quảng: 12 đơn vị nhận giúp đỡ xã nghèo (20/06/2014)
- Trao 300 suất quà cho học sinh nghèo Bảo Lạc (01/06/2014)
- Hội nghị giao ban công tác dân vận quý I/2014 (15/04/2014)
""", "2014-07-18", "Cao Bằng: Các đơn vị giúp đỡ xã nghèo hoàn thành 58% kế hoạch năm",
E("so_ket", "2014-H1", "2014-07-17"),
[P("Nông Thị Lanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Hoàng Văn Páo", "Phó Chủ tịch UBND xã Đức Hạnh"),
 P("Lý Thị Dung", "Phó Giám đốc Kho bạc Nhà nước tỉnh"),
 P("Lục Văn Khải", "Phó Trưởng Ban Chỉ đạo"),
 P("Đàm Thị Hoa", "Phó Trưởng Ban Chỉ đạo")],
[Q("58%", 58, "%"), Q("78 cơ quan, đơn vị, doanh nghiệp", 78, "cơ quan, đơn vị, doanh nghiệp"), Q("43 xã nghèo", 43, "xã nghèo"),
 Q("hơn 3,1 tỷ đồng", 3100000000, "đồng", "over"), Q("1.250 con gà giống", 1250, "con gà giống"),
 Q("46 con bò sinh sản", 46, "con bò sinh sản"), Q("9,6 tấn", 9.6, "tấn"), Q("khoảng 2.000 cây giống hồi, quế", 2000, "cây giống hồi, quế", "approx"),
 Q("14 lớp tập huấn kỹ thuật chăn nuôi, trồng trọt", 14, "lớp tập huấn kỹ thuật chăn nuôi, trồng trọt"), Q("630 lượt hộ dân", 630, "lượt hộ dân"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("25 máy tính", 25, "máy tính"), Q("37 hộ", 37, "hộ"), Q("5 đơn vị", 5, "đơn vị"),
 Q("ít nhất 100%", 100, "%", "over")],
[D("Quyết định", "1098", "QĐ-UBND", "2013-07-25", "UBND tỉnh", "Quyết định 1098/QĐ-UBND ngày 25/7/2013"),
 D("Chỉ thị", "06", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 06-CT/TU")],
[prov("Cao Bằng"), com("Đức Hạnh"), com("Cô Ba"), com("Thượng Thôn")],
["Cổng thông tin điện tử tỉnh Cao Bằng", "Tin tức > Hoạt động các sở, ngành > Dân vận", "Toàn cảnh hội nghị sơ kết.",
 "ba cùng", "mùa vụ", "Nguồn: Ban Dân vận Tỉnh ủy", "Số lượt xem: 642"],
["18/07/2014 - 09:10", "6 tháng đầu năm 2014", "6 tháng cuối năm", "1 nhà văn hóa", "1 mô hình", "một vụ", "Số lượt xem: 642"]))

PAGES.append(page("b7257-nghean-giupxa-tongket-2015", """
BÁO NGHỆ AN
Thời sự | Chính trị | Xã hội | Kinh tế | Văn hóa
Cập nhật lúc 17:05 ngày 22/12/2015
Thời sự » Chính trị
Hơn 200 cơ quan, doanh nghiệp đồng hành cùng xã khó khăn miền Tây
Toàn cảnh hội nghị. Ảnh: Thành Duy
(Baonghean) - Ngày 21/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết phong trào cơ quan, doanh nghiệp kết nghĩa giúp đỡ xã khó khăn năm 2015. Chủ trì hội nghị có đồng chí Hồ Thị Châu, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Nguyễn Văn Lư, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Theo báo cáo, thực hiện Kế hoạch số 37-KH/BDV của Ban Dân vận Tỉnh ủy, toàn tỉnh có 214 cơ quan, đơn vị, doanh nghiệp nhận kết nghĩa với 106 xã, trong đó 95 xã thuộc 11 huyện miền núi. Tổng kinh phí hỗ trợ từ năm 2011 đến nay ước đạt 87,5 tỷ đồng; riêng năm 2015 là hơn 21 tỷ đồng. Các đơn vị đã giúp xây dựng 1.312 nhà Đại đoàn kết, 64 phòng học, 29 trạm y tế và nhà văn hóa, gần 150 km đường giao thông nông thôn.
Đến cuối năm 2015, tỷ lệ hộ nghèo ở các xã được kết nghĩa giảm từ 46,2% xuống còn 27,8%; 18 xã đạt từ 10 tiêu chí nông thôn mới trở lên. Nhiều cán bộ xã được cơ quan kết nghĩa cử đi bồi dưỡng, trong đó có 73 cán bộ được hỗ trợ học trung cấp lý luận chính trị.
Tại hội nghị, đồng chí Lô Thanh Bình, HUV, Bí thư Đảng ủy xã Châu Tiến, kể lại: khi Bưu điện tỉnh nhận kết nghĩa, cả xã chỉ có hai bản có điện; đến nay toàn bộ mười một bản đã có điện lưới, trường học kiên cố và điểm bưu điện văn hóa xã. Bà Vi Thị Quế, Phó Chủ tịch UBND xã Tam Hợp, mong các đơn vị chú trọng hơn việc hỗ trợ sinh kế như giống cây, con, tiêu thụ nông sản thay vì chỉ tặng quà.
Ông Đặng Hữu Thành, Tổng Giám đốc Công ty cổ phần Mía đường Sông Con, đơn vị đỡ đầu 3 xã của huyện Tân Kỳ, cho biết Công ty ký hợp đồng bao tiêu mía cho hơn 900 hộ, ứng trước phân bón không tính lãi, nhờ vậy nhiều hộ vươn lên khá giả.
Phát biểu chỉ đạo, đồng chí Hồ Thị Châu ghi nhận sự vào cuộc trách nhiệm của cả hệ thống chính trị và cộng đồng doanh nghiệp; đề nghị năm 2016 các đơn vị bám sát Nghị quyết 26-NQ/TW của Bộ Chính trị về phương hướng phát triển tỉnh Nghệ An, Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về giảm nghèo và xây dựng nông thôn mới ở miền Tây; mỗi cặp kết nghĩa phải có chương trình hành động cụ thể, tránh hình thức.
Dịp này, Ban Dân vận Tỉnh ủy trao giấy khen cho 25 tập thể, 18 cá nhân tiêu biểu. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Lư, Lương Thị Thu trao thưởng cho các đơn vị.
Thanh Lê
Tin liên quan
- Quế Phong: Doanh nghiệp hỗ trợ 50 con bò cho hộ nghèo (10/12/2015)
- Tương Dương sơ kết 3 năm phong trào "Dân vận khéo" (25/11/2015)
- Đoàn công tác tỉnh thăm, tặng quà xã biên giới Nhôn Mai (02/11/2015)
""", "2015-12-22", "Hơn 200 cơ quan, doanh nghiệp đồng hành cùng xã khó khăn miền Tây",
E("tong_ket", "2015", "2015-12-21"),
[P("Hồ Thị Châu", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Lư", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Thanh Bình", "HUV", "Bí thư Đảng ủy xã Châu Tiến"),
 P("Vi Thị Quế", "Phó Chủ tịch UBND xã Tam Hợp"),
 P("Đặng Hữu Thành", "Tổng Giám đốc Công ty cổ phần Mía đường Sông Con"),
 P("Lương Thị Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("Hơn 200 cơ quan, doanh nghiệp", 200, "cơ quan, doanh nghiệp", "over"),
 Q("214 cơ quan, đơn vị, doanh nghiệp", 214, "cơ quan, đơn vị, doanh nghiệp"), Q("106 xã", 106, "xã"), Q("95 xã", 95, "xã"),
 Q("11 huyện miền núi", 11, "huyện miền núi"), Q("87,5 tỷ đồng", 87500000000, "đồng"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("1.312 nhà Đại đoàn kết", 1312, "nhà Đại đoàn kết"), Q("64 phòng học", 64, "phòng học"),
 Q("29 trạm y tế và nhà văn hóa", 29, "trạm y tế và nhà văn hóa"), Q("gần 150 km", 150, "km", "approx"),
 Q("46,2%", 46.2, "%"), Q("27,8%", 27.8, "%"), Q("18 xã", 18, "xã"), Q("10 tiêu chí nông thôn mới trở lên", 10, "tiêu chí nông thôn mới", "over"),
 Q("73 cán bộ", 73, "cán bộ"), Q("hai bản", 2, "bản"), Q("mười một bản", 11, "bản"), Q("3 xã", 3, "xã"),
 Q("hơn 900 hộ", 900, "hộ", "over"), Q("25 tập thể", 25, "tập thể"), Q("18 cá nhân tiêu biểu", 18, "cá nhân tiêu biểu")],
[D("Kế hoạch", "37", "KH/BDV", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 37-KH/BDV"),
 D("Nghị quyết", "26", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 26-NQ/TW"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU")],
[prov("Nghệ An"), com("Châu Tiến"), com("Tam Hợp")],
["BÁO NGHỆ AN", "Thời sự | Chính trị | Xã hội | Kinh tế | Văn hóa", "Thời sự » Chính trị", "Toàn cảnh hội nghị. Ảnh: Thành Duy",
 "(Baonghean)", "Bưu điện tỉnh"],
["Cập nhật lúc 17:05 ngày 22/12/2015", "năm 2015", "năm 2016", "từ năm 2011 đến nay"]))

PAGES.append(page("b7258-quangtri-doanhnhan-khac-2016", """
Báo Quảng Trị - Tin tức - Thời sự
Trang chủ › Xã hội › Người tốt việc tốt
Thứ Hai, 05/09/2016 | 07:50
Ông Hồ Văn Chuông (bìa trái) cùng cán bộ xã Hướng Lộc kiểm tra vườn cà phê của bà con.
Người "đỡ đầu" bà con Vân Kiều ở Hướng Lộc
QTO - Đã gần 6 năm nay, cứ đầu mỗi tháng, ông Trương Quang Hiển, Giám đốc Công ty TNHH Cà phê Khe Sanh lại chạy xe lên xã Hướng Lộc, huyện Hướng Hóa. Với ông, đó không phải chuyến công tác mà là "về nhà", về với xã mà doanh nghiệp nhận đỡ đầu từ năm 2010 theo chủ trương của Ủy ban MTTQ Việt Nam tỉnh.
Hướng Lộc là xã vùng cao biên giới, có 11 thôn với hơn 900 hộ, phần lớn là đồng bào Vân Kiều, Pa Kô. Ngày ông Hiển mới về, tỷ lệ hộ nghèo của xã lên tới 71%. Bà con trồng cà phê theo kiểu "trồng rồi để đó", năng suất thấp, bán non cho thương lái.
Thay vì cho tiền, ông chọn cách "cầm tay chỉ việc". Công ty cử 4 kỹ sư nông nghiệp về ở luân phiên tại thôn, hướng dẫn bà con cắt cành, bón phân, phòng bệnh; cho hơn 300 hộ ứng trước phân bón và cây giống mà không lấy lãi; cam kết thu mua toàn bộ cà phê quả chín với giá cao hơn thị trường từ 500 đến 1.000 đồng mỗi kilôgam. Đến nay, diện tích cà phê của xã đạt khoảng 410 ha, trong đó 260 ha cho thu hoạch ổn định.
Ông Hồ Văn Chuông, Bí thư Đảng ủy xã Hướng Lộc, nhận xét: "Anh Hiển không hứa nhiều, nhưng hứa gì làm nấy. Dân tin vì thấy thu nhập tăng thật". Theo ông Chuông, tỷ lệ hộ nghèo của xã nay chỉ còn 38,5%, thu nhập bình quân đầu người tăng gấp đôi so với năm 2010.
Không chỉ lo sinh kế, mỗi năm Công ty còn dành khoảng 150 triệu đồng lập quỹ khuyến học, trao học bổng cho học sinh người Vân Kiều học giỏi; đã hỗ trợ xây 12 căn nhà cho hộ nghèo và 1 cây cầu treo bắc qua suối Lộc. Già làng Hồ Văn Dưới ở thôn Cu Vơ vui vẻ kể, con cháu trong bản giờ đã biết tính toán làm ăn, "không còn chờ bà con dưới xuôi cho gạo nữa".
Nói về cách làm của doanh nghiệp, bà Lê Thị Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Trị, cho rằng mô hình của Công ty TNHH Cà phê Khe Sanh là cách đỡ đầu bền vững, tạo mối liên kết lâu dài giữa doanh nghiệp với người dân, đúng tinh thần cuộc vận động "Ngày vì người nghèo". Năm 2015, ông Trương Quang Hiển được Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen vì có thành tích xuất sắc trong công tác giúp đỡ người nghèo.
Khi được hỏi về dự định, ông Hiển chỉ cười: "Khi nào Hướng Lộc thoát khỏi danh sách xã đặc biệt khó khăn, tôi mới tính chuyện nghỉ".
Bài và ảnh: Lê Trường
Bình luận (0)
Tin khác
- Gio Linh: Trao 50 con bò giống cho hộ nghèo (30/08/2016)
- Đảng viên trẻ tiên phong ở vùng cát Triệu Phong (22/08/2016)
- Hội doanh nhân trẻ tỉnh đỡ đầu 20 học sinh mồ côi (10/08/2016)
""", "2016-09-05", "Người \"đỡ đầu\" bà con Vân Kiều ở Hướng Lộc",
E("khac", None, None),
[P("Trương Quang Hiển", "Giám đốc Công ty TNHH Cà phê Khe Sanh"),
 P("Hồ Văn Chuông", "Bí thư Đảng ủy xã Hướng Lộc"),
 P("Hồ Văn Dưới", "Già làng"),
 P("Lê Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Trị")],
[Q("11 thôn", 11, "thôn"), Q("hơn 900 hộ", 900, "hộ", "over"), Q("71%", 71, "%"), Q("4 kỹ sư nông nghiệp", 4, "kỹ sư nông nghiệp"),
 Q("hơn 300 hộ", 300, "hộ", "over"), Q("500 đến 1.000 đồng", 500, "đồng"), Q("1.000 đồng", 1000, "đồng"),
 Q("khoảng 410 ha", 410, "ha", "approx"), Q("260 ha", 260, "ha"), Q("38,5%", 38.5, "%"),
 Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"), Q("12 căn nhà", 12, "căn nhà")],
[],
[prov("Quảng Trị"), com("Hướng Lộc")],
["Báo Quảng Trị - Tin tức - Thời sự", "Trang chủ › Xã hội › Người tốt việc tốt", "QTO",
 "Ông Hồ Văn Chuông (bìa trái) cùng cán bộ xã Hướng Lộc kiểm tra vườn cà phê của bà con.",
 "cầm tay chỉ việc", "trồng rồi để đó", "Ngày vì người nghèo", "Bình luận (0)", "Công ty TNHH Cà phê Khe Sanh"],
["Thứ Hai, 05/09/2016 | 07:50", "gần 6 năm nay", "năm 2010", "1 cây cầu treo", "Bình luận (0)", "Năm 2015"]))
