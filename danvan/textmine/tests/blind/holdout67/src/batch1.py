from lib import *
PAGES = []

PAGES.append(page("b1565-laocai-bdv-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC HÀ - TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Hoạt động khối Dân vận
Thứ Ba, 20/12/2011 - 16:45
Bắc Hà tổng kết công tác dân vận năm 2011
Chiều ngày 19/12/2011, Ban Dân vận Huyện ủy Bắc Hà tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Sần Thị Mỷ, Phó Trưởng Ban Dân vận Tỉnh ủy Lào Cai; đồng chí Lù Văn Páo, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; cùng 65 đồng chí là trưởng khối dân vận, chủ tịch Ủy ban MTTQ các xã, thị trấn.
Toàn cảnh hội nghị tổng kết. Ảnh: Vàng Dũng
Báo cáo do đồng chí Hoàng Thị Dung, HUV, Trưởng Ban Dân vận Huyện ủy trình bày nêu rõ: năm 2011, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Chương trình hành động số 07-CTr/HU về thực hiện Nghị quyết Đại hội Đảng bộ huyện trong lĩnh vực dân vận và Kế hoạch số 31-KH/HU ngày 14/4/2011 về triển khai Quyết định số 290-QĐ/TW của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị. Các cơ quan khối dân vận đã tuyên truyền, vận động đồng bào Mông, Dao, Tày, Nùng chuyển đổi cơ cấu cây trồng, xóa bỏ hủ tục trong việc cưới, việc tang.
Trong năm, toàn huyện có 1.214 hộ được hỗ trợ giống ngô lai, lúa lai; nhân dân tự nguyện hiến gần 12.000 m2 đất, đóng góp trên 850 ngày công và hơn 1,3 tỷ đồng để làm đường giao thông nông thôn, kênh mương nội đồng. Tỷ lệ hộ nghèo giảm từ 48,6% xuống còn 41,2%. Các xã Bản Phố, Tà Chải, Lùng Phình được đánh giá có nhiều cách làm sáng tạo trong vận động nhân dân.
Tại hội nghị, các đại biểu đã thảo luận, chỉ ra những hạn chế: một số cán bộ cơ sở chưa sâu sát dân; tình trạng di cư tự do, truyền đạo trái pháp luật vẫn còn xảy ra ở 3 thôn của xã Tả Van Chư. Ông Giàng Seo Lử, Bí thư Đảng ủy xã Tả Van Chư, đề nghị huyện tăng cường lực lượng tuyên truyền bằng tiếng Mông về cơ sở.
Phát biểu chỉ đạo, đồng chí Sần Thị Mỷ ghi nhận kết quả khối dân vận Bắc Hà đạt được, đồng thời đề nghị năm 2012 huyện tập trung thực hiện Chỉ thị 49, 50-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số và về phòng, chống di cư tự do; nâng cao chất lượng hoạt động của tổ dân vận thôn, bản.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 7 tập thể và 15 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011.
Vàng Dũng (Ban Dân vận Huyện ủy)
Lượt xem: 1.023
Tin khác
- Hội nghị giao ban khối dân vận quý III năm 2011 (05/10/2011)
- Xã Lùng Phình ra mắt mô hình "Dân vận khéo" (22/09/2011)
- Bắc Hà: Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (16/08/2011)
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (28/07/2011)
""", "2011-12-20", "Bắc Hà tổng kết công tác dân vận năm 2011",
E("tong_ket", "2011", "2011-12-19"),
[P("Sần Thị Mỷ", "Phó Trưởng Ban Dân vận Tỉnh ủy Lào Cai"),
 P("Lù Văn Páo", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Hoàng Thị Dung", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Giàng Seo Lử", "Bí thư Đảng ủy xã Tả Van Chư")],
[Q("65 đồng chí", 65, "đồng chí"), Q("1.214 hộ", 1214, "hộ"), Q("gần 12.000 m2", 12000, "m2", "approx"),
 Q("trên 850 ngày công", 850, "ngày công", "over"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("48,6%", 48.6, "%"), Q("41,2%", 41.2, "%"), Q("3 thôn", 3, "thôn"),
 Q("7 tập thể", 7, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chương trình hành động", "07", "CTr/HU", None, "Ban Thường vụ Huyện ủy", "Chương trình hành động số 07-CTr/HU"),
 D("Kế hoạch", "31", "KH/HU", "2011-04-14", "Ban Thường vụ Huyện ủy", "Kế hoạch số 31-KH/HU ngày 14/4/2011"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW của Bộ Chính trị"),
 D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49, 50-CT/TU"),
 D("Chỉ thị", "50", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49, 50-CT/TU")],
[prov("Lào Cai"), com("Bản Phố"), com("Tà Chải"), com("Lùng Phình"), com("Tả Van Chư")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC HÀ - TỈNH LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Hoạt động khối Dân vận",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Vàng Dũng", "Quy chế công tác dân vận của hệ thống chính trị", "Lượt xem: 1.023"],
["Thứ Ba, 20/12/2011 - 16:45", "65 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.023"]))

PAGES.append(page("b1566-nghean-mttq-giamsat-2012", """
ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN
Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội
Cập nhật: 09:20, 16/10/2012 (GMT+7)
Ảnh: Đoàn giám sát làm việc tại xã Nghi Phong.
Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở tại Nghi Lộc
Từ ngày 08 đến 12/10/2012, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do ông Trần Đình Thanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm Trưởng đoàn đã giám sát việc thực hiện Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ hộ nghèo về nhà ở trên địa bàn huyện Nghi Lộc, tỉnh Nghệ An năm 2012.
Tham gia đoàn có đại diện Ban Dân vận Tỉnh ủy, Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh và Sở Xây dựng. Đoàn đã làm việc trực tiếp tại các xã Nghi Phong, Nghi Thái, Phúc Thọ và kiểm tra thực tế tại 24 hộ được hỗ trợ.
Theo báo cáo của UBND huyện, giai đoạn 2009-2012, toàn huyện có 812 hộ nghèo được hỗ trợ làm nhà ở với tổng kinh phí trên 17,4 tỷ đồng, trong đó vốn vay ưu đãi từ Ngân hàng Chính sách xã hội hơn 6,5 tỷ đồng. Mỗi hộ được hỗ trợ 7 triệu đồng từ ngân sách trung ương và được vay tối đa 8 triệu đồng. Đến nay đã có 786 căn nhà hoàn thành, đưa vào sử dụng, đạt 96,8%.
Qua giám sát cho thấy, việc bình xét đối tượng được thực hiện công khai, dân chủ, có sự tham gia của Ban Công tác Mặt trận và các đoàn thể ở khu dân cư. Tuy nhiên, vẫn còn 26 hộ chưa khởi công vì không có đất hoặc thiếu vốn đối ứng; một số nhà xây dựng chưa đảm bảo diện tích tối thiểu 24 m2 theo quy định.
Tại buổi làm việc, ông Nguyễn Văn Hải, Phó Chủ tịch UBND huyện Nghi Lộc, tiếp thu ý kiến của đoàn và cho biết huyện sẽ chỉ đạo các xã rà soát, hoàn thành số nhà còn lại trước ngày 31/12/2012. Bà Hồ Thị Lan, Chủ tịch Ủy ban MTTQ xã Nghi Thái, đề nghị tăng mức hỗ trợ cho các hộ già cả, neo đơn.
Kết luận buổi giám sát, ông Trần Đình Thanh đề nghị UBND huyện chỉ đạo thực hiện nghiêm Quy chế dân chủ ở cơ sở theo Pháp lệnh số 34/2007/PL-UBTVQH11; phát huy vai trò Mặt trận trong cuộc vận động "Ngày vì người nghèo"; đồng thời kiến nghị tỉnh bổ sung nguồn vốn từ Quỹ "Vì người nghèo" để hỗ trợ các hộ đặc biệt khó khăn.
Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và kiến nghị Thường trực HĐND tỉnh theo quy định.
Hoài Thu
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát công tác tiếp công dân tại Quỳnh Lưu (02/10/2012)
- Nghệ An: Trao 120 nhà Đại đoàn kết cho hộ nghèo (20/09/2012)
- Hội nghị hiệp thương thỏa thuận cơ cấu thành phần Ủy ban MTTQ xã (11/09/2012)
- Phát động Tháng cao điểm vì người nghèo năm 2012 (30/08/2012)
""", "2012-10-16", "Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở tại Nghi Lộc",
E("giam_sat", "2012", "2012-10-08"),
[P("Trần Đình Thanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn"),
 P("Nguyễn Văn Hải", "Phó Chủ tịch UBND huyện Nghi Lộc"),
 P("Hồ Thị Lan", "Chủ tịch Ủy ban MTTQ xã Nghi Thái")],
[Q("24 hộ", 24, "hộ"), Q("812 hộ nghèo", 812, "hộ nghèo"), Q("trên 17,4 tỷ đồng", 17400000000, "đồng", "over"),
 Q("hơn 6,5 tỷ đồng", 6500000000, "đồng", "over"), Q("7 triệu đồng", 7000000, "đồng"), Q("8 triệu đồng", 8000000, "đồng"),
 Q("786 căn nhà", 786, "căn nhà"), Q("96,8%", 96.8, "%"), Q("26 hộ", 26, "hộ"), Q("24 m2", 24, "m2")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11")],
[prov("Nghệ An"), com("Nghi Phong"), com("Nghi Thái"), com("Phúc Thọ")],
["ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội",
 "Ảnh: Đoàn giám sát làm việc tại xã Nghi Phong.", "Ngày vì người nghèo", "Vì người nghèo", "Ngân hàng Chính sách xã hội"],
["Cập nhật: 09:20, 16/10/2012 (GMT+7)", "giai đoạn 2009-2012", "năm 2012", "31/12/2012"]))

PAGES.append(page("b1567-camau-mttq-daihoi-2014", """
Cổng thông tin điện tử huyện Trần Văn Thời
Trang chủ » Tin tức - Sự kiện » Chính trị
21/01/2014 - 14:30
Đại hội đại biểu MTTQ Việt Nam huyện Trần Văn Thời lần thứ IX, nhiệm kỳ 2014-2019
Ngày 20/01/2014, Ủy ban MTTQ Việt Nam huyện Trần Văn Thời long trọng tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam huyện lần thứ IX, nhiệm kỳ 2014-2019. Về dự có đồng chí Lâm Văn Bảy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Cà Mau; đồng chí Huỳnh Quốc Việt, Tỉnh ủy viên, Bí thư Huyện ủy Trần Văn Thời cùng 250 đại biểu đại diện cho hơn 190.000 người dân trong huyện.
Quang cảnh Đại hội. Ảnh: Minh Khởi
Nhiệm kỳ 2009-2014, Mặt trận các cấp trong huyện đã vận động xây dựng 1.146 căn nhà Đại đoàn kết, trị giá trên 34 tỷ đồng; vận động Quỹ "Vì người nghèo" được hơn 5,8 tỷ đồng. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" có 94,5% hộ đạt danh hiệu gia đình văn hóa; 103 ấp, khóm đạt chuẩn văn hóa. Mặt trận đã phối hợp tổ chức 46 cuộc giám sát, tham gia hòa giải thành 312 vụ việc mâu thuẫn trong nhân dân.
Thảo luận tại Đại hội, bà Lý Thị Hồng Nhung, Chủ tịch Hội Liên hiệp Phụ nữ huyện, nêu kinh nghiệm phối hợp vận động hội viên tiết kiệm, giúp nhau phát triển kinh tế; ông Tô Văn Lên, Trưởng Ban Công tác Mặt trận ấp Kinh Hãng, xã Khánh Bình Tây, kể lại cách vận động bà con góp tiền, góp công làm cầu giao thông nông thôn.
Đồng chí Huỳnh Quốc Việt phát biểu chỉ đạo, đề nghị Mặt trận tiếp tục thực hiện tốt Chỉ thị 17-CT/TW của Ban Bí thư về tăng cường công tác Mặt trận trong tình hình mới và Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Đại hội đã hiệp thương cử 53 vị vào Ủy ban MTTQ Việt Nam huyện khóa IX. Tại hội nghị lần thứ nhất, ông Trần Văn Hiểu được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện; các ông, bà: Lê Thị Thu Ba, Nguyễn Hoàng Sơn giữ chức Phó Chủ tịch. Ban Thường trực gồm 9 vị.
Đại hội cũng bầu 17 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam tỉnh Cà Mau lần thứ IX. Phát biểu bế mạc, ông Trần Văn Hiểu cam kết đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư, đẩy mạnh phong trào "Chung sức xây dựng nông thôn mới" tại các xã Khánh Bình Tây, Trần Hợi, Phong Lạc.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 5 tập thể, 8 cá nhân có thành tích xuất sắc trong công tác Mặt trận nhiệm kỳ qua.
Minh Khởi
Số lượt xem: 642
Các tin khác
- Hội nghị hiệp thương lần thứ ba bầu cử đại biểu HĐND xã (10/01/2014)
- Trao 20 căn nhà Đại đoàn kết cho hộ nghèo xã Khánh Hải (06/01/2014)
- Huyện ủy Trần Văn Thời tổng kết công tác năm 2013 (27/12/2013)
- Ra mắt Ban Thanh tra nhân dân các xã, thị trấn (19/12/2013)
""", "2014-01-21", "Đại hội đại biểu MTTQ Việt Nam huyện Trần Văn Thời lần thứ IX, nhiệm kỳ 2014-2019",
E("dai_hoi", None, "2014-01-20"),
[P("Lâm Văn Bảy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Cà Mau"),
 P("Huỳnh Quốc Việt", "Tỉnh ủy viên", "Bí thư Huyện ủy Trần Văn Thời"),
 P("Trần Văn Hiểu", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lê Thị Thu Ba", "Phó Chủ tịch"),
 P("Nguyễn Hoàng Sơn", "Phó Chủ tịch"),
 P("Lý Thị Hồng Nhung", "Chủ tịch Hội Liên hiệp Phụ nữ huyện"),
 P("Tô Văn Lên", "Trưởng Ban Công tác Mặt trận ấp Kinh Hãng")],
[Q("250 đại biểu", 250, "đại biểu"), Q("hơn 190.000 người dân", 190000, "người dân", "over"),
 Q("1.146 căn nhà Đại đoàn kết", 1146, "căn nhà Đại đoàn kết"), Q("trên 34 tỷ đồng", 34000000000, "đồng", "over"),
 Q("hơn 5,8 tỷ đồng", 5800000000, "đồng", "over"), Q("94,5%", 94.5, "%"), Q("103 ấp, khóm", 103, "ấp, khóm"),
 Q("46 cuộc giám sát", 46, "cuộc giám sát"), Q("312 vụ việc mâu thuẫn", 312, "vụ việc mâu thuẫn"),
 Q("53 vị", 53, "vị"), Q("9 vị", 9, "vị"), Q("17 đại biểu", 17, "đại biểu"), Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân")],
[D("Chỉ thị", "17", "CT/TW", None, "Ban Bí thư", "Chỉ thị 17-CT/TW của Ban Bí thư"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW của Bộ Chính trị")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Trần Hợi"), com("Phong Lạc")],
["Cổng thông tin điện tử huyện Trần Văn Thời", "Trang chủ » Tin tức - Sự kiện » Chính trị", "Quang cảnh Đại hội. Ảnh: Minh Khởi",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Chung sức xây dựng nông thôn mới", "Số lượt xem: 642"],
["21/01/2014 - 14:30", "lần thứ IX", "nhiệm kỳ 2014-2019", "Nhiệm kỳ 2009-2014", "Số lượt xem: 642"]))

PAGES.append(page("b1568-hanoi-bavi-traoqua-2013", """
CỔNG GIAO TIẾP ĐIỆN TỬ HUYỆN BA VÌ - THÀNH PHỐ HÀ NỘI
Tin tức > Hoạt động Mặt trận và các đoàn thể
Ngày đăng 01/02/2013 | 10:15
Đồng chí Phùng Thị Hương trao quà cho hộ nghèo xã Ba Vì.
Trao 800 suất quà Tết cho đồng bào dân tộc Mường, Dao khó khăn
Sáng 31/01/2013, Ban Dân vận Huyện ủy phối hợp Ủy ban MTTQ huyện Ba Vì tổ chức trao quà Tết Quý Tỵ năm 2013 cho hộ nghèo, gia đình chính sách là đồng bào dân tộc thiểu số tại 7 xã miền núi. Đến dự và trao quà có đồng chí Phùng Thị Hương, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy; đồng chí Đỗ Mạnh Cường, Phó Chủ tịch UBND huyện.
Tại xã Ba Vì và xã Khánh Thượng, đoàn đã trao 800 suất quà, mỗi suất gồm 300.000 đồng tiền mặt, 10 kg gạo và bánh kẹo, tổng trị giá gần 400 triệu đồng. Kinh phí do các doanh nghiệp, nhà hảo tâm ủng hộ thông qua Quỹ "Vì người nghèo" của huyện. Ngoài ra, Hội Chữ thập đỏ huyện trao thêm 150 chăn ấm và 200 áo ấm cho học sinh nghèo ở thôn Yên Sơn, thôn Hợp Nhất.
Theo báo cáo của Ủy ban MTTQ huyện, dịp Tết Nguyên đán Quý Tỵ năm 2013, toàn huyện đã vận động được trên 2,1 tỷ đồng để thăm hỏi, tặng 6.350 suất quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách; 100% hộ nghèo được hỗ trợ đón Tết. Thực hiện Kế hoạch số 12-KH/BDVHU ngày 10/01/2013 của Ban Dân vận Huyện ủy, các đoàn thể đã chia thành 5 đoàn đi thăm, chúc Tết người có uy tín trong đồng bào dân tộc.
Phát biểu tại buổi trao quà, đồng chí Phùng Thị Hương chia sẻ với những khó khăn của bà con vùng cao, mong bà con tiếp tục đoàn kết, giúp nhau phát triển sản xuất, giữ gìn bản sắc văn hóa dân tộc Mường, Dao. Đồng chí đề nghị cấp ủy, chính quyền các xã quan tâm đến gia đình có hoàn cảnh đặc biệt, không để hộ nào thiếu đói trong dịp Tết.
Thay mặt các hộ được nhận quà, ông Bàn Văn Hòa, người có uy tín thôn Yên Sơn, xã Ba Vì, bày tỏ cảm ơn sự quan tâm của Đảng, chính quyền và các nhà hảo tâm. Bà Đinh Thị Xuân, Bí thư Chi bộ kiêm Trưởng thôn Hợp Nhất, cho biết năm qua thôn đã giảm được 11 hộ nghèo nhờ vận động bà con trồng chè, nuôi gà đồi.
Được biết, Ba Vì là huyện có đông đồng bào dân tộc thiểu số nhất của thành phố Hà Nội, với trên 28.000 người Mường, Dao sinh sống chủ yếu ở vùng núi và bán sơn địa. Những năm qua, nhờ các chương trình hỗ trợ của thành phố và sự vào cuộc của cả hệ thống chính trị, đời sống của bà con từng bước được cải thiện.
Cùng ngày, đồng chí Đỗ Mạnh Cường và đoàn công tác đã đến thăm, tặng quà Mẹ Việt Nam Anh hùng Nguyễn Thị Mùi ở xã Khánh Thượng.
Thu Hằng - Đài TT huyện Ba Vì
Lượt xem: 415
Tin liên quan
- Ba Vì: Hội nghị giao ban công tác dân vận quý IV/2012 (28/12/2012)
- Hội nghị biểu dương gia đình văn hóa tiêu biểu (20/12/2012)
- Khánh thành nhà văn hóa thôn Hợp Nhất (05/12/2012)
""", "2013-02-01", "Trao 800 suất quà Tết cho đồng bào dân tộc Mường, Dao khó khăn",
E("trao_qua", None, "2013-01-31"),
[P("Phùng Thị Hương", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Đỗ Mạnh Cường", "Phó Chủ tịch UBND huyện"),
 P("Bàn Văn Hòa", "người có uy tín thôn Yên Sơn"),
 P("Đinh Thị Xuân", "Bí thư Chi bộ kiêm Trưởng thôn Hợp Nhất"),
 P("Nguyễn Thị Mùi", "Mẹ Việt Nam Anh hùng")],
[Q("800 suất quà", 800, "suất quà"), Q("7 xã miền núi", 7, "xã miền núi"), Q("300.000 đồng", 300000, "đồng"),
 Q("10 kg", 10, "kg"), Q("gần 400 triệu đồng", 400000000, "đồng", "approx"), Q("150 chăn ấm", 150, "chăn ấm"),
 Q("200 áo ấm", 200, "áo ấm"), Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("6.350 suất quà", 6350, "suất quà"),
 Q("100%", 100, "%"), Q("5 đoàn", 5, "đoàn"), Q("11 hộ nghèo", 11, "hộ nghèo"),
 Q("trên 28.000 người Mường, Dao", 28000, "người Mường, Dao", "over")],
[D("Kế hoạch", "12", "KH/BDVHU", "2013-01-10", "Ban Dân vận Huyện ủy", "Kế hoạch số 12-KH/BDVHU ngày 10/01/2013")],
[prov("Hà Nội"), com("Ba Vì"), com("Khánh Thượng")],
["CỔNG GIAO TIẾP ĐIỆN TỬ HUYỆN BA VÌ - THÀNH PHỐ HÀ NỘI", "Tin tức > Hoạt động Mặt trận và các đoàn thể",
 "Đồng chí Phùng Thị Hương trao quà cho hộ nghèo xã Ba Vì.", "Vì người nghèo", "Hội Chữ thập đỏ huyện", "Lượt xem: 415"],
["Ngày đăng 01/02/2013 | 10:15", "Tết Quý Tỵ", "năm 2013", "Lượt xem: 415"]))

PAGES.append(page("b1569-quangtri-bdv-soket-2015", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Bạn đang ở: Trang chủ :: Tin tức - Sự kiện :: Hoạt động của Ban
08:40 | 14/07/2015
Hội nghị sơ kết công tác dân vận 6 tháng đầu năm
Sáng ngày 13/7, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2015. Đồng chí Nguyễn Văn Thôi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hồ Thị Thu Hằng, Lê Quang Chiến; lãnh đạo Ban Dân vận các huyện, thị, thành ủy, Đảng ủy khối và các đoàn thể chính trị - xã hội tỉnh.
Đồng chí Nguyễn Văn Thôi phát biểu kết luận hội nghị.
6 tháng đầu năm, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy tổng kết 15 năm thực hiện Nghị quyết 07-NQ/TW của Bộ Chính trị về đại đoàn kết toàn dân tộc, ban hành Kết luận số 25-KL/TU ngày 20/3/2015 về tiếp tục tăng cường công tác dân vận ở vùng đồng bào Vân Kiều, Pa Kô. Ban cũng phối hợp hướng dẫn tổ chức Đại hội Đảng bộ cơ sở, bảo đảm công tác dân vận trong đại hội.
Toàn tỉnh có 1.032 mô hình "Dân vận khéo" được đăng ký, trong đó 287 mô hình ở lĩnh vực kinh tế; trên 11.500 hộ đã ký cam kết không tham gia khai thác khoáng sản trái phép. Các cấp đã tiếp 2.416 lượt công dân, tiếp nhận 384 đơn thư, đã giải quyết 351 đơn, đạt 91,4%. Nhân dân đóng góp trên 26 tỷ đồng, hiến 38.000 m2 đất xây dựng nông thôn mới.
Tại hội nghị, đồng chí Hồ Văn Thanh, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Hướng Hóa phản ánh tình hình người dân một số bản ở xã Hướng Lập, A Dơi còn du canh, phá rừng làm rẫy. Đồng chí Trần Thị Mai, Phó Trưởng Ban Dân vận Thành ủy Đông Hà nêu kinh nghiệm vận động tiểu thương chấp hành quy định về vệ sinh môi trường tại các chợ.
Kết luận hội nghị, đồng chí Nguyễn Văn Thôi yêu cầu các cấp tập trung thực hiện Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong thực hiện dự án đường Hồ Chí Minh nhánh Tây; tăng cường đối thoại, tiếp xúc với người dân ở vùng giải phóng mặt bằng; chuẩn bị tổng kết 10 năm phong trào thi đua "Dân vận khéo" và thực hiện Quy chế phối hợp số 03-QC/BDVTU-UBMTTQ giữa Ban Dân vận Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh.
Trong 6 tháng cuối năm, ngành dân vận sẽ tổ chức 2 lớp tập huấn cho 320 cán bộ dân vận cơ sở, hoàn thành khảo sát về công tác dân vận chính quyền tại 10 sở, ngành.
Hữu Đạt
Lượt truy cập: 2.118
Tin cùng chuyên mục
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Đakrông (30/06/2015)
- Gặp mặt già làng, trưởng bản, người có uy tín năm 2015 (12/06/2015)
- Tọa đàm 85 năm Ngày truyền thống công tác dân vận (15/05/2015)
- Hướng Hóa: Biểu dương 45 điển hình "Dân vận khéo" (28/04/2015)
""", "2015-07-14", "Hội nghị sơ kết công tác dân vận 6 tháng đầu năm",
E("so_ket", "2015-H1", "2015-07-13"),
[P("Nguyễn Văn Thôi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Thị Thu Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Quang Chiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Thanh", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Trần Thị Mai", "Phó Trưởng Ban Dân vận Thành ủy Đông Hà")],
[Q("1.032 mô hình", 1032, "mô hình"), Q("287 mô hình", 287, "mô hình"), Q("trên 11.500 hộ", 11500, "hộ", "over"),
 Q("2.416 lượt công dân", 2416, "lượt công dân"), Q("384 đơn thư", 384, "đơn thư"), Q("351 đơn", 351, "đơn"),
 Q("91,4%", 91.4, "%"), Q("trên 26 tỷ đồng", 26000000000, "đồng", "over"), Q("38.000 m2", 38000, "m2"),
 Q("2 lớp tập huấn", 2, "lớp tập huấn"), Q("320 cán bộ dân vận cơ sở", 320, "cán bộ dân vận cơ sở"), Q("10 sở, ngành", 10, "sở, ngành")],
[D("Nghị quyết", "07", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 07-NQ/TW của Bộ Chính trị"),
 D("Kết luận", "25", "KL/TU", "2015-03-20", "Ban Thường vụ Tỉnh ủy", "Kết luận số 25-KL/TU ngày 20/3/2015"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quy chế phối hợp", "03", "QC/BDVTU-UBMTTQ", None, None, "Quy chế phối hợp số 03-QC/BDVTU-UBMTTQ")],
[prov("Quảng Trị"), com("Hướng Lập"), com("A Dơi")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Bạn đang ở: Trang chủ :: Tin tức - Sự kiện :: Hoạt động của Ban",
 "Đồng chí Nguyễn Văn Thôi phát biểu kết luận hội nghị.", "Dân vận khéo", "Lượt truy cập: 2.118"],
["08:40 | 14/07/2015", "6 tháng đầu năm", "6 tháng cuối năm 2015", "15 năm", "10 năm", "Lượt truy cập: 2.118"]))

PAGES.append(page("b1570-sonla-mocchau-khac-2016", """
Báo Sơn La điện tử
Xã hội | Dân tộc - Tôn giáo
20/05/2016 - 07:55
Già làng Lò Văn Piếng đi đầu giữ bình yên bản
Ảnh: Ông Lò Văn Piếng (thứ hai từ trái) trò chuyện với bà con trong bản.
Ở bản Nà Sàng, xã Chiềng Sơn, huyện Mộc Châu, ai cũng biết ông Lò Văn Piếng, 68 tuổi, người có uy tín của bản. Hơn 20 năm qua, ông luôn gương mẫu, tích cực vận động bà con dân tộc Thái, Mông đoàn kết giữ gìn an ninh trật tự, phát triển kinh tế.
Bản Nà Sàng có 142 hộ với 617 nhân khẩu. Năm 2010, bản còn 39 hộ nghèo; đến cuối năm 2015 chỉ còn 6 hộ. Có được kết quả ấy, một phần nhờ ông Piếng cùng Chi bộ bản kiên trì vận động người dân chuyển đổi 45 ha đất trồng ngô trên đất dốc sang trồng mận hậu, chè và cỏ nuôi bò sữa. Riêng gia đình ông trồng 2 ha mận, mỗi năm thu trên 150 triệu đồng.
Ông Hà Văn Tiến, Bí thư Chi bộ kiêm Trưởng bản Nà Sàng cho biết: "Việc gì khó, chi bộ đều bàn với già Piếng trước. Năm 2014, để làm con đường bê tông 1,2 km vào bản, ông vận động 18 hộ hiến đất, chính ông hiến 300 m2 vườn mận. Bà con góp 210 ngày công, hơn 90 triệu đồng".
Không chỉ vận động phát triển kinh tế, ông Piếng còn là "hòa giải viên" của bản. Từ năm 2012 đến nay, tổ hòa giải do ông làm tổ trưởng đã hòa giải thành 14 vụ việc tranh chấp đất đai, mâu thuẫn gia đình; bản không có đơn thư vượt cấp, không có người nghiện ma túy mới.
Theo bà Đinh Thị Thu, Phó Trưởng Ban Dân vận Huyện ủy Mộc Châu, thực hiện Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, toàn huyện hiện có 219 người có uy tín được cấp báo, thăm hỏi, tặng quà hằng năm. Đây là lực lượng nòng cốt trong phong trào "Toàn dân bảo vệ an ninh Tổ quốc" và thực hiện Chỉ thị số 12-CT/HU ngày 06/8/2015 của Ban Thường vụ Huyện ủy về tăng cường công tác dân vận vùng đồng bào Mông.
Năm 2015, ông Piếng được Chủ tịch UBND tỉnh tặng bằng khen vì có thành tích tiêu biểu trong phong trào thi đua "Dân vận khéo". Ông bảo, còn sức thì ông còn đi từng nhà nói chuyện với bà con, "nói cho dân hiểu thì dân làm theo".
Chị Mùa Thị Dua, Chi hội trưởng Chi hội Phụ nữ bản Nà Sàng, kể: trước đây nhiều chị em trong bản không dám vay vốn vì sợ không trả được nợ. Ông Piếng đến từng nhà giải thích, nay chi hội có 27 hội viên vay vốn nuôi bò, trồng rau an toàn.
Ông Lường Văn Quân, Chủ tịch UBND xã Chiềng Sơn, cho hay xã đang nhân rộng cách làm của bản Nà Sàng ra 12 bản còn lại.
Bài, ảnh: Thanh Hoa
Số lượt đọc: 1.376
Tin khác
- Mộc Châu: 10 năm thực hiện phong trào "Dân vận khéo" (12/05/2016)
- Người có uy tín góp sức xây dựng nông thôn mới ở Yên Châu (04/05/2016)
- Sốp Cộp: Vận động đồng bào không di cư tự do (26/04/2016)
- Trao quà cho hộ nghèo bản Pha Luông (18/04/2016)
""", "2016-05-20", "Già làng Lò Văn Piếng đi đầu giữ bình yên bản",
E("khac", None, None),
[P("Lò Văn Piếng", "Già làng", "người có uy tín của bản"),
 P("Hà Văn Tiến", "Bí thư Chi bộ kiêm Trưởng bản Nà Sàng"),
 P("Đinh Thị Thu", "Phó Trưởng Ban Dân vận Huyện ủy Mộc Châu"),
 P("Mùa Thị Dua", "Chi hội trưởng Chi hội Phụ nữ bản Nà Sàng"),
 P("Lường Văn Quân", "Chủ tịch UBND xã Chiềng Sơn")],
[Q("142 hộ", 142, "hộ"), Q("617 nhân khẩu", 617, "nhân khẩu"), Q("39 hộ nghèo", 39, "hộ nghèo"), Q("6 hộ", 6, "hộ"),
 Q("45 ha", 45, "ha"), Q("2 ha", 2, "ha"), Q("trên 150 triệu đồng", 150000000, "đồng", "over"), Q("1,2 km", 1.2, "km"),
 Q("18 hộ", 18, "hộ"), Q("300 m2", 300, "m2"), Q("210 ngày công", 210, "ngày công"), Q("hơn 90 triệu đồng", 90000000, "đồng", "over"),
 Q("14 vụ việc tranh chấp đất đai, mâu thuẫn gia đình", 14, "vụ việc tranh chấp đất đai, mâu thuẫn gia đình"),
 Q("219 người có uy tín", 219, "người có uy tín"), Q("27 hội viên", 27, "hội viên"), Q("12 bản", 12, "bản")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Chỉ thị", "12", "CT/HU", "2015-08-06", "Ban Thường vụ Huyện ủy", "Chỉ thị số 12-CT/HU ngày 06/8/2015")],
[prov("Sơn La"), com("Chiềng Sơn")],
["Báo Sơn La điện tử", "Xã hội | Dân tộc - Tôn giáo", "Ảnh: Ông Lò Văn Piếng (thứ hai từ trái) trò chuyện với bà con trong bản.",
 "Toàn dân bảo vệ an ninh Tổ quốc", "Dân vận khéo", "Số lượt đọc: 1.376", "nói cho dân hiểu thì dân làm theo"],
["20/05/2016 - 07:55", "68 tuổi", "Hơn 20 năm", "Năm 2010", "năm 2015", "Năm 2014", "năm 2012", "Số lượt đọc: 1.376"]))
